/**
 * Trusted publishing as PyPI does it for GitHub: an OIDC token signed by a known issuer, whose claims
 * match a configured publisher, is exchanged for a short-lived upload token. Errors use PyPI's codes.
 */
import { randomBytes, type JsonWebKey, type KeyObject } from 'node:crypto';
import { normalizeProjectName } from '../dists/index.js';
import {
  decodeJwt,
  MalformedJwtError,
  toPublicKey,
  verifyJwtSignature,
  type Claims,
  type DecodedJwt,
} from './jwt.js';

/** A trusted publisher: which workflow of which repository may publish, as configured on PyPI. */
export interface TrustedPublisher {
  /** The OIDC issuer, e.g. `https://token.actions.githubusercontent.com`. */
  issuer: string;
  /** The issuer's keys as a JWKS document (`{ keys: [...] }`), matched by `kid`. */
  jwks?: { keys: JsonWebKey[] };
  /** Or one public key (PEM or KeyObject). */
  publicKey?: string | KeyObject;
  /** `owner/name`, compared without regard to case as GitHub names are. */
  repository: string;
  /** The workflow file name, e.g. `release.yml`. */
  workflow: string;
  /** The GitHub environment the job must run in; any (or none) when absent. */
  environment?: string;
  /** The project the minted token may upload to; any project when absent. */
  project?: string;
}

/** One error in PyPI's mint-token response. */
export interface MintError {
  code: string;
  description: string;
}

/** What the mint-token endpoint answers. */
export type MintResult =
  | { status: 200; body: { success: true; token: string; expires: number } }
  | { status: 422; body: { message: 'Token request failed'; errors: MintError[] } };

/** A token minted by trusted publishing. */
export interface MintedToken {
  expires: number;
  /** Normalized project name the token is limited to, or null for any. */
  project: string | null;
  publisher: TrustedPublisher;
}

/** How long a minted token is valid, as on PyPI (seconds). */
export const MINTED_TOKEN_LIFETIME = 900;
const LEEWAY = 30;

function invalid(code: string, description: string): MintResult {
  return { status: 422, body: { message: 'Token request failed', errors: [{ code, description }] } };
}

function keysFor(publisher: TrustedPublisher, kid: unknown): KeyObject[] {
  const keys: KeyObject[] = [];
  if (publisher.publicKey) keys.push(toPublicKey(publisher.publicKey));
  for (const jwk of publisher.jwks?.keys ?? []) {
    if (
      typeof kid === 'string' &&
      (jwk as { kid?: string }).kid !== undefined &&
      (jwk as { kid?: string }).kid !== kid
    )
      continue;
    keys.push(toPublicKey(jwk));
  }
  return keys;
}

/** PyJWT's checks as warehouse configures them: iss, iat, exp, aud required; exp, nbf, iat, aud verified. */
function registeredClaimsValid(
  claims: Claims,
  issuer: string,
  audience: string,
  nowSeconds: number,
): boolean {
  for (const name of ['iss', 'iat', 'exp', 'aud']) if (claims[name] === undefined) return false;
  if (claims.iss !== issuer) return false;
  const { exp, iat, nbf, aud } = claims;
  if (typeof exp !== 'number' || exp <= nowSeconds - LEEWAY) return false;
  if (typeof iat !== 'number' || iat > nowSeconds + LEEWAY) return false;
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > nowSeconds + LEEWAY)) return false;
  // strict_aud: one audience, ours, and nothing else.
  return aud === audience;
}

function workflowOf(jobWorkflowRef: string, repository: string): string | null {
  const prefix = `${repository}/.github/workflows/`;
  if (!jobWorkflowRef.toLowerCase().startsWith(prefix.toLowerCase())) return null;
  const rest = jobWorkflowRef.slice(prefix.length);
  const at = rest.indexOf('@');
  return at < 0 ? rest : rest.slice(0, at);
}

/** Warehouse's GitHub claim checks for one publisher; a message when a check fails. */
function verifyGitHubClaims(publisher: TrustedPublisher, claims: Claims): string | null {
  for (const name of ['sub', 'repository', 'repository_owner', 'job_workflow_ref', 'ref', 'sha']) {
    if (claims[name] === undefined || claims[name] === null) return `Missing claim '${name}'`;
  }
  const sub = String(claims.sub);
  const [org, repo] = sub.split(':');
  if (!org || !repo || `${org}:${repo}`.toLowerCase() !== `repo:${publisher.repository}`.toLowerCase()) {
    return "Check failed for required claim 'sub'";
  }
  if (String(claims.repository).toLowerCase() !== publisher.repository.toLowerCase()) {
    return "Check failed for required claim 'repository'";
  }
  if (String(claims.repository_owner) !== publisher.repository.split('/')[0]) {
    return "Check failed for required claim 'repository_owner'";
  }
  const ref = claims.ref ? String(claims.ref) : '';
  const sha = claims.sha ? String(claims.sha) : '';
  if (!ref && !sha) return 'The ref and sha claims are empty';
  const base = `${publisher.repository}/.github/workflows/${publisher.workflow}`;
  const expected = [ref, sha].filter((r) => r).map((r) => `${base}@${r}`);
  const got = String(claims.job_workflow_ref);
  if (!expected.includes(got)) {
    const list = [...expected]
      .sort()
      .map((e) => `'${e}'`)
      .join(', ');
    return `The job_workflow_ref claim does not match, expecting one of [${list}], got '${got}'`;
  }
  if (publisher.environment) {
    const env = typeof claims.environment === 'string' ? claims.environment : '';
    if (!env || env.toLowerCase() !== publisher.environment.toLowerCase()) {
      return "Check failed for optional claim 'environment'";
    }
  }
  return null;
}

