/** `startIndex`: the HTTP server on node's own `http`; `router.ts` decides which handler answers. */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PYPI_MAX_FILE_SIZE, PythonRstRenderer } from '../dists/index.js';
import { createAdmin, type IndexAdmin } from './admin-api.js';
import type { IndexContext, RequestNotes } from './context.js';
import { announceDescriptions } from './descriptions.js';
import { FaultPlan } from './faults.js';
import type { IndexOptions } from './options.js';
import { sendError } from './responses.js';
import { route } from './router.js';
import { IndexStore } from './store.js';
import { TrustedPublishing } from './trusted-publishing.js';

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

/** The parts and settings every handler shares, from the options (defaults filled in). */
function createContext(options: IndexOptions, store: IndexStore): IndexContext {
  return {
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
}

/** The HTTP server: each request routed, logged when it closes, and tracked until it finishes. */
function createIndexServer(
  ctx: IndexContext,
  admin: IndexAdmin,
  baseUrl: () => string,
  onRequest: IndexOptions['onRequest'],
): Server {
  const server = createServer((req, res) => {
    const started = performance.now();
    const notes: RequestNotes = { fault: null };
    res.on('close', () => {
      onRequest?.({
        method: req.method ?? '',
        path: req.url ?? '',
        status: res.headersSent ? res.statusCode : 0,
        contentType: (res.getHeader('content-type') as string | undefined) ?? null,
        fault: notes.fault,
        durationMs: performance.now() - started,
      });
    });
    const url = new URL(req.url ?? '/', 'http://index.invalid');
    const work = route({ ctx, admin, req, res, url, notes, baseUrl: baseUrl() }).catch((error: unknown) => {
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
  return server;
}

/**
 * Stops listening, lets requests in flight finish within a grace period, then cuts their connections
 * (an upload cut off leaves nothing behind, as after a crash) and releases the storage.
 */
async function closeIndex(server: Server, ctx: IndexContext): Promise<void> {
  const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
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
  await ctx.store.close();
}

/** Starts an index serving `options.storageDir`; see IndexOptions for everything it can do. */
export async function startIndex(options: IndexOptions): Promise<RunningIndex> {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new IndexStartError(`port must be 0-65535, got ${port}`);
  const store = await IndexStore.open(options.storageDir);
  const ctx = createContext(options, store);
  const admin = createAdmin(store);
  let baseUrl = '';
  const server = createIndexServer(ctx, admin, () => baseUrl, options.onRequest);
  let address: AddressInfo;
  try {
    address = await listen(server, host, port);
  } catch (error) {
    await store.close();
    throw error;
  }
  // Only once listening: the notice starts the renderer, a Python process an index that failed to start
  // would leave running.
  if (options.onNotice) void announceDescriptions(ctx.descriptions, options.onNotice);
  baseUrl = `http://${formatHost(host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host)}:${address.port}`;
  let closing: Promise<void> | null = null;
  return {
    url: baseUrl,
    uploadUrl: `${baseUrl}/legacy/`,
    simpleUrl: `${baseUrl}/simple/`,
    jsonUrl: `${baseUrl}/pypi/`,
    port: address.port,
    admin,
    close: () => (closing ??= closeIndex(server, ctx)),
  };
}
