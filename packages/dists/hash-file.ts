/** The digests PyPI keeps for every file, computed in one streaming pass. */
import { createHash, type Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { createBLAKE2b, type IHasher } from 'hash-wasm';

/** Size and lower-case hex digests of a file; `blake2_256` is the upload form's name for blake2b-256. */
export interface FileHashes {
  size: number;
  sha256: string;
  blake2_256: string;
  md5: string;
}

/**
 * Feeds bytes to sha256, md5 (node's crypto) and blake2b-256 at once. Node has no 256-bit blake2b, and
 * hash-wasm's runs at about 250 MB/s here where pure-JavaScript implementations manage 10 to 15, which
 * matters for a 1 GiB wheel; its WebAssembly instance is why creation is asynchronous. Finished
 * instances are kept for the next file: each holds its own WebAssembly memory, which the garbage collector
 * returns late, and a release of fifty files would otherwise carry fifty of them.
 */
export class DigestAccumulator {
  private readonly sha256: Hash = createHash('sha256');
  private readonly md5: Hash = createHash('md5');
  private size = 0;

  private constructor(private readonly blake: IHasher) {}

  /** A fresh accumulator. */
  static async create(): Promise<DigestAccumulator> {
    const blake = idleBlake.pop() ?? (await createBLAKE2b(256));
    blake.init();
    return new DigestAccumulator(blake);
  }

  /** Adds the next bytes. */
  update(chunk: Uint8Array): void {
    this.size += chunk.length;
    this.sha256.update(chunk);
    this.md5.update(chunk);
    this.blake.update(chunk);
  }

  /** The digests of everything added; call once, at the end. */
  digest(): FileHashes {
    const blake2_256 = this.blake.digest('hex');
    idleBlake.push(this.blake);
    return { size: this.size, sha256: this.sha256.digest('hex'), blake2_256, md5: this.md5.digest('hex') };
  }
}

const idleBlake: IHasher[] = [];
const READ_SIZE = 1 << 20;

/**
 * Hashes a file in one pass, read through one reused buffer: a read stream allocates a fresh chunk per
 * read, and over a 1 GiB wheel that garbage outgrows a runner-friendly memory budget before it is collected.
 */
export async function hashFile(path: string): Promise<FileHashes> {
  const digests = await DigestAccumulator.create();
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.allocUnsafe(READ_SIZE);
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

/** The digests of bytes already in memory (a METADATA file). */
export async function hashBytes(bytes: Uint8Array): Promise<FileHashes> {
  const digests = await DigestAccumulator.create();
  digests.update(bytes);
  return digests.digest();
}
