import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { hashBytes } from './hash-file.js';
import { ParallelDigests, type StagedBytesSink } from './parallel-digests.js';

const MIB = 1024 * 1024;

/** Feeds `data` in chunks of the given sizes (cycled), as a socket would deliver it. */
async function digestInChunks(data: Buffer, sizes: readonly number[], sink: StagedBytesSink | null = null) {
  const digests = await ParallelDigests.create(sink);
  let offset = 0;
  try {
    for (let i = 0; offset < data.length; i++) {
      const size = sizes[i % sizes.length] as number;
      await digests.update(data.subarray(offset, offset + size));
      offset += size;
    }
  } catch (error) {
    digests.abandon(); // as the index does with an upload that failed
    throw error;
  }
  return digests.digest();
}

/** A sink that keeps a copy of what it is given (the bytes are lent only until it resolves), slowly when asked. */
function keepingSink(delayMs = 0): { sink: StagedBytesSink; received: () => Buffer; calls: () => number } {
  const copies: Buffer[] = [];
  return {
    sink: async (bytes) => {
      copies.push(Buffer.from(bytes));
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
    },
    received: () => Buffer.concat(copies),
    calls: () => copies.length,
  };
}

describe('ParallelDigests', () => {
  it.each([
    ['nothing', 0, [1]],
    ['one byte', 1, [1]],
    ['just under one staging buffer (hashed without the workers)', MIB - 1, [64 * 1024]],
    ['one staging buffer exactly', MIB, [64 * 1024]],
    ['odd chunks across many staging buffers', 3 * MIB + 17, [65_536, 1, 300_001]],
    ['one chunk larger than two staging buffers', 2 * MIB + 5, [2 * MIB + 5]],
    ['more than the staging buffers a stream may hold, reused', 9 * MIB + 3, [64 * 1024]],
  ])('agrees with the one-thread digests on %s', async (_label, size, sizes) => {
    const data = randomBytes(size);
    expect(await digestInChunks(data, sizes)).toEqual(await hashBytes(data));
  });

  it('keeps streams apart when many run at once, and forgets an abandoned one', async () => {
    const inputs = [5, 70_000, 1 << 20, 9, 2_600_000].map((size) => randomBytes(size));
    const abandoned = await ParallelDigests.create();
    await abandoned.update(randomBytes(3_000_000));
    const results = await Promise.all(inputs.map((data, i) => digestInChunks(data, [1000 * (i + 1), 77])));
    abandoned.abandon();
    expect(results).toEqual(await Promise.all(inputs.map((data) => hashBytes(data))));
  });

  it.each([
    ['a small stream', 1000, 0],
    ['a large stream', 6 * MIB + 11, 0],
    ['a large stream into a slow sink', 6 * MIB + 11, 5],
  ])('hands %s to its sink whole and in order before the digests', async (_label, size, delayMs) => {
    const data = randomBytes(size);
    const kept = keepingSink(delayMs);
    expect(await digestInChunks(data, [65_536, 3], kept.sink)).toEqual(await hashBytes(data));
    expect(kept.received().equals(data)).toBe(true);
  });

  it("reports the sink's failure to the stream's next update or its digest", async () => {
    const failingAt = (call: number): StagedBytesSink => {
      let calls = 0;
      return async () => {
        calls += 1;
        if (calls === call) throw new Error('disk full');
      };
    };
    await expect(digestInChunks(randomBytes(8 * MIB), [65_536], failingAt(2))).rejects.toThrow('disk full');
    await expect(digestInChunks(randomBytes(MIB + 1), [65_536], failingAt(2))).rejects.toThrow('disk full');
    await expect(digestInChunks(randomBytes(1000), [65_536], failingAt(1))).rejects.toThrow('disk full');
  });

  it('calls the sink no more once the stream is abandoned', async () => {
    const kept = keepingSink(20);
    const digests = await ParallelDigests.create(kept.sink);
    for (let i = 0; i < 48; i++) await digests.update(randomBytes(64 * 1024));
    digests.abandon();
    const calls = kept.calls();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(kept.calls()).toBe(calls);
    expect(calls).toBeLessThan(3);
  });

  it('refuses an update after the digest was taken', async () => {
    const digests = await ParallelDigests.create();
    await digests.digest();
    await expect(digests.update(Buffer.from('late'))).rejects.toThrow('update after digest');
  });
});
