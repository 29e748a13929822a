/**
 * Builders for the API objects the stand-in serves. Each starts from the description's own example and
 * overrides what a test cares about, so every field GitHub sends is there; the server checks the result
 * against the schema on every response anyway.
 */
import { example } from './openapi.js';

/** An API object as JSON (the schema, not TypeScript, is the authority on its shape). */
export type ApiObject = Record<string, unknown>;

/** The repository the stand-in plays. */
export interface RepoRef {
  owner: string;
  repo: string;
}

const EPOCH = Date.parse('2024-05-01T12:00:00Z');

/** A timestamp `seconds` after a fixed moment, as GitHub writes them. */
export function at(seconds: number): string {
  return new Date(EPOCH + seconds * 1000).toISOString().replace('.000Z', 'Z');
}

const apiUrl = (repo: RepoRef, path: string) =>
  `https://api.github.com/repos/${repo.owner}/${repo.repo}/${path}`;
const htmlUrl = (repo: RepoRef, path: string) => `https://github.com/${repo.owner}/${repo.repo}/${path}`;

/** Lifecycle states that are not finished yet, shared by jobs and check runs. */
export const UNFINISHED = ['queued', 'in_progress', 'waiting', 'requested', 'pending'] as const;

/** `status` and `conclusion` for a state word: an unfinished status, or a conclusion of a completed one. */
export function lifecycle(state: string): { status: string; conclusion: string | null } {
  return (UNFINISHED as readonly string[]).includes(state)
    ? { status: state, conclusion: null }
    : { status: 'completed', conclusion: state };
}

/** A workflow run (`GET /repos/{owner}/{repo}/actions/runs/{run_id}`). */
export function workflowRun(
  repo: RepoRef,
  run: {
    id: number;
    name: string;
    workflowId: number;
    sha: string;
    checkSuiteId: number;
    attempt?: number;
    state?: string;
  },
): ApiObject {
  const base = example<ApiObject>('workflow-run');
  const { status, conclusion } = lifecycle(run.state ?? 'in_progress');
  return {
    ...base,
    id: run.id,
    name: run.name,
    display_title: run.name,
    head_sha: run.sha,
    check_suite_id: run.checkSuiteId,
    run_attempt: run.attempt ?? 1,
    workflow_id: run.workflowId,
    workflow_url: apiUrl(repo, `actions/workflows/${run.workflowId}`),
    run_number: run.id,
    status,
    conclusion,
    url: apiUrl(repo, `actions/runs/${run.id}`),
    html_url: htmlUrl(repo, `actions/runs/${run.id}`),
    jobs_url: apiUrl(repo, `actions/runs/${run.id}/jobs`),
    check_suite_url: apiUrl(repo, `check-suites/${run.checkSuiteId}`),
    pull_requests: [],
    created_at: at(0),
    updated_at: at(0),
    run_started_at: at(0),
  };
}

/** A job of a workflow run attempt. */
export function workflowJob(
  repo: RepoRef,
  job: {
    id: number;
    runId: number;
    attempt: number;
    name: string;
    sha: string;
    state: string;
    workflow: string;
    runnerName?: string | null;
    checkRunId?: number;
  },
): ApiObject {
  const { status, conclusion } = lifecycle(job.state);
  const runner =
    job.runnerName ?? (status === 'queued' || status === 'waiting' ? null : `GitHub Actions ${job.id}`);
  return {
    ...example<ApiObject>('job'),
    id: job.id,
    run_id: job.runId,
    run_attempt: job.attempt,
    run_url: apiUrl(repo, `actions/runs/${job.runId}`),
    node_id: `J_${job.id}`,
    head_sha: job.sha,
    url: apiUrl(repo, `actions/jobs/${job.id}`),
    html_url: htmlUrl(repo, `actions/runs/${job.runId}/job/${job.id}`),
    status,
    conclusion,
    created_at: at(0),
    started_at: at(1),
    completed_at: status === 'completed' ? at(60) : null,
    name: job.name,
    steps: [],
    check_run_url: apiUrl(repo, `check-runs/${job.checkRunId ?? job.id}`),
    labels: ['ubuntu-latest'],
    runner_id: runner === null ? null : job.id,
    runner_name: runner,
    runner_group_id: runner === null ? null : 1,
    runner_group_name: runner === null ? null : 'GitHub Actions',
    workflow_name: job.workflow,
    head_branch: 'main',
  };
}

/** A check run on a commit, from GitHub Actions (in a workflow's check suite) or another app. */
export function checkRun(
  repo: RepoRef,
  check: {
    id: number;
    name: string;
    sha: string;
    state: string;
    checkSuiteId: number;
    startedAt?: number;
    app?: string;
  },
): ApiObject {
  const base = example<ApiObject>('check-run');
  const { status, conclusion } = lifecycle(check.state);
  const app = {
    ...(base['app'] as ApiObject),
    slug: check.app ?? 'github-actions',
    name: check.app ?? 'GitHub Actions',
  };
  const started = check.startedAt ?? 0;
  return {
    ...base,
    id: check.id,
    node_id: `CR_${check.id}`,
    head_sha: check.sha,
    external_id: '',
    url: apiUrl(repo, `check-runs/${check.id}`),
    html_url: htmlUrl(repo, `runs/${check.id}`),
    details_url: htmlUrl(repo, `runs/${check.id}`),
    status,
    conclusion,
    started_at: at(started),
    completed_at: status === 'completed' ? at(started + 60) : null,
    name: check.name,
    check_suite: { id: check.checkSuiteId },
    app,
    pull_requests: [],
  };
}

/** A commit status, as an external CI (AppVeyor, Jenkins) reports it. */
export function commitStatus(
  repo: RepoRef,
  status: { id: number; sha: string; context: string; state: string; createdAt?: number; targetUrl?: string },
): ApiObject {
  const time = at(status.createdAt ?? status.id);
  return {
    ...example<ApiObject>('status'),
    url: apiUrl(repo, `statuses/${status.sha}`),
    id: status.id,
    node_id: `SC_${status.id}`,
    state: status.state,
    description: `${status.context}: ${status.state}`,
    target_url: status.targetUrl ?? `https://ci.example.com/builds/${status.id}`,
    context: status.context,
    created_at: time,
    updated_at: time,
  };
}

/** An artifact of a workflow run (`GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts`). */
export function workflowArtifact(
  repo: RepoRef,
  artifact: {
    id: number;
    name: string;
    runId: number;
    size: number;
    digest?: string | null;
    createdAt?: number;
    expired?: boolean;
  },
): ApiObject {
  const base = example<ApiObject>('artifact');
  const created = artifact.createdAt ?? artifact.id;
  return {
    ...base,
    id: artifact.id,
    node_id: `MDg6QXJ0aWZhY3Q${artifact.id}`,
    name: artifact.name,
    size_in_bytes: artifact.size,
    url: apiUrl(repo, `actions/artifacts/${artifact.id}`),
    archive_download_url: apiUrl(repo, `actions/artifacts/${artifact.id}/zip`),
    expired: artifact.expired ?? false,
    created_at: at(created),
    updated_at: at(created),
    expires_at: at(created + 90 * 86400),
    digest: artifact.digest ?? null,
    workflow_run: { ...(base['workflow_run'] as ApiObject), id: artifact.runId },
  };
}
