/** The digests PyPI keeps for a file (sha256, blake2b-256, md5), computed incrementally. */
import { createHash } from 'node:crypto';
import { blake2b } from '@noble/hashes/blake2.js';
import type { Digests } from './model.js';

/** Feeds bytes to all three digests at once. */
export class DigestStream {
  private readonly sha256 = createHash('sha256');
  private readonly md5 = createHash('md5');
  private readonly blake = blake2b.create({ dkLen: 32 });

  update(chunk: Uint8Array): void {
    this.sha256.update(chunk);
    this.md5.update(chunk);
    this.blake.update(chunk);
  }

  /** The hex digests; call once, at the end. */
  digest(): Digests {
    return {
      sha256: this.sha256.digest('hex'),
      blake2b_256: Buffer.from(this.blake.digest()).toString('hex'),
      md5: this.md5.digest('hex'),
    };
  }
}

/** The digests of a small buffer (a METADATA file). */
export function digestBytes(bytes: Uint8Array): Digests {
  const stream = new DigestStream();
  stream.update(bytes);
  return stream.digest();
}
