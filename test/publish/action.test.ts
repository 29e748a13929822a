// The built publish-pypi bundle, run as the runner runs it (Node 20 and 24), against the embedded index.
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { hashFile } from '../../packages/dists/index.js';
import { distDir, nodeRuntimes, runAction, type ActionRun } from '../harness/index.js';
import { defaultClaims, startGithubOidc, type GithubOidcService } from '../support/github-oidc.js';
import {
  copyInto,
  errorLines,
  expectedListing,
  leaksOf,
  listed,
  makeDists,
  releaseDir,
  startTestIndex,
  uploadRequests,
  writeManifest,
  type TestIndex,
} from './support.js';

const TOKEN = 'pypi-AgEIcHlwaS5vcmcCJDk5ZjNhYzY3LWFjdGlvbi10ZXN0LXRva2Vu';
const PROJECT = 'demo-pkg';

const indexes: TestIndex[] = [];
afterEach(async () => {
  await Promise.all(indexes.splice(0).map((index) => index.stop()));
});

async function index(options: Parameters<typeof startTestIndex>[0] = {}): Promise<TestIndex> {
  const started = await startTestIndex({ token: TOKEN, ...options });
  indexes.push(started);
  return started;
}

interface RunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  event?: { name: string; payload?: Record<string, unknown> };
  timeoutMs?: number;
  actionDir?: string;
}

function publish(node: string, target: { uploadUrl: string }, options: RunOptions = {}): Promise<ActionRun> {
  return runAction({
    actionDir: options.actionDir ?? distDir('publish-pypi'),
    node,
    inputs: { 'repository-url': target.uploadUrl, password: TOKEN, ...options.inputs },
    env: { NO_PROXY: '127.0.0.1', ...options.env },
    ...(options.event ? { event: options.event } : {}),
    timeoutMs: options.timeoutMs ?? 60_000,
  });
}

const files = (run: ActionRun) =>
  JSON.parse(run.outputs['files'] ?? '[]') as Array<{
    filename: string;
    sha256: string;
    size: number;
    status: string;
    url: string;
  }>;

