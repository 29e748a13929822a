/** The digests PyPI keeps for a file (sha256, blake2b-256, md5), in the index's own naming. */
import { hashBytes, type FileHashes } from '../dists/index.js';
import type { Digests } from './model.js';

/** The index's record of a file's digests, from the accumulator dists computes them with. */
export function toDigests(hashes: FileHashes): Digests {
  return { sha256: hashes.sha256, blake2b_256: hashes.blake2_256, md5: hashes.md5 };
}

/** The digests of a small buffer (a METADATA file). */
export async function digestBytes(bytes: Uint8Array): Promise<Digests> {
  return toDigests(await hashBytes(bytes));
}
