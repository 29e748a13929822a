import { describe, expect, it } from '@jest/globals';
import { minorCollectionsDuring } from '../../test/support/gc-entries.js';
import { withYoungCollection } from './index.js';

const idle = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('withYoungCollection', () => {
  it('collects the young generation while a transfer runs, and stops when the last one ends', async () => {
    let result = '';
    const during = await minorCollectionsDuring(async () => {
      result = await withYoungCollection(async () => {
        await Promise.all([withYoungCollection(() => idle(120), 10), idle(120)]);
        return 'done';
      }, 10);
    });
    expect(result).toBe('done');
    expect(during).toBeGreaterThanOrEqual(4);
    expect(await minorCollectionsDuring(() => idle(120))).toBeLessThan(2);
  });

  it('passes a failed transfer on, and stops collecting after it', async () => {
    await expect(withYoungCollection(() => Promise.reject(new Error('cut')), 10)).rejects.toThrow('cut');
    expect(await minorCollectionsDuring(() => idle(120))).toBeLessThan(2);
  });
});
