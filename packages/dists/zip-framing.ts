/**
 * warehouse's ZIP framing check (`warehouse/utils/zipfiles.py`): read front to back, record by record, a zip
 * must say what its central directory says, so that a streaming reader and a directory reader agree. No
 * data descriptors, no duplicate or unlisted names, no comments on entries, no unprintable names, no data
 * after the end record.
 */
import { open, type FileHandle } from 'node:fs/promises';
import type { ZipEntry } from './zip-reader.js';

const SIG_CENTRAL = 0x02014b50;
const SIG_LOCAL = 0x04034b50;
const SIG_EOCD = 0x06054b50;
const SIG_EOCD64 = 0x06064b50;
const SIG_EOCD64_LOCATOR = 0x07064b50;
const U32_MAX = 0xffffffff;
const WINDOW = 1 << 16;
// Extras that may not appear twice in one local header: ZIP64 sizes, Info-ZIP Unicode path.
const SINGLE_EXTRAS = new Set([0x0001, 0x7075]);

/** One of warehouse's framing errors; its message is warehouse's. */
class FramingError extends Error {}

/** Sequential reads over a file handle through a 64 KiB window; reading past the end is "Malformed". */
class RecordReader {
  position = 0;
  private window = Buffer.alloc(0);
  private windowStart = 0;
  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}

  async read(length: number): Promise<Buffer> {
    if (this.position + length > this.size) throw new FramingError('Malformed zip file');
    const offset = this.position - this.windowStart;
    if (offset < 0 || offset + length > this.window.length) {
      this.window = Buffer.alloc(Math.max(length, WINDOW));
      const { bytesRead } = await this.handle.read(this.window, 0, this.window.length, this.position);
      this.window = this.window.subarray(0, bytesRead);
      this.windowStart = this.position;
    }
    const at = this.position - this.windowStart;
    this.position += length;
    return this.window.subarray(at, at + length);
  }

  skip(length: number): void {
    this.position += length;
  }
}

const unprintable = (bytes: Buffer): boolean => bytes.some((b) => b < 0x20 || b === 0x7f);

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function utf8(bytes: Buffer, error: string): string {
  try {
    return UTF8.decode(bytes);
  } catch {
    throw new FramingError(error);
  }
}

interface Sizes {
  compressed: number;
  uncompressed: number;
}

// A local header's extras: no repeats of the single ones, ZIP64 sizes applied, Unicode paths valid.
function applyLocalExtras(extra: Buffer, method: number, sizes: Sizes): void {
  const seen = new Set<number>();
  let at = 0;
  while (at < extra.length) {
    if (extra.length - at < 4) throw new FramingError('Malformed zip file');
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    if (length + 4 > extra.length - at) throw new FramingError('Malformed zip file');
    if (seen.has(id) && SINGLE_EXTRAS.has(id))
      throw new FramingError('Invalid duplicate extra in local file');
    seen.add(id);
    const data = extra.subarray(at + 4, at + 4 + length);
    if (id === 0x0001) zip64Sizes(data, method, sizes);
    else if (id === 0x7075) {
      const name = data.subarray(5);
      if (unprintable(name)) throw new FramingError('Invalid character in filename');
      utf8(name, 'Filename not valid UTF-8');
    }
    at += 4 + length;
  }
}

function zip64Sizes(data: Buffer, method: number, sizes: Sizes): void {
  if (![0, 8, 16, 24, 28].includes(data.length)) throw new FramingError('Malformed zip file');
  if (data.length === 0) {
    if (sizes.compressed === U32_MAX || sizes.uncompressed === U32_MAX)
      throw new FramingError('Malformed zip file');
  } else if (data.length === 8) {
    // Only the uncompressed size: then the data must be stored, both sizes the same.
    if (method !== 0) throw new FramingError('Malformed zip file');
    const size = Number(data.readBigUInt64LE(0));
    sizes.compressed = size;
    if (sizes.uncompressed === U32_MAX) sizes.uncompressed = size;
  } else {
    if (sizes.uncompressed === U32_MAX) sizes.uncompressed = Number(data.readBigUInt64LE(0));
    sizes.compressed = Number(data.readBigUInt64LE(8));
  }
}

/** What the whole walk keeps: names seen in each place, and the central directory as found. */
interface Walk {
  directory: Map<string, ZipEntry>;
  local: Set<string>;
  central: Set<string>;
  cdRecords: number;
  cdOffset: number | null;
  cdSize: number;
  /** From the ZIP64 end record when there is one, else from the end record. */
  declared: { records: number; size: number; offset: number } | null;
  eocd64At: number | null;
  locator: number | null;
}

