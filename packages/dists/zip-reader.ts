/** Random-access zip reading: the central directory (zip64 aware) and single members, never the whole archive. */
import { open, type FileHandle } from 'node:fs/promises';
import { DistError } from './errors.js';
import { readChunks } from './read-chunks.js';
import { loadZlib } from './lazy-modules.js';

/** One member as the central directory describes it. */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc32: number;
  compressedSize: number;
  uncompressedSize: number;
  localHeaderOffset: number;
  /** "Version made by": the high byte names the system whose attributes `externalAttributes` holds (3 = Unix). */
  madeBy: number;
  /** The host system's attributes: for Unix, the file mode (type and permissions) in the high 16 bits. */
  externalAttributes: number;
}

/** Limits that keep a hostile archive from costing memory or time. */
export interface ZipLimits {
  /** Largest member we will inflate, in bytes (METADATA, WHEEL and such are small). */
  maxMemberSize: number;
  /** An entry whose uncompressed/compressed ratio exceeds this is refused as a zip bomb... */
  maxRatio: number;
  /** ...unless it inflates to at most this many bytes: tiny entries (a run of zeros) compress absurdly well and harm nobody. */
  ratioMinSize: number;
  /** Largest central directory we will read. */
  maxCentralDirectory: number;
}

/** Defaults: 16 MiB per inflated member, ratio 50 (PyPI's figure) for entries over 1 MiB, 64 MiB of directory. */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxMemberSize: 16 << 20,
  maxRatio: 50,
  ratioMinSize: 1 << 20,
  maxCentralDirectory: 64 << 20,
};

const EOCD_SIG = 0x06054b50;
const EOCD_BYTES = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const U32_MAX = 0xffffffff;

/** An open zip file: its entries by name and a way to read one. Close it when done. */
export class ZipArchive {
  private constructor(
    private readonly handle: FileHandle,
    readonly path: string,
    readonly size: number,
    readonly entries: ZipEntry[],
    private readonly limits: ZipLimits,
  ) {}

