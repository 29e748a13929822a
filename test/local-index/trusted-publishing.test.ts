/**
 * Trusted publishing rehearsal: /_/oidc/audience and /_/oidc/mint-token accept an OIDC token only when a
 * configured key signed it and its claims match a configured publisher, answering PyPI's error codes
 * otherwise; the minted token then uploads through /legacy/ (twine) for 15 minutes.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { rm, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Claims } from '../../packages/local-index/index.js';
import { signJwt } from '../support/jwt.js';
import {
  defaultClaims,
  GITHUB_ISSUER,
  startGithubOidc,
  type GithubOidcService,
} from '../support/github-oidc.js';
import {
  makeDists,
  rawUpload,
  startTestIndex,
  twineForm,
  twineUpload,
  type TestIndex,
} from './support/index-helpers.js';

const REPO = 'octo-org/octo-repo';
let index: TestIndex;
let github: GithubOidcService;
let ecKey: KeyObject;
let now = Date.now();
let work: string;
let wheels: { rehearsal: string; other: string };

function claims(overrides: Claims = {}): Claims {
  const seconds = Math.floor(now / 1000);
  return {
    jti: randomUUID(),
    sub: `repo:${REPO}:environment:pypi`,
    aud: 'pypi',
    iss: 'https://issuer.example',
    iat: seconds,
    nbf: seconds,
    exp: seconds + 300,
    ...defaultClaims({ environment: 'pypi' }),
    ...overrides,
  };
}

async function mint(body: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(`${index.url}/_/oidc/mint-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function expectMintError(body: unknown, code: string, description: string): Promise<void> {
  expect(await mint(body)).toEqual({
    status: 422,
    json: { message: 'Token request failed', errors: [{ code, description }] },
  });
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-oidc-'));
  const [rehearsal, other] = await makeDists(
    [
      { name: 'rehearsal', version: '1.0.0' },
      { name: 'other', version: '1.0.0' },
    ],
    work,
  );
  wheels = { rehearsal: rehearsal as string, other: other as string };
  github = await startGithubOidc(defaultClaims());
  const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  ecKey = ec.privateKey;
  index = await startTestIndex({
    clock: () => now,
    trustedPublishers: [
      // GitHub's issuer with its JWKS (as test/support's stand-in serves it), no environment required.
      { issuer: GITHUB_ISSUER, jwks: github.jwks, repository: REPO, workflow: 'release.yml' },
      // Another issuer with one ES256 key, an environment and a project scope.
      {
        issuer: 'https://issuer.example',
        publicKey: ec.publicKey,
        repository: REPO,
        workflow: 'release.yml',
        environment: 'pypi',
        project: 'rehearsal',
      },
    ],
  });
});
afterAll(async () => {
  await index.stop();
  await github.close();
  await rm(work, { recursive: true, force: true });
});

describe('the audience endpoint', () => {
  it('names the audience, or says trusted publishing is off', async () => {
    expect(await (await fetch(`${index.url}/_/oidc/audience`)).json()).toEqual({ audience: 'pypi' });
    const plain = await startTestIndex();
    try {
      const answer = await fetch(`${plain.url}/_/oidc/audience`);
      expect([answer.status, await answer.json()]).toEqual([
        403,
        { message: 'Trusted publishing functionality not enabled' },
      ]);
    } finally {
      await plain.stop();
    }
  });
});

describe('minting', () => {
  it('exchanges a GitHub RS256 token for an upload token that twine can use', async () => {
    const answer = await mint({ token: github.token('pypi') });
    expect(answer.status).toBe(200);
    expect(answer.json).toEqual({
      success: true,
      token: expect.stringMatching(/^pypi-/),
      expires: Math.floor(now / 1000) + 900,
    });
    const uploaded = await twineUpload(index.uploadUrl, [wheels.other], {
      password: answer.json.token as string,
    });
    expect(uploaded.code).toBe(0);
  });

  it('exchanges an ES256 token whose claims match a publisher with an environment', async () => {
    const answer = await mint({ token: signJwt(claims(), ecKey) });
    expect(answer.status).toBe(200);
    const upload = await rawUpload(
      index.uploadUrl,
      await twineForm(wheels.rehearsal),
      { path: wheels.rehearsal },
      { password: answer.json.token as string },
    );
    expect(upload.status).toBe(200);
  });

  it('answers a bad payload and a malformed JWT with invalid-payload', async () => {
    const missing = await mint({ nothing: true });
    expect(missing.status).toBe(422);
    expect((missing.json.errors as { code: string }[])[0]?.code).toBe('invalid-payload');
    await expectMintError('not json', 'invalid-payload', expect.any(String) as unknown as string);
    await expectMintError({ token: 'abc.def' }, 'invalid-payload', 'malformed JWT');
    await expectMintError(
      { token: signJwt(claims({ iss: 'https://stranger.example' }), ecKey) },
      'invalid-payload',
      'unknown trusted publishing issuer',
    );
  });

  it('answers a token it cannot trust with invalid-token', async () => {
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const seconds = Math.floor(now / 1000);
    const untrusted = [
      signJwt(claims(), stranger), // another key
      signJwt(claims({ exp: seconds - 120 }), ecKey), // expired, past the 30 s leeway
      signJwt(claims({ iat: seconds + 600 }), ecKey), // issued in the future
      signJwt(claims({ aud: 'testpypi' }), ecKey), // another audience
      signJwt(claims({ aud: ['pypi', 'other'] }), ecKey), // more than one audience
      signJwt(claims({ exp: undefined }), ecKey), // no expiry
      `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims())).toString('base64url')}.c2ln`,
    ];
    for (const token of untrusted)
      await expectMintError({ token }, 'invalid-token', 'malformed or invalid token');
  });

  it('answers claims no publisher matches with invalid-publisher and the reason', async () => {
    await expectMintError(
      {
        token: signJwt(
          claims({ job_workflow_ref: `${REPO}/.github/workflows/other.yml@refs/heads/main` }),
          ecKey,
        ),
      },
      'invalid-publisher',
      'valid token, but no corresponding publisher (All lookup strategies exhausted)',
    );
    await expectMintError(
      { token: signJwt(claims({ environment: 'staging' }), ecKey) },
      'invalid-publisher',
      'valid token, but no corresponding publisher (All lookup strategies exhausted)',
    );
    await expectMintError(
      { token: signJwt(claims({ sha: undefined }), ecKey) },
      'invalid-publisher',
      "valid token, but no corresponding publisher (Missing claim 'sha')",
    );
    await expectMintError(
      {
        token: signJwt(
          claims({ job_workflow_ref: `${REPO}/.github/workflows/release.yml@refs/heads/other` }),
          ecKey,
        ),
      },
      'invalid-publisher',
      `valid token, but no corresponding publisher (The job_workflow_ref claim does not match, expecting one of ['${REPO}/.github/workflows/release.yml@${'a'.repeat(40)}', '${REPO}/.github/workflows/release.yml@refs/heads/main'], got '${REPO}/.github/workflows/release.yml@refs/heads/other')`,
    );
  });

  it('refuses to mint twice from one token (jti)', async () => {
    const token = signJwt(claims(), ecKey);
    expect((await mint({ token })).status).toBe(200);
    await expectMintError({ token }, 'invalid-reuse-token', 'invalid token: already used');
  });
});

describe('minted tokens on upload', () => {
  it('are limited to the publisher’s project', async () => {
    const minted = await mint({ token: signJwt(claims(), ecKey) });
    const answer = await rawUpload(
      index.uploadUrl,
      await twineForm(wheels.other),
      { path: wheels.other },
      { password: minted.json.token as string },
    );
    expect(answer.status).toBe(403);
    // warehouse's OIDCPublisher caveat refuses a project its publisher does not own.
    expect(answer.reason).toBe("Invalid API Token: OIDC scoped token is not valid for project 'other'");
  });

  it('expire after 15 minutes', async () => {
    const minted = await mint({ token: signJwt(claims(), ecKey) });
    now += 901_000;
    try {
      const answer = await rawUpload(
        index.uploadUrl,
        await twineForm(wheels.rehearsal),
        { path: wheels.rehearsal },
        { password: minted.json.token as string },
      );
      expect([answer.status, answer.reason]).toEqual([403, 'Invalid API Token: token is expired']);
    } finally {
      now -= 901_000;
    }
  });
});
