/** Receiving one uploaded file into `tmp/`: digested and written as it arrives, size-limited. */
import { ParallelDigests } from '../dists/index.js';
import { toDigests } from './digests.js';
import type { FileSink } from './multipart.js';
import type { Digests } from './model.js';
import { writeFailure } from './storage-error.js';
import type { StorageHandle, StorageSystem } from './storage-fs.js';

/** The buffers left after a short writev wrote `written` bytes of them. */
function skipWritten(buffers: Uint8Array[], written: number): Uint8Array[] {
  let left = written;
  const rest: Uint8Array[] = [];
  for (const buffer of buffers) {
    if (left >= buffer.length) {
      left -= buffer.length;
      continue;
    }
    rest.push(left > 0 ? buffer.subarray(left) : buffer);
    left = 0;
  }
  return rest;
}

/**
 * A temp file being written by an upload; `end` writes the rest, fsyncs and closes it. The bytes are written
 * from the digests' staging buffers (ParallelDigests' sink) while the workers hash them, a megabyte at a
 * time: the chunks node's HTTP hands over are copied once, into staging, and are garbage at once.
 */
export class TempUpload implements FileSink {
  private handle: StorageHandle | null = null;
  private hasher: ParallelDigests | null = null;
  private result: Digests | null = null;
  private digesting: Promise<Digests> | null = null;
  private received = 0;
  private closed = false;
  private writing: Promise<void> = Promise.resolve();
  /** True once more than `maxBytes` arrived: writing stops, the rest is only counted. */
  tooLarge = false;

  constructor(
    private readonly system: StorageSystem,
    readonly path: string,
    readonly filename: string,
    private readonly maxBytes: number,
  ) {}

  /** Bytes received so far (including any beyond the limit). */
  get size(): number {
    return this.received;
  }

  /** Bytes this upload holds in memory now: the digests' staging buffers, those being written among them. */
  get heldBytes(): number {
    return this.hasher?.heldBytes ?? 0;
  }

  async write(chunk: Buffer): Promise<void> {
    this.received += chunk.length;
    if (this.tooLarge) return;
    if (this.received > this.maxBytes) {
      // Keep draining the body so the client reads our 400 instead of a reset connection.
      this.tooLarge = true;
      await this.discard();
      return;
    }
    this.hasher ??= await ParallelDigests.create((bytes) => this.writeStaged(bytes));
    await this.hasher.update(chunk);
  }

  /** Writes staged bytes (one call at a time, in order); nothing once the file is given up. */
  private writeStaged(bytes: Uint8Array): Promise<void> {
    if (this.tooLarge) return Promise.resolve();
    this.writing = this.writeAll([bytes]);
    return this.writing;
  }

  private async writeAll(buffers: Uint8Array[]): Promise<void> {
    try {
      this.handle ??= await this.system.fs.open(this.path, 'wx');
      while (buffers.length > 0) {
        const { bytesWritten } = await this.handle.writev(buffers);
        if (bytesWritten <= 0) throw Object.assign(new Error('the write stored nothing'), { code: 'EIO' });
        buffers = skipWritten(buffers, bytesWritten);
      }
    } catch (error) {
      throw writeFailure(error, 'receiving the file');
    }
  }

  async end(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.tooLarge) return;
    await this.digests(); // the last staging buffer is written, every write done
    await this.writeAll([]); // opens the file even for an empty upload
    const handle = this.handle as StorageHandle | null;
    this.handle = null;
    if (!handle) return;
    try {
      await handle.sync(); // through the handle that wrote it: Windows refuses fsync on a read-only one
    } catch (error) {
      throw writeFailure(error, 'receiving the file');
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  /** The file's digests (of what was written, when it was too large); `end` has taken them already. */
  digests(): Promise<Digests> {
    this.digesting ??= (async () => {
      this.hasher ??= await ParallelDigests.create();
      this.result = toDigests(await this.hasher.digest());
      return this.result;
    })();
    return this.digesting;
  }

  /**
   * Lets go of what the upload still holds, however it ended (a client gone, a failed write): the digest
   * stream when its digests were never read, and the file handle when `end` never closed it.
   */
  async release(): Promise<void> {
    if (!this.result) this.hasher?.abandon();
    await this.closeHandle();
  }

  /** Removes the temp file (after a failure, or when the upload changed nothing). */
  async discard(): Promise<void> {
    await this.closeHandle();
    await this.system.fs.rm(this.path, { recursive: false, force: true });
  }

  private async closeHandle(): Promise<void> {
    await this.writing.catch(() => undefined);
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
  }
}
