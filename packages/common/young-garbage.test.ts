import { describe, expect, it } from '@jest/globals';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { withYoungCollection } from './index.js';

/** Young-generation collections node reports (as 'gc' performance entries) while `work` runs. */
async function minorCollectionsDuring(work: () => Promise<void>): Promise<number> {
  const seen: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  await work();
  await new Promise((resolve) => setTimeout(resolve, 50)); // entries are delivered asynchronously
  observer.disconnect();
  const minor = (entry: PerformanceEntry) =>
    (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ===
    constants.NODE_PERFORMANCE_GC_MINOR;
  return seen.filter(minor).length;
}

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
