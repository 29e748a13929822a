/** The claims of the runner's OIDC token, read without verifying it: for explaining a refused exchange. */

/** The claims PyPI matches a trusted publisher against (GitHub's names). */
export interface OidcClaims {
  iss?: string;
  aud?: string | string[];
  sub?: string;
  repository?: string;
  repository_owner?: string;
  workflow_ref?: string;
  job_workflow_ref?: string;
  ref?: string;
  environment?: string;
  event_name?: string;
  exp?: number;
}

const CLAIMS: ReadonlyArray<keyof OidcClaims> = [
  'iss',
  'aud',
  'sub',
  'repository',
  'repository_owner',
  'workflow_ref',
  'job_workflow_ref',
  'ref',
  'environment',
  'event_name',
  'exp',
];

/** Decode the payload of a JWT (no signature check: these claims are only shown to the user). Null if malformed. */
export function decodeOidcClaims(jwt: string): OidcClaims | null {
  const payload = jwt.split('.')[1];
  if (!payload) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!json || typeof json !== 'object') return null;
  const source = json as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of CLAIMS) {
    const value = source[key];
    if (typeof value === 'string' || typeof value === 'number') out[key] = value;
    else if (key === 'aud' && Array.isArray(value)) out[key] = value.filter((v) => typeof v === 'string');
  }
  return out as OidcClaims;
}
