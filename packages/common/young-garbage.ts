/**
 * Node's HTTP copies every read of a response or request body into a fresh 64 KiB buffer. Those die at once,
 * but V8 frees their memory only when it collects: the young generation fills slowly (a chunk costs it a few
 * hundred bytes), so between collections a fast transfer piles up tens of MiB of dead chunks, and the growing
 * external memory then sets off full mark-compacts, sometimes again and again. Collecting the young generation
 * every few MiB frees them as they die, at about 80 µs each: they no longer add to the process's peak.
 *
 * V8's `gc` is reached by turning its flag on just long enough to create one context that has it (node's
 * `v8.setFlagsFromString`); where that is refused, nothing is collected early and nothing else changes.
 *
 * While collected on a timer the young generation is also kept from growing. V8 doubles it (up to 32 MiB per
 * semi-space in node 24) each time the objects surviving its collections add up to its size, and each timed
 * collection finds a transfer's live streams and buffers: over a long transfer it grows step by step (2 GiB of
 * downloads took it to the maximum, 1 GiB to half), which the timed collections make useless, and whatever
 * touches it whole afterwards (a burst of garbage with no timer running) keeps up to 64 MiB resident.
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

/** V8's default, restored when the last transfer ends: the young generation doubles when it grows. */
const DEFAULT_SEMI_SPACE_GROWTH = 2;

/** Lets V8 grow its young generation (by its default factor), or holds it at its present size. */
function letYoungGenerationGrow(grow: boolean): void {
  try {
    setFlagsFromString(`--semi-space-growth-factor=${grow ? DEFAULT_SEMI_SPACE_GROWTH : 1}`);
  } catch {
    // a runtime without the flag grows as it always did
  }
}

let transfers = 0;
let timer: NodeJS.Timeout | undefined;

/**
 * Runs `transfer` (work whose HTTP chunks this code never sees, such as a client library's download) with the
 * young generation collected every `everyMs`, and held at its size, while any such transfer is running.
 */
export async function withYoungCollection<T>(transfer: () => Promise<T>, everyMs = 20): Promise<T> {
  transfers += 1;
  if (!timer) {
    letYoungGenerationGrow(false);
    timer = setInterval(collectYoungGeneration, everyMs);
  }
  try {
    return await transfer();
  } finally {
    transfers -= 1;
    if (transfers === 0) {
      clearInterval(timer);
      timer = undefined;
      letYoungGenerationGrow(true);
    }
  }
}
