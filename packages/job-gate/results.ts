/** The words results are told in: `needs`' four, and the verdicts the gate gives them. */

/** How a guarded job, check run or status ended, in the words `needs.<job>.result` uses. */
export type Result = 'success' | 'failure' | 'cancelled' | 'skipped';

/** Every result, for parsing and for generating test cases. */
export const RESULTS: readonly Result[] = ['success', 'failure', 'cancelled', 'skipped'];

/** One finished thing the gate guards: a job from `needs`, a job of this run, a check run or a status. */
export interface Entry {
  /** The name shown in the summary and matched by the allow-lists. */
  name: string;
  result: Result;
  /** Further names an allow-list pattern may match: the workflow, and `workflow / job`. */
  aliases?: readonly string[];
}

/** What the gate made of one entry. */
export interface Verdict extends Entry {
  /** Counts as green (succeeded, or allowed). */
  green: boolean;
  /** Green only because an allow-list (or allow-all-skipped) says so. */
  allowed: boolean;
  /** Why it counts as it does, for people: `failed, and not in allowed-failures`. */
  why: string;
}

/** How lenient the gate is: allow-list patterns and the all-skipped switch. */
export interface Policy {
  allowedFailures: readonly string[];
  allowedSkips: readonly string[];
  allowedCancels: readonly string[];
  allowAllSkipped: boolean;
}

/** A policy that allows nothing. */
export const STRICT_POLICY: Policy = {
  allowedFailures: [],
  allowedSkips: [],
  allowedCancels: [],
  allowAllSkipped: false,
};

/** The gate's answer over a set of entries. */
export interface Decision {
  result: 'success' | 'failure';
  verdicts: Verdict[];
}
