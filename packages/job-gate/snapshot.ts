import type { ApiCheckRun, ApiWorkflowRun, GateApi } from './github-api.js';
import { checkRunItems, findSelf, jobItems, statusItems, type Item, type SelfIdentity } from './items.js';

/** What the gate learns once about its own run. */
export interface RunContext {
  /** The commit the run tests (for a pull request, its head, where checks are reported). */
  sha: string;
  /** The check suites of this run's attempts: their check runs are its jobs, counted from the jobs list. */
  ownSuiteIds: ReadonlySet<number>;
  workflow: string;
  workflowId: number;
  attempt: number;
}

const attemptsUpTo = (attempt: number) => Array.from({ length: attempt }, (_, index) => index + 1);

/** The gate's run as of `attempt`: commit and workflow from that attempt, the check suites of every attempt. */
export async function loadRunContext(api: GateApi, attempt: number): Promise<RunContext> {
  const attempts = await Promise.all(attemptsUpTo(attempt).map((n) => api.getRunAttempt(api.runId, n)));
  const current = attempts[attempts.length - 1];
  if (!current) throw new Error(`attempt must be 1 or more, got ${attempt}`);
  const suites = attempts.map((run) => run.check_suite_id).filter((id) => id !== undefined);
  return {
    sha: current.head_sha,
    ownSuiteIds: new Set(suites),
    workflow: current.name ?? '',
    workflowId: current.workflow_id,
    attempt,
  };
}

/** What the gate knows of a check suite from a workflow run. */
export interface SuiteInfo {
  workflow: string;
  /** A suite of another run of the gate's own workflow (a push and a pull request on one commit). */
  sibling: boolean;
}

/**
 * Check suites of workflow runs on the commit, asked for only when a check run names a suite not seen
 * before. A re-run's earlier attempts have check suites of their own that the listing does not show (it
 * gives each run's latest attempt), so those attempts are asked for too, once each.
 */
export class CheckSuites {
  private readonly suites = new Map<number, SuiteInfo>();
  private readonly asked = new Set<number>();
  private readonly attemptsRead = new Set<string>();

  constructor(private readonly run: RunContext) {}

  /** What is known of each suite after learning any in `suiteIds` not asked about before. */
  async lookup(api: GateApi, suiteIds: readonly number[]): Promise<ReadonlyMap<number, SuiteInfo>> {
    const unknown = suiteIds.filter((id) => !this.asked.has(id));
    if (unknown.length === 0) return this.suites;
    const runs = (await api.listWorkflowRuns(this.run.sha)).filter((run) => run.id !== api.runId);
    for (const run of runs) this.learn(run, run);
    await Promise.all(runs.map((run) => this.learnEarlierAttempts(api, run)));
    for (const id of unknown) this.asked.add(id); // other apps' suites have no workflow run; ask once
    return this.suites;
  }

  private async learnEarlierAttempts(api: GateApi, run: ApiWorkflowRun): Promise<void> {
    const earlier = attemptsUpTo((run.run_attempt ?? 1) - 1).filter(
      (n) => !this.attemptsRead.has(`${run.id}/${n}`),
    );
    for (const n of earlier) this.attemptsRead.add(`${run.id}/${n}`);
    const attempts = await Promise.all(earlier.map((n) => api.getRunAttempt(run.id, n)));
    for (const attempt of attempts) this.learn(attempt, run);
  }

  private learn(attempt: ApiWorkflowRun, run: ApiWorkflowRun): void {
    if (attempt.check_suite_id === undefined) return;
    const sibling = run.workflow_id === this.run.workflowId;
    this.suites.set(attempt.check_suite_id, { workflow: run.name ?? '', sibling });
  }
}

/** Everything the gate can see now: this attempt's jobs, the commit's check runs and statuses. */
export interface Snapshot {
  items: Item[];
  /** Whether the gate found its own job among the jobs (it never waits for itself). */
  selfFound: boolean;
}

/** One look at GitHub: three listings at once, then the workflow runs behind any new check suites. */
export async function takeSnapshot(
  api: GateApi,
  run: RunContext,
  identity: SelfIdentity,
  checkSuites: CheckSuites,
): Promise<Snapshot> {
  const [jobs, checkRuns, statuses] = await Promise.all([
    api.listJobs(run.attempt),
    api.listCheckRuns(run.sha),
    api.listStatuses(run.sha),
  ]);
  const suiteOf = (check: ApiCheckRun) => check.check_suite?.id ?? -1;
  const unowned = checkRuns.filter((check) => !run.ownSuiteIds.has(suiteOf(check)));
  const suites = await checkSuites.lookup(api, [...new Set(unowned.map(suiteOf))]);
  // Other runs of this workflow on the commit have gates of their own; each guards its own run.
  const others = unowned.filter((check) => !suites.get(suiteOf(check))?.sibling);
  const workflowOf = (check: ApiCheckRun) => suites.get(suiteOf(check))?.workflow || undefined;
  const selfId = findSelf(jobs, identity);
  return {
    items: [...jobItems(jobs, selfId), ...checkRunItems(others, workflowOf), ...statusItems(statuses)],
    selfFound: selfId !== null,
  };
}
