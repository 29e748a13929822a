import type { ApiWorkflowRun, GateApi } from './github-api.js';
import { checkRunItems, findSelf, jobItems, statusItems, type Item, type SelfIdentity } from './items.js';

/** What the gate learns once about its own run. */
export interface RunContext {
  /** The commit the run tests (for a pull request, its head, where checks are reported). */
  sha: string;
  ownSuiteId: number | undefined;
  workflow: string;
  attempt: number;
}

/** The run context from this run's workflow run record. */
export function runContext(run: ApiWorkflowRun, attempt: number): RunContext {
  return { sha: run.head_sha, ownSuiteId: run.check_suite_id, workflow: run.name ?? '', attempt };
}

/** Workflow names by check suite id, asked for only when a check run names a suite not seen yet. */
export class WorkflowNames {
  private readonly names = new Map<number, string>();
  private readonly asked = new Set<number>();

  /** The map after learning any suites in `suiteIds` not asked about before. */
  async lookup(api: GateApi, sha: string, suiteIds: readonly number[]): Promise<ReadonlyMap<number, string>> {
    const unknown = suiteIds.filter((id) => !this.asked.has(id));
    if (unknown.length === 0) return this.names;
    for (const run of await api.listWorkflowRuns(sha)) {
      if (run.check_suite_id !== undefined && run.name) this.names.set(run.check_suite_id, run.name);
    }
    for (const id of unknown) this.asked.add(id); // other apps' suites have no workflow run; ask once
    return this.names;
  }
}

/** Everything the gate can see now: this attempt's jobs, the commit's check runs and statuses. */
export interface Snapshot {
  items: Item[];
  /** Whether the gate found its own job among the jobs (it never waits for itself). */
  selfFound: boolean;
}

/** One look at GitHub: three listings at once, then the workflow names of any new check suites. */
export async function takeSnapshot(
  api: GateApi,
  run: RunContext,
  identity: SelfIdentity,
  workflowNames: WorkflowNames,
): Promise<Snapshot> {
  const [jobs, checkRuns, statuses] = await Promise.all([
    api.listJobs(run.attempt),
    api.listCheckRuns(run.sha),
    api.listStatuses(run.sha),
  ]);
  const suites = [
    ...new Set(checkRuns.map((check) => check.check_suite?.id).filter((id) => id !== undefined)),
  ];
  const names = await workflowNames.lookup(
    api,
    run.sha,
    suites.filter((id) => id !== run.ownSuiteId),
  );
  const selfId = findSelf(jobs, identity);
  return {
    items: [
      ...jobItems(jobs, selfId),
      ...checkRunItems(checkRuns, run.ownSuiteId, names),
      ...statusItems(statuses),
    ],
    selfFound: selfId !== null,
  };
}
