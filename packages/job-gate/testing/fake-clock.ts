import type { Clock } from '../gate.js';

/** A clock whose sleeps return at once, moving time on; `onSleep` runs at each (to change the world). */
export interface FakeClock extends Clock {
  sleeps: number[];
}

/** A fake clock starting at 0. */
export function fakeClock(onSleep: (now: number, count: number) => unknown = () => {}): FakeClock {
  let now = 0;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms) => {
      now += ms;
      sleeps.push(ms);
      await onSleep(now, sleeps.length);
    },
  };
}
