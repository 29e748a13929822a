/** What the stand-in knows about one repository: plain API objects, which tests change as time goes on. */
import type { ApiObject, RepoRef } from './fixtures.js';

/** The repository's data, served by the routes. Add fields here for new endpoints. */
export interface RepoState {
  repo: RepoRef;
  /** Workflow runs, any commit, as of their latest attempt. */
  workflowRuns: ApiObject[];
  /** Every attempt of each workflow run, keyed `<run id>/<attempt>` (a re-run has a check suite of its own). */
  runAttempts: Map<string, ApiObject>;
  /** Jobs of each run attempt, keyed `<run id>/<attempt>`. */
  jobs: Map<string, ApiObject[]>;
  /** Check runs, any commit. */
  checkRuns: ApiObject[];
  /** Commit statuses by commit SHA, in the order they were created. */
  statuses: Map<string, ApiObject[]>;
  /** Workflow artifacts, any run (its id is `workflow_run.id`), in the order they were created. */
  artifacts: ApiObject[];
  /** Where the download of an artifact redirects to (a signed blob URL), by artifact id, made when asked. */
  artifactBlobs: Map<number, () => string>;
}

/** An empty repository `owner/repo`. */
export function emptyRepo(repo: RepoRef = { owner: 'octo-org', repo: 'octo-repo' }): RepoState {
  return {
    repo,
    workflowRuns: [],
    runAttempts: new Map(),
    jobs: new Map(),
    checkRuns: [],
    statuses: new Map(),
    artifacts: [],
    artifactBlobs: new Map(),
  };
}

/** The key of a run attempt in `RepoState.jobs` and `RepoState.runAttempts`. */
export function attemptKey(runId: number | string, attempt: number | string): string {
  return `${runId}/${attempt}`;
}
