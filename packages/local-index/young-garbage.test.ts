import { describe, expect, it } from '@jest/globals';
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';
import { bodyReceived, YOUNG_COLLECTION_BYTES } from './young-garbage.js';

/** Young-generation collections seen while `work` runs (node reports each as a 'gc' performance entry). */
async function minorCollectionsDuring(work: () => void): Promise<number> {
  const seen: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  work();
  await new Promise((resolve) => setTimeout(resolve, 50)); // entries are delivered asynchronously
  observer.disconnect();
  const minor = (entry: PerformanceEntry) =>
    (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ===
    constants.NODE_PERFORMANCE_GC_MINOR;
  return seen.filter(minor).length;
}

describe('bodyReceived', () => {
  it('collects the young generation once per YOUNG_COLLECTION_BYTES received, not per chunk', async () => {
    const chunk = 64 * 1024;
    const chunks = (3 * YOUNG_COLLECTION_BYTES) / chunk;
    const collections = await minorCollectionsDuring(() => {
      for (let i = 0; i < chunks; i++) bodyReceived(chunk);
    });
    expect(collections).toBeGreaterThanOrEqual(3);
    expect(collections).toBeLessThan(chunks / 4);
  });
});
