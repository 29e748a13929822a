/** Receiving one uploaded file into `tmp/`: written as it arrives, digested on the way, size-limited. */
import { ParallelDigests } from '../dists/index.js';
import { toDigests } from './digests.js';
import type { FileSink } from './multipart.js';
import type { Digests } from './model.js';
import { writeFailure } from './storage-error.js';
import type { StorageHandle, StorageSystem } from './storage-fs.js';

/** Bytes gathered before a write; one batch is written while the next gathers. */
export const WRITE_BATCH = 512 * 1024;

/** The buffers left after a short writev wrote `written` bytes of them. */
function skipWritten(buffers: Buffer[], written: number): Buffer[] {
  let left = written;
  const rest: Buffer[] = [];
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

/** A temp file being written by an upload; `finish` fsyncs and closes it. */
export class TempUpload implements FileSink {
  private handle: StorageHandle | null = null;
  private hasher: ParallelDigests | null = null;
  private result: Digests | null = null;
  private written = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private closed = false;
  private writing: Promise<void> = Promise.resolve();
  private writingBytes = 0;
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
    return this.written;
  }

  /** Bytes this upload holds in memory now: gathered, being written, and staged for the digests. */
  get heldBytes(): number {
    return this.pendingBytes + this.writingBytes + (this.hasher?.heldBytes ?? 0);
  }

  async write(chunk: Buffer): Promise<void> {
    this.written += chunk.length;
    if (this.tooLarge) return;
    if (this.written > this.maxBytes) {
      // Keep draining the body so the client reads our 400 instead of a reset connection.
      this.tooLarge = true;
      await this.discard();
      return;
    }
    this.hasher ??= await ParallelDigests.create();
    await this.hasher.update(chunk);
    // Gather chunks into writes of about 512 KiB: fewer system calls, and tiny slices cost nothing.
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= WRITE_BATCH) await this.flush();
  }

  /** Starts writing the gathered chunks once the previous write is done: receiving goes on meanwhile. */
  private async flush(): Promise<void> {
    await this.writing;
    const buffers = this.pending;
    this.writingBytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    this.writing = this.writeAll(buffers).finally(() => {
      this.writingBytes = 0;
    });
    this.writing.catch(() => undefined); // awaited by the next flush, by end or by discard
  }

  private async writeAll(buffers: Buffer[]): Promise<void> {
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
    await this.flush(); // opens the file even for an empty upload
    await this.writing;
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

  /** The file's digests; call after `end`. */
  async digests(): Promise<Digests> {
    this.hasher ??= await ParallelDigests.create();
    this.result ??= toDigests(await this.hasher.digest());
    return this.result;
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
    this.pending = [];
    this.pendingBytes = 0;
    await this.writing.catch(() => undefined);
    const handle = this.handle;
    this.handle = null;
    await handle?.close().catch(() => undefined);
  }
}
