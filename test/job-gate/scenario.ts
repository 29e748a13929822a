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

/** A workflow run as the scenario knows it: its id, latest attempt and that attempt's check suite. */
interface RunRecord {
  runId: number;
  attempt: number;
  suite: number;
}

/** A scenario's state, and the changes tests make to it as time goes on. */
export class Scenario {
  readonly state: RepoState = emptyRepo();
  readonly attempt: number;
  readonly gate: { name: string; runner: string } | null;
  private nextId = 100;
  private readonly workflow: string;
  private readonly runs = new Map<string, RunRecord>();
  private readonly appSuites = new Map<string, number>();
  private readonly workflowIds = new Map<string, number>();

  constructor(spec: ScenarioSpec) {
    this.workflow = spec.workflow ?? 'Release';
    this.attempt = spec.attempts.length;
    this.gate = spec.gate === undefined ? { name: 'gate', runner: 'GitHub Actions 990' } : spec.gate;
    spec.attempts.forEach((jobs, index) => {
      const attempt = index + 1;
      const { suite } = this.startAttempt(this.workflow, RUN_ID);
      const gateJob =
        attempt === this.attempt && this.gate ? [{ name: this.gate.name, state: 'in_progress' }] : [];
      for (const job of [...jobs, ...gateJob]) this.addJob(job, attempt, suite);
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

  /**
   * Starts the next attempt of `workflow`'s run on the commit (the first, when it has none): a new check
   * suite, as GitHub gives each attempt, and the run record's latest attempt moved on.
   */
  private startAttempt(workflow: string, runId?: number): RunRecord {
    const known = this.runs.get(workflow);
    const record = {
      runId: known?.runId ?? runId ?? this.id(),
      attempt: (known?.attempt ?? 0) + 1,
      suite: this.id(),
    };
    this.runs.set(workflow, record);
    const run = workflowRun(this.state.repo, {
      id: record.runId,
      name: workflow,
      workflowId: this.workflowId(workflow),
      sha: SHA,
      checkSuiteId: record.suite,
      attempt: record.attempt,
    });
    this.state.runAttempts.set(attemptKey(record.runId, record.attempt), run);
    this.state.workflowRuns = [...this.state.workflowRuns.filter((r) => r['id'] !== record.runId), run];
    return record;
  }

  private workflowId(workflow: string): number {
    const id = this.workflowIds.get(workflow) ?? this.id();
    this.workflowIds.set(workflow, id);
    return id;
  }

  private addJob(job: JobSpec, attempt: number, suite: number): void {
    const id = this.id();
    const runner =
      this.gate && job.name === this.gate.name && job.state === 'in_progress' ? this.gate.runner : undefined;
    const spec = {
      id,
      runId: RUN_ID,
      attempt,
      name: job.name,
      sha: SHA,
      state: job.state,
      workflow: this.workflow,
    };
    const jobs = this.state.jobs.get(attemptKey(RUN_ID, attempt)) ?? [];
    jobs.push(workflowJob(this.state.repo, { ...spec, runnerName: runner, checkRunId: id }));
    this.state.jobs.set(attemptKey(RUN_ID, attempt), jobs);
    // GitHub reports every job as a check run of its attempt's check suite too; the gate must not count it twice.
    const check = {
      id,
      name: job.name,
      sha: SHA,
      state: job.state,
      checkSuiteId: suite,
      startedAt: attempt * 100,
    };
    this.state.checkRuns.push(checkRun(this.state.repo, check));
  }

  /** Adds a check run: another workflow's job (in that run's latest attempt), or an app's check. */
  addCheck(check: CheckSpec): void {
    const suite = check.workflow
      ? (this.runs.get(check.workflow) ?? this.startAttempt(check.workflow)).suite
      : this.appSuite(check.app ?? 'external-ci');
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

  /** Re-runs another workflow: its later check runs go to a new attempt with a check suite of its own. */
  rerun(workflow: string): void {
    this.startAttempt(workflow);
  }

  private appSuite(app: string): number {
    const suite = this.appSuites.get(app) ?? this.id();
    this.appSuites.set(app, suite);
    return suite;
  }

  /** Posts a commit status (a later one of the same context replaces it). */
  addStatus(status: StatusSpec): void {
    const statuses = this.state.statuses.get(SHA) ?? [];
    const id = this.id();
    const createdAt = status.createdAt ?? id;
    statuses.push(
      commitStatus(this.state.repo, {
        id,
        sha: SHA,
        context: status.context,
        state: status.state,
        createdAt,
      }),
    );
    this.state.statuses.set(SHA, statuses);
  }

  /** Moves a job of the gate's attempt, and the check run GitHub keeps for it, to `state`. */
  setJob(name: string, state: string): void {
    for (const job of this.state.jobs.get(attemptKey(RUN_ID, this.attempt)) ?? []) {
      if (job['name'] !== name) continue;
      const id = job['id'] as number;
      const spec = {
        id,
        runId: RUN_ID,
        attempt: this.attempt,
        name,
        sha: SHA,
        state,
        workflow: this.workflow,
      };
      Object.assign(job, workflowJob(this.state.repo, spec));
      const check = this.state.checkRuns.find((run) => run['id'] === id);
      const suite = (check?.['check_suite'] as { id: number } | undefined)?.id ?? 0;
      const updated = { id, name, sha: SHA, state, checkSuiteId: suite, startedAt: this.attempt * 100 };
      if (check) Object.assign(check, checkRun(this.state.repo, updated));
    }
  }
}
