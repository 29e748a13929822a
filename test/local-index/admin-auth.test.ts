/**
 * The admin API in each auth mode: it needs the admin token (the configured `--token`) in every mode; with
 * none configured it does not exist (404), whether uploads are open or go through trusted publishing; a
 * token minted by trusted publishing never reaches it. What it refuses changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { IndexOptions } from '../../packages/local-index/index.js';
import { defaultClaims } from '../support/github-oidc.js';
import { signJwt } from '../support/jwt.js';
import {
  get,
  makeDists,
  rawUpload,
  startTestIndex,
  twineForm,
  type TestIndex,
} from './support/index-helpers.js';

const TOKEN = 'the-admin-token';
const REPO = 'octo-org/octo-repo';
const FILENAME = 'admin_auth-1.0.0-py3-none-any.whl';
let work: string;
let wheel: string;
let key: { privateKey: KeyObject; publicKey: KeyObject };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-admin-'));
  [wheel] = (await makeDists([{ name: 'admin-auth', version: '1.0.0' }], work)) as [string];
  key = generateKeyPairSync('ec', { namedCurve: 'P-256' });
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const basic = (password: string, user = '__token__'): string =>
  `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;

/** Every admin request, with an Authorization header (or none). */
function adminRequests(authorization?: string): Promise<Response>[] {
  const headers: Record<string, string> = authorization ? { Authorization: authorization } : {};
  const post = (action: string, body: unknown): Promise<Response> =>
    fetch(`${index.url}/_admin/${action}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return [
    post('delete', { filename: FILENAME }),
    post('yank', { project: 'admin-auth', version: '1.0.0' }),
    post('unyank', { project: 'admin-auth', version: '1.0.0' }),
    fetch(`${index.url}/_admin/load`, { headers }),
  ];
}

async function statuses(authorization?: string): Promise<number[]> {
  return Promise.all(adminRequests(authorization).map(async (r) => (await r).status));
}

/** A token minted by trusted publishing for this repository. */
async function mintedToken(): Promise<string> {
  const seconds = Math.floor(Date.now() / 1000);
  const claims = {
    ...defaultClaims({ environment: 'pypi' }),
    jti: randomUUID(),
    sub: `repo:${REPO}:environment:pypi`,
    aud: 'pypi',
    iss: 'https://issuer.example',
    iat: seconds,
    nbf: seconds,
    exp: seconds + 300,
  };
  const answer = await fetch(`${index.url}/_/oidc/mint-token`, {
    method: 'POST',
    body: JSON.stringify({ token: signJwt(claims, key.privateKey) }),
  });
  expect(answer.status).toBe(200);
  return ((await answer.json()) as { token: string }).token;
}

let index: TestIndex;

async function start(options: Partial<IndexOptions>): Promise<string | undefined> {
  index = await startTestIndex(options);
  const trusted = (options.trustedPublishers?.length ?? 0) > 0;
  const password = options.token ?? (trusted ? await mintedToken() : undefined);
  const form = await twineForm(wheel);
  const uploaded = await rawUpload(index.uploadUrl, form, { path: wheel }, password ? { password } : {});
  expect(uploaded.status).toBe(200);
  return password;
}

const publishers = (): IndexOptions['trustedPublishers'] => [
  { issuer: 'https://issuer.example', publicKey: key.publicKey, repository: REPO, workflow: 'release.yml' },
];

/** The file is still listed and not yanked: nothing was changed. */
async function expectUnchanged(): Promise<void> {
  const page = await get(`${index.simpleUrl}admin-auth/`, 'application/vnd.pypi.simple.v1+json');
  expect(
    JSON.parse(page.body).files.map((f: { filename: string; yanked: unknown }) => [f.filename, f.yanked]),
  ).toEqual([[FILENAME, false]]);
}

describe('the admin API', () => {
  afterAll(async () => {
    await index?.stop();
  });

  it('does not exist on an open index (no token): 404 with or without credentials', async () => {
    await start({});
    expect(await statuses()).toEqual([404, 404, 404, 404]);
    expect(await statuses(`Bearer ${TOKEN}`)).toEqual([404, 404, 404, 404]);
    expect(await statuses(basic('anything'))).toEqual([404, 404, 404, 404]);
    await expectUnchanged();
    await index.stop();
  });

  it('does not exist with trusted publishing and no token: a minted token gets 404 too', async () => {
    const minted = await start({ trustedPublishers: publishers() });
    expect(await statuses()).toEqual([404, 404, 404, 404]);
    expect(await statuses(basic(minted as string))).toEqual([404, 404, 404, 404]);
    expect(await statuses(`Bearer ${minted}`)).toEqual([404, 404, 404, 404]);
    await expectUnchanged();
    await index.stop();
  });

  it('with a token, refuses anything else (403) and takes it as Bearer or as __token__', async () => {
    await start({ token: TOKEN });
    expect(await statuses()).toEqual([403, 403, 403, 403]);
    expect(await statuses(`Bearer ${TOKEN}x`)).toEqual([403, 403, 403, 403]);
    expect(await statuses(basic(TOKEN, 'admin'))).toEqual([403, 403, 403, 403]);
    await expectUnchanged();
    // In whatever order they arrive, each is 200: a release stays (yankable) when its last file goes.
    const [deleted, yanked, unyanked, load] = await Promise.all(adminRequests(`Bearer ${TOKEN}`));
    expect([deleted?.status, yanked?.status, unyanked?.status, load?.status]).toEqual([200, 200, 200, 200]);
    expect(
      await (await fetch(`${index.url}/_admin/load`, { headers: { Authorization: basic(TOKEN) } })).json(),
    ).toMatchObject({
      cap: 32,
      active: 0,
    });
    await index.stop();
  });

  it('with a token and trusted publishing, a minted token may upload but not administer', async () => {
    await start({ token: TOKEN, trustedPublishers: publishers() });
    const minted = await mintedToken();
    expect(await statuses(basic(minted))).toEqual([403, 403, 403, 403]);
    expect(await statuses(`Bearer ${minted}`)).toEqual([403, 403, 403, 403]);
    await expectUnchanged();
    expect(await Promise.all(adminRequests(basic(TOKEN))).then((r) => r.map((a) => a.status))).toEqual([
      200, 200, 200, 200,
    ]);
    await index.stop();
  });
});