/** Warehouse's lookup: same repository and workflow file, the environment-specific publisher first. */
function findPublisher(publishers: TrustedPublisher[], claims: Claims): TrustedPublisher | null {
  const repository = typeof claims.repository === 'string' ? claims.repository : '';
  const jobWorkflowRef = typeof claims.job_workflow_ref === 'string' ? claims.job_workflow_ref : '';
  const workflow = workflowOf(jobWorkflowRef, repository);
  if (!repository || workflow === null) return null;
  const candidates = publishers.filter(
    (p) => p.repository.toLowerCase() === repository.toLowerCase() && workflow.startsWith(p.workflow),
  );
  const environment = typeof claims.environment === 'string' ? claims.environment.toLowerCase() : '';
  return (
    candidates.find((p) => environment && p.environment?.toLowerCase() === environment) ??
    candidates.find((p) => !p.environment) ??
    null
  );
}

/** The trusted publishing service of one index: verifies OIDC tokens and remembers the tokens it minted. */
export class TrustedPublishing {
  private readonly minted = new Map<string, MintedToken>();
  private readonly usedJtis = new Map<string, number>();

  constructor(
    readonly publishers: TrustedPublisher[],
    readonly audience: string,
    private readonly now: () => number = Date.now,
  ) {}

  /** True when at least one publisher is configured. */
  get enabled(): boolean {
    return this.publishers.length > 0;
  }

  /** Handles a `POST /_/oidc/mint-token` body. */
  mint(body: string): MintResult {
    let unverified: string;
    try {
      const payload = JSON.parse(body) as unknown;
      const token = (payload as { token?: unknown } | null)?.token;
      if (typeof token !== 'string') throw new Error('token');
      unverified = token;
    } catch {
      return invalid(
        'invalid-payload',
        "1 validation error for TokenPayload\ntoken\n  Field required: a JSON object with a string 'token'",
      );
    }
    let decoded: DecodedJwt;
    try {
      decoded = decodeJwt(unverified);
      if (typeof decoded.claims.iss !== 'string') throw new MalformedJwtError('no iss');
    } catch {
      return invalid('invalid-payload', 'malformed JWT');
    }
    const issuer = decoded.claims.iss as string;
    const forIssuer = this.publishers.filter((p) => p.issuer === issuer);
    if (forIssuer.length === 0) return invalid('invalid-payload', 'unknown trusted publishing issuer');

    const nowSeconds = Math.floor(this.now() / 1000);
    const keys = forIssuer.flatMap((p) => keysFor(p, decoded.header.kid));
    const signed = keys.some((key) => verifyJwtSignature(decoded, key));
    if (!signed || !registeredClaimsValid(decoded.claims, issuer, this.audience, nowSeconds)) {
      return invalid('invalid-token', 'malformed or invalid token');
    }
    const claims = decoded.claims;
    const publisher = findPublisher(forIssuer, claims);
    if (!publisher) {
      return invalid(
        'invalid-publisher',
        'valid token, but no corresponding publisher (All lookup strategies exhausted)',
      );
    }
    const failure = verifyGitHubClaims(publisher, claims);
    if (failure)
      return invalid('invalid-publisher', `valid token, but no corresponding publisher (${failure})`);
    if (typeof claims.jti === 'string') {
      this.forgetExpired(nowSeconds);
      if (this.usedJtis.has(claims.jti)) return invalid('invalid-reuse-token', 'invalid token: already used');
      this.usedJtis.set(claims.jti, Number(claims.exp));
    }
    const token = `pypi-${randomBytes(32).toString('base64url')}`;
    const expires = nowSeconds + MINTED_TOKEN_LIFETIME;
    this.minted.set(token, {
      expires,
      project: publisher.project ? normalizeProjectName(publisher.project) : null,
      publisher,
    });
    return { status: 200, body: { success: true, token, expires } };
  }

  /**
   * The claims of an OIDC token for `audience` signed by a configured issuer (the Sigstore stand-in's Fulcio
   * asks with `sigstore`), or why it is not one.
   */
  verifyIdToken(token: string, audience: string): Claims | string {
    let decoded: DecodedJwt;
    try {
      decoded = decodeJwt(token);
    } catch {
      return 'malformed JWT';
    }
    const issuer = typeof decoded.claims.iss === 'string' ? decoded.claims.iss : '';
    const keys = this.publishers
      .filter((p) => p.issuer === issuer)
      .flatMap((p) => keysFor(p, decoded.header.kid));
    if (keys.length === 0) return `unknown issuer ${JSON.stringify(issuer)}`;
    if (!keys.some((key) => verifyJwtSignature(decoded, key))) return 'invalid signature';
    const nowSeconds = Math.floor(this.now() / 1000);
    if (!registeredClaimsValid(decoded.claims, issuer, audience, nowSeconds))
      return `the token is expired or not for audience ${JSON.stringify(audience)}`;
    return decoded.claims;
  }

  /**
   * The minted token `password` stands for, and whether it has expired (PyPI still knows an expired token:
   * it refuses it only when checking permissions, after the form); null when it was never minted here.
   */
  lookup(password: string): (MintedToken & { expired: boolean }) | null {
    const found = this.minted.get(password);
    if (!found) return null;
    return { ...found, expired: found.expires <= Math.floor(this.now() / 1000) };
  }

  private forgetExpired(nowSeconds: number): void {
    for (const [jti, exp] of this.usedJtis) if (exp + LEEWAY < nowSeconds) this.usedJtis.delete(jti);
  }
}
