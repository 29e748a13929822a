/** The digests PyPI keeps for every file, computed in one streaming pass. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { blake2b } from '@noble/hashes/blake2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

/** Size and lower-case hex digests of a file, named as PyPI's JSON API names them. */
export interface FileHashes {
  size: number;
  sha256: string;
  blake2_256: string;
  md5: string;
}

/** Hash a file in one pass (sha256 and md5 by node's crypto, blake2b-256 by @noble/hashes: node has no 256-bit blake2b). */
export async function hashFile(path: string): Promise<FileHashes> {
  const sha256 = createHash('sha256');
  const md5 = createHash('md5');
  const blake = blake2b.create({ dkLen: 32 });
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    const bytes = chunk as Buffer;
    size += bytes.length;
    sha256.update(bytes);
    md5.update(bytes);
    blake.update(bytes);
  }
  return {
    size,
    sha256: sha256.digest('hex'),
    blake2_256: bytesToHex(blake.digest()),
    md5: md5.digest('hex'),
  };
}
