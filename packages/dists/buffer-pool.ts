/**
 * Reusable I/O buffers. Node allocates each large Buffer with malloc, and glibc serves freed ones back from
 * its heap without returning the pages: a buffer per file (or per upload attempt) grows the process's
 * resident memory with every file of a release, long after the garbage collector freed them. Borrowing
 * from a pool keeps the same few allocations for the life of the process.
 */
export class BufferPool {
  private readonly idle: ArrayBuffer[] = [];

  /** Buffers of `size` bytes; at most `keep` idle ones are held between uses. */
  constructor(
    readonly size: number,
    private readonly keep: number,
  ) {}

  /** A buffer of `size` bytes, with whatever bytes its last user left in it. */
  take(): ArrayBuffer {
    return this.idle.pop() ?? new ArrayBuffer(this.size);
  }

  /** Gives a buffer back; it must not be used afterwards. Foreign sizes and surplus are left to the collector. */
  give(buffer: ArrayBuffer): void {
    if (buffer.byteLength === this.size && this.idle.length < this.keep) this.idle.push(buffer);
  }
}
