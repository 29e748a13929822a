/** The digests PyPI keeps for every file, computed in one streaming pass. */
import type { Hash } from 'node:crypto';
import { open } from 'node:fs/promises';
import { createBLAKE2b, type IHasher } from './blake2b.js';
import { BufferPool } from './buffer-pool.js';
import { EXTRA_DIGESTS, type ExtraDigest } from './digest-names.js';
import { loadCrypto } from './lazy-modules.js';

/** Size and lower-case hex digests of a file: sha256 always, the extra digests when asked for. */
export interface FileDigests {
  size: number;
  sha256: string;
  md5?: string;
  /** blake2b-256, under the upload form's name. */
  blake2_256?: string;
}

/** All of PyPI's digests of a file. */
export interface FileHashes extends FileDigests {
  md5: string;
  blake2_256: string;
}

/**
 * Feeds bytes to sha256 and the extra digests at once: md5 (node's crypto) and blake2b-256. Node has no
 * 256-bit blake2b, and hash-wasm's runs at about 250 MB/s here where pure-JavaScript implementations
 * manage 10 to 15, which matters for a 1 GiB wheel; its WebAssembly instance is why creation is
 * asynchronous. Finished instances are kept for the next file: each holds its own WebAssembly memory,
 * which the garbage collector returns late, and a release of fifty files would otherwise carry fifty.
 */
export class DigestAccumulator {
  private size = 0;

  private constructor(
    private readonly sha256: Hash,
    private readonly md5: Hash | null,
    private readonly blake: IHasher | null,
  ) {}

  /** A fresh accumulator for sha256 and `extras` (all of them by default). */
  static async create(extras: readonly ExtraDigest[] = EXTRA_DIGESTS): Promise<DigestAccumulator> {
    // node:crypto is loaded with the first file hashed, not at start-up (4 ms of every action's).
    const { createHash } = await loadCrypto();
    let blake: IHasher | null = null;
    if (extras.includes('blake2_256')) {
      blake = idleBlake.pop() ?? (await createBLAKE2b(256));
      blake.init();
    }
    return new DigestAccumulator(
      createHash('sha256'),
      extras.includes('md5') ? createHash('md5') : null,
      blake,
    );
  }

  /** Adds the next bytes. */
  update(chunk: Uint8Array): void {
    this.size += chunk.length;
    this.sha256.update(chunk);
    this.md5?.update(chunk);
    this.blake?.update(chunk);
  }

  /** The digests of everything added; call once, at the end. */
  digest(): FileDigests {
    const out: FileDigests = { size: this.size, sha256: this.sha256.digest('hex') };
    if (this.md5) out.md5 = this.md5.digest('hex');
    if (this.blake) {
      out.blake2_256 = this.blake.digest('hex');
      idleBlake.push(this.blake);
    }
    return out;
  }
}

const idleBlake: IHasher[] = [];
/** Two 1 MiB read buffers per file being hashed, reused from file to file (preflight hashes two at once). */
const readBuffers = new BufferPool(1 << 20, 4);

/**
 * Hashes a file in one pass (sha256 and `extras`, by default all of PyPI's digests), through two pooled
 * buffers: the next megabyte is read on libuv's thread pool while this one is hashed, which takes a fifth off
 * a large file's time. A read stream would allocate a fresh chunk per read instead, and over a 1 GiB wheel
 * that garbage outgrows a runner-friendly memory budget before it is collected.
 */
export async function hashFile(path: string): Promise<FileHashes>;
export async function hashFile(path: string, extras: readonly ExtraDigest[]): Promise<FileDigests>;
export async function hashFile(
  path: string,
  extras: readonly ExtraDigest[] = EXTRA_DIGESTS,
): Promise<FileDigests> {
  const digests = await DigestAccumulator.create(extras);
  const handle = await open(path, 'r');
  const memory = [readBuffers.take(), readBuffers.take()];
  let reading: Promise<{ bytesRead: number }> | null = null;
  try {
    const buffers = memory.map((m) => Buffer.from(m));
    let position = 0;
    reading = handle.read(buffers[0] as Buffer, 0, readBuffers.size, position);
    for (let turn = 0; ; turn ^= 1) {
      const { bytesRead }: { bytesRead: number } = await reading;
      if (bytesRead === 0) break;
      position += bytesRead;
      reading = handle.read(buffers[turn ^ 1] as Buffer, 0, readBuffers.size, position);
      digests.update((buffers[turn] as Buffer).subarray(0, bytesRead));
    }
  } finally {
    // A read still in flight writes into its buffer: it must end before the buffer goes back to the pool.
    await reading?.catch(() => undefined);
    for (const m of memory) readBuffers.give(m);
    await handle.close();
  }
  return digests.digest();
}

/** All of PyPI's digests of bytes already in memory (a METADATA file). */
export async function hashBytes(bytes: Uint8Array): Promise<FileHashes> {
  const digests = await DigestAccumulator.create();
  digests.update(bytes);
  return digests.digest() as FileHashes;
}
