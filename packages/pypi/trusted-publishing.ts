/**
 * Trusted publishing: exchange the runner's OIDC token for a short-lived PyPI API token
 * (GET /_/oidc/audience, then POST /_/oidc/mint-token), and a source that renews it before it expires.
 */
import { apiTokenAuth, type AuthSource } from './auth.js';
import { defaultHttpClient } from './default-client.js';
import { NetworkError, PypiError } from './errors.js';
import type { HttpClient, HttpResponse } from './http-client.js';
import type { BasicAuth, IndexUrls } from './index-urls.js';
import { decodeOidcClaims, type OidcClaims } from './oidc-claims.js';
import { redact, registerSecret } from '../secrets/index.js';
import { parseRetryAfter, systemClock, withRetries, type Clock, type RetryContext } from './retry.js';
import { bodyText, responseMessage } from './upload-outcome.js';

/** Fetches the runner's OIDC token for an audience (the action shell wraps core.getIDToken). */
export type GetIdToken = (audience: string) => Promise<string>;

/** A minted API token and when PyPI says it expires (epoch ms). */
export interface MintedToken {
  token: string;
  expiresAt: number;
}

/** One error PyPI returned from mint-token (`invalid-publisher`, `invalid-token`, `not-enabled`, …). */
export interface MintError {
  code: string;
  description: string;
}

/** Trusted publishing failed; carries what the job summary needs to explain why. */
export class TrustedPublishingError extends PypiError {
  constructor(
    message: string,
    /** The step that failed. */
    readonly stage: 'audience' | 'id-token' | 'mint',
    /** PyPI's error codes and descriptions (mint stage). */
    readonly errors: MintError[],
    /** Unverified claims of the OIDC token, to compare with the publisher configured on PyPI. */
    readonly claims: OidcClaims | null,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** What minting needs. */
export interface MintOptions extends RetryContext {
  urls: IndexUrls;
  getIdToken: GetIdToken;
  client?: HttpClient;
}

// PyPI's minted tokens live 15 minutes; older servers do not say so in the response.
const DEFAULT_LIFETIME_MS = 15 * 60_000;

/** Exchange an OIDC token for an API token; the OIDC and API tokens are registered for redaction. */
export async function mintToken(options: MintOptions): Promise<MintedToken> {
  const client = options.client ?? defaultHttpClient();
  const clock = options.clock ?? systemClock;
  const audience = await fetchAudience(options.urls, client, options);

  type Attempt = { minted?: MintedToken; retry?: string; retryAfterMs?: number };
  const { result } = await withRetries<Attempt>(
    async () => {
      // A fresh OIDC token per attempt: PyPI refuses a token whose jti it has seen (invalid-reuse-token),
      // and a lost response may hide that the previous one was spent.
      const idToken = await getIdToken(options.getIdToken, audience);
      const issuedAt = clock.now();
      let response: HttpResponse;
      try {
        response = await client.request({
          method: 'POST',
          url: options.urls.oidcMintToken,
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: Buffer.from(JSON.stringify({ token: idToken }), 'utf8'),
        });
      } catch (err) {
        if (err instanceof NetworkError) return { retry: err.message };
        throw err;
      }
      if (response.status === 429 || response.status >= 500) {
        const retryAfterMs = parseRetryAfter(response.headers['retry-after'], clock.now());
        return { retry: `POST ${options.urls.oidcMintToken}: ${responseMessage(response)}`, retryAfterMs };
      }
      return { minted: parseMintResponse(response, idToken, issuedAt) };
    },
    (attempt) =>
      attempt.retry === undefined
        ? { retry: false }
        : attempt.retryAfterMs === undefined
          ? { retry: true, reason: attempt.retry }
          : { retry: true, reason: attempt.retry, retryAfterMs: attempt.retryAfterMs },
    options,
  );
  if (!result.minted) {
    throw new TrustedPublishingError(
      `trusted publishing: ${result.retry ?? 'mint-token failed'}`,
      'mint',
      [],
      null,
    );
  }
  return result.minted;
}

async function fetchAudience(urls: IndexUrls, client: HttpClient, retry: RetryContext): Promise<string> {
  const url = urls.oidcAudience;
  type Attempt = { response?: HttpResponse; error?: NetworkError };
  const { result } = await withRetries<Attempt>(
    async () => {
      try {
        return {
          response: await client.request({ method: 'GET', url, headers: { Accept: 'application/json' } }),
        };
      } catch (err) {
        if (err instanceof NetworkError) return { error: err };
        throw err;
      }
    },
    ({ response, error }) =>
      error
        ? { retry: true, reason: error.message }
        : response && (response.status === 429 || response.status >= 500)
          ? { retry: true, reason: `GET ${url}: ${responseMessage(response)}` }
          : { retry: false },
    retry,
  );
  if (result.error)
    throw new TrustedPublishingError(`trusted publishing: ${result.error.message}`, 'audience', [], null);
  const response = result.response as HttpResponse;
  const audience =
    response.status === 200 ? (jsonOf(response) as { audience?: unknown } | null)?.audience : undefined;
  if (typeof audience !== 'string' || audience === '') {
    const hint =
      response.status === 404
        ? ': this index does not offer trusted publishing'
        : response.status === 403
          ? ': this index does not accept trusted publishing'
          : '';
    throw new TrustedPublishingError(
      `trusted publishing: GET ${url} gave no audience (${responseMessage(response)})${hint}`,
      'audience',
      [],
      null,
      response.status,
    );
  }
  return audience;
}

async function getIdToken(get: GetIdToken, audience: string): Promise<string> {
  let token: string;
  try {
    token = await get(audience);
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    throw new TrustedPublishingError(
      `trusted publishing: could not get an OIDC token for audience '${audience}': ${detail}. ` +
        "The job needs 'permissions: id-token: write'.",
      'id-token',
      [],
      null,
      undefined,
      { cause: err },
    );
  }
  if (!token)
    throw new TrustedPublishingError(
      `trusted publishing: the OIDC token for '${audience}' is empty`,
      'id-token',
      [],
      null,
    );
  registerSecret(token);
  return token;
}

function parseMintResponse(response: HttpResponse, idToken: string, issuedAt: number): MintedToken {
  const json = jsonOf(response) as {
    token?: unknown;
    expires?: unknown;
    message?: unknown;
    errors?: unknown;
  } | null;
  if (response.status === 200 && typeof json?.token === 'string' && json.token) {
    // Register before anything else can print it.
    apiTokenAuth(json.token);
    registerSecret(json.token);
    const expiresAt = typeof json.expires === 'number' ? json.expires * 1000 : issuedAt + DEFAULT_LIFETIME_MS;
    return { token: json.token, expiresAt };
  }
  const errors = mintErrors(json?.errors);
  const claims = decodeOidcClaims(idToken);
  const summary =
    errors.length > 0
      ? errors.map((e) => `${e.code}: ${e.description}`).join('; ')
      : typeof json?.message === 'string'
        ? json.message
        : bodyText(response) || response.reason;
  throw new TrustedPublishingError(
    `trusted publishing: PyPI refused the OIDC token (${response.status}): ${summary}${describeClaims(claims)}`,
    'mint',
    errors,
    claims,
    response.status,
  );
}

function mintErrors(value: unknown): MintError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: { code?: unknown; description?: unknown }) =>
    typeof e?.code === 'string'
      ? [{ code: e.code, description: redact(typeof e.description === 'string' ? e.description : '') }]
      : [],
  );
}

