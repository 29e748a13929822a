import { describe, expect, it } from '@jest/globals';
import { fakeClock } from '../../test/support/clock.js';
import { backoffDelayMs, DEFAULT_RETRY_POLICY, nextDelayMs, parseRetryAfter, withRetries } from './retry.js';

describe('backoffDelayMs (full jitter)', () => {
  const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxDelayMs: 1_000 };
  it('draws uniformly below a window that doubles per attempt', () => {
    expect([1, 2, 3, 4].map((n) => backoffDelayMs(n, policy, () => 0.999999))).toEqual([99, 199, 399, 799]);
    expect(backoffDelayMs(3, policy, () => 0.5)).toBe(200);
    expect(backoffDelayMs(3, policy, () => 0)).toBe(0);
  });
  it('caps the window at maxDelayMs', () => {
    expect(backoffDelayMs(10, policy, () => 0.999999)).toBe(999);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it('reads delta-seconds and HTTP-dates', () => {
    expect(parseRetryAfter('120', now)).toBe(120_000);
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Tue, 31 Dec 2024 23:00:00 GMT', now)).toBe(0);
  });
  it('ignores absent or invalid values', () => {
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('-3', now)).toBeUndefined();
  });
});

describe('nextDelayMs', () => {
  it('waits at least Retry-After, capped at maxRetryAfterMs', () => {
    const policy = { ...DEFAULT_RETRY_POLICY, baseDelayMs: 100, maxRetryAfterMs: 10_000 };
    expect(nextDelayMs(1, policy, () => 0.5, 3_000)).toBe(3_000);
    expect(nextDelayMs(1, policy, () => 0.5, 3_600_000)).toBe(10_000);
    expect(nextDelayMs(1, policy, () => 0.5)).toBe(50);
  });
});

describe('withRetries', () => {
  it('retries until classify says stop, sleeping the jittered backoff between attempts', async () => {
    const clock = fakeClock();
    const seen: number[] = [];
    const { result, attempts } = await withRetries(
      async (n) => {
        seen.push(n);
        return n < 3 ? 'busy' : 'done';
      },
      (r) => (r === 'busy' ? { retry: true, reason: 'busy' } : { retry: false }),
      { clock, random: () => 0.5, policy: { baseDelayMs: 1_000 } },
    );
    expect([result, attempts, seen]).toEqual(['done', 3, [1, 2, 3]]);
    expect(clock.sleeps).toEqual([500, 1_000]);
  });

  it('stops after maxAttempts and returns the last result', async () => {
    const clock = fakeClock();
    const events: string[] = [];
    const { result, attempts } = await withRetries(
      async (n) => `fail ${n}`,
      (r) => ({ retry: true, reason: r }),
      {
        clock,
        random: () => 0,
        policy: { maxAttempts: 3 },
        onRetry: (e) => events.push(`${e.attempt}:${e.reason}`),
      },
    );
    expect([result, attempts]).toEqual(['fail 3', 3]);
    expect(events).toEqual(['1:fail 1', '2:fail 2']);
    expect(clock.sleeps).toHaveLength(2);
  });

  it('honours a Retry-After longer than the backoff', async () => {
    const clock = fakeClock();
    await withRetries(
      async (n) => n,
      (n) => (n === 1 ? { retry: true, reason: '429', retryAfterMs: 7_000 } : { retry: false }),
      { clock, random: () => 0.99 },
    );
    expect(clock.sleeps).toEqual([7_000]);
  });
});
