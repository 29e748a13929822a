/**
 * ACTIONS_RUNTIME_TOKEN as the artifact service issues and reads it: a JWT whose `scp` claim carries
 * `Actions.Results:<run backend id>:<job backend id>`, which @actions/artifact decodes (without checking the
 * signature) to name the run and job in every request. Here it is signed with HMAC-SHA256 under a key of the
 * running service, so a request with a forged or foreign token is refused as GitHub refuses it.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Who a token speaks for: one job of one attempt of a workflow run. */
export interface JobIdentity {
  runId: number;
  attempt: number;
  /** The job's name (for people; the backend id is what requests carry). */
  job: string;
}

/** A job identity with the backend ids the Results service knows it by. */
export interface JobScope extends JobIdentity {
  runBackendId: string;
  jobBackendId: string;
}

const RUN_PREFIX = '00000000-0000-4000-8000-';

/** The run's backend id: a UUID that spells the run id, so stored artifacts stay readable across restarts. */
export function runBackendId(runId: number): string {
  return `${RUN_PREFIX}${runId.toString(16).padStart(12, '0')}`;
}

/** A job's backend id: a UUID derived from run, attempt and job name (the same job gets the same id). */
export function jobBackendId(identity: JobIdentity): string {
  const hex = createHmac('sha256', 'job')
    .update(`${identity.runId}/${identity.attempt}/${identity.job}`)
    .digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The backend ids of a job. */
export function scopeOf(identity: JobIdentity): JobScope {
  return { ...identity, runBackendId: runBackendId(identity.runId), jobBackendId: jobBackendId(identity) };
}

/** Signs and reads runtime tokens with one key per running service. */
export class RuntimeTokens {
  private readonly key = randomBytes(32);

  /** A token for `identity`, valid for `lifetimeSeconds` from `now` (ms). */
  issue(identity: JobIdentity, now: number, lifetimeSeconds = 6 * 3600): string {
    const scope = scopeOf(identity);
    const iat = Math.floor(now / 1000);
    const claims = {
      scp: `Actions.ExampleScope Actions.Results:${scope.runBackendId}:${scope.jobBackendId}`,
      run: identity.runId,
      attempt: identity.attempt,
      job: identity.job,
      iat,
      nbf: iat,
      exp: iat + lifetimeSeconds,
    };
    const body = `${encode({ alg: 'HS256', typ: 'JWT' })}.${encode(claims)}`;
    return `${body}.${this.sign(body)}`;
  }

  /** The scope of a token this service issued and that has not expired at `now` (ms); null otherwise. */
  verify(token: string, now: number): JobScope | null {
    const [header, payload, signature, extra] = token.split('.');
    if (!header || !payload || !signature || extra !== undefined) return null;
    const expected = Buffer.from(this.sign(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (typeof claims['exp'] !== 'number' || claims['exp'] * 1000 <= now) return null;
    const identity = {
      runId: Number(claims['run']),
      attempt: Number(claims['attempt']),
      job: String(claims['job']),
    };
    return scopeOf(identity);
  }

  private sign(body: string): string {
    return createHmac('sha256', this.key).update(body).digest('base64url');
  }
}

function encode(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
