/** Exponential backoff with full jitter, honouring Retry-After; clock and randomness injectable for tests. */

/** Time as the retry loop sees it. */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

/** The real clock. */
export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** How often and how long to retry. */
export interface RetryPolicy {
  /** Attempts in total, the first included (default 5). */
  maxAttempts: number;
  /** Cap of the first backoff window (default 1 s); the window doubles each attempt. */
  baseDelayMs: number;
  /** Largest backoff window (default 30 s). */
  maxDelayMs: number;
  /** Longest Retry-After honoured (default 120 s); a longer one is cut to this. */
  maxRetryAfterMs: number;
}

/** Defaults suited to PyPI: five attempts spread over up to about a minute. */
export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  maxAttempts: 5,
  baseDelayMs: 1_000,
  maxDelayMs: 30_000,
  maxRetryAfterMs: 120_000,
};

/** What the retry loop needs besides the policy. */
export interface RetryContext {
  policy?: Partial<RetryPolicy>;
  clock?: Clock;
  /** Uniform in [0, 1); Math.random by default. */
  random?: () => number;
  /** Told before each wait (for logs): the attempt that failed, the wait, and why. */
  onRetry?: (event: { attempt: number; delayMs: number; reason: string }) => void;
}

/** A classified attempt: stop with this value, or try again (optionally not before `retryAfterMs`). */
export type RetryVerdict = { retry: false } | { retry: true; reason: string; retryAfterMs?: number };

/** Full jitter: uniform in [0, min(maxDelay, base · 2^(attempt-1))). `attempt` counts from 1. */
export function backoffDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number = Math.random,
): number {
  const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  return Math.floor(random() * window);
}

/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP-date; undefined when absent or invalid. */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // An HTTP-date names its weekday ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse would also take "-3".
  if (!/^[A-Za-z]{3},? /.test(text)) return undefined;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}

/** The wait before the next attempt: the jittered backoff, but never less than a (capped) Retry-After. */
export function nextDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const backoff = backoffDelayMs(attempt, policy, random);
  if (retryAfterMs === undefined) return backoff;
  return Math.max(backoff, Math.min(retryAfterMs, policy.maxRetryAfterMs));
}

/**
 * Run `attempt` until `classify` says stop or the attempts run out; returns the last result and how many
 * attempts were made. Exceptions from `attempt` are not retried: turn retryable failures into values.
 */
export async function withRetries<T>(
  attempt: (n: number) => Promise<T>,
  classify: (result: T) => RetryVerdict,
  context: RetryContext = {},
): Promise<{ result: T; attempts: number }> {
  const policy = { ...DEFAULT_RETRY_POLICY, ...context.policy };
  const clock = context.clock ?? systemClock;
  const random = context.random ?? Math.random;
  for (let n = 1; ; n++) {
    const result = await attempt(n);
    const verdict = classify(result);
    if (!verdict.retry || n >= policy.maxAttempts) return { result, attempts: n };
    const delayMs = nextDelayMs(n, policy, random, verdict.retryAfterMs);
    context.onRetry?.({ attempt: n, delayMs, reason: verdict.reason });
    await clock.sleep(delayMs);
  }
}
