/** The index client against the embedded index (packages/local-index): tokens, trusted publishing, faults, CDN lag. */
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { hashFile } from '../../packages/dists/index.js';
import { startIndex, type IndexOptions, type RunningIndex } from '../../packages/local-index/index.js';
import {
  apiTokenAuth,
  fetchReleaseJson,
  fetchSimpleProject,
  findFile,
  resolveIndexUrls,
  TokenSource,
  TrustedPublishingError,
  uploadFile,
  uploadWithRetries,
  type UploadAuth,
} from '../../packages/pypi/index.js';
import { redact, secrets } from '../../packages/secrets/index.js';
import { buildFixture, type BuiltFixture } from '../fixtures/build.js';
import { defaultClaims, startGithubOidc, type GithubOidcService } from '../support/github-oidc.js';
import { formFor } from './helpers/forms.js';

const TOKEN = 'pypi-local-index-upload-token';
let built: BuiltFixture;
let oidc: GithubOidcService;
const running: RunningIndex[] = [];

beforeAll(async () => {
  built = await buildFixture('pure', '2.0.0');
  oidc = await startGithubOidc(defaultClaims({ environment: 'pypi' }));
}, 120_000);
afterAll(() => oidc?.close());
afterEach(async () => {
  await Promise.all(running.splice(0).map((i) => i.close()));
  secrets.clear();
});

async function index(options: Omit<IndexOptions, 'storageDir'> = {}): Promise<RunningIndex> {
  const started = await startIndex({
    storageDir: await mkdtemp(join(tmpdir(), 'pypi-client-index-')),
    ...options,
  });
  running.push(started);
  return started;
}

async function publishBoth(
  target: RunningIndex,
  auth: UploadAuth,
  extra: { policy?: { baseDelayMs: number; maxAttempts: number } } = {},
) {
  const urls = resolveIndexUrls(target.uploadUrl);
  const reports = [];
  for (const path of [built.wheel, built.sdist]) {
    reports.push(await uploadWithRetries({ urls, path, fields: await formFor(path), auth, ...extra }));
  }
  return reports;
}

describe('with an API token', () => {
  it('uploads a wheel and an sdist, which then show on the JSON and both simple formats with our digests', async () => {
    const target = await index({ token: TOKEN });
    const reports = await publishBoth(target, apiTokenAuth(TOKEN));
    expect(reports.map((r) => [r.outcome.kind, r.attempts])).toEqual([
      ['uploaded', 1],
      ['uploaded', 1],
    ]);
    const urls = resolveIndexUrls(target.uploadUrl);
    const expected = await Promise.all(
      [built.wheel, built.sdist].map(async (p) => ({
        filename: basename(p),
        sha256: (await hashFile(p)).sha256,
      })),
    );
    const release = await fetchReleaseJson(urls, 'pure', '2.0.0');
    expect(
      release?.files.map((f) => ({ filename: f.filename, sha256: f.digests.sha256 })).sort(byName),
    ).toEqual([...expected].sort(byName));
    const json = await fetchSimpleProject(urls, 'pure');
    expect(json?.format).toBe('json');
    expect(json?.files.map((f) => ({ filename: f.filename, sha256: f.hashes.sha256 })).sort(byName)).toEqual(
      [...expected].sort(byName),
    );
    const htmlOnly = await index({ token: TOKEN, simpleFormats: 'html' });
    await publishBoth(htmlOnly, apiTokenAuth(TOKEN));
    const html = await fetchSimpleProject(resolveIndexUrls(htmlOnly.simpleUrl), 'pure');
    expect(html?.format).toBe('html');
    expect(html?.files.map((f) => ({ filename: f.filename, sha256: f.hashes.sha256 })).sort(byName)).toEqual(
      [...expected].sort(byName),
    );
    for (const { filename, sha256 } of expected) {
      expect(await findFile(urls, 'pure', '2.0.0', filename)).toMatchObject({ present: true, sha256 });
    }
  }, 60_000);

  it('a second upload of the same file is accepted as PyPI accepts it, and never reported as a conflict', async () => {
    const target = await index({ token: TOKEN });
    await publishBoth(target, apiTokenAuth(TOKEN));
    const again = await publishBoth(target, apiTokenAuth(TOKEN));
    for (const report of again) {
      expect(
        report.outcome.kind === 'uploaded' ||
          (report.outcome.kind === 'already-exists' && report.outcome.sameContent),
      ).toBe(true);
    }
  }, 60_000);

  it('a wrong token is a final client error with the index message, the token redacted', async () => {
    const target = await index({ token: TOKEN });
    const outcome = await uploadFile({
      urls: resolveIndexUrls(target.uploadUrl),
      path: built.sdist,
      fields: await formFor(built.sdist),
      auth: apiTokenAuth('pypi-not-the-right-token'),
    });
    expect(outcome.kind).toBe('client-error');
    expect(outcome.message).toMatch(/^403 /);
    expect(outcome.message).not.toContain('pypi-not-the-right-token');
  });
});

