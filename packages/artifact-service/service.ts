/**
 * A local stand-in for GitHub's artifact service (the Results API's Twirp methods and the blob storage behind
 * its signed URLs), faithful enough that the official @actions/artifact client uploads to it and downloads
 * from it unchanged. Tests start one per case; `release-actions run` serves one to the actions it runs.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { BLOB_PREFIX, blobPathOf, handleBlob } from './blobs.js';
import { FaultQueue, type BlobFault } from './faults.js';
import { RuntimeTokens, scopeOf, type JobIdentity } from './runtime-token.js';
import { UrlSigner } from './signed-urls.js';
import { ArtifactStore, type StoredArtifact } from './store.js';
import { METHODS, TWIRP_PREFIX, TwirpError, type TwirpContext } from './twirp.js';

/** How to start the service. */
export interface ArtifactServiceOptions {
  /** Where artifacts are kept; what an earlier service left there is served again. */
  storageDir: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 0: a free port. */
  port?: number;
  /** How long a signed blob URL stays valid (default one hour, as GitHub's). */
  signedUrlLifetimeMs?: number;
  /** The clock (ms since the epoch); tests move it to expire URLs and artifacts. */
  now?: () => number;
}

/** One request as the service answered it. */
export interface ServiceRequest {
  /** The Twirp method, or `blob GET` / `blob PUT <comp>`. */
  operation: string;
  status: number;
}

/** A running artifact service. */
export interface ArtifactService {
  /** The base URL, what ACTIONS_RESULTS_URL holds. */
  url: string;
  storageDir: string;
  /** The environment a runner gives a job's steps to reach the service: ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN, … */
  jobEnv(job?: Partial<JobIdentity>): Record<string, string>;
  /** Finalized artifacts, oldest first; of one run when `runId` is given. */
  artifacts(runId?: number): StoredArtifact[];
  /** Stores a finalized artifact directly (a zip built by a test, or one another run uploaded). */
  addArtifact(job: Partial<JobIdentity> & { name: string }, zip: Buffer): Promise<StoredArtifact>;
  /** A signed download URL of an artifact, as the REST API's download redirect gives. */
  downloadUrl(artifactId: number): string;
  /** Faults for the next `times` blob downloads (or signed download URLs). */
  inject(fault: BlobFault, times?: number): void;
  requests: ServiceRequest[];
  close(): Promise<void>;
}

const HOUR = 3600_000;
const MAX_TWIRP_BODY = 1 << 20;

function identity(job: Partial<JobIdentity> = {}): JobIdentity {
  return { runId: job.runId ?? 1, attempt: job.attempt ?? 1, job: job.job ?? 'build' };
}

async function readJson(request: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > MAX_TWIRP_BODY) throw new TwirpError('invalid_argument', 'request body too large');
    chunks.push(chunk as Buffer);
  }
  try {
    const value: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    if (typeof value === 'object' && value !== null && !Array.isArray(value))
      return value as Record<string, unknown>;
  } catch {
    // answered below
  }
  throw new TwirpError('invalid_argument', 'the body is not a JSON object');
}

function sendJson(response: ServerResponse, status: number, body: unknown): number {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
  return status;
}

/** Answers one Twirp call; resolves with the status sent. */
async function handleTwirp(
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  tokens: RuntimeTokens,
  context: TwirpContext,
): Promise<number> {
  try {
    const rpc = METHODS[method];
    if (request.method !== 'POST' || !rpc) throw new TwirpError('not_found', `no method ${method}`);
    const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1] ?? '';
    const scope = tokens.verify(bearer, context.now());
    if (!scope) throw new TwirpError('unauthenticated', 'the runtime token is missing, invalid or expired');
    return sendJson(response, 200, await rpc(scope, await readJson(request), context));
  } catch (error) {
    if (!(error instanceof TwirpError)) throw error;
    return sendJson(response, error.status, { code: error.code, msg: error.message });
  }
}

