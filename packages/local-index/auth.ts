/**
 * Upload authentication as PyPI does it: HTTP Basic with user `__token__` and an API token as password (or
 * the token alone as `Bearer`/`token`). Who the caller is is decided here; what a minted token may do (its
 * project, its expiry) is decided later, after the form, as warehouse checks permissions after the form.
 */
import { timingSafeEqual } from 'node:crypto';
import type { TrustedPublisher, TrustedPublishing } from './trusted-publishing.js';

/** Who is uploading: the index's own token (a user's API token on PyPI), or a token minted for a publisher. */
export type UploadIdentity =
  | { kind: 'token' }
  | {
      kind: 'trusted-publisher';
      /** Normalized project the token is limited to; null for any. */
      project: string | null;
      expired: boolean;
      /** The publisher the token was minted for: the identity its attestations must be signed by. */
      publisher: TrustedPublisher;
    };

/** Who the caller is, or PyPI's answer when nobody is (403). */
export type AuthResult = { ok: true; identity: UploadIdentity } | { ok: false; status: 403; message: string };

const INVALID_AUTH =
  'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';
const NO_PASSWORDS =
  'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. See https://pypi.org/help/#apitoken and https://pypi.org/help/#trusted-publishers';
const NON_USER =
  "Non-user identities cannot create new projects. This was probably caused by successfully using a pending publisher but specifying the project name incorrectly (either in the publisher or in your project's metadata). Please ensure that both match. See: https://docs.pypi.org/trusted-publishers/troubleshooting/";

/** The user and password of a Basic Authorization header, or null. */
export function parseBasicAuth(header: string | undefined): { user: string; password: string } | null {
  if (!header) return null;
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(header);
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

// warehouse's macaroon policy also takes the token alone, as `Bearer <token>` or `token <token>`.
function bareToken(header: string | undefined): string | null {
  const match = /^(?:bearer|token) (.+)$/is.exec(header ?? '');
  return match?.[1] ?? null;
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Checks an upload's Authorization header; open when neither a token nor trusted publishing is configured. */
export function authenticateUpload(
  header: string | undefined,
  token: string | undefined,
  trusted: TrustedPublishing,
): AuthResult {
  if (token === undefined && !trusted.enabled) return { ok: true, identity: { kind: 'token' } };
  const credentials = parseBasicAuth(header);
  if (credentials && credentials.user !== '__token__')
    return { ok: false, status: 403, message: NO_PASSWORDS };
  // warehouse strips whitespace around the token before looking it up.
  const password = (credentials?.password ?? bareToken(header))?.trim();
  if (!password) return { ok: false, status: 403, message: INVALID_AUTH };
  if (token !== undefined && sameSecret(password, token)) return { ok: true, identity: { kind: 'token' } };
  const minted = trusted.lookup(password);
  if (!minted) return { ok: false, status: 403, message: INVALID_AUTH };
  return {
    ok: true,
    identity: {
      kind: 'trusted-publisher',
      project: minted.project,
      expired: minted.expired,
      publisher: minted.publisher,
    },
  };
}

/**
 * What warehouse says when the identity may not upload to `projectKey` (null: allowed). A minted token's
 * caveats are checked in order (its publisher's project, then expiry); a publisher's own project counts as
 * existing, as the pending publisher on PyPI created it. Only users may create projects.
 */
export function permissionProblem(
  identity: UploadIdentity,
  projectKey: string,
  project: { name: string } | null,
): { status: number; message: string } | null {
  if (identity.kind === 'token') return null;
  if (identity.project !== null && identity.project !== projectKey) {
    if (project === null) return { status: 400, message: NON_USER };
    return {
      status: 403,
      message: `Invalid API Token: OIDC scoped token is not valid for project '${project.name}'`,
    };
  }
  if (identity.expired) return { status: 403, message: 'Invalid API Token: token is expired' };
  return null;
}
