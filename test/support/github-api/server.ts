/**
 * A local HTTP server that plays GitHub's REST API for the endpoints in routes.ts. Every request is
 * matched to an operation of GitHub's official OpenAPI description and its query checked against it;
 * every response body is checked against the operation's response schema before it is sent. Anything
 * that does not fit goes to `problems` (and answers 500), so a test that reads `problems` cannot pass
 * against a stand-in that drifted from the real API.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkQuery, checkResponse, findOperation, type Operation } from './openapi.js';
import { badCredentials, requiresAuthentication, type Reply } from './replies.js';
import { ROUTES, Unimplemented, type Route } from './routes.js';
import { emptyRepo, type RepoState } from './state.js';

/** A request as the stand-in saw it. */
export interface RecordedRequest {
  operationId: string;
  method: string;
  path: string;
  query: string;
  status: number;
  /** Milliseconds since the server started. */
  at: number;
}

/** Starting options. */
export interface GithubApiOptions {
  /** The token requests must carry (`Authorization: token …` or `Bearer …`). */
  token?: string;
  /** A path prefix: '' like api.github.com, '/api/v3' like GitHub Enterprise Server. */
  prefix?: string;
  state?: RepoState;
  routes?: readonly Route[];
}

/** A running stand-in. */
export interface GithubApi {
  /** The API base URL, what GITHUB_API_URL holds. */
  url: string;
  token: string;
  state: RepoState;
  requests: RecordedRequest[];
  /** Requests and responses that did not fit GitHub's description, or that the stand-in does not model. */
  problems: string[];
  /** Answers the next `times` requests to `operationId` with `reply` (after authentication) instead of the route. */
  inject(operationId: string, reply: Reply, times?: number): void;
  /** Applies `change` to the state just before the `nth` request (1-based) to `operationId` is answered. */
  onRequest(operationId: string, nth: number, change: (state: RepoState) => void): void;
  /** How many requests `operationId` has had. */
  count(operationId: string): number;
  close(): Promise<void>;
}

interface Bound {
  route: Route;
  operation: Operation;
}

function bindRoutes(routes: readonly Route[]): Bound[] {
  return routes.map((route) => ({ route, operation: findOperation(route.method, route.template) }));
}

function send(response: ServerResponse, reply: Reply): void {
  const body = reply.body === undefined ? '' : JSON.stringify(reply.body);
  response.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-api-version-selected': '2022-11-28',
    'x-github-media-type': 'github.v3; format=json',
    ...reply.headers,
  });
  response.end(body);
}

/** Starts the stand-in on an ephemeral loopback port. */
export async function startGithubApi(options: GithubApiOptions = {}): Promise<GithubApi> {
  const token = options.token ?? `ghs_${'standin'.padEnd(36, '0')}`;
  const prefix = options.prefix ?? '';
  const bound = bindRoutes(options.routes ?? ROUTES);
  const state = options.state ?? emptyRepo();
  const requests: RecordedRequest[] = [];
  const problems: string[] = [];
  const injected = new Map<string, Reply[]>();
  const changes = new Map<string, Map<number, (state: RepoState) => void>>();
  const counts = new Map<string, number>();
  const started = performance.now();
  let base = '';

  const answer = (request: IncomingMessage, url: URL): { operationId: string; reply: Reply } => {
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : null;
    const match =
      path === null
        ? undefined
        : bound.find((b) => b.route.method === request.method && b.operation.pathRegex.test(path));
    if (!match || path === null) {
      problems.push(`no route for ${request.method} ${url.pathname}`);
      return {
        operationId: 'unrouted',
        reply: { status: 500, body: { message: 'stand-in: no such route' } },
      };
    }
    const { route, operation } = match;
    const operationId = operation.operationId;
    const nth = (counts.get(operationId) ?? 0) + 1;
    counts.set(operationId, nth);
    const authorization = request.headers.authorization ?? '';
    if (!authorization) return { operationId, reply: requiresAuthentication() };
    if (authorization.replace(/^(token|bearer) /i, '') !== token)
      return { operationId, reply: badCredentials() };
    changes.get(operationId)?.get(nth)?.(state);
    const fault = injected.get(operationId)?.shift();
    if (fault) return { operationId, reply: fault };

    for (const problem of checkQuery(operation, url.searchParams))
      problems.push(`${operationId}: ${problem}`);
    for (const name of url.searchParams.keys()) {
      if (!route.query.includes(name))
        problems.push(`${operationId}: the stand-in does not model query ${name}`);
    }
    const values = operation.pathRegex.exec(path) ?? [];
    const params = Object.fromEntries(
      operation.pathNames.map((name, index) => [name, decodeURIComponent(values[index + 1] ?? '')]),
    );
    const sameRepo =
      params['owner']?.toLowerCase() === state.repo.owner.toLowerCase() &&
      params['repo']?.toLowerCase() === state.repo.repo.toLowerCase();
    if ('owner' in params && !sameRepo)
      return { operationId, reply: { status: 404, body: { message: 'Not Found' } } };
    const pageUrl = (page: number) => {
      const next = new URL(url.pathname + url.search, base);
      next.searchParams.set('page', String(page));
      return next.toString();
    };
    return { operationId, reply: route.handle({ params, query: url.searchParams, state, pageUrl }) };
  };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    let result: { operationId: string; reply: Reply };
    try {
      result = answer(request, url);
    } catch (error) {
      const message = error instanceof Unimplemented ? error.message : String(error);
      problems.push(`${request.method} ${url.pathname}${url.search}: ${message}`);
      result = { operationId: 'failed', reply: { status: 500, body: { message: `stand-in: ${message}` } } };
    }
    const match = bound.find((b) => b.operation.operationId === result.operationId);
    if (match) {
      const mismatches = checkResponse(match.operation, result.reply.status, result.reply.body);
      problems.push(...mismatches);
      if (mismatches.length > 0)
        result.reply = { status: 500, body: { message: 'stand-in: response off the description' } };
    }
    requests.push({
      operationId: result.operationId,
      method: request.method ?? '',
      path: url.pathname,
      query: url.search,
      status: result.reply.status,
      at: performance.now() - started,
    });
    request.resume();
    request.on('end', () => send(response, result.reply));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    url: `${base}${prefix}`,
    token,
    state,
    requests,
    problems,
    inject: (operationId, reply, times = 1) => {
      const queue = injected.get(operationId) ?? [];
      for (let i = 0; i < times; i += 1) queue.push(reply);
      injected.set(operationId, queue);
    },
    onRequest: (operationId, nth, change) => {
      const byCount = changes.get(operationId) ?? new Map<number, (state: RepoState) => void>();
      byCount.set(nth, change);
      changes.set(operationId, byCount);
    },
    count: (operationId) => counts.get(operationId) ?? 0,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
