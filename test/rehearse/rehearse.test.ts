// release-actions rehearse, end to end: the built CLI plays the templates on fixture projects in real git
// repositories, with real pip and python -m build, against the embedded index. The slow cases run concurrently.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { runProcess } from '../../packages/process/index.js';
import { PYTHON } from '../fixtures/build.js';
import { printed, startCli } from '../cli/support.js';
import {
  buildCextOffline,
  fixtureRepo,
  installFromIndex,
  MONOREPO_PACKAGES,
  monorepoRepo,
  rehearseCli,
  reopenIndex,
  scratchDir,
  tableRow,
} from './support.js';

const cleanup: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const step of cleanup.reverse()) await step();
});

const PURE = ['--template', 'pure-release.yml'];
/** cibuildwheel's name of this machine's architecture (the wheel a rehearsal builds is this host's). */
const ARCH = process.arch === 'arm64' ? 'aarch64' : 'x86_64';

/** `rehearse` of `template` for `event`, keeping the index in `storage`. */
function rehearseEvent(dir: string, template: string, event: string, storage: string) {
  return rehearseCli(dir, ['--template', template, '--event', event, '--index-storage', storage]);
}

/** What `pip download` (no configuration file, no cache) picks from `simpleUrl` for `requirement`. */
async function pipPicks(
  simpleUrl: string,
  requirement: string,
  extra: string[],
  dir: string,
): Promise<string[]> {
  const into = join(dir, `picked-${Date.now()}`);
  const result = await runProcess(
    PYTHON,
    [
      '-m',
      'pip',
      'download',
      '--no-deps',
      '--no-cache-dir',
      '--index-url',
      simpleUrl,
      '-d',
      into,
      ...extra,
      requirement,
    ],
    { env: { ...process.env, PIP_CONFIG_FILE: '/dev/null', PIP_RETRIES: '0' } },
  );
  expect(result.stderr).not.toMatch(/ERROR/);
  return readdir(into);
}

