import { describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { hashBytes } from './hash-file.js';
import { ParallelDigests } from './parallel-digests.js';

/** Feeds `data` in chunks of the given sizes (cycled), as a socket would deliver it. */
async function digestInChunks(data: Buffer, sizes: readonly number[]) {
  const digests = await ParallelDigests.create();
  let offset = 0;
  for (let i = 0; offset < data.length; i++) {
    const size = sizes[i % sizes.length] as number;
    await digests.update(data.subarray(offset, offset + size));
    offset += size;
  }
  return digests.digest();
}

describe('ParallelDigests', () => {
  it.each([
    ['nothing', 0, [1]],
    ['one byte', 1, [1]],
    ['just under one staging buffer (hashed without the worker)', 256 * 1024 - 1, [64 * 1024]],
    ['one staging buffer exactly', 256 * 1024, [64 * 1024]],
    ['odd chunks across many staging buffers', 3 * 1024 * 1024 + 17, [65_536, 1, 300_001]],
    ['one chunk larger than both staging buffers', 2 * 1024 * 1024 + 5, [2 * 1024 * 1024 + 5]],
  ])('agrees with the one-thread digests on %s', async (_label, size, sizes) => {
    const data = randomBytes(size);
    expect(await digestInChunks(data, sizes)).toEqual(await hashBytes(data));
  });

  it('keeps streams apart when many run at once, and forgets an abandoned one', async () => {
    const inputs = [5, 70_000, 1 << 20, 9, 600_000].map((size) => randomBytes(size));
    const abandoned = await ParallelDigests.create();
    await abandoned.update(randomBytes(300_000));
    const results = await Promise.all(inputs.map((data, i) => digestInChunks(data, [1000 * (i + 1), 77])));
    abandoned.abandon();
    expect(results).toEqual(await Promise.all(inputs.map((data) => hashBytes(data))));
  });

  it('refuses an update after the digest was taken', async () => {
    const digests = await ParallelDigests.create();
    await digests.digest();
    await expect(digests.update(Buffer.from('late'))).rejects.toThrow('update after digest');
  });
});
