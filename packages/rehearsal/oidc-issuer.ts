/**
 * A stand-in for GitHub's OIDC token service, for the job that publishes: the request contract @actions/core's
 * client speaks (ACTIONS_ID_TOKEN_REQUEST_URL with a bearer token, `&audience=`), RS256 tokens with GitHub's
 * claim names for that job, signed by a key only the rehearsal's index trusts.
 */
import { generateKeyPairSync, randomUUID, sign, type JsonWebKey } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** GitHub's issuer, which the tokens name (trusted publishing matches publishers by it). */
export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** A running issuer: its keys for the index, and the environment for each job allowed a token. */
export interface OidcIssuer {
  jwks: { keys: JsonWebKey[] };
  /** The env of a job with `id-token: write` whose tokens carry `claims`. */
  jobEnv(claims: Record<string, unknown>): Record<string, string>;
  close(): Promise<void>;
}

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

/** Starts the issuer on a free loopback port. */
export async function startOidcIssuer(): Promise<OidcIssuer> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const jobs = new Map<string, Record<string, unknown>>();
  const mint = (claims: Record<string, unknown>, audience: string): string => {
    const now = Math.floor(Date.now() / 1000);
    const body = {
      jti: randomUUID(),
      aud: audience,
      iss: GITHUB_ISSUER,
      iat: now,
      nbf: now,
      exp: now + 300,
      ...claims,
    };
    const input = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(body)}`;
    return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
  };
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const claims = jobs.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
    if (!claims || url.searchParams.get('api-version') !== '2.0') {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"unauthorized"}');
      return;
    }
    const value = mint(
      claims,
      url.searchParams.get('audience') ?? `https://github.com/${String(claims['repository_owner'])}`,
    );
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value }));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  return {
    jwks: { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] },
    jobEnv: (claims) => {
      const token = `rehearsal-${randomUUID()}`;
      jobs.set(token, claims);
      return {
        ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: token,
      };
    },
    close: () => new Promise((closed) => server.close(() => closed())),
  };
}