describe.each(nodeRuntimes())('publish-pypi under $label', ({ path: node }) => {
  it('publishes with an API token: outputs, one summary row per file, and the token nowhere', async () => {
    const target = await index();
    const { dir, files: paths } = await releaseDir({ wheels: 2 });
    const proxyPassword = 'proxy-s3cret-pw';
    const run = await publish(node, target, {
      inputs: { 'packages-dir': dir },
      // Loopback is never proxied; the proxy's password must still be masked.
      env: { HTTPS_PROXY: `http://relay:${proxyPassword}@proxy.invalid:3128`, NO_PROXY: '127.0.0.1' },
    });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.masks).toContain(proxyPassword);
    expect(run.outputs['uploaded']).toBe('3');
    expect(run.outputs['already-present']).toBe('0');
    const expected = await expectedListing(paths);
    expect(
      files(run)
        .map(({ filename, sha256 }) => ({ filename, sha256 }))
        .sort((a, b) => (a.filename < b.filename ? -1 : 1)),
    ).toEqual(expected);
    expect(
      files(run).every((f) => f.status === 'uploaded' && f.url.startsWith(target.url) && f.size > 0),
    ).toBe(true);
    expect(files(run).at(-1)?.filename).toBe('demo_pkg-1.0.0.tar.gz');
    expect(await listed(target, PROJECT)).toEqual(expected);
    expect(run.summary.match(/<tr><td>/g)).toHaveLength(3);
    for (const { sha256 } of expected) expect(run.summary).toContain(`<code>${sha256}</code>`);
    expect(run.log).toContain(`sha256      ${expected[0]?.sha256}`);
    expect(run.log).not.toContain('blake2b-256'); // sha256 only, unless digests asks for more
    expect(run.masks).toContain(TOKEN);
    expect(leaksOf(run, [TOKEN, proxyPassword])).toEqual([]);
  });

  it("sends and logs twine's three digests when digests lists them, and the index checks each", async () => {
    const target = await index();
    const { dir, files: paths } = await releaseDir({ wheels: 1 });
    const run = await publish(node, target, {
      inputs: { 'packages-dir': dir, digests: 'sha256, md5\nblake2_256' },
    });
    expect(errorLines(run)).toEqual([]);
    expect(run.outputs['uploaded']).toBe('2');
    for (const path of paths) {
      const { md5, blake2_256 } = await hashFile(path);
      expect(run.log).toContain(`md5         ${md5}`);
      expect(run.log).toContain(`blake2b-256 ${blake2_256}`);
    }
  });

  it('finishes a release whose first run was killed after the first file landed', async () => {
    const slow = await startTestIndex({
      token: TOKEN,
      faults: { rate: 1, seed: 1, kinds: ['slow'], slowMs: 8000 },
    });
    const { dir, files: paths } = await releaseDir({ wheels: 3 });
    const killed = await publish(node, slow, { inputs: { 'packages-dir': dir }, timeoutMs: 5000 });
    expect(killed.signal).toBe('SIGKILL');
    await slow.close();
    const again = await index({ storageDir: slow.storageDir });
    expect(await listed(again, PROJECT)).toHaveLength(1);

    const run = await publish(node, again, { inputs: { 'packages-dir': dir } });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['already-present']).toBe('1');
    expect(run.outputs['uploaded']).toBe('3');
    expect(await listed(again, PROJECT)).toEqual(await expectedListing(paths));
  });

  it('ends complete when 30% of all requests fail, "stored, but 502" included', async () => {
    const target = await index({ faults: { rate: 0.3, seed: 7, scope: 'all', slowMs: 50 } });
    const { dir, files: paths } = await releaseDir({ wheels: 5 });
    const run = await publish(node, target, { inputs: { 'packages-dir': dir } });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    const faults = target.log.flatMap((e) => (e.fault ? [e.fault] : []));
    expect(faults.length).toBeGreaterThan(4);
    expect(faults).toContain('stored-502');
    expect(await listed(target, PROJECT)).toEqual(await expectedListing(paths));
  });

  it('rehearses with dry-run: asks the index, uploads nothing, needs no credentials', async () => {
    const target = await index();
    const { dir } = await releaseDir({ wheels: 1 });
    const run = await publish(node, target, {
      inputs: { 'packages-dir': dir, 'dry-run': 'true', password: '' },
    });
    expect(run.exitCode).toBe(0);
    expect(files(run).map((f) => f.status)).toEqual(['would-upload', 'would-upload']);
    expect(run.outputs['uploaded']).toBe('0');
    expect(run.summary).toContain('Dry run: demo-pkg 1.0.0');
    expect(uploadRequests(target)).toBe(0);
  });

  it('uploads exactly the files of a manifest', async () => {
    const target = await index();
    const { dir, files: paths } = await releaseDir({ wheels: 3 });
    const chosen = [paths[1] as string, paths[3] as string];
    const manifest = await writeManifest(dir, chosen);
    const run = await publish(node, target, { inputs: { manifest } });
    expect(run.exitCode).toBe(0);
    expect(
      files(run)
        .map((f) => f.filename)
        .sort(),
    ).toEqual(chosen.map((p) => basename(p)).sort());
    expect(await listed(target, PROJECT)).toEqual(await expectedListing(chosen));
  });

  it('starts without loading @actions/core when a token is given', async () => {
    const bundle = await mkdtemp(join(tmpdir(), 'publish-bundle-'));
    await cp(distDir('publish-pypi'), bundle, { recursive: true });
    // The on-demand chunk that holds @actions/core (OIDC): without it, a token run must still work.
    const chunks = (await readdir(bundle)).filter((name) => /^\d+\.index\.js$/.test(name));
    const core: string[] = [];
    for (const chunk of chunks)
      if ((await readFile(join(bundle, chunk), 'utf8')).includes('getIDToken')) core.push(chunk);
    expect(core).toHaveLength(1);
    for (const chunk of core) await rm(join(bundle, chunk));
    const target = await index();
    const { dir } = await releaseDir({ wheels: 1 });
    const run = await publish(node, target, { inputs: { 'packages-dir': dir }, actionDir: bundle });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
  });

  describe('refuses bad input with one line and uploads nothing', () => {
    const cases: Array<
      [string, (target: TestIndex, dir: string) => Promise<Record<string, string>>, RegExp]
    > = [
      [
        '/legacy without the slash',
        async (target, dir) => ({ 'packages-dir': dir, 'repository-url': `${target.url}/legacy` }),
        /^repository-url 'http:\/\/127\.0\.0\.1:\d+\/legacy' must end with a slash: use 'http:\/\/127\.0\.0\.1:\d+\/legacy\/'/,
      ],
      [
        'a repository that is no URL',
        async (_target, dir) => ({ 'packages-dir': dir, 'repository-url': 'upload.pypi.org' }),
        /^repository-url 'upload\.pypi\.org' is not a URL/,
      ],
      [
        'concurrency 0',
        async (_target, dir) => ({ 'packages-dir': dir, concurrency: '0' }),
        /^Input concurrency must be a whole number in 1\.\.32, got "0"\.$/,
      ],
      [
        'an unknown digest',
        async (_t, dir) => ({ 'packages-dir': dir, digests: 'sha256 sha1' }),
        /^Input digests takes sha256, md5 and blake2_256 \(or all, twine's set\), got "sha1"\.$/,
      ],
      [
        'dry-run yes',
        async (_t, dir) => ({ 'packages-dir': dir, 'dry-run': 'yes' }),
        /^Input dry-run must be true or false/,
      ],
      [
        'a user without a password',
        async (_t, dir) => ({ 'packages-dir': dir, user: 'alice', password: '' }),
        /^Input user is "alice" but password is empty/,
      ],
      [
        'a missing packages-dir',
        async (_t, dir) => ({ 'packages-dir': join(dir, 'nope') }),
        /^packages-dir .*nope does not exist: build the distributions into it first/,
      ],
      [
        'an empty packages-dir',
        async () => ({ 'packages-dir': await mkdtemp(join(tmpdir(), 'publish-empty-')) }),
        /^packages-dir .* holds no wheel \(\.whl\) or sdist \(\.tar\.gz\)/,
      ],
      [
        'a corrupt wheel',
        async (_t, dir) => {
          await writeFile(join(dir, 'demo_pkg-1.0.0-cp313-cp313-win_amd64.whl'), 'PK garbage');
          return { 'packages-dir': dir };
        },
        /^demo_pkg-1\.0\.0-cp313-cp313-win_amd64\.whl would be refused by the index: 400 Invalid distribution file\. .*; nothing was uploaded$/,
      ],
      [
        'a wheel PyPI refuses for its platform tag (linux_x86_64, not repaired by auditwheel)',
        async (_t, dir) => {
          await makeDists([{ name: PROJECT, version: '1.0.0', tag: 'cp312-cp312-linux_x86_64' }], dir);
          return { 'packages-dir': dir };
        },
        /^demo_pkg-1\.0\.0-cp312-cp312-linux_x86_64\.whl would be refused by the index: 400 Binary wheel 'demo_pkg-1\.0\.0-cp312-cp312-linux_x86_64\.whl' has an unsupported platform tag 'linux_x86_64'\.; nothing was uploaded$/,
      ],
      [
        'a manifest naming a missing file',
        async (_t, dir) => {
          const manifest = await writeManifest(dir, [join(dir, 'demo_pkg-1.0.0.tar.gz')]);
          await rm(join(dir, 'demo_pkg-1.0.0.tar.gz'));
          return { manifest };
        },
        /^demo_pkg-1\.0\.0\.tar\.gz is listed in the manifest but missing from .*: collect the artifacts again; nothing was uploaded$/,
      ],
      [
        'a file the index has with other content',
        async (target, dir) => {
          const other = await releaseDir({ wheels: 1, payload: 99_999 });
          const first = await publish(node, target, {
            inputs: { 'packages-dir': await copyInto([other.files[0] as string]) },
          });
          expect(first.exitCode).toBe(0);
          return { 'packages-dir': dir };
        },
        /^demo_pkg-1\.0\.0-py3-none-any\.whl is already on the index with different content .*; nothing was uploaded$/,
      ],
    ];

    it.each(cases)('%s', async (_label, inputsFor, message) => {
      const target = await index();
      const { dir } = await releaseDir({ wheels: 1 });
      const inputs = await inputsFor(target, dir);
      const before = uploadRequests(target);
      const run = await publish(node, target, { inputs });
      expect(run.exitCode).toBe(1);
      const errors = errorLines(run);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(message);
      expect(errors[0]).not.toMatch(/[\r\n]/);
      expect(uploadRequests(target)).toBe(before);
      expect(leaksOf(run, [TOKEN])).toEqual([]);
    });
  });

  describe('trusted publishing', () => {
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

    it('exchanges the job OIDC token for an upload token, masked, shown nowhere', async () => {
      const target = await index({ trustedPublishers: [publisher()] });
      const { dir, files: paths } = await releaseDir({ wheels: 2 });
      const issuedBefore = github.issued.length;
      const run = await publish(node, target, {
        inputs: { 'packages-dir': dir, password: '' },
        // Attestations are on by default here: signed by the index's Sigstore stand-in, tokens masked too.
        env: { ...github.env, RELEASE_ACTIONS_SIGSTORE_URL: `${target.url}/_/sigstore` },
      });
      expect(errorLines(run)).toEqual([]);
      expect(run.exitCode).toBe(0);
      expect(await listed(target, PROJECT)).toEqual(await expectedListing(paths));
      const oidcTokens = github.issued.slice(issuedBefore);
      expect(oidcTokens.length).toBeGreaterThan(0);
      // The OIDC token, the minted token and its Basic form are masked, and appear nowhere else.
      for (const token of oidcTokens) expect(run.masks).toContain(token);
      expect(run.masks.length).toBeGreaterThanOrEqual(oidcTokens.length + 2);
      expect(leaksOf(run, [...run.masks, ...oidcTokens])).toEqual([]);
      expect(run.log).toContain('Trusted publishing: upload token minted');
    });

    it('says in one line that a token is the other way when there is no OIDC token, and how trusted publishing is set up', async () => {
      const target = await index({ trustedPublishers: [publisher()] });
      const { dir } = await releaseDir({ wheels: 1 });
      const run = await publish(node, target, { inputs: { 'packages-dir': dir, password: '' } });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([
        "Trusted publishing needs an OIDC token and this job can get none: set the `password` input to an API token (user `__token__`), or publish from a GitHub workflow whose job has `permissions: id-token: write` and is registered as a trusted publisher of the project on the index (PyPI: the project's Settings → Publishing).",
      ]);
      expect(run.summary).toContain('permissions:\n      id-token: write');
      expect(uploadRequests(target)).toBe(0);
    });

    it('says in one line to set password to an API token when the index refuses trusted publishing', async () => {
      const target = await index();
      const { dir } = await releaseDir({ wheels: 1 });
      const run = await publish(node, target, {
        inputs: { 'packages-dir': dir, password: '' },
        env: github.env,
      });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([
        `trusted publishing: GET ${target.url}/_/oidc/audience gave no audience (403 Forbidden: Trusted publishing functionality not enabled): this index does not accept trusted publishing; set the \`password\` input to an API token (user \`__token__\`), or enable trusted publishing on the index (PyPI: the project's Settings → Publishing; release-actions index serve: --trusted-publishers)`,
      ]);
      expect(uploadRequests(target)).toBe(0);
    });

    it("shows PyPI's error code and the token's claims when the exchange is refused", async () => {
      const target = await index({ trustedPublishers: [publisher('publish.yml')] });
      const { dir } = await releaseDir({ wheels: 1 });
      const run = await publish(node, target, {
        inputs: { 'packages-dir': dir, password: '' },
        env: github.env,
      });
      expect(run.exitCode).toBe(1);
      const errors = errorLines(run);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /^trusted publishing: PyPI refused the OIDC token \(422\): invalid-publisher: /,
      );
      expect(run.summary).toContain('<code>invalid-publisher</code>');
      for (const claim of [
        'octo-org/octo-repo',
        'octo-org/octo-repo/.github/workflows/release.yml@refs/heads/main',
        'refs/heads/main',
        '<code>pypi</code>',
      ])
        expect(run.summary).toContain(claim);
      expect(uploadRequests(target)).toBe(0);
      expect(leaksOf(run, github.issued)).toEqual([]);
    });

    it('refuses a pull request from a fork before asking anyone for anything', async () => {
      const target = await index({ trustedPublishers: [publisher()] });
      const { dir } = await releaseDir({ wheels: 1 });
      const run = await publish(node, target, {
        inputs: { 'packages-dir': dir, password: '' },
        env: github.env,
        event: { name: 'pull_request_target', payload: { pull_request: { head: { repo: { fork: true } } } } },
      });
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([
        'Trusted publishing is refused for pull requests from forks: GitHub gives them no OIDC token. Publish from a push or release workflow in the repository itself.',
      ]);
      expect(target.log).toEqual([]);
    });
  });

  describe('an index that misbehaves', () => {
    let server: Server;
    let url = '';
    beforeAll(async () => {
      server = createServer((req, res) => {
        const auth = req.headers.authorization ?? '';
        const password =
          Buffer.from(auth.replace(/^Basic /, ''), 'base64')
            .toString()
            .split(':')[1] ?? '';
        req.resume();
        if (req.method === 'GET') {
          res.writeHead(404, `Not Found for ${auth}`).end(`no project; you sent ${password}`);
          return;
        }
        res.writeHead(403, `Invalid or non-existent authentication information: ${password}`, {
          'Content-Type': 'text/plain',
        });
        res.end(`403 Forbidden\n\nAccess was denied.\n\n${auth} ${password}`);
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/legacy/`;
    });
    afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

    it('never follows a redirect of the upload, and says so', async () => {
      const redirecting = createServer((req, res) => {
        req.resume();
        if (req.method === 'GET') res.writeHead(404).end();
        else res.writeHead(308, { Location: 'https://elsewhere.example/legacy/' }).end();
      });
      await new Promise<void>((resolve) => redirecting.listen(0, '127.0.0.1', resolve));
      const port = (redirecting.address() as AddressInfo).port;
      const { dir } = await releaseDir({ wheels: 1 });
      const run = await publish(
        node,
        { uploadUrl: `http://127.0.0.1:${port}/legacy/` },
        { inputs: { 'packages-dir': dir } },
      );
      await new Promise<void>((resolve) => redirecting.close(() => resolve()));
      expect(run.exitCode).toBe(1);
      expect(errorLines(run)).toEqual([
        expect.stringMatching(
          /refused: 308 redirect to https:\/\/elsewhere\.example\/legacy\/: uploads never follow redirects .*; nothing was uploaded$/,
        ),
      ]);
    });

    it('shows its message with the token masked, and the token nowhere', async () => {
      const { dir } = await releaseDir({ wheels: 1 });
      const run = await publish(node, { uploadUrl: url }, { inputs: { 'packages-dir': dir } });
      expect(run.exitCode).toBe(1);
      const errors = errorLines(run);
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatch(
        /refused: 403 Invalid or non-existent authentication information: \*\*\*; nothing was uploaded$/,
      );
      expect(leaksOf(run, [TOKEN])).toEqual([]);
    });
  });
});