  /** Open a zip and read its central directory; throws DistError `not-a-zipfile` when it is not a readable zip. */
  static async open(path: string, limits: Partial<ZipLimits> = {}): Promise<ZipArchive> {
    const all = { ...DEFAULT_ZIP_LIMITS, ...limits };
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      const entries = await readCentralDirectory(handle, size, path, all);
      return new ZipArchive(handle, path, size, entries, all);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** The entry of that exact name, if any. */
  entry(name: string): ZipEntry | undefined {
    return this.entries.find((e) => e.name === name);
  }

  /** Entries whose ratio marks them as a zip bomb under these limits. */
  bombs(): ZipEntry[] {
    const { maxRatio, ratioMinSize } = this.limits;
    return this.entries.filter(
      (e) => e.uncompressedSize > ratioMinSize && e.uncompressedSize > maxRatio * e.compressedSize,
    );
  }

  /** Inflate one member, checking its size caps, compression method, ratio and CRC. */
  async read(entry: ZipEntry): Promise<Buffer> {
    const where = `${this.path}: ${entry.name}`;
    if (entry.flags & 1) throw new DistError('encrypted-entry', `${where} is encrypted`, this.path);
    if (entry.uncompressedSize > this.limits.maxMemberSize) {
      throw new DistError(
        'entry-too-large',
        `${where} inflates to ${entry.uncompressedSize} bytes, over the ${this.limits.maxMemberSize}-byte limit`,
        this.path,
      );
    }
    if (this.bombs().includes(entry)) {
      throw new DistError(
        'zip-bomb',
        `${where} inflates ${entry.uncompressedSize} bytes from ${entry.compressedSize} (ratio over ${this.limits.maxRatio}): refused as a zip bomb`,
        this.path,
      );
    }
    const raw = await readAt(this.handle, await this.dataStart(entry), entry.compressedSize);
    // zlib loads with the first archive read, not at every action's start-up.
    const { crc32, inflateRawSync } = await loadZlib();
    let data: Buffer;
    if (entry.method === 0) data = raw;
    else if (entry.method === 8) {
      try {
        // maxOutputLength bounds memory even when the directory lies about the size.
        data = inflateRawSync(raw, { maxOutputLength: Math.max(entry.uncompressedSize, 1) });
      } catch (error) {
        throw new DistError(
          'corrupt-entry',
          `${where}: cannot inflate (${(error as Error).message})`,
          this.path,
        );
      }
    } else {
      throw new DistError(
        'unsupported-compression',
        `${where} uses compression method ${entry.method}; only stored (0) and deflate (8) are accepted`,
        this.path,
      );
    }
    if (data.length !== entry.uncompressedSize || crc32(data) !== entry.crc32) {
      throw new DistError('corrupt-entry', `${where}: size or CRC does not match the directory`, this.path);
    }
    return data;
  }

  /**
   * The member's bytes as they inflate, in chunks of about `chunkSize`, however large it is: stored and deflate
   * members, checked against the directory's size and CRC (a chunk past the size stops it at once). Each chunk
   * is yours only until you ask for the next one.
   */
  async *stream(entry: ZipEntry, chunkSize = 1 << 20): AsyncGenerator<Uint8Array> {
    const where = `${this.path}: ${entry.name}`;
    if (entry.flags & 1) throw new DistError('encrypted-entry', `${where} is encrypted`, this.path);
    if (entry.method !== 0 && entry.method !== 8) {
      throw new DistError(
        'unsupported-compression',
        `${where} uses compression method ${entry.method}; only stored (0) and deflate (8) are accepted`,
        this.path,
      );
    }
    const { crc32, createInflateRaw } = await loadZlib();
    const raw = readChunks(this.handle, await this.dataStart(entry), entry.compressedSize, chunkSize);
    const chunks = entry.method === 0 ? raw : inflated(raw, createInflateRaw({ chunkSize }));
    let size = 0;
    let crc = 0;
    try {
      for await (const chunk of chunks) {
        size += chunk.length;
        if (size > entry.uncompressedSize)
          throw new DistError('corrupt-entry', `${where}: inflates past its recorded size`, this.path);
        crc = crc32(chunk, crc);
        yield chunk;
      }
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      if (!code.startsWith('Z_')) throw error;
      throw new DistError(
        'corrupt-entry',
        `${where}: cannot inflate (${(error as Error).message})`,
        this.path,
      );
    }
    if (size !== entry.uncompressedSize || crc !== entry.crc32) {
      throw new DistError('corrupt-entry', `${where}: size or CRC does not match the directory`, this.path);
    }
  }

  /** Where a member's data begins, after its local header; checks that the data lies within the file. */
  private async dataStart(entry: ZipEntry): Promise<number> {
    const where = `${this.path}: ${entry.name}`;
    const local = await readAt(this.handle, entry.localHeaderOffset, 30);
    if (local.length < 30 || local.readUInt32LE(0) !== LOCAL_SIG) {
      throw new DistError(
        'corrupt-entry',
        `${where}: no local header at offset ${entry.localHeaderOffset}`,
        this.path,
      );
    }
    const start = entry.localHeaderOffset + 30 + local.readUInt16LE(26) + local.readUInt16LE(28);
    if (start + entry.compressedSize > this.size) {
      throw new DistError(
        'corrupt-entry',
        `${where}: data runs past the end of the file (truncated?)`,
        this.path,
      );
    }
    return start;
  }

  /** Release the file handle. */
  async close(): Promise<void> {
    await this.handle.close();
  }
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let done = 0;
  while (done < length) {
    const { bytesRead } = await handle.read(buffer, done, length - done, position + done);
    if (bytesRead === 0) break;
    done += bytesRead;
  }
  return done === length ? buffer : buffer.subarray(0, done);
}

async function readCentralDirectory(
  handle: FileHandle,
  size: number,
  path: string,
  limits: ZipLimits,
): Promise<ZipEntry[]> {
  const notZip = (why: string): DistError =>
    new DistError('not-a-zipfile', `${path}: not a zip file (${why})`, path);
  // As Python's zipfile: the end record ends the file, or it is the last signature in the final 64 KiB + 22
  // bytes with 22 bytes after it (whatever its comment length says; data after it is not this reader's concern).
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = await readAt(handle, size - tailLength, tailLength);
  const last = tail.length - 22;
  const atEnd = last >= 0 && tail.readUInt32LE(last) === EOCD_SIG && tail.readUInt16LE(last + 20) === 0;
  const eocd = atEnd ? last : tail.lastIndexOf(EOCD_BYTES);
  if (eocd < 0 || eocd > last) throw notZip('no end of central directory record');
  const eocdOffset = size - tailLength + eocd;
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  // Where the directory really ends: the end record, or the ZIP64 end record before its locator.
  let cdEnd = eocdOffset;
  if (eocdOffset >= 20) {
    const locator = await readAt(handle, eocdOffset - 20, 20);
    if (locator.readUInt32LE(0) === ZIP64_LOCATOR_SIG) {
      const z64Offset = Number(locator.readBigUInt64LE(8));
      const z64 = await readAt(handle, z64Offset, 56);
      if (z64.length < 56 || z64.readUInt32LE(0) !== ZIP64_EOCD_SIG) throw notZip('bad zip64 end record');
      count = Number(z64.readBigUInt64LE(32));
      cdSize = Number(z64.readBigUInt64LE(40));
      cdOffset = Number(z64.readBigUInt64LE(48));
      cdEnd = eocdOffset - 20 - 56;
    }
  }
  // Bytes before the zip (a self-extractor, another archive) shift every offset, as zipfile's `concat` does.
  const concat = cdEnd - cdSize - cdOffset;
  cdOffset += concat;
  if (cdOffset < 0) throw notZip('bad offset for the central directory');
  if (cdOffset + cdSize > size) throw notZip('central directory runs past the end of the file (truncated?)');
  if (cdSize > limits.maxCentralDirectory)
    throw notZip(`central directory of ${cdSize} bytes is over the limit`);
  const cd = await readAt(handle, cdOffset, cdSize);
  const entries: ZipEntry[] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > cd.length || cd.readUInt32LE(at) !== CENTRAL_SIG)
      throw notZip(`bad central directory entry ${i}`);
    const flags = cd.readUInt16LE(at + 8);
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > cd.length) throw notZip(`central directory entry ${i} runs past the directory`);
    const nameBytes = cd.subarray(at + 46, at + 46 + nameLength);
    // Bit 11 says UTF-8; otherwise the spec says CP437, which agrees with ASCII, all that wheels use.
    const name = nameBytes.toString(flags & 0x800 ? 'utf8' : 'latin1');
    const entry: ZipEntry = {
      name,
      method: cd.readUInt16LE(at + 10),
      flags,
      crc32: cd.readUInt32LE(at + 16),
      compressedSize: cd.readUInt32LE(at + 20),
      uncompressedSize: cd.readUInt32LE(at + 24),
      localHeaderOffset: cd.readUInt32LE(at + 42),
      madeBy: cd.readUInt16LE(at + 4),
      externalAttributes: cd.readUInt32LE(at + 38),
    };
    applyZip64Extra(entry, cd.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength));
    entry.localHeaderOffset += concat;
    entries.push(entry);
    at = end;
  }
  return entries;
}

