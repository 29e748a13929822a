/** Plain fakes of GitHub for the gate's unit tests: a mutable world behind the GateApi interface. */
import type {
  ApiCheckRun,
  ApiJob,
  ApiStatus,
  ApiWorkflowRun,
  GateApi,
} from '../../packages/job-gate/index.js';

/** What the fake GitHub holds; tests change it between looks. */
export interface FakeWorld {
  /** The gate's run, latest attempt. */
  run: ApiWorkflowRun;
  /** Attempts of any run by `<run id>/<attempt>`, where they differ from `run`. */
  attempts: Record<string, ApiWorkflowRun>;
  jobs: ApiJob[];
  checkRuns: ApiCheckRun[];
  statuses: ApiStatus[];
  workflowRuns: ApiWorkflowRun[];
  /** Thrown by the next listJobs call instead of answering (then cleared). */
  failNext: Error[];
}

let ids = 1000;

/** `status` and `conclusion` of a state word: `in_progress` is a status, `failure` a conclusion. */
function lifecycle(state: string): { status: string; conclusion: string | null } {
  const done = !['queued', 'in_progress', 'waiting', 'pending', 'requested'].includes(state);
  return { status: done ? 'completed' : state, conclusion: done ? state : null };
}

/** A job of this run. */
export function job(name: string, state: string, runner: string | null = `runner-${name}`): ApiJob {
  return {
    id: (ids += 1),
    name,
    ...lifecycle(state),
    runner_name: runner,
    workflow_name: 'Release',
    html_url: null,
  };
}

/** A check run in suite `suite`. */
export function check(
  name: string,
  state: string,
  suite: number,
  startedAt = '2024-05-01T12:00:00Z',
): ApiCheckRun {
  return {
    id: (ids += 1),
    name,
    ...lifecycle(state),
    started_at: startedAt,
    html_url: null,
    check_suite: { id: suite },
    app: { slug: 'github-actions', name: 'GitHub Actions' },
  };
}

/** A workflow run (attempt) on the world's commit; `workflowId` defaults to a workflow of its own. */
export function workflowRun(
  id: number,
  name: string,
  suite: number,
  attempt = 1,
  workflowId = id,
): ApiWorkflowRun {
  return {
    id,
    name,
    workflow_id: workflowId,
    head_sha: 'abc123',
    check_suite_id: suite,
    run_attempt: attempt,
    html_url: '',
  };
}

/** A commit status. */
export function status(context: string, state: string, createdAt = '2024-05-01T12:00:00Z'): ApiStatus {
  return { id: (ids += 1), context, state, created_at: createdAt, target_url: null };
}

/** A world with this run (check suite 1, workflow Release) and nothing else yet. */
export function fakeWorld(partial: Partial<FakeWorld> = {}): FakeWorld {
  return {
    run: { id: 1, name: 'Release', workflow_id: 1, head_sha: 'abc123', check_suite_id: 1, html_url: '' },
    attempts: {},
    jobs: [],
    checkRuns: [],
    statuses: [],
    workflowRuns: [],
    failNext: [],
    ...partial,
  };
}

/** A GateApi over `world`, counting calls by method. */
export function fakeApi(world: FakeWorld): GateApi & { calls: Record<string, number> } {
  const calls: Record<string, number> = {};
  const count = (name: string) => (calls[name] = (calls[name] ?? 0) + 1);
  return {
    calls,
    runId: world.run.id,
    getRunAttempt: async (runId, attempt) => {
      count('getRunAttempt');
      const known = world.attempts[`${runId}/${attempt}`] ?? (runId === world.run.id ? world.run : undefined);
      if (!known) throw new Error(`the fake has no run ${runId} attempt ${attempt}`);
      return known;
    },
    listJobs: async () => {
      count('listJobs');
      const error = world.failNext.shift();
      if (error) throw error;
      return [...world.jobs];
    },
    listCheckRuns: async () => (count('listCheckRuns'), [...world.checkRuns]),
    listStatuses: async () => (count('listStatuses'), [...world.statuses]),
    listWorkflowRuns: async () => (count('listWorkflowRuns'), [...world.workflowRuns]),
  };
}
