/**
 * GitHub's Results service for artifacts: the Twirp methods of `github.actions.results.api.v1.ArtifactService`
 * in their JSON form, as @actions/artifact calls them (requests with proto field names, 64-bit integers as
 * strings) and answers with the same proto field names, as GitHub's service does: the client masks the
 * signature of `signed_upload_url` and `signed_url` by those names. Errors are Twirp's (`{"code", "msg"}` and the
 * code's HTTP status).
 */
import type { ArtifactStore, StoredArtifact } from './store.js';
import type { JobScope } from './runtime-token.js';

/** The Twirp service path every method lives under. */
export const TWIRP_PREFIX = '/twirp/github.actions.results.api.v1.ArtifactService/';

/** Twirp's error codes used here, with the HTTP status the protocol gives each. */
const CODES = {
  invalid_argument: 400,
  unauthenticated: 401,
  permission_denied: 403,
  not_found: 404,
  already_exists: 409,
  failed_precondition: 412,
} as const;

/** A Twirp error answer. */
export class TwirpError extends Error {
  override readonly name = 'TwirpError';
  readonly status: number;

  constructor(
    readonly code: keyof typeof CODES,
    message: string,
  ) {
    super(message);
    this.status = CODES[code];
  }
}

/** What the methods need from the service around them. */
export interface TwirpContext {
  store: ArtifactStore;
  /** Milliseconds since the epoch (a test may move it). */
  now(): number;
  /** A signed URL to upload (`cw`) or download (`r`) the artifact's blob. */
  blobUrl(artifact: StoredArtifact, permission: 'r' | 'cw'): string;
}

type Body = Record<string, unknown>;
type Method = (scope: JobScope, body: Body, context: TwirpContext) => Promise<Body>;

/** Artifact names upload-artifact v4 refuses (the service refuses them too). */
const FORBIDDEN_NAME = /[":<>|*?\r\n\\/]/;

function text(body: Body, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '')
    throw new TwirpError('invalid_argument', `${field} is required`);
  return value;
}

/** The request's run (and job) must be the token's: a job acts for itself alone. */
function checkScope(scope: JobScope, body: Body, job: boolean): void {
  if (text(body, 'workflow_run_backend_id') !== scope.runBackendId)
    throw new TwirpError('permission_denied', 'the token does not grant access to this workflow run');
  if (job && text(body, 'workflow_job_run_backend_id') !== scope.jobBackendId)
    throw new TwirpError('permission_denied', 'the token does not grant access to this job');
}

const isLive = (artifact: StoredArtifact, now: number) =>
  artifact.expiresAt === null || Date.parse(artifact.expiresAt) > now;

/** An artifact as ListArtifacts answers (MonolithArtifact). */
function listed(artifact: StoredArtifact): Body {
  return {
    workflow_run_backend_id: artifact.runBackendId,
    workflow_job_run_backend_id: artifact.jobBackendId,
    database_id: String(artifact.id),
    name: artifact.name,
    size: String(artifact.size),
    created_at: artifact.createdAt,
    ...(artifact.digest ? { digest: artifact.digest } : {}),
  };
}

const createArtifact: Method = async (scope, body, context) => {
  checkScope(scope, body, true);
  const name = text(body, 'name');
  if (FORBIDDEN_NAME.test(name))
    throw new TwirpError(
      'invalid_argument',
      `artifact name ${JSON.stringify(name)} has a forbidden character`,
    );
  const taken = context.store
    .all()
    .some((a) => a.runId === scope.runId && a.attempt === scope.attempt && a.name === name);
  if (taken)
    throw new TwirpError('already_exists', 'an artifact with this name already exists on the workflow run');
  const expiresAt = typeof body['expires_at'] === 'string' ? body['expires_at'] : null;
  const mimeType = typeof body['mime_type'] === 'string' ? body['mime_type'] : 'application/zip';
  const createdAt = new Date(context.now()).toISOString();
  const artifact = await context.store.create(scope, { name, mimeType, createdAt, expiresAt });
  return { ok: true, signed_upload_url: context.blobUrl(artifact, 'cw') };
};

const finalizeArtifact: Method = async (scope, body, context) => {
  checkScope(scope, body, true);
  const name = text(body, 'name');
  const artifact = context.store
    .all()
    .find((a) => a.jobBackendId === scope.jobBackendId && a.name === name && a.state !== 'finalized');
  if (!artifact) throw new TwirpError('not_found', `no artifact ${name} is being uploaded by this job`);
  if (artifact.state !== 'uploaded')
    throw new TwirpError('failed_precondition', `artifact ${name} has no committed blob yet`);
  if (String(body['size'] ?? '0') !== String(artifact.size))
    throw new TwirpError(
      'invalid_argument',
      `size ${String(body['size'])} does not match the ${artifact.size} bytes stored`,
    );
  const hash = body['hash'];
  if (typeof hash === 'string' && hash !== artifact.digest)
    throw new TwirpError(
      'invalid_argument',
      `hash ${hash} does not match the stored blob's ${artifact.digest}`,
    );
  await context.store.update(artifact, { state: 'finalized' });
  return { ok: true, artifact_id: String(artifact.id) };
};

const listArtifacts: Method = async (scope, body, context) => {
  checkScope(scope, body, false);
  const nameFilter = typeof body['name_filter'] === 'string' ? body['name_filter'] : null;
  const idFilter = body['id_filter'] === undefined ? null : String(body['id_filter']);
  const artifacts = context.store
    .all()
    .filter(
      (a) =>
        a.runId === scope.runId &&
        a.state === 'finalized' &&
        isLive(a, context.now()) &&
        (nameFilter === null || a.name === nameFilter) &&
        (idFilter === null || String(a.id) === idFilter),
    );
  return { artifacts: artifacts.map(listed) };
};

/** The finalized artifact a request names by its job's backend id and name, in the token's run. */
function named(scope: JobScope, body: Body, context: TwirpContext): StoredArtifact {
  checkScope(scope, body, false);
  const name = text(body, 'name');
  const job = text(body, 'workflow_job_run_backend_id');
  const artifact = context.store
    .all()
    .reverse()
    .find(
      (a) => a.runId === scope.runId && a.jobBackendId === job && a.name === name && a.state === 'finalized',
    );
  if (!artifact || !isLive(artifact, context.now()))
    throw new TwirpError('not_found', `no artifact ${name} in this workflow run`);
  return artifact;
}

const getSignedArtifactUrl: Method = async (scope, body, context) => ({
  signed_url: context.blobUrl(named(scope, body, context), 'r'),
});

const deleteArtifact: Method = async (scope, body, context) => {
  const artifact = named(scope, body, context);
  await context.store.remove(artifact);
  return { ok: true, artifact_id: String(artifact.id) };
};

/** The service's methods by name. */
export const METHODS: Readonly<Record<string, Method>> = {
  CreateArtifact: createArtifact,
  FinalizeArtifact: finalizeArtifact,
  ListArtifacts: listArtifacts,
  GetSignedArtifactURL: getSignedArtifactUrl,
  DeleteArtifact: deleteArtifact,
};
