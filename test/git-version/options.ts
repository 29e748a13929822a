/** computeVersion's options as the git-version tests start from: a branch push, no inputs, no fetching. */
import type { ComputeOptions } from '../../packages/git-version/index.js';

/** A branch push on main with every input empty, fetch never and a fixed build time; `overrides` on top. */
export function testOptions(cwd: string, overrides: Partial<ComputeOptions> = {}): ComputeOptions {
  return {
    cwd,
    mode: 'auto',
    scheme: null,
    tagPrefix: null,
    devNumber: 'distance',
    fallbackVersion: null,
    fetch: 'never',
    distNames: null,
    event: { name: 'push', ref: 'refs/heads/main' },
    now: new Date('2024-01-02T03:04:05Z'),
    ...overrides,
  };
}
