// The cases that make a venv and run pip take seconds each: they run concurrently (it.concurrent).
/**
 * verifyRelease where an index misbehaves and a runner is not Linux-friendly: bytes served that differ from
 * the listed hash (a corrupted sdist, another platform's wheel), answers that cannot be read, the download
 * modes; the smoke command's shell and timeout, the default interpreter, pip's configuration kept out, and a
 * venv that will not go away. Real wheels and sdists, the embedded index behind a tampering proxy, real pip.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { verifyRelease } from '../../packages/verify/index.js';
import { fakeClock } from '../support/clock.js';
import { buildFixture, publish, PYTHON, retaggedWheel, type TestIndex } from './support/index.js';
import { startScenario, type Scenario } from './support/scenario.js';
import { startTamperingProxy, type Tampering, type TamperingProxy } from './support/tampering-proxy.js';

let scene: Scenario;
let pure: { wheel: string; sdist: string };
/** pure 1.0 as built for Windows only: a wheel pip on this machine never installs. */
let windowsWheel: string;
let release: TestIndex;
const proxies: TamperingProxy[] = [];

async function proxy(tampering: Tampering): Promise<TamperingProxy> {
  const started = await startTamperingProxy(release.url, tampering);
  proxies.push(started);
  return started;
}

const releaseFiles = () => [pure.wheel, pure.sdist, windowsWheel];

beforeAll(async () => {
  scene = await startScenario();
  pure = await buildFixture('pure', '1.0');
  windowsWheel = await retaggedWheel(pure.wheel, join(scene.work, 'win'), 'win_amd64');
  release = await scene.index();
  await publish(release, releaseFiles());
}, 240_000);

afterAll(async () => {
  await Promise.all(proxies.map((p) => p.stop()));
  await scene?.stop();
});

describe('every file downloaded and hashed (download: all)', () => {
  it('fails when the index lists the right hash but serves a corrupted sdist', async () => {
    const bad = await proxy({ corrupt: (path) => path.endsWith('.tar.gz') });
    const dir = await scene.dirWith('corrupt-sdist', releaseFiles());
    const result = await verifyRelease(scene.options(bad.uploadUrl, dir, { timeoutMs: 600_000 }));
    expect(result.verified).toBe(false);
    expect(result.wait.outcome).toBe('failed');
    expect(result.problems).toEqual([
      expect.stringMatching(
        /^pure-1\.0\.tar\.gz: http:\/\/127\.0\.0\.1:\d+\/packages\/.*\/pure-1\.0\.tar\.gz serves sha256 [0-9a-f]{12}… \(\d+ bytes\), the local file has [0-9a-f]{12}… \(\d+ bytes\) — the index lists the right hash but serves other bytes$/,
      ),
    ]);
    const sdistRow = result.files.find((f) => f.filename === 'pure-1.0.tar.gz');
    expect(sdistRow?.status).toBe('mismatch');
    expect(sdistRow?.index_sha256).toBe(sdistRow?.local_sha256);
    expect(sdistRow?.served_sha256).not.toBe(sdistRow?.local_sha256);
  }, 60_000);

  it("fails on another platform's wheel served corrupted, which no install check would ever fetch", async () => {
    const bad = await proxy({ corrupt: (path) => path.endsWith('win_amd64.whl') });
    const dir = await scene.dirWith('corrupt-windows-wheel', releaseFiles());
    const result = await verifyRelease(scene.options(bad.uploadUrl, dir, { installCheck: true }));
    expect(result.verified).toBe(false);
    expect(result.problems).toEqual([
      expect.stringMatching(/^pure-1\.0-py3-none-win_amd64\.whl: .* serves other bytes$/),
    ]);
    expect(result.install).toBeUndefined();
  }, 60_000);

  it('verifies an intact release, every file downloaded once, and says so', async () => {
    const dir = await scene.dirWith('intact', releaseFiles());
    const result = await verifyRelease(scene.options(release.uploadUrl, dir));
    expect(result.problems).toEqual([]);
    expect(result.verified).toBe(true);
    expect(result.files.every((f) => f.served_sha256 === f.local_sha256)).toBe(true);
    expect(result.download).toMatchObject({ mode: 'all', files: 3 });
    expect(result.download.note).toMatch(
      /^3 of 3 file\(s\) downloaded from the URLs the index lists and hashed \([\d.]+ KiB\)$/,
    );
  }, 60_000);
});

describe('download: installed and none', () => {
  it.concurrent(
    "installed: only pip's download is checked, against the release's own hashes",
    async () => {
      const windowsCorrupt = await proxy({ corrupt: (path) => path.endsWith('win_amd64.whl') });
      const dir = await scene.dirWith('installed-ok', releaseFiles());
      const passes = await verifyRelease(
        scene.options(windowsCorrupt.uploadUrl, dir, { download: 'installed', installCheck: true }),
      );
      expect(passes.problems).toEqual([]);
      expect(passes.download.files).toBe(0);
      expect(passes.download.note).toContain(
        'only the file the install check installs is downloaded, by pip',
      );

      // The wheel pip picks, served corrupted: pip refuses it, as none of the release's files.
      const pickedCorrupt = await proxy({ corrupt: (path) => path.endsWith('py3-none-any.whl') });
      const fails = await verifyRelease(
        scene.options(pickedCorrupt.uploadUrl, dir, { download: 'installed', installCheck: true }),
      );
      expect(fails.problems).toEqual([
        expect.stringMatching(
          /^pip install pure==1\.0 from the index failed: http:\/\/127\.0\.0\.1:\d+\/packages\/.*\/pure-1\.0-py3-none-any\.whl has sha256 [0-9a-f]{12}…, which is none of the release's files$/,
        ),
      ]);
    },
    120_000,
  );

  it('none: nothing downloaded, every file judged by its listed hash, and the summary says so', async () => {
    const bad = await proxy({ corrupt: (path) => path.startsWith('/packages/') });
    const dir = await scene.dirWith('none', releaseFiles());
    const result = await verifyRelease(scene.options(bad.uploadUrl, dir, { download: 'none' }));
    expect(result.verified).toBe(true);
    expect(bad.tampered).toEqual([]);
    expect(result.download.note).toBe(
      'nothing downloaded; every file is judged by the sha256 the index lists',
    );
  }, 60_000);
});