describe('release-actions rehearse', () => {
  it.concurrent(
    'pure-release.yml: a tag push releases, a later push to main a dev release, and plain pip install gets the release',
    async () => {
      const repo = await fixtureRepo('hello', cleanup);
      const storage = await scratchDir(cleanup);
      const tag = await rehearseEvent(repo.dir, 'pure-release.yml', 'tag', storage);
      expect(tag.stdout).toContain('refs/tags/v1.0.0 at');
      for (const job of ['build', 'gate', 'collect', 'publish', 'verify'])
        expect(tableRow(tag.stdout, job)).toEqual([job, 'success']);
      expect(tag.stdout).toContain('checkout: plays as a clone of');
      expect(tag.stdout).toMatch(
        /rehearsal sets repository-url: the embedded index, http:\/\/127\.0\.0\.1:\d+\/legacy\//,
      );
      expect(tag.stdout).toContain('Trusted publishing: upload token minted');
      expect(tag.stdout).toContain('rehearsal passed');
      expect(tag.code).toBe(0);

      repo.commit();
      const branch = await rehearseEvent(repo.dir, 'pure-release.yml', 'branch', storage);
      expect(branch.stdout).toContain('refs/heads/main at');
      expect(tableRow(branch.stdout, 'publish')).toEqual(['publish', 'success']);
      expect(tableRow(branch.stdout, 'verify')).toEqual(['verify', 'success']);
      expect(branch.code).toBe(0);

      const index = await reopenIndex(storage, cleanup);
      // Every file went up with its PEP 740 attestation, signed through the index's Sigstore stand-in.
      const listing = (await (
        await fetch(`${index.simpleUrl}hello-rehearsal/`, {
          headers: { Accept: 'application/vnd.pypi.simple.v1+json' },
        })
      ).json()) as { files: { filename: string; provenance: string | null }[] };
      expect(listing.files.length).toBeGreaterThanOrEqual(4);
      for (const file of listing.files)
        expect([file.filename, file.provenance]).toEqual([
          file.filename,
          expect.stringContaining('/provenance'),
        ]);
      const work = await scratchDir(cleanup);
      expect(await pipPicks(index.simpleUrl, 'hello-rehearsal', [], work)).toEqual([
        'hello_rehearsal-1.0.0-py3-none-any.whl',
      ]);
      expect(await pipPicks(index.simpleUrl, 'hello-rehearsal', ['--pre'], work)).toEqual([
        'hello_rehearsal-1.0.1.dev1-py3-none-any.whl',
      ]);
      // And installed from the index into a fresh environment, it works.
      const { python, install } = await installFromIndex(index.simpleUrl, ['hello-rehearsal'], work);
      expect(install.code).toBe(0);
      const greeting = await runProcess(python, [
        '-c',
        'import hello_rehearsal as h, importlib.metadata as m; print(h.greet(), m.version("hello-rehearsal"))',
      ]);
      expect(greeting.stdout.trim()).toBe('hello, world 1.0.0');
    },
    300_000,
  );

  it.concurrent(
    'a build job that fails keeps collect and publish from running, and the index stays empty',
    async () => {
      const repo = await fixtureRepo('hello', cleanup, async (dir) => {
        const backend = join(dir, 'build_backend', 'backend.py');
        await writeFile(
          backend,
          'def build_sdist(*args, **kwargs):\n    raise SystemExit("the compiler is broken")\n',
          { flag: 'a' },
        );
      });
      const storage = await scratchDir(cleanup);
      const run = await rehearseEvent(repo.dir, 'release.yml', 'tag', storage);
      expect(run.stdout).toContain('the compiler is broken');
      expect(tableRow(run.stdout, 'pure-python wheel and sdist')).toEqual([
        'pure-python wheel and sdist',
        'failure',
      ]);
      // The gate runs (if: always()) and turns red; nothing after it runs.
      expect(tableRow(run.stdout, 'gate')).toEqual(['gate', 'failure']);
      for (const job of ['collect', 'publish', 'verify'])
        expect(tableRow(run.stdout, job)).toEqual([job, 'skipped']);
      expect(run.stdout).toMatch(
        /✖ pure-python wheel and sdist failed: step 'run: python -m pip install build' failed: the bash script exited with 1/,
      );
      expect(run.stdout).toContain('it stopped: collect, publish, verify');
      expect(run.code).toBe(1);
      const index = await reopenIndex(storage, cleanup);
      expect((await fetch(`${index.jsonUrl}hello-rehearsal/json`)).status).toBe(404);
    },
    300_000,
  );

  it.concurrent(
    "release.yml on a C extension project: the plan of this host's wheel, built, published and installed",
    async () => {
      const repo = await fixtureRepo('cext', cleanup, buildCextOffline);
      const storage = await scratchDir(cleanup);
      const run = await rehearseEvent(repo.dir, 'release.yml', 'tag', storage);
      expect(run.stdout).toMatch(
        new RegExp(
          `rehearsal sets platforms: linux-${ARCH} and CIBW_BUILD: cp3\\d+-manylinux_${ARCH}, the wheel this host builds`,
        ),
      );
      expect(run.stdout).toMatch(
        new RegExp(
          `tagged linux_${ARCH} for this host's glibc: cext-1\\.0\\.0-cp3\\d+-cp3\\d+-manylinux_2_\\d+_${ARCH}\\.whl`,
        ),
      );
      for (const job of ['plan', 'sdist', `linux-${ARCH}`, 'gate', 'collect', 'publish', 'verify'])
        expect(tableRow(run.stdout, job)).toEqual([job, 'success']);
      expect(run.code).toBe(0);

      const index = await reopenIndex(storage, cleanup);
      const work = await scratchDir(cleanup);
      const { python, install } = await installFromIndex(
        index.simpleUrl,
        ['--only-binary', ':all:', 'cext'],
        work,
      );
      expect(install.stdout).toMatch(/Successfully installed cext-1\.0\.0/);
      const load = await runProcess(python, ['-c', 'import cext._speedups as s; print(s.__file__)'], {
        cwd: work,
      });
      expect(load.stdout).toMatch(/_speedups\.cpython-3\d+-\w+-linux-gnu\.so$/m);
    },
    300_000,
  );

  it.concurrent(
    'monorepo-release.yml: every package at one version, siblings pinned, each published and installable',
    async () => {
      const repo = await monorepoRepo(cleanup);
      const storage = await scratchDir(cleanup);
      const run = await rehearseEvent(repo.dir, 'monorepo-release.yml', 'tag', storage);
      expect(run.stdout).toContain('3 packages at 1.0.0, each sibling pinned to it');
      const packages = Object.keys(MONOREPO_PACKAGES);
      for (const job of [
        'version',
        'guard',
        'gate',
        ...packages.flatMap((p) => [`build ${p}`, `collect ${p}`, `publish ${p}`, `verify ${p}`]),
      ])
        expect(tableRow(run.stdout, job)).toEqual([job, 'success']);
      expect(run.code).toBe(0);

      const index = await reopenIndex(storage, cleanup);
      const work = await scratchDir(cleanup);
      const { install } = await installFromIndex(index.simpleUrl, ['mypkg-cli'], work);
      expect(install.stdout).toMatch(/Successfully installed mypkg-1\.0\.0 mypkg-cli-1\.0\.0/);
    },
    300_000,
  );

  it.concurrent(
    'a pull request builds and checks everything and publishes nothing',
    async () => {
      const repo = await fixtureRepo('hello', cleanup);
      const storage = await scratchDir(cleanup);
      const run = await rehearseEvent(repo.dir, 'pure-release.yml', 'pull_request', storage);
      expect(run.stdout).toContain('refs/pull/1/merge at');
      expect(tableRow(run.stdout, 'collect')).toEqual(['collect', 'success']);
      expect(tableRow(run.stdout, 'publish')).toEqual(['publish', 'skipped']);
      expect(tableRow(run.stdout, 'verify')).toEqual(['verify', 'skipped']);
      expect(run.stdout).toContain('rehearsal passed');
      expect(run.code).toBe(0);
      const index = await reopenIndex(storage, cleanup);
      expect((await fetch(`${index.jsonUrl}hello-rehearsal/json`)).status).toBe(404);
    },
    300_000,
  );
});

