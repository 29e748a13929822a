/** Compact JWS (JWT) decoding, verification (RS256, ES256) and signing with node's crypto. */
import { createPublicKey, verify, type JsonWebKey, type KeyObject } from 'node:crypto';

/** The claims of a JWT: any JSON object. */
export type Claims = Record<string, unknown>;

/** A JWT split into its parts, not yet trusted. */
export interface DecodedJwt {
  header: { alg?: unknown; kid?: unknown; typ?: unknown };
  claims: Claims;
  signingInput: string;
  signature: Buffer;
}

/** Raised for a token that is not a well-formed JWT. */
export class MalformedJwtError extends Error {
  override name = 'MalformedJwtError';
}

function decodeJsonPart(part: string, what: string): Record<string, unknown> {
  if (!/^[A-Za-z0-9_-]*$/.test(part)) throw new MalformedJwtError(`the JWT ${what} is not base64url`);
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
  } catch {
    throw new MalformedJwtError(`the JWT ${what} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new MalformedJwtError(`the JWT ${what} is not a JSON object`);
  }
  return value as Record<string, unknown>;
}

/** Splits and decodes a compact JWT without checking its signature. */
export function decodeJwt(token: string): DecodedJwt {
  const parts = token.split('.');
  if (parts.length !== 3) throw new MalformedJwtError('a JWT has three dot-separated parts');
  const [header, payload, signature] = parts as [string, string, string];
  if (!/^[A-Za-z0-9_-]+$/.test(signature)) throw new MalformedJwtError('the JWT signature is not base64url');
  return {
    header: decodeJsonPart(header, 'header'),
    claims: decodeJsonPart(payload, 'payload'),
    signingInput: `${header}.${payload}`,
    signature: Buffer.from(signature, 'base64url'),
  };
}

/** The algorithms accepted: RSA PKCS#1 v1.5 and ECDSA P-256, both with SHA-256. */
export type JwtAlgorithm = 'RS256' | 'ES256';

/** True when `signature` over `signingInput` verifies with `key` under `alg`. */
export function verifyJwtSignature(decoded: DecodedJwt, key: KeyObject): boolean {
  const alg = decoded.header.alg;
  if (alg === 'RS256') {
    if (key.asymmetricKeyType !== 'rsa') return false;
    return verify('sha256', Buffer.from(decoded.signingInput), key, decoded.signature);
  }
  if (alg === 'ES256') {
    if (key.asymmetricKeyType !== 'ec' || key.asymmetricKeyDetails?.namedCurve !== 'prime256v1') return false;
    // JWS carries ECDSA signatures as raw r||s, not DER.
    return verify(
      'sha256',
      Buffer.from(decoded.signingInput),
      { key, dsaEncoding: 'ieee-p1363' },
      decoded.signature,
    );
  }
  return false;
}

/** A public key from a JWK, a PEM string, or an existing KeyObject. */
export function toPublicKey(key: JsonWebKey | string | KeyObject): KeyObject {
  if (typeof key === 'string') return createPublicKey(key);
  if ('asymmetricKeyType' in key && typeof (key as KeyObject).export === 'function') return key as KeyObject;
  return createPublicKey({ key: key as JsonWebKey, format: 'jwk' });
}
