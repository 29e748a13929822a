import { describe, expect, it } from '@jest/globals';
import { formatBytes, formatSeconds, mapWithLimit, shortDigest } from './index.js';

describe('numbers for people', () => {
  it.each([
    [812, '812 B'],
    [1536, '1.50 KiB'],
    [5 * 1024 * 1024, '5.00 MiB'],
    [200 * 1024 * 1024, '200.0 MiB'],
    [1024 ** 3, '1.00 GiB'],
  ])('formatBytes(%i) is %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text);
  });
  it('gives seconds one decimal and digests their first 16 characters', () => {
    expect(formatSeconds(0.04)).toBe('0.0 s');
    expect(formatSeconds(12.345)).toBe('12.3 s');
    expect(shortDigest('a'.repeat(64))).toBe(`${'a'.repeat(16)}…`);
    expect(shortDigest('abc')).toBe('abc');
  });
});

describe('mapWithLimit', () => {
  it('keeps input order, never runs more than the limit at once, and stops starting when told', async () => {
    let running = 0;
    let most = 0;
    const work = async (item: number): Promise<number> => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, (5 - item) * 3));
      running--;
      return item * 10;
    };
    expect(await mapWithLimit([1, 2, 3, 4, 5], 2, work)).toEqual([10, 20, 30, 40, 50]);
    expect(most).toBe(2);
    let started = 0;
    const stopped = await mapWithLimit([1, 2, 3, 4], 1, work, () => started++ < 2);
    expect(stopped).toEqual([10, 20, undefined, undefined]);
  });
});
