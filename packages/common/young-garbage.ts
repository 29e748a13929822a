/**
 * Node's HTTP copies every read of a response or request body into a fresh 64 KiB buffer. Those die at once,
 * but V8 frees their memory only when it collects: the young generation fills slowly (a chunk costs it a few
 * hundred bytes), so between collections a fast transfer piles up tens of MiB of dead chunks, and the growing
 * external memory then sets off full mark-compacts, sometimes again and again. Collecting the young generation
 * every few MiB frees them as they die, at about 80 µs each: they no longer add to the process's peak.
 *
 * V8's `gc` is reached by turning its flag on just long enough to create one context that has it (node's
 * `v8.setFlagsFromString`); where that is refused, nothing is collected early and nothing else changes.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options: { type: 'minor' }) => void;

let collect: Collect | null | undefined;

function collector(): Collect | null {
  if (collect !== undefined) return collect;
  const exposed = (globalThis as { gc?: Collect }).gc;
  if (typeof exposed === 'function') return (collect = exposed);
  try {
    setFlagsFromString('--expose-gc');
    const found: unknown = runInNewContext('typeof gc === "function" ? gc : null');
    collect = typeof found === 'function' ? (found as Collect) : null;
  } catch {
    collect = null;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
  return collect;
}

/** Collects V8's young generation now (a no-op where the runtime refuses to expose its collector). */
export function collectYoungGeneration(): void {
  collector()?.({ type: 'minor' });
}

let transfers = 0;
let timer: NodeJS.Timeout | undefined;

/**
 * Runs `transfer` (work whose HTTP chunks this code never sees, such as a client library's download) with the
 * young generation collected every `everyMs` while any such transfer is running.
 */
export async function withYoungCollection<T>(transfer: () => Promise<T>, everyMs = 20): Promise<T> {
  transfers += 1;
  timer ??= setInterval(collectYoungGeneration, everyMs);
  try {
    return await transfer();
  } finally {
    transfers -= 1;
    if (transfers === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  }
}
