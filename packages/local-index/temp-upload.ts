/** Receiving one uploaded file into `tmp/`: written as it arrives, digested on the way, size-limited. */
import { open, rm, type FileHandle } from 'node:fs/promises';
import { ParallelDigests } from '../dists/index.js';
import { toDigests } from './digests.js';
import type { FileSink } from './multipart.js';
import type { Digests } from './model.js';

const WRITE_BATCH = 1024 * 1024;

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
  private handle: FileHandle | null = null;
  private hasher: ParallelDigests | null = null;
  private result: Digests | null = null;
  private written = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private closed = false;
  private writing: Promise<void> = Promise.resolve();
  /** True once more than `maxBytes` arrived: writing stops, the rest is only counted. */
  tooLarge = false;

  constructor(
    readonly path: string,
    readonly filename: string,
    private readonly maxBytes: number,
  ) {}

  /** Bytes received so far (including any beyond the limit). */
  get size(): number {
    return this.written;
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
    // Gather chunks into writes of about 1 MiB: fewer system calls, and tiny slices cost nothing.
    this.pending.push(chunk);
    this.pendingBytes += chunk.length;
    if (this.pendingBytes >= WRITE_BATCH) await this.flush();
  }

  /** Starts writing the gathered chunks once the previous write is done: receiving goes on meanwhile. */
  private async flush(): Promise<void> {
    await this.writing;
    const buffers = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    this.writing = this.writeAll(buffers);
    this.writing.catch(() => undefined); // awaited by the next flush, by end or by discard
  }

  private async writeAll(buffers: Buffer[]): Promise<void> {
    this.handle ??= await open(this.path, 'wx');
    while (buffers.length > 0) {
      const { bytesWritten } = await this.handle.writev(buffers);
      buffers = skipWritten(buffers, bytesWritten);
    }
  }

  async end(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.tooLarge) return;
    await this.flush(); // opens the file even for an empty upload
    await this.writing;
    const handle = this.handle as FileHandle | null;
    this.handle = null;
    if (!handle) return;
    await handle.sync();
    await handle.close();
  }

  /** The file's digests; call after `end`. */
  async digests(): Promise<Digests> {
    this.hasher ??= await ParallelDigests.create();
    this.result ??= toDigests(await this.hasher.digest());
    return this.result;
  }

  /** Lets go of the digest stream when the upload ends before its digests were read. */
  release(): void {
    if (!this.result) this.hasher?.abandon();
  }

  /** Removes the temp file (after a failure, or when the upload changed nothing). */
  async discard(): Promise<void> {
    this.pending = [];
    this.pendingBytes = 0;
    await this.writing.catch(() => undefined);
    if (this.handle) {
      await this.handle.close().catch(() => undefined);
      this.handle = null;
    }
    await rm(this.path, { force: true });
  }
}