describe("release-actions rehearse runs shells as GitHub's runner does", () => {
  it("runs an unnamed shell as bash -e (no pipefail), shell: bash with pipefail, in defaults.run's directory", async () => {
    const repo = await fixtureRepo('hello', cleanup, async (dir) => {
      await mkdir(join(dir, '.github', 'workflows'), { recursive: true });
      await mkdir(join(dir, 'sub'));
      await writeFile(join(dir, 'sub', 'here.txt'), 'in sub\n');
      const job = (name: string, steps: string) =>
        `  ${name}:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n${steps}`;
      await writeFile(
        join(dir, '.github', 'workflows', 'shells.yml'),
        [
          'on: push',
          'defaults: { run: { working-directory: sub } }',
          'jobs:',
          job('unnamed', '      - run: false | true\n      - run: cat here.txt\n'),
          job('named', '      - run: false | true\n        shell: bash\n'),
        ].join('\n'),
      );
    });
    const run = await rehearseCli(repo.dir, ['--template', 'shells.yml', '--event', 'branch']);
    expect(run.stdout).toContain('in sub');
    expect(tableRow(run.stdout, 'unnamed')).toEqual(['unnamed', 'success']);
    expect(tableRow(run.stdout, 'named')).toEqual(['named', 'failure']);
    expect(run.code).toBe(1);
  });
});

describe('release-actions rehearse refuses what it cannot play, in one line', () => {
  it('fails the job of an action it has no equivalent for, naming the step and the action, and what it stopped', async () => {
    const repo = await fixtureRepo('hello', cleanup, async (dir) => {
      await mkdir(join(dir, '.github', 'workflows'), { recursive: true });
      const steps = (uses: string) => `    runs-on: ubuntu-latest\n    steps:\n      - uses: ${uses}\n`;
      await writeFile(
        join(dir, '.github', 'workflows', 'deploy.yml'),
        `on: push\njobs:\n  deploy:\n${steps('someone/deploy@v2')}  after:\n    needs: deploy\n${steps('actions/checkout@v4')}`,
      );
    });
    const run = await rehearseCli(repo.dir, ['--template', 'deploy.yml']);
    expect(run.stdout).toContain(
      "✖ deploy failed: step 'uses someone/deploy' failed: no local equivalent of someone/deploy@v2",
    );
    expect(run.stdout).toContain('it stopped: after');
    expect(run.code).toBe(1);
  });

  it('stops on Ctrl+C: the running step and everything it started, exit 130, nothing left behind', async () => {
    const repo = await fixtureRepo('hello', cleanup, async (dir) => {
      await mkdir(join(dir, '.github', 'workflows'), { recursive: true });
      await writeFile(
        join(dir, '.github', 'workflows', 'slow.yml'),
        'on: push\njobs:\n  slow:\n    runs-on: ubuntu-latest\n    steps:\n      - run: sleep 60 & wait\n  after:\n    needs: slow\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo never\n',
      );
    });
    const temp = await scratchDir(cleanup);
    const running = await startCli(
      ['rehearse', repo.dir, '--template', 'slow.yml', '--event', 'branch', '--python', PYTHON],
      {
        cwd: repo.dir,
        env: { TMPDIR: temp },
      },
    );
    await printed(running, /- run: sleep 60 & wait/);
    running.signal('SIGINT');
    const result = await running.result;
    expect(result.stdout).toMatch(
      /^✖ slow: cancelled in [\d.]+ s: step 'run: sleep 60 & wait' failed: stopped: the rehearsal was interrupted$/m,
    );
    expect(tableRow(result.stdout, 'after')).toEqual(['after', 'skipped']);
    expect(result.stdout).not.toContain('never');
    expect(result.code).toBe(130);
    expect(result.durationMs).toBeLessThan(30_000);
    expect(await readdir(temp)).toEqual([]);
  });

  it.each([
    [['--event', 'release'], 2, "--event: 'release' is not tag, branch or pull_request"],
    [['--template', 'nope.yml'], 2, "--template: no workflow 'nope.yml'"],
  ])('%j exits %i: %s', async (args, code, message) => {
    const repo = await fixtureRepo('hello', cleanup);
    const run = await rehearseCli(repo.dir, args);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
    expect(run.code).toBe(code);
  });

  it('exits 1 with one line for a project without a v* tag to release', async () => {
    const repo = await fixtureRepo('hello', cleanup);
    repo.git('tag', '-d', 'v1.0.0');
    const run = await rehearseCli(repo.dir, PURE);
    expect(run.stderr.trim()).toMatch(
      /has no v\* tag: tag the release \(git tag v1\.0\.0\) or rehearse --event branch$/,
    );
    expect(run.code).toBe(1);
  });
});
