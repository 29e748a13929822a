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
import { SIGSTORE_TRUST_FILE, SigstoreService } from './sigstore-service.js';
import { TrustedPublishing } from './trusted-publishing.js';
import { UPLOAD_HELD_BOUND } from './upload.js';
import { UploadSlots, type UploadLoad } from './upload-slots.js';

/** How long `close()` lets requests in flight finish before cutting their connections. */
const CLOSE_GRACE_MS = 10_000;
/** Defaults of the load limits (IndexOptions). */
const LOAD_DEFAULTS = {
  maxConcurrentUploads: 32,
  idleTimeoutMs: 60_000,
  requestTimeoutMs: 15 * 60_000,
} as const;

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
  /** The index's account of its uploads: how many at once, how many refused, the memory they hold. */
  load(): UploadLoad;
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

/** The load limits, defaults filled in; a value that is no positive whole number stops the start. */
function loadLimits(options: IndexOptions): typeof LOAD_DEFAULTS {
  const limits = { ...LOAD_DEFAULTS };
  for (const key of Object.keys(limits) as (keyof typeof LOAD_DEFAULTS)[]) {
    const value = options[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value < 1)
      throw new IndexStartError(`${key} must be a positive whole number, got ${value}`);
    (limits as Record<string, number>)[key] = value;
  }
  return limits;
}

/** The parts and settings every handler shares, from the options (defaults filled in). */
function createContext(options: IndexOptions, store: IndexStore, limits: typeof LOAD_DEFAULTS): IndexContext {
  const trusted = new TrustedPublishing(
    options.trustedPublishers ?? [],
    options.oidcAudience ?? 'pypi',
    options.clock,
  );
  return {
    store,
    trusted,
    sigstore: new SigstoreService(
      trusted,
      store.absolute(SIGSTORE_TRUST_FILE),
      options.sigstoreCertificateTime,
    ),
    faults: options.faults && options.faults.rate > 0 ? new FaultPlan(options.faults) : null,
    token: options.token,
    maxFileSize: options.maxFileSize ?? PYPI_MAX_FILE_SIZE,
    visibilityDelayMs: options.visibilityDelayMs ?? 0,
    simpleFormats: options.simpleFormats ?? 'both',
    descriptions: new PythonRstRenderer(),
    inFlight: new Set(),
    uploads: new UploadSlots(limits.maxConcurrentUploads, UPLOAD_HELD_BOUND),
    idleTimeoutMs: limits.idleTimeoutMs,
    now: options.clock ?? Date.now,
  };
}

/** The HTTP server: each request routed, logged when it closes, and tracked until it finishes. */
function createIndexServer(
  ctx: IndexContext,
  admin: IndexAdmin,
  baseUrl: () => string,
  onRequest: IndexOptions['onRequest'],
  requestTimeoutMs: number,
): Server {
  // Node checks the request timeout on this interval: a tenth of it keeps the overrun small.
  const checking = Math.max(50, Math.min(30_000, Math.floor(requestTimeoutMs / 10)));
  const timeouts = {
    requestTimeout: requestTimeoutMs,
    headersTimeout: Math.min(60_000, requestTimeoutMs),
    connectionsCheckingInterval: checking,
  };
  const server = createServer(timeouts, (req, res) => {
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
  // A silent connection is closed (node destroys the socket): a stalled upload frees its slot.
  server.timeout = ctx.idleTimeoutMs;
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
  const limits = loadLimits(options);
  const store = await IndexStore.open(options.storageDir, options.storageSystem);
  const ctx = createContext(options, store, limits);
  const admin = createAdmin(store);
  let baseUrl = '';
  const server = createIndexServer(ctx, admin, () => baseUrl, options.onRequest, limits.requestTimeoutMs);
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
  ctx.sigstore.baseUrl = baseUrl;
  let closing: Promise<void> | null = null;
  return {
    url: baseUrl,
    uploadUrl: `${baseUrl}/legacy/`,
    simpleUrl: `${baseUrl}/simple/`,
    jsonUrl: `${baseUrl}/pypi/`,
    port: address.port,
    admin,
    load: () => ctx.uploads.snapshot(),
    close: () => (closing ??= closeIndex(server, ctx)),
  };
}
