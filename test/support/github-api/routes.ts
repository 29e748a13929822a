/**
 * The stand-in's one route table. A route names an operation of GitHub's description by method and path
 * template, the query parameters it implements, and how it answers from the repository state. Add an
 * endpoint by adding a route here (and, if it needs data, a field to RepoState and a fixture builder).
 */
import { gone, notFound, type Reply } from './replies.js';
import { attemptKey, type RepoState } from './state.js';

/** What a route handler gets. */
export interface RouteContext {
  params: Record<string, string>;
  query: URLSearchParams;
  state: RepoState;
  /** The absolute URL of this request with `page` set, for Link headers. */
  pageUrl: (page: number) => string;
}

/** One endpoint the stand-in serves. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The path template exactly as GitHub's description writes it. */
  template: string;
  /** Query parameters the handler implements; others the description allows are reported as unimplemented. */
  query: readonly string[];
  handle(context: RouteContext): Reply;
}

const PAGING = ['per_page', 'page'] as const;

/** Thrown by a handler for a request GitHub would answer but the stand-in does not model; the test fails. */
export class Unimplemented extends Error {
  override readonly name = 'Unimplemented';
}

/** One page of `items` as GitHub pages lists: per_page (default 30, at most 100), page, and a Link header. */
export function paginate<T>(
  context: RouteContext,
  items: readonly T[],
): { items: T[]; headers: Record<string, string> } {
  const perPage = Math.min(Number(context.query.get('per_page') ?? 30) || 30, 100);
  const page = Math.max(Number(context.query.get('page') ?? 1) || 1, 1);
  const last = Math.max(Math.ceil(items.length / perPage), 1);
  const links: string[] = [];
  if (page > 1) links.push(`<${context.pageUrl(page - 1)}>; rel="prev"`);
  if (page < last)
    links.push(`<${context.pageUrl(page + 1)}>; rel="next"`, `<${context.pageUrl(last)}>; rel="last"`);
  if (page > 1) links.push(`<${context.pageUrl(1)}>; rel="first"`);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    headers: links.length > 0 ? { link: links.join(', ') } : {},
  };
}

/** A paginated list wrapped as GitHub wraps it: `{ total_count, <key>: [...] }`. */
function countedList(context: RouteContext, key: string, items: readonly unknown[]): Reply {
  const page = paginate(context, items);
  return { status: 200, headers: page.headers, body: { total_count: items.length, [key]: page.items } };
}

const withoutPullRequests = (run: Record<string, unknown>, query: URLSearchParams) =>
  query.get('exclude_pull_requests') === 'true' ? { ...run, pull_requests: [] } : run;

/** Every endpoint the stand-in serves. */
export const ROUTES: readonly Route[] = [
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}',
    query: ['exclude_pull_requests'],
    handle: ({ params, query, state }) => {
      const run = state.workflowRuns.find((r) => String(r['id']) === params['run_id']);
      return run ? { status: 200, body: withoutPullRequests(run, query) } : notFound();
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}',
    query: ['exclude_pull_requests'],
    handle: ({ params, query, state }) => {
      const run = state.runAttempts.get(attemptKey(params['run_id'] ?? '', params['attempt_number'] ?? ''));
      return run ? { status: 200, body: withoutPullRequests(run, query) } : notFound();
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs',
    query: [...PAGING, 'head_sha', 'exclude_pull_requests'],
    handle: (context) => {
      const sha = context.query.get('head_sha');
      const runs = context.state.workflowRuns
        .filter((run) => sha === null || run['head_sha'] === sha)
        .map((run) => withoutPullRequests(run, context.query))
        .reverse(); // newest first, as GitHub lists them
      return countedList(context, 'workflow_runs', runs);
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs',
    query: PAGING,
    handle: (context) => {
      const { run_id: runId = '', attempt_number: attempt = '' } = context.params;
      const jobs = context.state.jobs.get(attemptKey(runId, attempt));
      return jobs ? countedList(context, 'jobs', jobs) : notFound();
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/check-runs',
    // `filter=latest` (GitHub's default) is left out on purpose: its exact rule is not documented.
    query: [...PAGING, 'filter'],
    handle: (context) => {
      if (context.query.get('filter') !== 'all')
        throw new Unimplemented('check-runs: only filter=all is modelled');
      const runs = context.state.checkRuns.filter((run) => run['head_sha'] === context.params['ref']);
      return countedList(context, 'check_runs', [...runs].reverse());
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    query: [...PAGING, 'name', 'direction'],
    handle: (context) => {
      const name = context.query.get('name');
      const artifacts = context.state.artifacts.filter(
        (a) =>
          String((a['workflow_run'] as { id?: number } | null)?.id) === context.params['run_id'] &&
          (name === null || a['name'] === name),
      );
      // Newest first unless asked otherwise, as GitHub lists them.
      const ordered = context.query.get('direction') === 'asc' ? artifacts : [...artifacts].reverse();
      return countedList(context, 'artifacts', ordered);
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    query: [],
    handle: ({ params, state }) => {
      const id = Number(params['artifact_id']);
      const artifact = state.artifacts.find((a) => a['id'] === id);
      const blob = state.artifactBlobs.get(id);
      if (!artifact || !blob || params['archive_format'] !== 'zip') return notFound();
      if (artifact['expired'] === true) return gone();
      return { status: 302, headers: { location: blob() } };
    },
  },
  {
    method: 'GET',
    template: '/repos/{owner}/{repo}/commits/{ref}/statuses',
    query: PAGING,
    handle: (context) => {
      const statuses = [...(context.state.statuses.get(context.params['ref'] ?? '') ?? [])].reverse();
      const page = paginate(context, statuses);
      return { status: 200, headers: page.headers, body: page.items };
    },
  },
];