describe('with trusted publishing', () => {
  const publisher = (workflow: string) => ({
    issuer: oidc.issuer,
    jwks: oidc.jwks,
    repository: 'octo-org/octo-repo',
    workflow,
    environment: 'pypi',
  });

  it('mints a token from the OIDC token and uploads with it', async () => {
    const target = await index({ trustedPublishers: [publisher('release.yml')] });
    const audiences: string[] = [];
    const source = new TokenSource({
      urls: resolveIndexUrls(target.uploadUrl),
      getIdToken: async (audience) => {
        audiences.push(audience);
        return oidc.token(audience);
      },
    });
    const reports = await publishBoth(target, source);
    expect(reports.map((r) => r.outcome.kind)).toEqual(['uploaded', 'uploaded']);
    expect(audiences).toEqual(['pypi']);
    const minted = await source.getToken();
    expect(redact(`${minted.token} ${oidc.issued.at(-1)}`)).toBe('*** ***');
  }, 60_000);

  it('a publisher that does not match explains itself with the claims to compare', async () => {
    const target = await index({ trustedPublishers: [publisher('publish.yml')] });
    const source = new TokenSource({
      urls: resolveIndexUrls(target.uploadUrl),
      getIdToken: async (a) => oidc.token(a),
    });
    const error = (await source.getAuth().catch((e: unknown) => e)) as TrustedPublishingError;
    expect(error).toBeInstanceOf(TrustedPublishingError);
    expect(error.errors[0]?.code).toBe('invalid-publisher');
    expect(error.claims).toMatchObject({
      repository: 'octo-org/octo-repo',
      workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
      environment: 'pypi',
    });
    for (const jwt of oidc.issued) expect(error.message).not.toContain(jwt);
  });
});

describe('on a bad day', () => {
  it('every file ends up stored exactly once through 503s, 429s, resets, slowness and "stored but 502", behind a lagging CDN', async () => {
    const target = await index({
      token: TOKEN,
      // Seed 25 at rate 0.7 draws, in order: stored-502, slow | 503, reset, 429, 503, 503, ok.
      faults: { rate: 0.7, seed: 25, slowMs: 50 },
      visibilityDelayMs: 300,
    });
    const seen: string[] = [];
    const reports = await publishBoth(target, apiTokenAuth(TOKEN), {
      policy: { baseDelayMs: 20, maxAttempts: 12 },
    });
    for (const report of reports) {
      seen.push(...report.history);
      expect(
        report.outcome.kind === 'uploaded' ||
          (report.outcome.kind === 'already-exists' && report.outcome.sameContent),
      ).toBe(true);
    }
    expect(reports.map((r) => r.attempts)).toEqual([2, 6]);
    expect(seen[0]).toBe('502 Bad Gateway');
    expect(seen.slice(1).map((line) => line.replace(/^(\d{3}) .*|.*(failed).*/, '$1$2'))).toEqual([
      '503',
      'failed',
      '429',
      '503',
      '503',
    ]);
    await new Promise((resolve) => setTimeout(resolve, 350));
    const release = await fetchReleaseJson(resolveIndexUrls(target.uploadUrl), 'pure', '2.0.0', {
      fresh: true,
    });
    const expected = await Promise.all(
      [built.wheel, built.sdist].map(async (p) => [basename(p), (await hashFile(p)).sha256]),
    );
    expect(release?.files.map((f) => [f.filename, f.digests.sha256]).sort()).toEqual(expected.sort());
  }, 90_000);
});

describe('a connection dropped without an answer', () => {
  it('after the index stored the file: the client looks, finds our file there, and does not send it again', async () => {
    const posts: string[] = [];
    const target = await index({
      token: TOKEN,
      faults: { rate: 1, seed: 1, kinds: ['stored-reset'] },
      onRequest: (e) => void (e.method === 'POST' && posts.push(`${e.status} ${e.fault}`)),
    });
    const reports = await publishBoth(target, apiTokenAuth(TOKEN), {
      policy: { baseDelayMs: 20, maxAttempts: 3 },
    });
    for (const report of reports) {
      expect(report.outcome).toMatchObject({ kind: 'uploaded', confirmedByProbe: true });
      expect(report.attempts).toBe(1);
      expect(report.history).toEqual([expect.stringMatching(/after the request was sent/)]);
    }
    expect(posts).toEqual(['0 stored-reset', '0 stored-reset']);
  });
});

function byName(a: { filename: string }, b: { filename: string }): number {
  return a.filename.localeCompare(b.filename);
}
