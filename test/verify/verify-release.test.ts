/**
 * verifyRelease against the embedded index: real wheels and sdists from `python -m build`, uploaded with the
 * suite's client, a CDN-like visibility delay, injected read faults, and real pip in fresh venvs.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { resolveIndexUrls } from '../../packages/pypi/index.js';
import { interpreterHints, verifyRelease, type VerifyOptions } from '../../packages/verify/index.js';
import { buildFixture, buildWithRequiresPython, manylinuxWheel, publish, rezipped } from './support/index.js';
import { startScenario, type Scenario } from './support/scenario.js';

let scene: Scenario;
const index = (options?: Parameters<Scenario['index']>[0]) => scene.index(options);
const dirWith = (name: string, files: readonly string[]) => scene.dirWith(name, files);
const options = (running: { uploadUrl: string }, packagesDir: string, extra: Partial<VerifyOptions> = {}) =>
  scene.options(running.uploadUrl, packagesDir, extra);

beforeAll(async () => {
  scene = await startScenario();
}, 240_000);

afterAll(() => scene?.stop());

describe('waiting for the index', () => {
  it('waits out a visibility delay and verifies every file on both APIs', async () => {
    const running = await index({ visibilityDelayMs: 1_500 });
    const built = await buildFixture('pure', '1.0');
    await publish(running, [built.wheel, built.sdist]);
    const result = await verifyRelease(options(running, await dirWith('delay', [built.wheel, built.sdist])));
    expect(result.problems).toEqual([]);
    expect(result).toMatchObject({ verified: true, project: 'pure', version: '1.0' });
    expect(result.wait.polls).toBeGreaterThan(1);
    expect(result.waitedSeconds).toBeGreaterThanOrEqual(1);
    expect(result.files.map((f) => f.status)).toEqual(['ok', 'ok']);
    expect(result.files.every((f) => f.local_sha256 === f.index_sha256)).toBe(true);
  }, 60_000);

  it('keeps polling through 503s, 429s and resets on the read APIs', async () => {
    const running = await index({
      faults: { rate: 0.4, seed: 7, scope: 'read', kinds: ['503', '429', 'reset'] },
    });
    const built = await buildFixture('pure', '1.0');
    await publish(running, [built.wheel, built.sdist]);
    const result = await verifyRelease(options(running, await dirWith('faults', [built.wheel, built.sdist])));
    expect(result.problems).toEqual([]);
    expect(result.verified).toBe(true);
  }, 60_000);

  it('fails at once, naming the file, when the index serves a different file under that name', async () => {
    const running = await index();
    const built = await buildFixture('pure', '1.0');
    await publish(running, [built.wheel, built.sdist]);
    const local = await dirWith('mismatch', [built.sdist]);
    await rezipped(built.wheel, local);
    const started = Date.now();
    const result = await verifyRelease(options(running, local, { timeoutMs: 600_000 }));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(result.verified).toBe(false);
    expect(result.wait.outcome).toBe('failed');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /^pure-1\.0-py3-none-any\.whl: the JSON API serves sha256 [0-9a-f]{12}…, the local file has [0-9a-f]{12}… — a different file was uploaded under this name$/,
    );
    expect(result.files.find((f) => f.filename.endsWith('.whl'))).toMatchObject({ status: 'mismatch' });
    expect(result.files.find((f) => f.filename.endsWith('.tar.gz'))).toMatchObject({ status: 'ok' });
  }, 60_000);

  it('lists each file still missing at the timeout on its own line', async () => {
    const running = await index();
    const built = await buildFixture('pure', '1.1');
    await publish(running, [built.wheel]);
    const result = await verifyRelease(
      options(running, await dirWith('missing', [built.wheel, built.sdist]), {
        timeoutMs: 1_500,
        installCheck: true,
        checkLatest: true,
      }),
    );
    expect(result.verified).toBe(false);
    expect(result.wait.outcome).toBe('timeout');
    expect(result.problems).toEqual([
      `pure-1.1.tar.gz: not on the index after ${result.waitedSeconds >= 10 ? Math.round(result.waitedSeconds) : result.waitedSeconds} s`,
    ]);
    expect(result.waitedSeconds).toBeGreaterThanOrEqual(1.5);
    expect(result.skipped).toEqual([
      'install check and check-latest skipped: the index does not serve the release yet',
    ]);
    expect(result.install).toBeUndefined();
  }, 60_000);

  it('reports files of the release on the index that were not expected, without failing', async () => {
    const running = await index();
    const built = await buildFixture('pure', '1.0');
    await publish(running, [built.wheel, built.sdist]);
    const result = await verifyRelease(options(running, await dirWith('extra', [built.sdist])));
    expect(result.verified).toBe(true);
    expect(result.files).toEqual([
      expect.objectContaining({ filename: 'pure-1.0.tar.gz', status: 'ok' }),
      expect.objectContaining({
        filename: 'pure-1.0-py3-none-any.whl',
        status: 'unexpected',
        local_sha256: null,
      }),
    ]);
    expect(result.warnings).toEqual([
      'pure-1.0-py3-none-any.whl: on the index for this release, but not among the expected files',
    ]);
  }, 60_000);
});

describe('install check with real pip', () => {
  it('installs the pure project from the index with its dependency from the extra index, imports it and runs the smoke command', async () => {
    const running = await index();
    const built = await buildFixture('pure', '2.0');
    await publish(running, [built.wheel, built.sdist]);
    const lines: string[] = [];
    const result = await verifyRelease(
      options(running, await dirWith('pure-install', [built.wheel, built.sdist]), {
        installCheck: true,
        smokeCommand:
          'python -c "import pure, packaging; print(pure.greet(\'smoke\'))" && test -n "$VIRTUAL_ENV"',
        log: (line) => lines.push(line),
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.verified).toBe(true);
    const install = result.install;
    expect(install).toMatchObject({
      ok: true,
      requirement: 'pure==2.0',
      installedVersion: '2.0',
      importNamesFrom: 'wheel',
      installed: { filename: 'pure-2.0-py3-none-any.whl', matches: true },
      smoke: { exitCode: 0 },
    });
    expect(install?.installed?.url.startsWith(running.url)).toBe(true);
    expect(install?.imports.map((i) => [i.module, i.ok])).toEqual([['pure', true]]);
    expect(install?.imports[0]?.file).toContain(`${join('venv', 'lib')}`);
    expect(install?.python?.implementation).toBe('CPython');
    expect(lines).toContain('hello, smoke');
  }, 120_000);

  it('installs the C extension built for this host and imports the module and its extension', async () => {
    const running = await index();
    const built = await buildFixture('cext', '1.0');
    const wheel = await manylinuxWheel(built.wheel, join(scene.work, 'cext-wheel'));
    await publish(running, [wheel, built.sdist]);
    const result = await verifyRelease(
      options(running, await dirWith('cext-install', [wheel, built.sdist]), {
        installCheck: true,
        importNames: ['cext', 'cext._speedups'],
        smokeCommand: 'python -c "import cext; assert cext.add(2, 3) == 5"',
        extraIndexUrls: [],
      }),
    );
    expect(result.problems).toEqual([]);
    expect(result.install).toMatchObject({
      ok: true,
      importNamesFrom: 'input',
      installed: { filename: basename(wheel), matches: true },
    });
    expect(result.install?.imports.map((i) => i.ok)).toEqual([true, true]);
    expect(result.install?.imports[1]?.file).toMatch(/_speedups\..*so$/);
  }, 120_000);

  it('fails with pip’s own words when a dependency is nowhere to be found', async () => {
    const running = await index();
    const built = await buildFixture('pure', '3.0');
    await publish(running, [built.wheel, built.sdist]);
    const result = await verifyRelease(
      options(running, await dirWith('no-deps', [built.wheel, built.sdist]), {
        installCheck: true,
        extraIndexUrls: [],
      }),
    );
    expect(result.verified).toBe(false);
    expect(result.problems).toEqual([
      'installing the dependencies of pure==3.0 failed: No matching distribution found for packaging>=20; python_version >= "3.8" (set extra-index-url to where the dependencies come from)',
    ]);
  }, 120_000);

  it('fails when a module does not import, naming it', async () => {
    const running = await index();
    const built = await buildFixture('cext', '1.0');
    const wheel = await manylinuxWheel(built.wheel, join(scene.work, 'cext-wheel'));
    await publish(running, [wheel]);
    const result = await verifyRelease(
      options(running, await dirWith('bad-import', [wheel]), {
        installCheck: true,
        importNames: ['cext', 'cext.nope'],
        extraIndexUrls: [],
      }),
    );
    expect(result.verified).toBe(false);
    expect(result.problems).toEqual([
      "import cext.nope failed: ModuleNotFoundError: No module named 'cext.nope'",
    ]);
  }, 120_000);
});

describe('check-latest', () => {
  it('passes when a dev release sits next to a final one that a plain pip install still picks', async () => {
    const running = await index();
    const final = await buildFixture('pure', '1.0');
    const dev = await buildFixture('pure', '1.1.dev3');
    await publish(running, [final.wheel, final.sdist, dev.wheel, dev.sdist]);
    const result = await verifyRelease(
      options(running, await dirWith('latest-ok', [dev.wheel, dev.sdist]), { checkLatest: true }),
    );
    expect(result.problems).toEqual([]);
    expect(result.latest).toMatchObject({ ok: true, picked: '1.0', newestFinal: '1.0' });
  }, 120_000);

  it('fails when a plain pip install would get the dev release instead of the final one', async () => {
    const running = await index();
    const out = join(scene.work, 'py2-final');
    const [finalOnlyForPython2] = (await buildWithRequiresPython('pure', '1.0', '<3', out)).filter((f) =>
      f.endsWith('.whl'),
    );
    const dev = await buildFixture('pure', '1.1.dev3');
    await publish(running, [finalOnlyForPython2 as string, dev.wheel]);
    const result = await verifyRelease(
      options(running, await dirWith('latest-bad', [dev.wheel]), { checkLatest: true }),
    );
    expect(result.verified).toBe(false);
    expect(result.latest).toMatchObject({ ok: false, picked: '1.1.dev3', newestFinal: '1.0' });
    expect(result.problems).toEqual([
      "a plain 'pip install pure' now resolves to 1.1.dev3, a pre-release, instead of the final release 1.0: yank 1.1.dev3 or publish a final release above it",
    ]);
  }, 120_000);

  it('has nothing to check for a final release', async () => {
    const running = await index();
    const final = await buildFixture('pure', '1.0');
    await publish(running, [final.sdist]);
    const result = await verifyRelease(
      options(running, await dirWith('latest-final', [final.sdist]), { checkLatest: true }),
    );
    expect(result.verified).toBe(true);
    expect(result.latest).toBeUndefined();
    expect(result.skipped).toContain('check-latest: 1.0 is a final release, nothing to check');
  }, 60_000);
});

describe('indexes and versions', () => {
  it('verifies against a PEP 503 HTML-only simple index (no sizes there)', async () => {
    const running = await index({ simpleFormats: 'html' });
    const built = await buildFixture('pure', '1.0');
    await publish(running, [built.wheel, built.sdist]);
    const result = await verifyRelease(options(running, await dirWith('html', [built.wheel, built.sdist])));
    expect(result.problems).toEqual([]);
    expect(result.wait.simplePage?.format).toBe('html');
  }, 60_000);

  it('compares versions PEP 440-normalized: 0.4.3.pre0 is published as 0.4.3rc0', async () => {
    const running = await index();
    const built = await buildFixture('pure', '0.4.3.pre0');
    expect(basename(built.sdist)).toBe('pure-0.4.3rc0.tar.gz');
    await publish(running, [built.wheel, built.sdist]);
    const result = await verifyRelease(
      options(running, await dirWith('normalized', [built.wheel, built.sdist]), { version: '0.4.3.pre0' }),
    );
    expect(result).toMatchObject({ verified: true, version: '0.4.3rc0' });
  }, 60_000);

  it('warns about files that are yanked, without failing', async () => {
    const running = await index();
    const built = await buildFixture('pure', '1.0');
    await publish(running, [built.sdist]);
    expect(await running.admin.yank('pure', '1.0', 'broken')).toBe(true);
    const result = await verifyRelease(options(running, await dirWith('yanked', [built.sdist])));
    expect(result.verified).toBe(true);
    expect(result.warnings).toEqual(['pure-1.0.tar.gz is yanked on the index']);
  }, 60_000);

  it('stops at once when the index refuses to be read, naming the input to fix', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(403, 'Forbidden');
      res.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const built = await buildFixture('pure', '1.0');
    try {
      const refused = verifyRelease({
        ...options(scene.deps, await dirWith('refused', [built.sdist])),
        urls: resolveIndexUrls(`http://127.0.0.1:${port}/simple/`),
      });
      await expect(refused).rejects.toThrow(
        /^GET http:\/\/127\.0\.0\.1:\d+\/.*: 403 Forbidden; check repository-url and the credentials in it$/,
      );
    } finally {
      server.closeAllConnections();
      server.close();
    }
  }, 60_000);
});

describe('a broken interpreter', () => {
  it('still reports the verified files, and fails naming the python input', async () => {
    const running = await index();
    const built = await buildFixture('pure', '1.0');
    await publish(running, [built.sdist]);
    const result = await verifyRelease(
      options(running, await dirWith('no-python', [built.sdist]), {
        installCheck: true,
        python: 'python-does-not-exist',
      }),
    );
    expect(result.verified).toBe(false);
    expect(result.files.map((f) => f.status)).toEqual(['ok']);
    expect(result.problems).toEqual([
      `'python-does-not-exist' was not found on PATH: ${interpreterHints(process.platform).notFound}`,
    ]);
  }, 60_000);
});