// The zip64 extra field holds, in this order, only the values whose 32-bit slot is 0xFFFFFFFF.
function applyZip64Extra(entry: ZipEntry, extra: Buffer): void {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (id === 0x0001) {
      let p = at + 4;
      const next = (): number => {
        const value = p + 8 <= at + 4 + length ? Number(extra.readBigUInt64LE(p)) : U32_MAX;
        p += 8;
        return value;
      };
      if (entry.uncompressedSize === U32_MAX) entry.uncompressedSize = next();
      if (entry.compressedSize === U32_MAX) entry.compressedSize = next();
      if (entry.localHeaderOffset === U32_MAX) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + length;
  }
}

/**
 * Raw deflate chunks through `inflate`, as inflated chunks: fed with backpressure while the caller reads, the
 * stream destroyed if the reader stops early. (No node:stream helpers: a bundle's dynamic import of that
 * module, a function, loses its named exports.)
 */
async function* inflated(
  raw: AsyncIterable<Uint8Array>,
  inflate: import('node:zlib').InflateRaw,
): AsyncGenerator<Uint8Array> {
  const drained = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        inflate.off('drain', done);
        inflate.off('close', done);
        resolve();
      };
      inflate.on('drain', done);
      inflate.on('close', done);
    });
  const feeding = (async () => {
    // Each raw chunk is copied: the reader reuses its buffers, and zlib may still hold one.
    for await (const chunk of raw) {
      if (inflate.destroyed) return;
      if (!inflate.write(Buffer.from(chunk))) await drained();
    }
    if (!inflate.destroyed) inflate.end();
  })();
  feeding.catch((error: Error) => inflate.destroy(error));
  try {
    for await (const chunk of inflate) yield chunk as Uint8Array;
    await feeding;
  } finally {
    inflate.destroy();
  }
}

/** What a zip member is, by the attributes its maker recorded: Unix modes, else the directory flag and name. */
export type ZipEntryKind = 'file' | 'directory' | 'symlink' | 'special';

const UNIX_HOSTS = new Set([3, 19]); // Unix, and macOS (OS X) as some archivers write it

/** The kind of a member: a symbolic link, device, FIFO or socket only a Unix maker can record. */
export function zipEntryKind(entry: ZipEntry): ZipEntryKind {
  if (UNIX_HOSTS.has(entry.madeBy >>> 8)) {
    const type = (entry.externalAttributes >>> 16) & 0o170000;
    if (type === 0o120000) return 'symlink';
    if (type === 0o040000) return 'directory';
    if (type !== 0 && type !== 0o100000) return 'special';
  }
  if (entry.externalAttributes & 0x10 || entry.name.endsWith('/')) return 'directory';
  return 'file';
}
