import type { ApiCheckRun, ApiJob, ApiStatus } from './github-api.js';
import type { Result } from './results.js';

/** Where an item comes from. */
export type ItemKind = 'needs' | 'job' | 'check-run' | 'status';

/** One job, check run or status as the gate sees it, finished or not. */
export interface Item {
  kind: ItemKind;
  /** The name people see: the job's, `workflow / check` for another workflow's check run, the status context. */
  name: string;
  /** Further names patterns may match: the workflow, the bare check name. */
  aliases: string[];
  state: Result | 'pending';
  /** GitHub's own word: `in_progress`, `timed_out`, `error`, ... */
  detail: string;
  url: string | null;
  /** Older runs or statuses of the same name this one replaces. */
  replaced: number;
  /** The gate's own job, which must never wait for itself. */
  self: boolean;
}

/** How the gate recognises its own job among the jobs of its run. */
export interface SelfIdentity {
  /** RUNNER_NAME: a runner runs one job at a time, so among unfinished jobs it names exactly one. */
  runnerName?: string;
  /** GITHUB_JOB, the job's key in the workflow: equal to its name only without `name:` or a matrix. */
  jobKey?: string;
}

/** `needs`-style result of a check run or job conclusion; unknown or unfinished-looking ones fail closed. */
export function resultOfConclusion(status: string, conclusion: string | null): Result | 'pending' {
  if (status !== 'completed') return 'pending';
  switch (conclusion) {
    case 'success':
      return 'success';
    case 'cancelled':
      return 'cancelled';
    // GitHub treats both as "did not fail"; the gate treats both as "did not prove anything".
    case 'skipped':
    case 'neutral':
      return 'skipped';
    default: // failure, timed_out, action_required, stale, startup_failure, and anything new
      return 'failure';
  }
}

/** `needs`-style result of a commit status state. */
export function resultOfStatus(state: string): Result | 'pending' {
  if (state === 'pending') return 'pending';
  return state === 'success' ? 'success' : 'failure';
}

/** The id of the gate's own job among `jobs`, or null when it cannot be told apart. */
export function findSelf(jobs: readonly ApiJob[], identity: SelfIdentity): number | null {
  const running = jobs.filter((job) => job.status !== 'completed');
  const byRunner = identity.runnerName
    ? running.filter((job) => job.runner_name === identity.runnerName)
    : [];
  const [onRunner] = byRunner;
  if (byRunner.length === 1 && onRunner) return onRunner.id;
  const byKey = identity.jobKey ? running.filter((job) => job.name === identity.jobKey) : [];
  const [named] = byKey;
  return byKey.length === 1 && named ? named.id : null;
}

/** Items for the jobs of this run's current attempt. */
export function jobItems(jobs: readonly ApiJob[], selfId: number | null): Item[] {
  return jobs.map((job) => {
    const workflow = job.workflow_name ?? '';
    return {
      kind: 'job',
      name: job.name,
      aliases: workflow ? [workflow, `${workflow} / ${job.name}`] : [],
      state: resultOfConclusion(job.status, job.conclusion),
      detail: job.conclusion ?? job.status,
      url: job.html_url,
      replaced: 0,
      self: job.id === selfId,
    };
  });
}

/** Keeps the newest of each group by `key` (latest `time`, then highest id), counting what it replaced. */
function newestBy<T extends { id: number }>(
  items: readonly T[],
  key: (item: T) => string,
  time: (item: T) => string | null,
): { newest: T; replaced: number }[] {
  const at = (item: T) => Date.parse(time(item) ?? '') || 0;
  const newer = (a: T, b: T) => at(a) > at(b) || (at(a) === at(b) && a.id > b.id);
  const groups = new Map<string, { newest: T; replaced: number }>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (!group) groups.set(key(item), { newest: item, replaced: 0 });
    else
      groups.set(key(item), {
        newest: newer(item, group.newest) ? item : group.newest,
        replaced: group.replaced + 1,
      });
  }
  return [...groups.values()];
}

/**
 * Items for check runs (the gate's own run's already left out): the newest per workflow and name, so a
 * re-run replaces the old result.
 */
export function checkRunItems(
  checkRuns: readonly ApiCheckRun[],
  workflowOf: (run: ApiCheckRun) => string | undefined,
): Item[] {
  const display = (run: ApiCheckRun) => {
    const workflow = workflowOf(run);
    return workflow ? `${workflow} / ${run.name}` : run.name;
  };
  return newestBy(checkRuns, display, (run) => run.started_at).map(({ newest, replaced }) => {
    const workflow = workflowOf(newest);
    return {
      kind: 'check-run',
      name: display(newest),
      aliases: workflow ? [newest.name, workflow] : [],
      state: resultOfConclusion(newest.status, newest.conclusion),
      detail: newest.conclusion ?? newest.status,
      url: newest.html_url,
      replaced,
      self: false,
    };
  });
}

/** Items for the commit statuses: the newest per context. */
export function statusItems(statuses: readonly ApiStatus[]): Item[] {
  return newestBy(
    statuses,
    (status) => status.context,
    (status) => status.created_at,
  ).map(({ newest, replaced }) => ({
    kind: 'status',
    name: newest.context,
    aliases: [],
    state: resultOfStatus(newest.state),
    detail: newest.state,
    url: newest.target_url,
    replaced,
    self: false,
  }));
}
