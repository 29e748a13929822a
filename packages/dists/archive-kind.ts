/**
 * Python's `zipfile.is_zipfile` and `tarfile.is_tarfile`, which decide PyPI's "both a zip and a tar file",
 * "File is not a zipfile" and "File is not a tarfile" before any member is read.
 */
import { open, stat } from 'node:fs/promises';
import { checksumOk } from './tar-reader.js';
import { loadZlib } from './lazy-modules.js';

const EOCD = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
const EOCD_SIZE = 22;
const MAX_COMMENT = 1 << 16;
const BLOCK = 512;
// How much of a gzip stream is inflated to see the first tar header.
const GZIP_WINDOW = 1 << 16;

async function readAt(path: string, position: number, length: number): Promise<Buffer> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(Math.max(0, length));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, position);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

/**
 * `zipfile.is_zipfile`: an end-of-central-directory record ends the file, or its signature is found (with all
 * 22 bytes after it) within the last 64 KiB + 22 bytes. Nothing else is checked, so data before a zip is fine.
 */
export async function isZipFile(path: string): Promise<boolean> {
  const { size } = await stat(path);
  if (size < EOCD_SIZE) return false;
  const start = Math.max(0, size - EOCD_SIZE - MAX_COMMENT);
  const tail = await readAt(path, start, size - start);
  const last = tail.subarray(tail.length - EOCD_SIZE);
  if (last.subarray(0, 4).equals(EOCD) && last[20] === 0 && last[21] === 0) return true;
  const at = tail.lastIndexOf(EOCD);
  return at >= 0 && tail.length - at >= EOCD_SIZE;
}

/** The compression a file's first bytes announce, as tarfile's `r:*` tries them. */
export type TarCompression = 'gzip' | 'bzip2' | 'xz' | 'zstd' | null;

/** The compression named by a file's magic bytes (null: none of tarfile's). */
export function compressionOf(head: Buffer): TarCompression {
  if (head[0] === 0x1f && head[1] === 0x8b) return 'gzip';
  if (
    head.subarray(0, 3).toString('latin1') === 'BZh' &&
    head.subarray(4, 10).toString('latin1') === '1AY&SY'
  )
    return 'bzip2';
  if (head.subarray(0, 6).equals(Buffer.from([0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00]))) return 'xz';
  if (head.subarray(0, 4).equals(Buffer.from([0x28, 0xb5, 0x2f, 0xfd]))) return 'zstd';
  return null;
}

/** The compression a file announces with its first bytes. */
export async function compressionOfFile(path: string): Promise<TarCompression> {
  return compressionOf(await readAt(path, 0, 16));
}

/**
 * `tarfile.is_tarfile`: the file opens as a tar, plain or compressed, that is, its first header block reads.
 * Plain and gzip are checked block and all; a bzip2, xz or zstd stream is taken on its magic bytes alone
 * (node cannot inflate those), so one that holds no tar counts as a tar here.
 */
export async function isTarFile(path: string): Promise<boolean> {
  const head = await readAt(path, 0, GZIP_WINDOW);
  const compression = compressionOf(head);
  if (compression === 'gzip') return isTarHeader(await firstInflated(head));
  if (compression !== null) return true;
  return isTarHeader(head.subarray(0, BLOCK));
}

// tarfile reads an all-zero first block as an empty archive; anything else must carry a valid checksum.
function isTarHeader(block: Buffer): boolean {
  return block.length >= BLOCK && (block.subarray(0, BLOCK).every((b) => b === 0) || checksumOk(block));
}

/**
 * The bytes a gzip stream inflates to, as far as its first member reads without error: what Python's
 * GzipFile hands tarfile before damage further on (a truncation, a bad block) raises.
 */
async function firstInflated(head: Buffer): Promise<Buffer> {
  const body = head.subarray(gzipHeaderLength(head));
  const zlib = await loadZlib();
  const inflate = (length: number): Buffer | null => {
    try {
      return zlib.inflateRawSync(body.subarray(0, length), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
    } catch {
      return null;
    }
  };
  const whole = inflate(body.length);
  if (whole) return whole;
  // Damage inside the window: the longest prefix that still inflates (output only grows with input).
  let good = 0;
  let bad = body.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (inflate(middle)) good = middle;
    else bad = middle;
  }
  return inflate(good) ?? Buffer.alloc(0);
}

// RFC 1952: ID1 ID2 CM FLG MTIME(4) XFL OS, then the optional extra field, name, comment and header CRC.
function gzipHeaderLength(head: Buffer): number {
  if (head[2] !== 8) return head.length;
  const flags = head[3] ?? 0;
  let at = 10;
  if (flags & 0x04) at += 2 + (head.length >= at + 2 ? head.readUInt16LE(at) : 0);
  for (const bit of [0x08, 0x10]) {
    if (flags & bit) {
      const end = head.indexOf(0, at);
      at = end < 0 ? head.length : end + 1;
    }
  }
  if (flags & 0x02) at += 2;
  return Math.min(at, head.length);
}
