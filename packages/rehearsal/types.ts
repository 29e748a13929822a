/** What a rehearsal is given, and what it reports. */
import type { Plain } from './workflow.js';

/** The outcome of a job (or a step), with GitHub's words. */
export type Result = 'success' | 'failure' | 'skipped' | 'cancelled';

/** The push or pull request a rehearsal stands for. */
export interface Trigger {
  /** GITHUB_EVENT_NAME: push or pull_request. */
  eventName: string;
  /** GITHUB_REF, e.g. refs/tags/v1.2.0. */
  ref: string;
  sha: string;
  payload: Record<string, unknown>;
}

/** Where a rehearsal writes what it says. */
export interface RehearsalLog {
  /** A line of the rehearsal's own (job start and end, what plays a step). */
  line(text: string): void;
  /** A line a step printed. */
  output(text: string, stream: 'stdout' | 'stderr'): void;
}

/** One job of the run (one per matrix combination), as the final table shows it. */
export interface JobReport {
  /** The job's id in the workflow. */
  id: string;
  /** Its display name (`build (linux)`), the id for a job without a name or matrix. */
  name: string;
  result: Result;
  durationMs: number;
  /** Why it failed (the failing step and its last words), or why it was skipped. */
  reason: string | null;
}

/** What a job hands on through `needs`. */
export interface NeedsEntry {
  result: Result;
  outputs: Record<string, string>;
}

/** The contexts every job shares. */
export interface RunContexts {
  github: Record<string, unknown>;
  vars: Record<string, Plain>;
  inputs: Record<string, Plain>;
  secrets: Record<string, Plain>;
}
