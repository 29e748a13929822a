/** A file's digests (dists' accumulator) read through one reused buffer, so that hashing costs no memory. */
import { open } from 'node:fs/promises';
import { DigestAccumulator, type FileHashes } from '../dists/index.js';

const BUFFER_SIZE = 1 << 20;

/**
 * sha256, blake2b-256 and md5 of a file, as dists' `hashFile` computes them, but read into one reused
 * buffer: a read stream allocates a fresh chunk per read, and over a 1 GiB wheel that garbage outgrows the
 * action's whole memory budget before the collector returns it.
 */
export async function hashFileLean(path: string): Promise<FileHashes> {
  const digests = await DigestAccumulator.create();
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(BUFFER_SIZE);
    for (;;) {
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      digests.update(buffer.subarray(0, bytesRead));
    }
  } finally {
    await handle.close();
  }
  return digests.digest();
}
