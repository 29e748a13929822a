/** Receiving one uploaded file into `tmp/`: written as it arrives, digested on the way, size-limited. */
import { open, rm, type FileHandle } from 'node:fs/promises';
import type { DigestAccumulator } from '../dists/index.js';
import { createDigestStream, toDigests } from './digests.js';
import type { FileSink } from './multipart.js';
import type { Digests } from './model.js';

/** A temp file being written by an upload; `finish` fsyncs and closes it. */
export class TempUpload implements FileSink {
  private handle: FileHandle | null = null;
  private hasher: DigestAccumulator | null = null;
  private result: Digests | null = null;
  private written = 0;
  private closed = false;
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
    this.handle ??= await open(this.path, 'wx');
    this.hasher ??= await createDigestStream();
    this.hasher.update(chunk);
    let offset = 0;
    while (offset < chunk.length) {
      const { bytesWritten } = await this.handle.write(chunk, offset, chunk.length - offset);
      offset += bytesWritten;
    }
  }

  async end(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    if (this.tooLarge) return;
    this.handle ??= await open(this.path, 'wx');
    await this.handle.sync();
    await this.handle.close();
    this.handle = null;
  }

  /** The file's digests; call after `end`. */
  async digests(): Promise<Digests> {
    this.hasher ??= await createDigestStream();
    this.result ??= toDigests(this.hasher.digest());
    return this.result;
  }

  /** Removes the temp file (after a failure, or when the upload changed nothing). */
  async discard(): Promise<void> {
    if (this.handle) {
      await this.handle.close().catch(() => undefined);
      this.handle = null;
    }
    await rm(this.path, { force: true });
  }
}