/** The claims a trusted publisher is matched on, as one clause for the error message. */
function describeClaims(claims: OidcClaims | null): string {
  if (!claims) return '';
  const parts = (['repository', 'workflow_ref', 'ref', 'environment', 'event_name'] as const)
    .filter((key) => claims[key] !== undefined)
    .map((key) => `${key}=${String(claims[key])}`);
  return parts.length > 0 ? ` [token claims: ${parts.join(', ')}]` : '';
}

function jsonOf(response: HttpResponse): unknown {
  try {
    return JSON.parse(response.body.toString('utf8'));
  } catch {
    return null;
  }
}

/** Options of a renewing token source. */
export interface TokenSourceOptions extends MintOptions {
  /** Mint anew when less than this remains (default 2 minutes). */
  refreshBeforeMs?: number;
}

/** Hands out a minted token as upload credentials, minting again when it is about to expire. */
export class TokenSource implements AuthSource {
  private current: MintedToken | undefined;
  private pending: Promise<MintedToken> | undefined;
  private readonly clock: Clock;
  private readonly refreshBeforeMs: number;

  constructor(private readonly options: TokenSourceOptions) {
    this.clock = options.clock ?? systemClock;
    this.refreshBeforeMs = options.refreshBeforeMs ?? 2 * 60_000;
  }

  /** The current API token, minting when there is none or it expires within `refreshBeforeMs`. */
  async getToken(): Promise<MintedToken> {
    if (this.current && this.current.expiresAt - this.clock.now() > this.refreshBeforeMs) return this.current;
    // Concurrent uploads share one exchange.
    this.pending ??= mintToken(this.options).finally(() => {
      this.pending = undefined;
    });
    this.current = await this.pending;
    return this.current;
  }

  /** Upload credentials: `__token__` and the current token. */
  async getAuth(): Promise<BasicAuth> {
    return apiTokenAuth((await this.getToken()).token);
  }
}
