/** What every job of one rehearsal shares, and one job's state while its steps run. */
import type { HostFacts } from './host.js';
import type { Combination } from './matrix.js';
import type { NeedsEntry, RehearsalLog, Result, RunContexts, Trigger } from './types.js';
import type { Workflow } from './workflow.js';

/** The rehearsal as its jobs see it. */
export interface RehearsalSetup {
  workflow: Workflow;
  trigger: Trigger;
  contexts: RunContexts;
  log: RehearsalLog;
  /** The git repository checkout clones. */
  projectDir: string;
  /** Where each job's workspace and temporary files go. */
  workDir: string;
  /** The directory holding this suite's built actions (`<name>/action.yml`). */
  suiteDir: string;
  suiteActions: readonly string[];
  /** The interpreter setup-python stands for. */
  python: string;
  /** The artifact service stand-in's storage: artifacts of the whole run. */
  artifactStorage: string;
  /** The embedded index's upload URL: every `repository-url` of this suite's actions points there. */
  indexUploadUrl: string;
  /** An index for what the release depends on, for verify-pypi's install check. */
  extraIndexUrl: string | null;
  /** The environment every step starts from (the host's, and what the user added). */
  baseEnv: Record<string, string>;
  /** The one wheel this host builds (platform, architecture, Python). */
  host: HostFacts;
  /** The environment that lets a job with `id-token: write` ask for an OIDC token. */
  idTokenEnv(claims: { job: string; environment: string | null }): Record<string, string>;
  node?: string;
  signal: AbortSignal;
}

/** The state of a step that ran (or did not), for `steps.<id>`. */
export interface StepState {
  outcome: Result;
  conclusion: Result;
  outputs: Record<string, string>;
}

/** One job (one matrix combination) while it runs. */
export interface JobScope {
  id: string;
  name: string;
  workspace: string;
  tempDir: string;
  matrix: Combination;
  needs: Record<string, NeedsEntry>;
  /** The job's env, with what steps exported through GITHUB_ENV. */
  env: Record<string, string>;
  /** Directories steps added to PATH (setup-python, GITHUB_PATH), newest first. */
  path: string[];
  steps: Record<string, StepState>;
  /** The environment name of `environment:`, resolved. */
  environment: string | null;
  idToken: boolean;
  /** Aborted when the rehearsal is interrupted or the job passes its timeout-minutes. */
  signal: AbortSignal;
}

/** What playing one step came to. */
export interface StepOutcome {
  ok: boolean;
  outputs?: Record<string, string>;
  env?: Record<string, string>;
  path?: string[];
  /** Why it failed, in one line. */
  problem?: string;
}
