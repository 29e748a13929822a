/**
 * What a request with bad credentials and a bad form gets, as warehouse decides it: `:action` routing first
 * (retired actions need no credentials, no action reaches a page that takes no POST), then `sanitize` (a field
 * sent as a file), then the identity (403), then the form, and a minted token's caveats (its publisher's
 * project, then its expiry) only when permissions are checked, after the form and the file's presence.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { generateKeyPairSync, randomUUID, type KeyObject } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FormField } from '../../packages/dists/index.js';
import { defaultClaims } from '../support/github-oidc.js';
import { signJwt } from '../support/jwt.js';
import {
  makeDists,
  rawUpload,
  startTestIndex,
  twineForm,
  type Answer,
  type RawUploadOptions,
  type TestIndex,
} from '../local-index/support/index-helpers.js';

const TOKEN = 'auth-order';
const ISSUER = 'https://issuer.example';
const REPO = 'octo-org/octo-repo';
const INVALID_AUTH =
  'Invalid or non-existent authentication information. See https://pypi.org/help/#invalid-auth for more information.';
const NO_PASSWORDS =
  'Username/Password authentication is no longer supported. Migrate to API Tokens or Trusted Publishers instead. See https://pypi.org/help/#apitoken and https://pypi.org/help/#trusted-publishers';
const NON_USER =
  "Non-user identities cannot create new projects. This was probably caused by successfully using a pending publisher but specifying the project name incorrectly (either in the publisher or in your project's metadata). Please ensure that both match. See: https://docs.pypi.org/trusted-publishers/troubleshooting/";
const DOG =
  "'dog' is invalid for 'version'. See https://packaging.python.org/specifications/core-metadata for more information.";
const EXPIRED = 'Invalid API Token: token is expired';

let index: TestIndex;
let work: string;
let key: KeyObject;
let now = Date.now();
const wheels: Record<'rehearsal' | 'other' | 'fresh', string> = { rehearsal: '', other: '', fresh: '' };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'warehouse-auth-'));
  const [rehearsal = '', other = '', fresh = ''] = await makeDists(
    [
      { name: 'rehearsal', version: '1.0' },
      { name: 'other', version: '1.0' },
      { name: 'fresh', version: '1.0' },
    ],
    work,
  );
  Object.assign(wheels, { rehearsal, other, fresh });
  const pair = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  key = pair.privateKey;
  index = await startTestIndex({
    token: TOKEN,
    clock: () => now,
    trustedPublishers: [
      {
        issuer: ISSUER,
        publicKey: pair.publicKey,
        repository: REPO,
        workflow: 'release.yml',
        project: 'rehearsal',
      },
    ],
  });
  // `other` exists on the index, `fresh` does not; `rehearsal` is the publisher's (pending) project.
  expect((await upload(wheels.other, { password: TOKEN })).status).toBe(200);
});
afterAll(async () => {
  await index.stop();
  await rm(work, { recursive: true, force: true });
});

async function mint(): Promise<string> {
  const seconds = Math.floor(now / 1000);
  const claims = {
    jti: randomUUID(),
    sub: `repo:${REPO}:ref:refs/heads/main`,
    aud: 'pypi',
    iss: ISSUER,
    iat: seconds,
    nbf: seconds,
    exp: seconds + 300,
    ...defaultClaims(),
  };
  const response = await fetch(`${index.url}/_/oidc/mint-token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ token: signJwt(claims, key) }),
  });
  return ((await response.json()) as { token: string }).token;
}

async function upload(
  path: string,
  options: RawUploadOptions & {
    change?: (form: FormField[]) => FormField[];
    noFile?: boolean;
    url?: string;
  } = {},
): Promise<Answer> {
  const form = await twineForm(path);
  const { change = (f) => f, noFile, url, ...rest } = options;
  return rawUpload(url ?? index.uploadUrl, change(form), noFile ? null : { path }, rest);
}

const set =
  (name: string, value: string | null) =>
  (form: FormField[]): FormField[] => [
    ...form.filter(([key]) => key !== name),
    ...(value === null ? [] : ([[name, value]] as FormField[])),
  ];
const basic = (user: string, password: string) => ({
  Authorization: `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`,
});

function expectAnswer(answer: Answer, status: number, reason: string): void {
  expect({ status: answer.status, reason: answer.reason }).toEqual({ status, reason });
}

describe('bad credentials and a bad form', () => {
  it('a retired action is gone, whoever asks', async () => {
    const docs = await upload(wheels.rehearsal, { password: 'wrong', change: set(':action', 'doc_upload') });
    expectAnswer(
      docs,
      410,
      'Uploading documentation is no longer supported, we recommend using https://readthedocs.org/.',
    );
    const submit = await upload(wheels.rehearsal, { change: set(':action', 'submit') });
    expectAnswer(
      submit,
      410,
      'Project pre-registration is no longer required or supported, upload your files instead.',
    );
  });

  it('no :action or an unknown one reaches a page that takes no POST (405), whoever asks', async () => {
    const none = await upload(wheels.rehearsal, { password: 'wrong', change: set(':action', null) });
    expectAnswer(none, 405, 'Method Not Allowed');
    expect(none.headers['allow']).toBe('GET, HEAD, OPTIONS');
    expectAnswer(
      await upload(wheels.rehearsal, { change: set(':action', 'upload') }),
      405,
      'Method Not Allowed',
    );
  });

  it('takes :action from the query string too', async () => {
    const answer = await upload(wheels.rehearsal, {
      password: 'wrong',
      change: set(':action', null),
      url: `${index.uploadUrl}?:action=doc_upload`,
    });
    expect(answer.status).toBe(410);
  });

  it('a metadata field sent as a file is refused before the credentials are looked at', async () => {
    const answer = await upload(wheels.rehearsal, { password: 'wrong', fileFields: ['summary'] });
    expectAnswer(answer, 400, 'summary: Should not be a tuple.');
  });

  it('anything else in the form waits for the credentials: 403 first', async () => {
    const cases: Array<(form: FormField[]) => FormField[]> = [
      set('protocol_version', '2'),
      set('version', 'dog'),
      set('filetype', 'bdist_dumb'),
      set('sha256_digest', 'nope'),
    ];
    for (const change of cases) {
      expectAnswer(await upload(wheels.rehearsal, { password: 'wrong', change }), 403, INVALID_AUTH);
      expectAnswer(await upload(wheels.rehearsal, { change }), 403, INVALID_AUTH);
      const asUser = await upload(wheels.rehearsal, { headers: basic('someone', TOKEN), change });
      expectAnswer(asUser, 403, NO_PASSWORDS);
    }
    expectAnswer(await upload(wheels.rehearsal, { password: 'wrong', noFile: true }), 403, INVALID_AUTH);
  });

  it('takes the token as Bearer, and with whitespace around it', async () => {
    const bearer = await upload(wheels.rehearsal, {
      headers: { Authorization: `Bearer ${TOKEN}` },
      change: set('version', 'dog'),
    });
    expectAnswer(bearer, 400, DOG);
    const padded = await upload(wheels.rehearsal, {
      headers: basic('__token__', ` ${TOKEN} `),
      change: set('version', 'dog'),
    });
    expectAnswer(padded, 400, DOG);
  });
});

describe("a minted token's caveats wait for the form", () => {
  it('an expired token gets the form’s answer first, then its own', async () => {
    const token = await mint();
    now += 901_000;
    try {
      expectAnswer(
        await upload(wheels.rehearsal, { password: token, change: set('version', 'dog') }),
        400,
        DOG,
      );
      expectAnswer(
        await upload(wheels.rehearsal, { password: token, noFile: true }),
        400,
        'Upload payload does not have a file.',
      );
      expectAnswer(await upload(wheels.rehearsal, { password: token }), 403, EXPIRED);
      // The publisher's project is checked before the expiry.
      expectAnswer(
        await upload(wheels.other, { password: token }),
        403,
        "Invalid API Token: OIDC scoped token is not valid for project 'other'",
      );
    } finally {
      now -= 901_000;
    }
  });

  it('a token for another project: refused on an existing project, and cannot create one', async () => {
    const token = await mint();
    expectAnswer(await upload(wheels.other, { password: token, change: set('version', 'dog') }), 400, DOG);
    expectAnswer(
      await upload(wheels.other, { password: token }),
      403,
      "Invalid API Token: OIDC scoped token is not valid for project 'other'",
    );
    expectAnswer(await upload(wheels.fresh, { password: token }), 400, NON_USER);
    expect((await upload(wheels.rehearsal, { password: token })).status).toBe(200);
  });
});
