/**
 * A stand-in for GitHub's OIDC token service (which cannot run here): the same request contract that
 * @actions/core's client speaks (ACTIONS_ID_TOKEN_REQUEST_URL + bearer token, `&audience=`), issuing RS256
 * JWTs with GitHub's claim names, signed by a key whose JWKS the embedded index can be told to trust.
 */
import { createServer, type Server } from 'node:http';
import { generateKeyPairSync, randomUUID, type JsonWebKey } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { signJwt } from './jwt.js';

export const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** Claims of a GitHub Actions OIDC token that trusted publishing looks at. */
export interface GithubClaims {
  repository: string;
  repository_owner: string;
  workflow_ref: string;
  job_workflow_ref: string;
  ref: string;
  sha: string;
  event_name: string;
  environment?: string;
  [claim: string]: unknown;
}

/** Claims for a release workflow `release.yml` of octo-org/octo-repo on main. */
export function defaultClaims(overrides: Partial<GithubClaims> = {}): GithubClaims {
  return {
    repository: 'octo-org/octo-repo',
    repository_owner: 'octo-org',
    repository_id: '42',
    repository_owner_id: '7',
    workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    job_workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
    ref: 'refs/heads/main',
    sha: 'a'.repeat(40),
    event_name: 'push',
    ...overrides,
  };
}

export interface GithubOidcService {
  /** The env a job with `id-token: write` gets. */
  env: { ACTIONS_ID_TOKEN_REQUEST_URL: string; ACTIONS_ID_TOKEN_REQUEST_TOKEN: string };
  issuer: string;
  jwks: { keys: JsonWebKey[] };
  /** Tokens handed out so far (to check they never leak). */
  issued: string[];
  /** A token for `audience` without going through HTTP. */
  token(audience: string, lifetimeSeconds?: number): string;
  close(): Promise<void>;
}

/** Starts the stand-in on an ephemeral loopback port. */
export async function startGithubOidc(claims: GithubClaims = defaultClaims()): Promise<GithubOidcService> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const kid = randomUUID();
  const requestToken = `request-${randomUUID()}`;
  const issued: string[] = [];
  const token = (audience: string, lifetimeSeconds = 300) => {
    const now = Math.floor(Date.now() / 1000);
    const jwt = signJwt(
      {
        jti: randomUUID(),
        sub: `repo:${claims.repository}:ref:${claims.ref}`,
        aud: audience,
        iss: GITHUB_ISSUER,
        iat: now,
        nbf: now,
        exp: now + lifetimeSeconds,
        ...claims,
      },
      privateKey,
      { alg: 'RS256', kid },
    );
    issued.push(jwt);
    return jwt;
  };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (
      request.headers.authorization !== `Bearer ${requestToken}` ||
      url.searchParams.get('api-version') !== '2.0'
    ) {
      response.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"unauthorized"}');
      return;
    }
    const body = JSON.stringify({
      value: token(url.searchParams.get('audience') ?? 'https://github.com/octo-org'),
    });
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    env: {
      ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: requestToken,
    },
    issuer: GITHUB_ISSUER,
    jwks: { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] },
    issued,
    token,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
