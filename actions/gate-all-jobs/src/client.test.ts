import { describe, expect, it } from '@jest/globals';
import { shouldWait } from './client.js';

describe('shouldWait', () => {
  const notice = { kind: 'secondary' as const, retryAfterSeconds: 60, retries: 0, method: 'GET', url: '/x' };

  it('waits as GitHub asks while that fits before the deadline, a few times per request', () => {
    expect(shouldWait(notice, 61_000, 0)).toBe(true);
    expect(shouldWait(notice, 60_000, 0)).toBe(false);
    expect(shouldWait({ ...notice, retries: 4 }, 1e9, 0)).toBe(true);
    expect(shouldWait({ ...notice, retries: 5 }, 1e9, 0)).toBe(false);
  });
});
