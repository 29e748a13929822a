import { describe, expect, it } from '@jest/globals';
import { nextPollDelayMs } from './poll-delay.js';

describe('nextPollDelayMs', () => {
  it('starts at the interval and grows by half each round up to a minute', () => {
    const delays = Array.from({ length: 9 }, (_, round) => nextPollDelayMs(round, 10_000, Infinity));
    expect(delays).toEqual([10_000, 15_000, 22_500, 33_750, 50_625, 60_000, 60_000, 60_000, 60_000]);
  });

  it('keeps an interval longer than a minute as it is', () => {
    expect(nextPollDelayMs(5, 120_000, Infinity)).toBe(120_000);
  });

  it('never sleeps past the deadline', () => {
    expect(nextPollDelayMs(3, 10_000, 4_000)).toBe(4_000);
    expect(nextPollDelayMs(0, 10_000, -5)).toBe(0);
  });
});