async function localHeader(reader: RecordReader, walk: Walk): Promise<void> {
  const fixed = await reader.read(26);
  const flags = fixed.readUInt16LE(2);
  const method = fixed.readUInt16LE(4);
  const sizes = { compressed: fixed.readUInt32LE(14), uncompressed: fixed.readUInt32LE(18) };
  const name = Buffer.from(await reader.read(fixed.readUInt16LE(22)));
  const extra = Buffer.from(await reader.read(fixed.readUInt16LE(24)));
  if (unprintable(name)) throw new FramingError('Invalid character in filename');
  applyLocalExtras(extra, method, sizes);
  if (flags & 0x08) throw new FramingError('ZIP contains a data descriptor');
  const entry = walk.directory.get(utf8(name, 'Filename not unicode'));
  if (!entry) throw new FramingError('Filename not in central directory');
  if (entry.compressedSize !== sizes.compressed) throw new FramingError('Mis-matched data size');
  if (entry.uncompressedSize !== sizes.uncompressed) throw new FramingError('Mis-matched file size');
  reader.skip(sizes.compressed);
  const key = name.toString('latin1');
  if (walk.local.has(key)) throw new FramingError('Duplicate filename in local headers');
  walk.local.add(key);
}

async function centralHeader(reader: RecordReader, walk: Walk): Promise<void> {
  walk.cdOffset ??= reader.position - 4;
  walk.cdRecords += 1;
  const fixed = await reader.read(42);
  if (fixed.readUInt16LE(28) !== 0) throw new FramingError('Comment in central directory');
  const name = await reader.read(fixed.readUInt16LE(24));
  const key = name.toString('latin1');
  const extraLength = fixed.readUInt16LE(26);
  await reader.read(extraLength);
  if (unprintable(name)) throw new FramingError('Invalid character in filename');
  walk.cdSize += 46 + name.length + extraLength;
  if (walk.central.has(key)) throw new FramingError('Duplicate filename in central directory');
  if (!walk.local.has(key)) throw new FramingError('Missing filename in local headers');
  walk.central.add(key);
}

async function endRecord(reader: RecordReader, walk: Walk): Promise<void> {
  walk.cdOffset ??= reader.position - 4;
  const fixed = await reader.read(18);
  if (fixed.readUInt16LE(4) !== fixed.readUInt16LE(6)) throw new FramingError('Malformed zip file');
  reader.skip(fixed.readUInt16LE(16));
  if (walk.locator === null || walk.declared === null)
    walk.declared = {
      records: fixed.readUInt16LE(6),
      size: fixed.readUInt32LE(8),
      offset: fixed.readUInt32LE(12),
    };
  const { records, size, offset } = walk.declared;
  if (records !== walk.cdRecords) throw new FramingError('Mismatched central directory records');
  if (offset !== walk.cdOffset) throw new FramingError('Mismatched central directory offset');
  if (size !== walk.cdSize) throw new FramingError('Mismatched central directory size');
}

async function endRecord64(reader: RecordReader, walk: Walk): Promise<void> {
  walk.eocd64At = reader.position - 4;
  const fixed = await reader.read(52);
  const size = Number(fixed.readBigUInt64LE(0));
  const onDisk = fixed.readBigUInt64LE(20);
  const records = fixed.readBigUInt64LE(28);
  if (onDisk !== records) throw new FramingError('Malformed zip file');
  if (size !== 44) throw new FramingError('ZIP64 extensible data not allowed');
  walk.declared = {
    records: Number(records),
    size: Number(fixed.readBigUInt64LE(36)),
    offset: Number(fixed.readBigUInt64LE(44)),
  };
}

async function walkRecords(reader: RecordReader, walk: Walk): Promise<void> {
  for (;;) {
    const signature = (await reader.read(4)).readUInt32LE(0);
    // An end record after a ZIP64 end record needs the ZIP64 locator between them.
    if (signature === SIG_EOCD && walk.eocd64At !== null && walk.locator === null)
      throw new FramingError('Malformed zip file');
    if (signature === SIG_CENTRAL) await centralHeader(reader, walk);
    else if (signature === SIG_LOCAL) await localHeader(reader, walk);
    else if (signature === SIG_EOCD) return endRecord(reader, walk);
    else if (signature === SIG_EOCD64) await endRecord64(reader, walk);
    else if (signature === SIG_EOCD64_LOCATOR)
      walk.locator = Number((await reader.read(16)).readBigUInt64LE(4));
    else throw new FramingError('Unknown record signature');
  }
}

/** warehouse's reason to refuse the zip's framing (`Duplicate filename in local headers`, …), or null. */
export async function zipFramingProblem(path: string, entries: readonly ZipEntry[]): Promise<string | null> {
  const handle = await open(path, 'r');
  try {
    const reader = new RecordReader(handle, (await handle.stat()).size);
    const walk: Walk = {
      directory: new Map(entries.map((e) => [e.name, e])),
      local: new Set(),
      central: new Set(),
      cdRecords: 0,
      cdOffset: null,
      cdSize: 0,
      declared: null,
      eocd64At: null,
      locator: null,
    };
    await walkRecords(reader, walk);
    if (walk.central.size !== walk.local.size) return 'Mis-matched local headers and central directory';
    return reader.position === reader.size ? null : 'Trailing data';
  } catch (error) {
    if (error instanceof FramingError) return error.message;
    throw error;
  } finally {
    await handle.close();
  }
}
