/** Watching V8's collections from a test: node reports each as a 'gc' performance entry. */
import { constants, PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** Young-generation collections node reports while `work` runs (and for 50 ms after, as entries come late). */
export async function minorCollectionsDuring(work: () => void | Promise<void>): Promise<number> {
  const seen: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => seen.push(...list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  await work();
  await new Promise((resolve) => setTimeout(resolve, 50));
  observer.disconnect();
  const minor = (entry: PerformanceEntry) =>
    (entry as PerformanceEntry & { detail?: { kind?: number } }).detail?.kind ===
    constants.NODE_PERFORMANCE_GC_MINOR;
  return seen.filter(minor).length;
}