/** Everything one running service holds. */
interface State {
  store: ArtifactStore;
  tokens: RuntimeTokens;
  signer: UrlSigner;
  faults: FaultQueue;
  requests: ServiceRequest[];
  now: () => number;
  lifetime: number;
  /** `http://host:port`, known once listening. */
  base: string;
}

/** A signed URL of an artifact's blob; a download URL is born expired when a test asked for that. */
function blobUrl(state: State, artifact: StoredArtifact, permission: 'r' | 'cw'): string {
  const expired = permission === 'r' && state.faults.nextUrlExpired();
  const expiry = expired ? state.now() - 1000 : state.now() + state.lifetime;
  return state.signer.sign(`${state.base}${blobPathOf(artifact)}`, permission, expiry);
}

async function answer(state: State, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = new URL(request.url ?? '/', state.base);
  let operation = `${request.method} ${url.pathname}`;
  let status: number;
  if (url.pathname.startsWith(TWIRP_PREFIX)) {
    operation = url.pathname.slice(TWIRP_PREFIX.length);
    const context: TwirpContext = {
      store: state.store,
      now: state.now,
      blobUrl: (artifact, permission) => blobUrl(state, artifact, permission),
    };
    status = await handleTwirp(request, response, operation, state.tokens, context);
  } else if (url.pathname.startsWith(BLOB_PREFIX)) {
    const comp = url.searchParams.get('comp');
    operation = `blob ${request.method}${comp ? ` ${comp}` : ''}`;
    status = await handleBlob(request, response, url, state);
  } else status = sendJson(response, 404, { code: 'bad_route', msg: `no route ${url.pathname}` });
  state.requests.push({ operation, status });
}

/** The service's face for its owner: the job environment, seeding, inspection, faults. */
function serviceApi(state: State, storageDir: string, close: () => Promise<void>): ArtifactService {
  return {
    url: `${state.base}/`,
    storageDir,
    jobEnv: (job) => {
      const who = identity(job);
      return {
        ACTIONS_RESULTS_URL: `${state.base}/`,
        ACTIONS_RUNTIME_URL: `${state.base}/`,
        ACTIONS_RUNTIME_TOKEN: state.tokens.issue(who, state.now()),
        GITHUB_RUN_ID: String(who.runId),
        GITHUB_RUN_ATTEMPT: String(who.attempt),
      };
    },
    artifacts: (runId) =>
      state.store.all().filter((a) => a.state === 'finalized' && (runId === undefined || a.runId === runId)),
    addArtifact: async (job, zip) => {
      const createdAt = new Date(state.now()).toISOString();
      const fields = { name: job.name, mimeType: 'application/zip', createdAt, expiresAt: null };
      const artifact = await state.store.create(scopeOf(identity(job)), fields);
      await state.store.putBlob(artifact, zip);
      return artifact;
    },
    downloadUrl: (artifactId) => {
      const artifact = state.store.get(artifactId);
      if (!artifact) throw new Error(`no artifact ${artifactId}`);
      return blobUrl(state, artifact, 'r');
    },
    inject: (fault, times) => state.faults.add(fault, times),
    requests: state.requests,
    close,
  };
}

/** Starts the service; it listens until `close()`. */
export async function startArtifactService(options: ArtifactServiceOptions): Promise<ArtifactService> {
  const state: State = {
    store: await ArtifactStore.open(options.storageDir),
    tokens: new RuntimeTokens(),
    signer: new UrlSigner(),
    faults: new FaultQueue(),
    requests: [],
    now: options.now ?? Date.now,
    lifetime: options.signedUrlLifetimeMs ?? HOUR,
    base: '',
  };
  const server = createServer((request, response) => {
    answer(state, request, response).catch((error: Error) => {
      state.requests.push({ operation: `${request.method} ${request.url}`, status: 500 });
      if (!response.headersSent) sendJson(response, 500, { code: 'internal', msg: error.message });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve);
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  state.base = `http://${host}:${address.port}`;
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return serviceApi(state, options.storageDir, close);
}
