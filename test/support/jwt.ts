/** JWTs for tests that play an OIDC issuer (signed) or only need claims to show (unsigned). */
import { sign, type KeyObject } from 'node:crypto';

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Signs `claims` as a compact JWT: ES256 for an EC key, RS256 otherwise, with `kid` when given. */
export function signJwt(
  claims: Record<string, unknown>,
  privateKey: KeyObject,
  options: { alg?: 'RS256' | 'ES256'; kid?: string } = {},
): string {
  const alg = options.alg ?? (privateKey.asymmetricKeyType === 'ec' ? 'ES256' : 'RS256');
  const input = `${part({ alg, typ: 'JWT', ...(options.kid ? { kid: options.kid } : {}) })}.${part(claims)}`;
  // JWS carries ECDSA signatures as raw r||s, not DER.
  const signature =
    alg === 'ES256'
      ? sign('sha256', Buffer.from(input), { key: privateKey, dsaEncoding: 'ieee-p1363' })
      : sign('sha256', Buffer.from(input), privateKey);
  return `${input}.${signature.toString('base64url')}`;
}

/** An unsigned JWT with these claims, for code that only reads claims (never checks a signature). */
export function unsignedJwt(claims: Record<string, unknown>): string {
  return `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2lnbmF0dXJl`;
}
