/** Streaming .tar.gz reading: gunzip plus a small tar header parser (ustar, pax, GNU long names). */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { DistError } from './errors.js';
import { loadZlib } from './lazy-modules.js';

/** One tar member, with pax and GNU long names already applied. */
export interface TarEntry {
  /** Member path as Python's tarfile reports it (trailing `/` of directories removed). */
  path: string;
  type: 'file' | 'directory' | 'symlink' | 'hardlink' | 'other';
  size: number;
  /** A GNU sparse member (type `S`, or pax `GNU.sparse.*` headers), as tarfile's `issparse()`. */
  sparse: boolean;
}

/** What to do with the entry just seen: read its content, skip it, or stop the walk here. */
export type TarDecision = 'read' | 'skip' | 'stop';

/** Callbacks of a walk; `onContent` returns true to stop after this member. */
export interface TarVisitor {
  onEntry(entry: TarEntry): TarDecision;
  onContent?(entry: TarEntry, data: Buffer): boolean | undefined;
}

/** Caps on a walk: members read into memory, and total inflated bytes (a gzip bomb guard). */
export interface TarLimits {
  maxMemberSize: number;
  /** The walk stops with `zip-bomb` once it inflated more than max(bombMinSize, maxRatio × file size). */
  maxRatio: number;
  bombMinSize: number;
}

/** Defaults: 16 MiB per member read, ratio 50 past 64 MiB, the figures PyPI uses for zips. */
export const DEFAULT_TAR_LIMITS: TarLimits = { maxMemberSize: 16 << 20, maxRatio: 50, bombMinSize: 64 << 20 };

/** What a walk saw. */
export interface TarWalkSummary {
  /** Bytes inflated from the gzip stream so far. */
  inflatedBytes: number;
  /** True when the walk reached the end-of-archive marker (or the end of the stream). */
  complete: boolean;
}

