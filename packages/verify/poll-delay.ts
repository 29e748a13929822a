/** How long to wait before the next look at the index. */

/** Growth of the wait after each unsuccessful poll. */
export const POLL_BACKOFF_FACTOR = 1.5;
/** The wait never grows beyond this (or beyond the interval, if that is longer). */
export const MAX_POLL_DELAY_MS = 60_000;

/**
 * The wait after poll number `round` (0 for the first): `interval · 1.5^round`, capped at a minute (or at
 * the interval when that is longer), and never past the deadline, so the last poll happens at the timeout.
 * Deterministic: one client polling needs no jitter, and tests need none either.
 */
export function nextPollDelayMs(round: number, intervalMs: number, remainingMs: number): number {
  const cap = Math.max(intervalMs, MAX_POLL_DELAY_MS);
  const grown = Math.min(cap, intervalMs * POLL_BACKOFF_FACTOR ** Math.max(0, round));
  return Math.max(0, Math.min(Math.round(grown), remainingMs));
}
