/** `startIndex`: the HTTP server on node's own `http`, routing to the upload, read, OIDC and admin handlers. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PYPI_MAX_FILE_SIZE, PythonRstRenderer } from '../dists/index.js';
import { createAdmin, handleAdmin, readBody, type IndexAdmin } from './admin-api.js';
import { announceDescriptions } from './descriptions.js';
import type { IndexContext, RequestNotes } from './context.js';
import { FaultPlan } from './faults.js';
import type { IndexOptions } from './options.js';
import { handleDownload, handleJsonApi, handleSimple } from './read-api.js';
import { sendError, sendJson, sendText } from './responses.js';
import { IndexStore } from './store.js';
import { TrustedPublishing } from './trusted-publishing.js';
import { handleUpload } from './upload.js';

/** How long `close()` lets requests in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 10_000;

/** A running index. */
export interface RunningIndex {
  /** Base URL, e.g. `http://127.0.0.1:4123`. */
  url: string;
  /** Where twine uploads: `<url>/legacy/`. */
  uploadUrl: string;
  /** pip's `--index-url`: `<url>/simple/`. */
  simpleUrl: string;
  /** The JSON API root: `<url>/pypi/` (append `<project>/json`). */
  jsonUrl: string;
  port: number;
  /** Delete files, yank releases. */
  admin: IndexAdmin;
  /** Stops listening, lets uploads in progress finish, and releases the storage directory. */
  close(): Promise<void>;
}

/** Raised when the index cannot start; the message is one line naming the cause and the fix. */
export class IndexStartError extends Error {
  override name = 'IndexStartError';
}

function listen(server: ReturnType<typeof createServer>, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE')
        reject(
          new IndexStartError(
            `port ${port} on ${host} is already in use; choose another with --port (0 picks a free one)`,
          ),
        );
      else if (error.code === 'EACCES')
        reject(new IndexStartError(`not allowed to listen on ${host}:${port}; use a port above 1023`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND')
        reject(
          new IndexStartError(`cannot listen on host ${host}: no such local address; use --host 127.0.0.1`),
        );
      else reject(error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolve(server.address() as AddressInfo);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

function formatHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

/** Starts an index serving `options.storageDir`; see IndexOptions for everything it can do. */
export async function startIndex(options: IndexOptions): Promise<RunningIndex> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new IndexStartError(`port must be 0-65535, got ${port}`);
  const store = await IndexStore.open(options.storageDir);
  const ctx: IndexContext = {
    store,
    trusted: new TrustedPublishing(
      options.trustedPublishers ?? [],
      options.oidcAudience ?? 'pypi',
      options.clock,
    ),
    faults: options.faults && options.faults.rate > 0 ? new FaultPlan(options.faults) : null,
    token: options.token,
    maxFileSize: options.maxFileSize ?? PYPI_MAX_FILE_SIZE,
    visibilityDelayMs: options.visibilityDelayMs ?? 0,
    simpleFormats: options.simpleFormats ?? 'both',
    descriptions: new PythonRstRenderer(),
    inFlight: new Set(),
  };
  if (options.onNotice) void announceDescriptions(ctx.descriptions, options.onNotice);
  const admin = createAdmin(store);
  let baseUrl = '';

  const route = async (req: IncomingMessage, res: ServerResponse, notes: RequestNotes): Promise<void> => {
    const url = new URL(req.url ?? '/', 'http://index.invalid');
    const path = url.pathname;
    if (path === '/legacy/' || path === '/legacy') return handleUpload(ctx, req, res, notes);
    if (path.startsWith('/_admin/')) return handleAdmin(ctx, admin, req, res, url);
    if (path === '/_/oidc/audience') {
      if (!ctx.trusted.enabled)
        return sendJson(req, res, 403, { message: 'Trusted publishing functionality not enabled' });
      return sendJson(req, res, 200, { audience: ctx.trusted.audience });
    }
    if (path === '/_/oidc/mint-token' || path === '/_/oidc/github/mint-token') {
      if (req.method !== 'POST') return sendError(req, res, 405, 'Method Not Allowed', { Allow: 'POST' });
      const result = ctx.trusted.mint(await readBody(req, 1024 * 1024).catch(() => ''));
      return sendJson(req, res, result.status, result.body);
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      req.resume();
      return sendError(req, res, 405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    }
    const fault = ctx.faults?.next('read') ?? null;
    notes.fault = fault;
    if (fault === '503') return sendError(req, res, 503, 'Service Unavailable');
    if (fault === '429') return sendError(req, res, 429, 'Too Many Requests', { 'Retry-After': '1' });
    if (fault === 'reset') {
      req.socket.destroy();
      return;
    }
    if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, ctx.faults?.slowMs ?? 0));
    if (path === '/simple') return sendText(req, res, 301, 'text/plain', '', { Location: '/simple/' });
    if (path.startsWith('/simple/')) return handleSimple(ctx, req, res, url, baseUrl);
    if (path.startsWith('/pypi/')) return handleJsonApi(ctx, req, res, url, baseUrl);
    if (path.startsWith('/packages/')) return handleDownload(ctx, req, res, url);
    if (path === '/') {
      const text = `release-actions local index\n\nupload: ${baseUrl}/legacy/\nsimple: ${baseUrl}/simple/\njson:   ${baseUrl}/pypi/<project>/json\n`;
      return sendText(req, res, 200, 'text/plain; charset=utf-8', text);
    }
    sendError(req, res, 404, 'Not Found');
  };

  const server = createServer((req, res) => {
    const started = performance.now();
    const notes: RequestNotes = { fault: null };
    res.on('close', () => {
      options.onRequest?.({
        method: req.method ?? '',
        path: req.url ?? '',
        status: res.headersSent ? res.statusCode : 0,
        contentType: (res.getHeader('content-type') as string | undefined) ?? null,
        fault: notes.fault,
        durationMs: performance.now() - started,
      });
    });
    const work = route(req, res, notes).catch((error: unknown) => {
      if (!res.headersSent && !res.destroyed)
        sendError(req, res, 500, `Internal error: ${(error as Error).message}`);
      else res.destroy();
    });
    ctx.inFlight.add(work);
    void work.finally(() => ctx.inFlight.delete(work));
  });
  // Uploads of large files over slow links must not be cut off by node's default request timeout.
  server.requestTimeout = 0;
  server.headersTimeout = 60_000;

  let address: AddressInfo;
  try {
    address = await listen(server, host, port);
  } catch (error) {
    await store.close();
    throw error;
  }
  baseUrl = `http://${formatHost(host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host)}:${address.port}`;
  let closing: Promise<void> | null = null;
  return {
    url: baseUrl,
    uploadUrl: `${baseUrl}/legacy/`,
    simpleUrl: `${baseUrl}/simple/`,
    jsonUrl: `${baseUrl}/pypi/`,
    port: address.port,
    admin,
    close() {
      closing ??= (async () => {
        const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        // Requests in flight get a grace period to finish; then their connections are cut (an upload cut
        // off leaves nothing behind, as after a crash).
        let timer: NodeJS.Timeout | undefined;
        const grace = new Promise<void>((resolve) => {
          timer = setTimeout(resolve, CLOSE_GRACE_MS);
        });
        await Promise.race([Promise.allSettled([...ctx.inFlight]), grace]);
        clearTimeout(timer);
        server.closeAllConnections();
        await Promise.allSettled([...ctx.inFlight]);
        await stopped;
        ctx.descriptions.close();
        await store.close();
      })();
      return closing;
    },
  };
}
