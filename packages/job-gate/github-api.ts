import { GateApiError } from './errors.js';

/** The fields of a workflow run the gate reads. */
export interface ApiWorkflowRun {
  id: number;
  name?: string | null;
  head_sha: string;
  check_suite_id?: number;
  run_attempt?: number;
  workflow_id: number;
  html_url: string;
}

/** The fields of a workflow job the gate reads. */
export interface ApiJob {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  runner_name: string | null;
  workflow_name: string | null;
  html_url: string | null;
}

/** The fields of a check run the gate reads. */
export interface ApiCheckRun {
  id: number;
  name: string;
  status: string;
  conclusion: string | null;
  started_at: string | null;
  html_url: string | null;
  check_suite: { id: number } | null;
  app: { slug?: string; name: string } | null;
}

/** The fields of a commit status the gate reads. */
export interface ApiStatus {
  id: number;
  context: string;
  state: string;
  created_at: string;
  target_url: string | null;
}

/** What the gate asks GitHub, as an interface so the polling core runs against plain fakes in tests. */
export interface GateApi {
  /** The workflow run the gate runs in. */
  readonly runId: number;
  /** One attempt of a workflow run: the commit it tests, the attempt's check suite, the workflow's name. */
  getRunAttempt(runId: number, attempt: number): Promise<ApiWorkflowRun>;
  /** The jobs of attempt `attempt` of the gate's run, every page. */
  listJobs(attempt: number): Promise<ApiJob[]>;
  /** Every check run on `sha`, every page, older runs of the same name included. */
  listCheckRuns(sha: string): Promise<ApiCheckRun[]>;
  /** Every commit status on `sha`, newest first, every page. */
  listStatuses(sha: string): Promise<ApiStatus[]>;
  /** The workflow runs for `sha` (to name the workflow behind a check run). */
  listWorkflowRuns(sha: string): Promise<ApiWorkflowRun[]>;
}

/** The part of an Octokit client the adapter uses (`octokit.request`, `octokit.paginate`). */
export interface RestClient {
  request(route: string, parameters: Record<string, unknown>): Promise<{ data: unknown }>;
  paginate(route: string, parameters: Record<string, unknown>): Promise<unknown[]>;
}

/** Which run the gate belongs to. */
export interface RunTarget {
  owner: string;
  repo: string;
  runId: number;
}

/** A GateApi over GitHub's REST API through an Octokit client (pagination by its Link headers). */
export function githubGateApi(client: RestClient, target: RunTarget): GateApi {
  const repo = { owner: target.owner, repo: target.repo };
  const call = async <T>(what: string, permission: string, fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } catch (error) {
      throw apiError(error, what, permission);
    }
  };
  const list = <T>(route: string, parameters: Record<string, unknown>) =>
    client.paginate(route, { ...repo, per_page: 100, ...parameters }) as Promise<T[]>;
  return {
    runId: target.runId,
    getRunAttempt: (runId, attempt) =>
      call(`workflow run ${runId} attempt ${attempt}`, 'actions: read', async () => {
        const route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}';
        const parameters = { ...repo, run_id: runId, attempt_number: attempt, exclude_pull_requests: true };
        return (await client.request(route, parameters)).data as ApiWorkflowRun;
      }),
    listJobs: (attempt) =>
      call(`the jobs of run ${target.runId} attempt ${attempt}`, 'actions: read', () =>
        list<ApiJob>('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
          run_id: target.runId,
          attempt_number: attempt,
        }),
      ),
    listCheckRuns: (sha) =>
      call(`the check runs of ${sha}`, 'checks: read', () =>
        list<ApiCheckRun>('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ref: sha, filter: 'all' }),
      ),
    listStatuses: (sha) =>
      call(`the commit statuses of ${sha}`, 'statuses: read', () =>
        list<ApiStatus>('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha }),
      ),
    listWorkflowRuns: (sha) =>
      call(`the workflow runs of ${sha}`, 'actions: read', () =>
        list<ApiWorkflowRun>('GET /repos/{owner}/{repo}/actions/runs', {
          head_sha: sha,
          exclude_pull_requests: true,
        }),
      ),
  };
}

/** GitHub's own words for a failed request: the body's message, else the error's. */
function serverMessage(error: unknown): string {
  const data = (error as { response?: { data?: unknown } }).response?.data;
  const message = (data as { message?: unknown } | undefined)?.message;
  if (typeof message === 'string') return message;
  // Octokit appends " - <documentation URL>" to the message; the URL adds nothing to a one-line error.
  return error instanceof Error ? error.message.replace(/ - https?:\/\/\S*$/, '') : String(error);
}

/** One line for a failed API call, with the fix; transient when trying again later may help. */
export function apiError(error: unknown, what: string, permission: string): GateApiError {
  if (error instanceof GateApiError) return error;
  const status = (error as { status?: unknown }).status;
  const message = serverMessage(error);
  if (status === 401) {
    return new GateApiError(
      `GitHub refused github-token reading ${what} (401 ${message}): pass a valid token, or leave github-token unset to use the run's GITHUB_TOKEN.`,
      false,
    );
  }
  if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
    return new GateApiError(`GitHub's rate limit stopped reading ${what} (${status} ${message})`, true);
  }
  if (status === 403) {
    return new GateApiError(
      `GitHub denied reading ${what} (403 ${message}): give the gate job \`permissions: ${permission}\`, or a github-token that has it.`,
      false,
    );
  }
  if (status === 404) {
    return new GateApiError(
      `GitHub has no ${what} (404 ${message}): the token must be able to read this repository, and GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT must be this run's.`,
      false,
    );
  }
  if (typeof status === 'number' && status < 500) {
    return new GateApiError(`GitHub refused reading ${what} (${status} ${message}).`, false);
  }
  const code = typeof status === 'number' ? `${status} ` : '';
  return new GateApiError(`Reading ${what} failed (${code}${message})`, true);
}
