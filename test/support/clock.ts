/**
 * The one fake clock of the tests: time moves only when something sleeps (or `advance`), every sleep is
 * recorded, and `onSleep` runs at each (to change the world a poller looks at between its looks).
 */

/** A clock as every package takes one (pypi's, job-gate's, verify's): `now()` and `sleep(ms)`. */
export interface FakeClock {
  now(): number;
  sleep(ms: number): Promise<void>;
  /** Every sleep asked for, in order. */
  sleeps: number[];
  /** Moves time on without a sleep. */
  advance(ms: number): void;
}

/** A fake clock at `start` (ms since the epoch; default 2023-11-14); `onSleep(now, count)` runs after each sleep. */
export function fakeClock(
  start = 1_700_000_000_000,
  onSleep: (now: number, count: number) => unknown = () => {},
): FakeClock {
  let now = start;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      sleeps.push(ms);
      now += ms;
      await onSleep(now, sleeps.length);
    },
    advance: (ms) => {
      now += ms;
    },
  };
}
