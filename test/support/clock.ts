/** The one fake clock of the tests: time moves only when something sleeps (or `advance`), and every sleep is recorded. */
import type { Clock } from '../../packages/pypi/index.js';

/** The fake clock and the sleeps it was asked for. */
export function fakeClock(
  start = 1_700_000_000_000,
): Clock & { sleeps: number[]; advance(ms: number): void } {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
