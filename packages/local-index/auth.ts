/** Upload authentication as PyPI does it: HTTP Basic with user `__token__` and an API token as password. */
import { timingSafeEqual } from 'node:crypto';
import type { TrustedPublishing } from './trusted-publishing.js';

/** Who may upload what, or why not (PyPI's status and message). */
export type AuthResult = { ok: true; project: string | null } | { ok: false; status: 403; message: string };

const INVALID_AUTH =
  'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';
const NO_PASSWORDS =
  'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. See https://pypi.org/help/#apitoken and https://pypi.org/help/#trusted-publishers';

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
  if (token === undefined && !trusted.enabled) return { ok: true, project: null };
  const credentials = parseBasicAuth(header);
  if (!credentials) return { ok: false, status: 403, message: INVALID_AUTH };
  if (credentials.user !== '__token__') return { ok: false, status: 403, message: NO_PASSWORDS };
  if (token !== undefined && sameSecret(credentials.password, token)) return { ok: true, project: null };
  const minted = trusted.lookup(credentials.password);
  if (minted === 'expired') {
    return { ok: false, status: 403, message: 'Invalid API Token: token is expired' };
  }
  if (minted) return { ok: true, project: minted.project };
  return { ok: false, status: 403, message: INVALID_AUTH };
}

/** PyPI's answer when a scoped token meets another project. */
export function projectNotAllowed(projectName: string): string {
  return `The given token isn't allowed to upload to project '${projectName}'. See https://pypi.org/help/#project-name for more information.`;
}