/** Walk a .tar.gz member by member, streaming; stops early when the visitor says so. */
export async function walkTarGz(
  path: string,
  visitor: TarVisitor,
  limits: Partial<TarLimits> = {},
): Promise<TarWalkSummary> {
  const all = { ...DEFAULT_TAR_LIMITS, ...limits };
  const { size: fileSize } = await stat(path);
  const maxInflated = Math.max(all.bombMinSize, all.maxRatio * fileSize);
  const source = createReadStream(path, { highWaterMark: 1 << 16 });
  // zlib loads with the first archive read, not at every action's start-up.
  const gunzip = (await loadZlib()).createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  const reader = new ChunkReader(gunzip[Symbol.asyncIterator]() as AsyncIterator<Buffer>, () => {
    if (reader.consumed > maxInflated) {
      throw new DistError(
        'zip-bomb',
        `${path}: inflates past ${maxInflated} bytes (ratio over ${all.maxRatio}): refused as a gzip bomb`,
        path,
      );
    }
  });
  try {
    return await walk(reader, visitor, all, path);
  } catch (error) {
    if (error instanceof DistError) throw error;
    throw new DistError(
      'not-a-tarfile',
      `${path}: not a readable .tar.gz (${(error as Error).message})`,
      path,
    );
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

async function walk(
  reader: ChunkReader,
  visitor: TarVisitor,
  limits: TarLimits,
  path: string,
): Promise<TarWalkSummary> {
  const bad = (why: string): DistError =>
    new DistError('not-a-tarfile', `${path}: not a tar archive (${why})`, path);
  let longName: string | null = null;
  let pax: Map<string, string> = new Map();
  let first = true;
  for (;;) {
    const block = await reader.read(512);
    if (block === null || block.length < 512) {
      if (first) throw bad('empty or truncated stream');
      return { inflatedBytes: reader.consumed, complete: block === null };
    }
    if (block.every((b) => b === 0)) return { inflatedBytes: reader.consumed, complete: true };
    if (!checksumOk(block))
      throw bad(first ? 'bad header checksum' : 'bad header checksum after the first member');
    first = false;
    const typeflag = String.fromCharCode(block[156] ?? 0);
    let size = parseNumber(block.subarray(124, 136));
    if (pax.has('size')) size = Number(pax.get('size'));
    const padded = Math.ceil(size / 512) * 512;
    if (typeflag === 'x' || typeflag === 'L' || typeflag === 'g') {
      if (size > limits.maxMemberSize) throw bad(`extended header of ${size} bytes`);
      const data = await reader.read(padded);
      if (data === null || data.length < padded) throw bad('truncated extended header');
      const content = data.subarray(0, size);
      if (typeflag === 'x') pax = parsePax(content);
      else if (typeflag === 'L') longName = cString(content);
      // Global pax headers ('g') carry defaults we have no use for.
      continue;
    }
    const sparse =
      typeflag === 'S' ||
      pax.has('GNU.sparse.map') ||
      pax.has('GNU.sparse.size') ||
      (pax.get('GNU.sparse.major') === '1' && pax.get('GNU.sparse.minor') === '0');
    const entry: TarEntry = {
      path: entryPath(block, longName, pax),
      type: entryType(typeflag),
      size,
      sparse,
    };
    longName = null;
    pax = new Map();
    const decision = visitor.onEntry(entry);
    if (decision === 'stop') return { inflatedBytes: reader.consumed, complete: false };
    if (decision === 'read' && entry.type === 'file') {
      if (size > limits.maxMemberSize) {
        throw new DistError(
          'entry-too-large',
          `${path}: ${entry.path} is ${size} bytes, over the ${limits.maxMemberSize}-byte limit`,
          path,
        );
      }
      const data = await reader.read(padded);
      if (data === null || data.length < padded) throw bad(`truncated in ${entry.path}`);
      if (visitor.onContent?.(entry, data.subarray(0, size))) {
        return { inflatedBytes: reader.consumed, complete: false };
      }
    } else if (!(await reader.skip(padded))) throw bad(`truncated in ${entry.path}`);
  }
}

function entryPath(block: Buffer, longName: string | null, pax: Map<string, string>): string {
  let path = pax.get('path') ?? longName;
  if (path === undefined || path === null) {
    path = cString(block.subarray(0, 100));
    // POSIX ustar ("ustar\0" + "00") splits long paths into prefix + name; GNU ("ustar  \0") has no prefix there.
    if (block.subarray(257, 263).toString('latin1') === 'ustar\0') {
      const prefix = cString(block.subarray(345, 500));
      if (prefix) path = `${prefix}/${path}`;
    }
  }
  const type = String.fromCharCode(block[156] ?? 0);
  if (type === '5' || ((type === '0' || type === '\0') && path.endsWith('/')))
    path = path.replace(/\/+$/, '');
  return path;
}

function entryType(typeflag: string): TarEntry['type'] {
  if (typeflag === '0' || typeflag === '\0' || typeflag === '7') return 'file';
  if (typeflag === '5') return 'directory';
  if (typeflag === '2') return 'symlink';
  if (typeflag === '1') return 'hardlink';
  return 'other';
}

function cString(bytes: Buffer): string {
  const nul = bytes.indexOf(0);
  return (nul < 0 ? bytes : bytes.subarray(0, nul)).toString('utf8');
}

// Numbers are octal text, or base-256 when the high bit of the first byte is set (GNU, for sizes ≥ 8 GiB).
function parseNumber(field: Buffer): number {
  if ((field[0] ?? 0) & 0x80) {
    let value = BigInt((field[0] ?? 0) & 0x7f);
    for (const byte of field.subarray(1)) value = (value << 8n) | BigInt(byte);
    return Number(value);
  }
  const text = cString(field).trim();
  return text === '' ? 0 : parseInt(text, 8);
}

/** True when a 512-byte block is a tar header with a valid checksum. */
export function checksumOk(block: Buffer): boolean {
  let sum = 0;
  for (let i = 0; i < 512; i++) sum += i >= 148 && i < 156 ? 0x20 : (block[i] ?? 0);
  return parseNumber(block.subarray(148, 156)) === sum;
}

// Pax records: "<length> <key>=<value>\n", the length counting the whole record in bytes.
function parsePax(content: Buffer): Map<string, string> {
  const out = new Map<string, string>();
  let at = 0;
  while (at < content.length) {
    const space = content.indexOf(0x20, at);
    if (space < 0) break;
    const length = parseInt(content.subarray(at, space).toString('latin1'), 10);
    if (!Number.isFinite(length) || length <= 0 || at + length > content.length) break;
    const record = content.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out.set(record.slice(0, eq), record.slice(eq + 1));
    at += length;
  }
  return out;
}

/** Exact-length reads over an async iterator of chunks, counting bytes consumed. */
class ChunkReader {
  consumed = 0;
  private chunks: Buffer[] = [];
  private buffered = 0;
  private done = false;
  constructor(
    private readonly source: AsyncIterator<Buffer>,
    private readonly onProgress: () => void,
  ) {}

  private async fill(n: number): Promise<void> {
    while (this.buffered < n && !this.done) {
      const next = await this.source.next();
      if (next.done) this.done = true;
      else {
        this.chunks.push(next.value);
        this.buffered += next.value.length;
        this.consumed += next.value.length;
        this.onProgress();
      }
    }
  }

  /** Read exactly n bytes (fewer at the end of the stream, null when nothing is left). */
  async read(n: number): Promise<Buffer | null> {
    await this.fill(n);
    if (this.buffered === 0) return null;
    const all = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks);
    const out = all.subarray(0, Math.min(n, all.length));
    const rest = all.subarray(out.length);
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
    return out;
  }

  /** Skip n bytes without keeping them; false when the stream ended first. */
  async skip(n: number): Promise<boolean> {
    let left = n;
    while (left > 0) {
      await this.fill(Math.min(left, 1 << 20));
      if (this.buffered === 0) return false;
      const take = Math.min(left, this.buffered);
      const out = await this.read(take);
      left -= out?.length ?? 0;
    }
    return true;
  }
}
