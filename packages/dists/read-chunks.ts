/** Reading a range of a file in chunks, the next read running while the caller uses the current chunk. */
import type { FileHandle } from 'node:fs/promises';
import { BufferPool } from './buffer-pool.js';

/** Read buffers of the common chunk size, reused from file to file (see BufferPool for why). */
const chunkBuffers = new BufferPool(1 << 20, 8);

/**
 * `length` bytes of `handle` from `start`, in chunks of up to `chunkSize`, read into two buffers in turn. Each
 * chunk is the caller's only until it asks for the next one. Ends early if the file is shorter.
 */
export async function* readChunks(
  handle: FileHandle,
  start: number,
  length: number,
  chunkSize = 1 << 20,
): AsyncGenerator<Uint8Array> {
  const pooled = chunkSize === chunkBuffers.size;
  const memory = [0, 1].map(() => (pooled ? chunkBuffers.take() : new ArrayBuffer(chunkSize)));
  const buffers = memory.map((m) => Buffer.from(m));
  const end = start + length;
  const readInto = (turn: number, position: number) =>
    handle.read(buffers[turn] as Buffer, 0, Math.min(chunkSize, end - position), position);
  let position = start;
  let reading = length > 0 ? readInto(0, position) : null;
  try {
    for (let turn = 0; reading; turn ^= 1) {
      const { bytesRead } = await reading;
      if (bytesRead === 0) break;
      position += bytesRead;
      reading = position < end ? readInto(turn ^ 1, position) : null;
      yield (buffers[turn] as Buffer).subarray(0, bytesRead);
    }
  } finally {
    // A read still in flight writes into its buffer: it must end before the buffer goes back to the pool.
    await reading?.catch(() => undefined);
    if (pooled) for (const m of memory) chunkBuffers.give(m);
  }
}