describe('answers that cannot be read', () => {
  it.each([
    ['an HTML error page', { contentType: 'application/json', body: '<html>502 Bad Gateway</html>' }],
    ['an empty 200', { contentType: 'application/vnd.pypi.simple.v1+json', body: '' }],
  ])(
    'polls through %s from the JSON and simple API, and verifies',
    async (_what, garbage) => {
      const flaky = await proxy({
        garbageOnce: (path) => path.startsWith('/pypi/') || path.startsWith('/simple/'),
        garbage,
      });
      const lines: string[] = [];
      const dir = await scene.dirWith(`garbage-${garbage.body.length}`, releaseFiles());
      const result = await verifyRelease(
        scene.options(flaky.uploadUrl, dir, { log: (line) => lines.push(line) }),
      );
      expect(result.problems).toEqual([]);
      expect(result.verified).toBe(true);
      expect(result.wait.polls).toBe(2);
      expect(flaky.tampered).toEqual(['/pypi/pure/1.0/json', '/simple/pure/']);
      expect(lines.filter((line) => line.endsWith('(will retry)'))).toHaveLength(2);
    },
    60_000,
  );
});

describe('the smoke command, the interpreter and pip on any runner', () => {
  it.concurrent(
    'runs the smoke command in bash and stops it, with what it started, at smoke-timeout',
    async () => {
      const dir = await scene.dirWith('smoke-timeout', [pure.wheel]);
      // Were the background sleep left running, holding the output pipes, this would outlast the test.
      const result = await verifyRelease(
        scene.options(release.uploadUrl, dir, {
          installCheck: true,
          smokeCommand: 'test -n "${VIRTUAL_ENV:-}"\nsleep 100 &\nsleep 100',
          smokeTimeoutMs: 1_000,
        }),
      );
      expect(result.problems).toEqual([
        'smoke-command did not finish within 1.0 s and was stopped, with every process it started: test -n "${VIRTUAL_ENV:-}"\nsleep 100 &\nsleep 100',
      ]);
      expect(result.install?.smoke).toMatchObject({ shell: 'bash', timedOut: true });
    },
    60_000,
  );

  it.concurrent(
    'uses python3 from PATH when the python input is empty, and keeps pip configuration files out',
    async () => {
      // A PATH whose python3 is the Debian interpreter, and a user pip.conf that would pull pre-releases and
      // send pip elsewhere: a plain install must still mean the newest final release from the index alone.
      const bin = join(scene.work, 'default-python-bin');
      const config = join(scene.work, 'xdg', 'pip');
      await mkdir(bin, { recursive: true });
      await mkdir(config, { recursive: true });
      await symlink(PYTHON, join(bin, 'python3'));
      await writeFile(
        join(config, 'pip.conf'),
        '[global]\npre = true\nindex-url = http://127.0.0.1:9/nowhere/\n',
      );
      const running = await scene.index();
      const dev = await buildFixture('pure', '1.1.dev3');
      await publish(running, [pure.wheel, dev.wheel]);
      const env: NodeJS.ProcessEnv = {
        PATH: `${bin}:/usr/bin:/bin`,
        HOME: scene.work,
        XDG_CONFIG_HOME: join(scene.work, 'xdg'),
      };
      const result = await verifyRelease(
        scene.options(running.uploadUrl, await scene.dirWith('default-python', [dev.wheel]), {
          python: '',
          installCheck: true,
          checkLatest: true,
          env,
        }),
      );
      expect(result.problems).toEqual([]);
      expect(result.install?.python?.executable).toMatch(/^\/usr\/bin\/python3/);
      expect(result.latest).toMatchObject({ ok: true, picked: '1.0' });
    },
    120_000,
  );

  it.concurrent(
    'keeps a successful verification when the venv cannot be deleted, with a warning',
    async () => {
      const dir = await scene.dirWith('busy-venv', [pure.wheel]);
      const attempts: string[] = [];
      const result = await verifyRelease(
        scene.options(release.uploadUrl, dir, {
          installCheck: true,
          clock: fakeClock(),
          removeTree: async (path) => {
            attempts.push(path);
            throw Object.assign(new Error(`EBUSY: resource busy or locked, rmdir '${path}'`), {
              code: 'EBUSY',
            });
          },
        }),
      );
      expect(result.verified).toBe(true);
      expect(result.install?.ok).toBe(true);
      expect(attempts.length).toBeGreaterThan(1);
      expect(result.warnings).toContainEqual(
        expect.stringMatching(
          /^could not remove the install check's directory .*verify-pypi-\w+ \(EBUSY: .*\); it is left for the runner to clean up$/,
        ),
      );
    },
    120_000,
  );
});
