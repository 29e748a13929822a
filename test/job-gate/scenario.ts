/**
 * A commit and its workflow run as the gate meets them on GitHub, told as data: this run's jobs per
 * attempt, other workflows' and apps' check runs, external statuses. Built into the stand-in's state,
 * with the check runs GitHub itself creates for every job of this run.
 */
import { attemptKey, emptyRepo, type RepoState } from '../support/github-api/state.js';
import { checkRun, commitStatus, workflowJob, workflowRun } from '../support/github-api/fixtures.js';

/** A job of this run: its name and state word (`success`, `failure`, `in_progress`, ...). */
export interface JobSpec {
  name: string;
  state: string;
}

/** A check run: from another workflow (by its name), or from an app. */
export interface CheckSpec {
  name: string;
  state: string;
  workflow?: string;
  app?: string;
  startedAt?: number;
}

/** A commit status as an external CI posts it. */
export interface StatusSpec {
  context: string;
  state: string;
  createdAt?: number;
}

/** What the scenario holds at the start. */
export interface ScenarioSpec {
  workflow?: string;
  /** Jobs per attempt; the last attempt is the gate's. */
  attempts: JobSpec[][];
  checks?: CheckSpec[];
  statuses?: StatusSpec[];
  /** The gate's own job (added to the last attempt, in progress); null for none. */
  gate?: { name: string; runner: string } | null;
}

export const SHA = 'c0ffee0000000000000000000000000000000042';
export const RUN_ID = 7001;

/** A scenario's state, and the changes tests make to it as time goes on. */
export class Scenario {
  readonly state: RepoState = emptyRepo();
  readonly attempt: number;
  readonly gate: { name: string; runner: string } | null;
  private nextId = 100;
  private readonly suites = new Map<string, number>();

  constructor(spec: ScenarioSpec) {
    const workflow = spec.workflow ?? 'Release';
    this.attempt = spec.attempts.length;
    this.gate = spec.gate === undefined ? { name: 'gate', runner: 'GitHub Actions 990' } : spec.gate;
    const suite = this.suiteOf(workflow, RUN_ID, this.attempt);
    spec.attempts.forEach((jobs, index) => {
      const attempt = index + 1;
      const all =
        attempt === this.attempt && this.gate
          ? [...jobs, { name: this.gate.name, state: 'in_progress' }]
          : jobs;
      this.state.jobs.set(attemptKey(RUN_ID, attempt), []);
      for (const job of all) this.addJob(job, attempt, suite, workflow);
    });
    for (const check of spec.checks ?? []) this.addCheck(check);
    for (const status of spec.statuses ?? []) this.addStatus(status);
  }

  /** The env a runner gives the gate's step. */
  env(): Record<string, string> {
    return {
      GITHUB_RUN_ID: String(RUN_ID),
      GITHUB_RUN_ATTEMPT: String(this.attempt),
      GITHUB_SHA: SHA,
      GITHUB_JOB: this.gate?.name ?? 'gate',
      ...(this.gate ? { RUNNER_NAME: this.gate.runner } : {}),
    };
  }

  private id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  private suiteOf(workflow: string, runId: number, attempt = 1): number {
    const known = this.suites.get(workflow);
    if (known) return known;
    const id = this.id();
    this.suites.set(workflow, id);
    this.state.workflowRuns.push(
      workflowRun(this.state.repo, { id: runId, name: workflow, sha: SHA, checkSuiteId: id, attempt }),
    );
    return id;
  }

  private addJob(job: JobSpec, attempt: number, suite: number, workflow: string): void {
    const id = this.id();
    const runnerName =
      this.gate && job.name === this.gate.name && job.state === 'in_progress' ? this.gate.runner : undefined;
    const spec = {
      id,
      runId: RUN_ID,
      attempt,
      name: job.name,
      sha: SHA,
      state: job.state,
      workflow,
      runnerName,
    };
    const jobs = this.state.jobs.get(attemptKey(RUN_ID, attempt)) ?? [];
    jobs.push(workflowJob(this.state.repo, { ...spec, checkRunId: id }));
    this.state.jobs.set(attemptKey(RUN_ID, attempt), jobs);
    // GitHub reports every job as a check run of the run's check suite too; the gate must not count it twice.
    this.state.checkRuns.push(
      checkRun(this.state.repo, {
        id,
        name: job.name,
        sha: SHA,
        state: job.state,
        checkSuiteId: suite,
        startedAt: attempt * 100,
      }),
    );
  }

  /** Adds a check run (a re-run of a name adds a newer one beside the old). */
  addCheck(check: CheckSpec): void {
    const owner = check.workflow ?? `app:${check.app ?? 'external-ci'}`;
    const suite = check.workflow ? this.suiteOf(check.workflow, this.id()) : this.appSuite(owner);
    const spec = {
      id: this.id(),
      name: check.name,
      sha: SHA,
      state: check.state,
      checkSuiteId: suite,
      startedAt: check.startedAt ?? this.nextId,
    };
    this.state.checkRuns.push(
      checkRun(this.state.repo, { ...spec, ...(check.app ? { app: check.app } : {}) }),
    );
  }

  private appSuite(owner: string): number {
    const known = this.suites.get(owner);
    if (known) return known;
    const id = this.id();
    this.suites.set(owner, id);
    return id;
  }

  /** Posts a commit status (a later one of the same context replaces it). */
  addStatus(status: StatusSpec): void {
    const statuses = this.state.statuses.get(SHA) ?? [];
    const id = this.id();
    statuses.push(
      commitStatus(this.state.repo, {
        id,
        sha: SHA,
        context: status.context,
        state: status.state,
        createdAt: status.createdAt ?? id,
      }),
    );
    this.state.statuses.set(SHA, statuses);
  }

  /** Moves a job of the gate's attempt (and its check run) to `state`. */
  setJob(name: string, state: string): void {
    for (const job of this.state.jobs.get(attemptKey(RUN_ID, this.attempt)) ?? []) {
      if (job['name'] !== name) continue;
      const updated = workflowJob(this.state.repo, {
        id: job['id'] as number,
        runId: RUN_ID,
        attempt: this.attempt,
        name,
        sha: SHA,
        state,
        workflow: job['workflow_name'] as string,
      });
      Object.assign(job, updated);
    }
  }
}
