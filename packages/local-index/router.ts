/**
 * Which handler serves a request, as a table: one line per route, first match wins. Reads (GET and HEAD
 * only) go through the fault plan first; everything else handles its own methods. `findRoute` is the
 * table's whole decision, testable without a socket.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleAdmin, readBody, type IndexAdmin } from './admin-api.js';
import type { IndexContext, RequestNotes } from './context.js';
import { handleProvenance } from './provenance-api.js';
import { handleDownload, handleJsonApi, handleSimple } from './read-api.js';
import { SIGSTORE_PREFIX } from './sigstore-service.js';
import { sendError, sendJson, sendText } from './responses.js';
import { sendErrorUnread } from './unread-body.js';
import { handleUpload } from './upload.js';

/** Everything a handler gets for one request. */
export interface RouteRequest {
  ctx: IndexContext;
  admin: IndexAdmin;
  req: IncomingMessage;
  res: ServerResponse;
  url: URL;
  notes: RequestNotes;
  /** The index's base URL, for the links it serves. */
  baseUrl: string;
}

type Handler = (r: RouteRequest) => Promise<void> | void;

/** One route: the paths it serves, and whether it is a read (GET/HEAD, faults apply). */
export interface Route {
  name: string;
  matches(path: string): boolean;
  read: boolean;
  handle: Handler;
}

const exactly =
  (...paths: string[]) =>
  (path: string): boolean =>
    paths.includes(path);
const under =
  (prefix: string) =>
  (path: string): boolean =>
    path.startsWith(prefix);

const upload: Handler = ({ ctx, req, res, notes }) => handleUpload(ctx, req, res, notes);
const admin: Handler = ({ ctx, admin, req, res, url }) => handleAdmin(ctx, admin, req, res, url);
const audience: Handler = ({ ctx, req, res }) =>
  ctx.trusted.enabled
    ? sendJson(req, res, 200, { audience: ctx.trusted.audience })
    : sendJson(req, res, 403, { message: 'Trusted publishing functionality not enabled' });
const mintToken: Handler = async ({ ctx, req, res }) => {
  if (req.method !== 'POST') return sendError(req, res, 405, 'Method Not Allowed', { Allow: 'POST' });
  const result = ctx.trusted.mint(await readBody(req, 1024 * 1024).catch(() => ''));
  sendJson(req, res, result.status, result.body);
};
/** The Sigstore stand-in: its trust root, Fulcio and Rekor (only with trusted publishing, as on PyPI). */
const sigstore: Handler = async ({ ctx, req, res, url }) => {
  if (!ctx.sigstore.enabled) return sendError(req, res, 404, 'Not Found');
  const path = url.pathname.slice(SIGSTORE_PREFIX.length);
  const standIn = await ctx.sigstore.standIn();
  if (path === '/trusted_root.json' && (req.method === 'GET' || req.method === 'HEAD'))
    return sendJson(req, res, 200, standIn.trustedRoot);
  if (req.method !== 'POST') return sendError(req, res, 405, 'Method Not Allowed', { Allow: 'POST' });
  const answer = standIn.handle(path, await readBody(req, 1024 * 1024).catch(() => ''));
  if (!answer) return sendError(req, res, 404, 'Not Found');
  const { status, body, contentType } = await answer;
  // Sigstore's clients report an error by its status line: the reason says what was wrong.
  if (status >= 400) return sendError(req, res, status, body);
  sendText(req, res, status, contentType, body);
};
const simpleRedirect: Handler = ({ req, res }) =>
  sendText(req, res, 301, 'text/plain', '', { Location: '/simple/' });
const home: Handler = ({ req, res, baseUrl }) =>
  sendText(
    req,
    res,
    200,
    'text/plain; charset=utf-8',
    `release-actions local index\n\nupload: ${baseUrl}/legacy/\nsimple: ${baseUrl}/simple/\njson:   ${baseUrl}/pypi/<project>/json\n`,
  );

/** The index's routes, in order. */
export const ROUTES: readonly Route[] = [
  { name: 'upload', matches: exactly('/legacy/', '/legacy'), read: false, handle: upload },
  { name: 'admin', matches: under('/_admin/'), read: false, handle: admin },
  { name: 'oidc-audience', matches: exactly('/_/oidc/audience'), read: false, handle: audience },
  {
    name: 'mint-token',
    matches: exactly('/_/oidc/mint-token', '/_/oidc/github/mint-token'),
    read: false,
    handle: mintToken,
  },
  { name: 'sigstore', matches: under(`${SIGSTORE_PREFIX}/`), read: false, handle: sigstore },
  {
    name: 'integrity',
    matches: under('/integrity/'),
    read: true,
    handle: (r) => handleProvenance(r.ctx, r.req, r.res, r.url),
  },
  { name: 'simple-root', matches: exactly('/simple'), read: true, handle: simpleRedirect },
  {
    name: 'simple',
    matches: under('/simple/'),
    read: true,
    handle: (r) => handleSimple(r.ctx, r.req, r.res, r.url, r.baseUrl),
  },
  {
    name: 'json',
    matches: under('/pypi/'),
    read: true,
    handle: (r) => handleJsonApi(r.ctx, r.req, r.res, r.url, r.baseUrl),
  },
  {
    name: 'download',
    matches: under('/packages/'),
    read: true,
    handle: (r) => handleDownload(r.ctx, r.req, r.res, r.url),
  },
  { name: 'home', matches: exactly('/'), read: true, handle: home },
];

/** The route for `path`, or null (404). */
export function findRoute(path: string, routes: readonly Route[] = ROUTES): Route | null {
  return routes.find((route) => route.matches(path)) ?? null;
}

/** Draws a read's fault: true when the fault was the answer (503, 429, a reset), after a delay if slow. */
async function answeredByFault(r: RouteRequest): Promise<boolean> {
  const fault = r.ctx.faults?.next('read') ?? null;
  r.notes.fault = fault;
  switch (fault) {
    case '503':
      sendError(r.req, r.res, 503, 'Service Unavailable');
      return true;
    case '429':
      sendError(r.req, r.res, 429, 'Too Many Requests', { 'Retry-After': '1' });
      return true;
    case 'reset':
      r.req.socket.destroy();
      return true;
    case 'slow':
      await new Promise((resolve) => setTimeout(resolve, r.ctx.faults?.slowMs ?? 0));
      return false;
    default:
      return false;
  }
}

/** Serves one request by the table. */
export async function route(r: RouteRequest): Promise<void> {
  const found = findRoute(r.url.pathname);
  if (found?.read !== false) {
    if (r.req.method !== 'GET' && r.req.method !== 'HEAD') {
      return sendErrorUnread(r.req, r.res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    }
    if (await answeredByFault(r)) return;
  }
  if (!found) return sendErrorUnread(r.req, r.res, 404, 'Not Found');
  await found.handle(r);
}
