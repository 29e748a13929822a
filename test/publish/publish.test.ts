// publishRelease in-process against the embedded index: real files, real HTTP, injected faults; sleeps skipped.
import { appendFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import {
  publishRelease,
  type PublishEvent,
  type PublishOptions,
  type PublishResult,
} from '../../packages/publish/index.js';
import {
  resolveIndexUrls,
  TrustedPublishingError,
  uploadWithRetries,
  type Clock,
} from '../../packages/pypi/index.js';
import { secrets } from '../../packages/secrets/index.js';
import { defaultClaims, startGithubOidc, type GithubOidcService } from '../support/github-oidc.js';
import {
  copyInto,
  expectedListing,
  listed,
  makeDists,
  releaseDir,
  startTestIndex,
  uploadRequests,
  writeManifest,
  type TestIndex,
} from './support.js';

const TOKEN = 'pypi-AgEIcHlwaS5vcmcCJGRlbW8tdGVzdC10b2tlbg';
const PROJECT = 'demo-pkg';
/** Real time, but retries do not wait: the faults are injected, the backoff arithmetic is unit-tested. */
const NO_WAIT: Clock = { now: () => Date.now(), sleep: async () => undefined };

const indexes: TestIndex[] = [];
afterEach(async () => {
  await Promise.all(indexes.splice(0).map((index) => index.stop()));
  secrets.clear();
});

async function index(options: Parameters<typeof startTestIndex>[0] = {}): Promise<TestIndex> {
  const started = await startTestIndex({ token: TOKEN, maxFileSize: 1 << 30, ...options });
  indexes.push(started);
  return started;
}

function publish(
  target: TestIndex,
  source: PublishOptions['source'],
  options: Partial<PublishOptions> = {},
): Promise<PublishResult> {
  return publishRelease({
    source,
    urls: resolveIndexUrls(target.uploadUrl),
    credentials: { kind: 'password', username: '__token__', password: TOKEN },
    clock: NO_WAIT,
    ...options,
  });
}

const statuses = (result: PublishResult) =>
  Object.fromEntries(result.files.map((f) => [f.filename, f.status]));

describe('publishRelease with an API token', () => {
  it('uploads wheels first and the sdist last, each file once with its hash, and reports their URLs', async () => {
    const target = await index();
    const { dir, files } = await releaseDir({ wheels: 3 });
    const events: PublishEvent[] = [];
    const result = await publish(target, { directory: dir }, { onEvent: (e) => events.push(e) });
    expect(result.failure).toBeUndefined();
    expect(Object.values(statuses(result))).toEqual(Array(4).fill('uploaded'));
    const started = events.flatMap((e) => (e.type === 'upload-started' ? [e] : []));
    expect(started[0]?.phase).toBe('first');
    expect(started.at(-1)).toMatchObject({ filename: 'demo_pkg-1.0.0.tar.gz', phase: 'sdist' });
    expect(await listed(target, PROJECT)).toEqual(await expectedListing(files));
    expect(result.files.every((f) => f.url.startsWith(`${target.url}/packages/`))).toBe(true);
  });

  it('uploads nothing on a second run: everything is already there', async () => {
    const target = await index();
    const { dir } = await releaseDir({ wheels: 2 });
    await publish(target, { directory: dir });
    const before = uploadRequests(target);
    const again = await publish(target, { directory: dir });
    expect(again.failure).toBeUndefined();
    expect(Object.values(statuses(again))).toEqual(Array(3).fill('already-present'));
    expect(uploadRequests(target)).toBe(before);
  });

  it('finishes a release an earlier run left half done', async () => {
    const target = await index();
    const { dir, files } = await releaseDir({ wheels: 4 });
    await publish(target, { directory: await copyInto(files.slice(0, 2)) });
    const result = await publish(target, { directory: dir });
    expect(result.failure).toBeUndefined();
    const byStatus = result.files.map((f) => f.status).sort();
    expect(byStatus).toEqual(['already-present', 'already-present', 'uploaded', 'uploaded', 'uploaded']);
    expect(await listed(target, PROJECT)).toEqual(await expectedListing(files));
  });

  it.each([
    [1, 0],
    [2, 150],
    [3, 0],
  ])(
    'ends with every file there exactly once when 30%% of all requests fail (seed %i, CDN lag %i ms)',
    async (seed, visibilityDelayMs) => {
      const target = await index({
        faults: { rate: 0.3, seed, scope: 'all', slowMs: 20 },
        visibilityDelayMs,
      });
      const { dir, files } = await releaseDir({ wheels: 10 });
      const result = await publish(target, { directory: dir }, { concurrency: 4 });
      expect(result.failure).toBeUndefined();
      expect(result.files.every((f) => f.status === 'uploaded' || f.status === 'already-present')).toBe(true);
      const faults = target.log.filter((e) => e.fault !== null).map((e) => e.fault);
      expect(faults.length).toBeGreaterThan(3);
      await new Promise((resolve) => setTimeout(resolve, visibilityDelayMs));
      expect(await listed(target, PROJECT)).toEqual(await expectedListing(files));
    },
  );

  it('keeps going through "stored, but 502" on every upload by asking the index', async () => {
    const target = await index({ faults: { rate: 1, seed: 5, kinds: ['stored-502'] } });
    const { dir, files } = await releaseDir({ wheels: 2 });
    const result = await publish(target, { directory: dir });
    expect(result.failure).toBeUndefined();
    expect(result.files.map((f) => [f.status, f.attempts])).toEqual(Array(3).fill(['uploaded', 1]));
    expect(result.files[0]?.message).toBe('landed despite 502 Bad Gateway (the index confirmed it)');
    expect(uploadRequests(target)).toBe(3);
    expect(await listed(target, PROJECT)).toEqual(await expectedListing(files));
  });
});

describe('publishRelease refuses before the first byte goes up', () => {
  it('when a file is on the index with other content, naming it; skip-existing skips it instead', async () => {
    const target = await index();
    const first = await releaseDir({ wheels: 1, payload: 1000 });
    await publish(target, { directory: await copyInto([first.files[0] as string]) });
    const before = uploadRequests(target);

    const rebuilt = await releaseDir({ wheels: 2, payload: 5000 });
    const result = await publish(target, { directory: rebuilt.dir });
    const taken = basename(first.files[0] as string);
    expect(result.failure).toMatch(
      new RegExp(
        `^${taken.replace(/\./g, '\\.')} is already on the index with different content .*set skip-existing: true .*; nothing was uploaded$`,
      ),
    );
    expect(uploadRequests(target)).toBe(before);

    const skipping = await publish(target, { directory: rebuilt.dir }, { skipExisting: true });
    expect(skipping.failure).toBeUndefined();
    expect(statuses(skipping)[taken]).toBe('skipped');
    expect(skipping.warnings[0]).toMatch(/: skipped, the index keeps its copy$/);
  });

  it('when one file among ten is corrupt', async () => {
    const target = await index();
    const { dir } = await releaseDir({ wheels: 9 });
    await writeFile(join(dir, 'demo_pkg-1.0.0-cp312-abi3-manylinux_2_28_aarch64.whl'), 'not a zip at all');
    const result = await publish(target, { directory: dir });
    expect(result.failure).toBe(
      'demo_pkg-1.0.0-cp312-abi3-manylinux_2_28_aarch64.whl would be refused by the index: 400 Invalid distribution file. File is not a zipfile; nothing was uploaded',
    );
    expect(result.files.filter((f) => f.status === 'failed')).toHaveLength(1);
    expect(result.files.filter((f) => f.status === 'pending')).toHaveLength(10);
    expect(uploadRequests(target)).toBe(0);
  });

  it.each([
    [
      'a wheel built for plain linux_x86_64 (not repaired by auditwheel)',
      { tag: 'cp312-cp312-linux_x86_64' },
      "demo_pkg-1.0.0-cp312-cp312-linux_x86_64.whl would be refused by the index: 400 Binary wheel 'demo_pkg-1.0.0-cp312-cp312-linux_x86_64.whl' has an unsupported platform tag 'linux_x86_64'.; nothing was uploaded",
    ],
    [
      'a wheel whose console script is a path',
      { tag: 'py2-none-any', entryPoints: '[console_scripts]\nbin/demo = demo_pkg:main\n' },
      "demo_pkg-1.0.0-py2-none-any.whl would be refused by the index: 400 Wheel 'demo_pkg-1.0.0-py2-none-any.whl' has invalid entry points defined in the entry_points.txt file; nothing was uploaded",
    ],
  ])("when PyPI would refuse %s, in PyPI's words", async (_label, spec, failure) => {
    const target = await index();
    const { dir } = await releaseDir({ wheels: 2 });
    await makeDists([{ name: PROJECT, version: '1.0.0', ...spec }], dir);
    const result = await publish(target, { directory: dir });
    expect(result.failure).toBe(failure);
    expect(uploadRequests(target)).toBe(0);
    expect(await listed(target, PROJECT)).toEqual([]);
  });

  it('when the release would create a project PyPI does not allow (a standard-library name)', async () => {
    const target = await index();
    const { dir } = await releaseDir({ name: 'xml', wheels: 1 });
    const result = await publish(target, { directory: dir });
    expect(result.failure).toBe(
      "a new project named xml would be refused by the index: 400 The name 'xml' isn't allowed (conflict with Python Standard Library module name). See https://pypi.org/help/#project-name for more information.; nothing was uploaded",
    );
    expect(uploadRequests(target)).toBe(0);
  });

  it('when the directory holds two versions', async () => {
    const target = await index();
    const current = await releaseDir({ wheels: 1, version: '1.1.0' });
    const old = await releaseDir({ wheels: 1, version: '1.0.0' });
    const mixed = await copyInto([...current.files, ...old.files]);
    const result = await publish(target, { directory: mixed });
    expect(result.failure).toMatch(
      /^the files are not one version of demo-pkg: 1\.0\.0 \(.*\) and 1\.1\.0 \(.*\); remove the stale files/,
    );
    expect(uploadRequests(target)).toBe(0);
  });

  it('with a manifest: exactly its files, and none at all once one changed', async () => {
    const target = await index();
    const { dir, files } = await releaseDir({ wheels: 3 });
    const chosen = [files[0] as string, files[3] as string];
    const manifest = await writeManifest(dir, chosen);
    const result = await publish(target, { manifest });
    expect(result.failure).toBeUndefined();
    expect(result.files.map((f) => f.filename).sort()).toEqual(chosen.map((f) => basename(f)).sort());
    expect(await listed(target, PROJECT)).toEqual(await expectedListing(chosen));

    const other = await index();
    await appendFile(chosen[0] as string, 'tampered');
    const changed = await publish(other, { manifest });
    expect(changed.failure).toMatch(
      /is \d+ bytes, but the manifest records \d+: it changed after collect-artifacts recorded it; collect the artifacts again( \(and 1 more problem, listed in the log\))?; nothing was uploaded$/,
    );
    expect(uploadRequests(other)).toBe(0);
  });
});

describe('publishRelease without metadata verification', () => {
  it('leaves the checks to the index, whose refusal of the first file leaves nothing else uploaded', async () => {
    const target = await index();
    const dir = await copyInto([]);
    await makeDists(
      [
        { name: PROJECT, version: '1.0.0', tag: 'cp312-cp312-linux_x86_64', payload: 10 },
        { name: PROJECT, version: '1.0.0', tag: 'py3-none-any', payload: 5000, sdist: true },
      ],
      dir,
    );
    const checked = await publish(target, { directory: dir });
    expect(checked.failure).toMatch(
      /^demo_pkg-1\.0\.0-cp312-cp312-linux_x86_64\.whl would be refused by the index: 400 Binary wheel .* has an unsupported platform tag 'linux_x86_64'\./,
    );
    expect(uploadRequests(target)).toBe(0);

    const unchecked = await publish(target, { directory: dir }, { verifyMetadata: false });
    expect(unchecked.failure).toMatch(
      /^demo_pkg-1\.0\.0-cp312-cp312-linux_x86_64\.whl refused: 400 Binary wheel .*; nothing was uploaded$/,
    );
    expect(unchecked.files.map((f) => f.status)).toEqual(['failed', 'pending', 'pending']);
    expect(uploadRequests(target)).toBe(1);
  });
});

describe('publishRelease with trusted publishing', () => {
  let github: GithubOidcService;
  beforeAll(async () => {
    github = await startGithubOidc(defaultClaims({ environment: 'pypi' }));
  });
  afterAll(() => github.close());

  const publisher = (workflow = 'release.yml') => ({
    issuer: github.issuer,
    jwks: github.jwks,
    repository: 'octo-org/octo-repo',
    workflow,
    environment: 'pypi',
  });

  it('mints a token, masks it, and mints again before it runs out on a long release', async () => {
    const target = await index({ trustedPublishers: [publisher()] });
    const { dir, files } = await releaseDir({ wheels: 4 });
    // Every upload takes seven minutes by this clock: the 15-minute token runs low after two.
    let offset = 0;
    const clock: Clock = { now: () => Date.now() + offset, sleep: async () => undefined };
    const heard: string[] = [];
    const unsubscribe = secrets.subscribe((form) => heard.push(form));
    const result = await publish(
      target,
      { directory: dir },
      {
        credentials: { kind: 'trusted-publishing', getIdToken: async (audience) => github.token(audience) },
        clock,
        concurrency: 1,
        upload: async (request) => {
          offset += 7 * 60_000;
          return uploadWithRetries(request);
        },
      },
    );
    expect(result.failure).toBeUndefined();
    const mints = target.log.filter((e) => e.path === '/_/oidc/mint-token' && e.status === 200);
    expect(mints.length).toBeGreaterThanOrEqual(2);
    unsubscribe();
    // Each minted token and its Basic header form reached the registry, so the runner masks them.
    const basicPrefix = Buffer.from('__token__').toString('base64');
    const basicForms = new Set(heard.filter((form) => form.startsWith(basicPrefix)));
    expect(basicForms.size).toBeGreaterThanOrEqual(mints.length);
    expect(await listed(target, PROJECT)).toEqual(await expectedListing(files));
  });

  it("refuses with PyPI's error code and the token's claims when no publisher matches, uploading nothing", async () => {
    const target = await index({ trustedPublishers: [publisher('publish.yml')] });
    const { dir } = await releaseDir({ wheels: 1 });
    const attempt = publish(
      target,
      { directory: dir },
      { credentials: { kind: 'trusted-publishing', getIdToken: async (audience) => github.token(audience) } },
    );
    const error = (await attempt.catch((e: unknown) => e)) as TrustedPublishingError;
    expect(error).toBeInstanceOf(TrustedPublishingError);
    expect(error.errors.map((e) => e.code)).toEqual(['invalid-publisher']);
    expect(error.claims).toMatchObject({
      repository: 'octo-org/octo-repo',
      environment: 'pypi',
      ref: 'refs/heads/main',
    });
    expect(uploadRequests(target)).toBe(0);
  });

  it('does not authenticate at all in a dry run', async () => {
    const target = await index({ trustedPublishers: [publisher()] });
    const { dir } = await releaseDir({ wheels: 1 });
    const result = await publish(
      target,
      { directory: dir },
      {
        dryRun: true,
        credentials: {
          kind: 'trusted-publishing',
          getIdToken: async () => {
            throw new Error('no token in a dry run');
          },
        },
      },
    );
    expect(result.failure).toBeUndefined();
    expect(Object.values(statuses(result))).toEqual(['would-upload', 'would-upload']);
    expect(target.log.some((e) => e.path.startsWith('/_/oidc'))).toBe(false);
  });
});
