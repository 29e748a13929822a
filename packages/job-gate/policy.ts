import { GateInputError } from './errors.js';
import { compilePattern, patternMatches } from './glob.js';
import type { Entry, Policy } from './results.js';

/** The allow-list inputs, by the policy field each fills. */
export const ALLOW_LIST_INPUTS = {
  allowedFailures: 'allowed-failures',
  allowedSkips: 'allowed-skips',
  allowedCancels: 'allowed-cancels',
} as const;

/** An allow-list pattern that names nothing the gate guards. */
export interface UnmatchedAllowance {
  input: string;
  pattern: string;
}

/** Allow-list patterns matching none of `guarded`: a typo there must never quietly open the gate. */
export function unmatchedAllowances(
  policy: Policy,
  guarded: readonly Pick<Entry, 'name' | 'aliases'>[],
): UnmatchedAllowance[] {
  const unmatched: UnmatchedAllowance[] = [];
  for (const [field, input] of Object.entries(ALLOW_LIST_INPUTS) as [
    keyof typeof ALLOW_LIST_INPUTS,
    string,
  ][]) {
    for (const source of policy[field]) {
      const pattern = compilePattern(source);
      const hit = guarded.some((entry) => patternMatches(pattern, [entry.name, ...(entry.aliases ?? [])]));
      if (!hit) unmatched.push({ input, pattern: source });
    }
  }
  return unmatched;
}

/** The one-line error for unmatched allow-list patterns, naming what the gate does guard. */
export function unmatchedAllowancesError(
  unmatched: readonly UnmatchedAllowance[],
  guarded: readonly Pick<Entry, 'name'>[],
): GateInputError {
  const names = unmatched.map(({ input, pattern }) => `${input} names ${JSON.stringify(pattern)}`).join('; ');
  const known = guarded.map((entry) => entry.name);
  const shown = known.length > 12 ? [...known.slice(0, 12), `… ${known.length - 12} more`] : known;
  return new GateInputError(
    `${names}, which matches no job, check or status the gate guards (${shown.join(', ') || 'none'}): fix the name or remove it.`,
  );
}
