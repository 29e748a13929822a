/**
 * computeVersion end to end on real repositories: tag builds and their refusals, branch and pull-request builds,
 * run numbers, monorepo prefixes, pyproject.toml, untrusted names, the git process budget, and the pretend
 * environment read by the real setuptools_scm.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { computeVersion, VersionError } from '../../packages/git-version/index.js';
import { recordingGit } from './checkout.js';
import { git, linearHistory, writeHistory, type TagSpec } from './history.js';
import { testOptions } from './options.js';

const root = mkdtempSync(join(tmpdir(), 'git-version-compute-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

const options = testOptions;

function repo(count: number, tags: TagSpec[], branch = 'main'): string {
  const dir = join(root, `r${counter++}`);
  writeHistory(dir, linearHistory(count, tags, { branch }));
  return dir;
}

const tagEvent = (tag: string) => ({ name: 'push', ref: `refs/tags/${tag}` });

describe('tag builds', () => {
  test('v1.0.0-rc.1 gives 1.0.0rc1, published, with outputs derived from it', async () => {
    const dir = repo(3, [[3, 'v1.0.0-rc.1', true]]);
    const result = await computeVersion(options(dir, { event: tagEvent('v1.0.0-rc.1') }));
    expect(result).toMatchObject({
      version: '1.0.0rc1',
      localVersion: '1.0.0rc1',
      baseVersion: '1.0.0',
      tag: 'v1.0.0-rc.1',
      distance: 0,
      isRelease: true,
      isPrerelease: true,
      isDev: false,
      shouldPublish: true,
      dockerTag: '1.0.0rc1',
      semver: '1.0.0-rc.1',
      dirty: false,
    });
    expect(result.commit).toBe(git(dir, ['rev-parse', 'HEAD']).trim());
  });

  test('0.4.3.pre0 gives 0.4.3rc0', async () => {
    const dir = repo(2, [[2, '0.4.3.pre0']]);
    expect((await computeVersion(options(dir, { event: tagEvent('0.4.3.pre0') }))).version).toBe('0.4.3rc0');
  });

  test('a tag that is not a version is refused, naming the tag and the fix', async () => {
    const dir = repo(2, [[2, 'nightly']]);
    const run = computeVersion(options(dir, { event: tagEvent('nightly') }));
    await expect(run).rejects.toBeInstanceOf(VersionError);
    await expect(computeVersion(options(dir, { event: tagEvent('nightly') }))).rejects.toThrow(
      /tag 'nightly'.*push a tag like v1\.2\.3/,
    );
  });

  test('a tag on another commit is refused', async () => {
    const dir = repo(4, [[2, 'v2.0.0']]);
    await expect(computeVersion(options(dir, { event: tagEvent('v2.0.0') }))).rejects.toThrow(
      /tag 'v2\.0\.0' points at .* but HEAD is/,
    );
  });

  test('a tag missing from the checkout is refused', async () => {
    const dir = repo(2, []);
    await expect(computeVersion(options(dir, { event: tagEvent('v9.9.9') }))).rejects.toThrow(
      /not in the checkout/,
    );
  });

  test('a static [project].version that differs from the tag fails, naming both', async () => {
    const dir = repo(2, [[2, 'v1.2']]);
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "demo"\nversion = "1.1"\n');
    await expect(computeVersion(options(dir, { event: tagEvent('v1.2') }))).rejects.toThrow(
      /pyproject\.toml: \[project\]\.version is 1\.1 but tag v1\.2 says 1\.2/,
    );
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "demo"\nversion = "1.2.0"\n');
    await expect(computeVersion(options(dir, { event: tagEvent('v1.2') }))).rejects.toThrow(/1\.2\.0/);
    writeFileSync(join(dir, 'pyproject.toml'), '[project]\nname = "demo"\nversion = "1.2"\n');
    expect((await computeVersion(options(dir, { event: tagEvent('v1.2') }))).version).toBe('1.2');
  });

  test("monorepo prefix: mypkg-v1.3.0 gives 1.3.0; another package's tag is not a version", async () => {
    const dir = repo(3, [
      [3, 'mypkg-v1.3.0'],
      [3, 'other-v9.0.0'],
    ]);
    const result = await computeVersion(
      options(dir, { tagPrefix: 'mypkg-v', event: tagEvent('mypkg-v1.3.0') }),
    );
    expect(result.version).toBe('1.3.0');
    await expect(
      computeVersion(options(dir, { tagPrefix: 'mypkg-v', event: tagEvent('other-v9.0.0') })),
    ).rejects.toThrow(/prefix mypkg-v/);
  });

  test('mode release without a tag ref takes the tag on HEAD, or refuses', async () => {
    const tagged = repo(3, [[3, '3.0.0']]);
    expect((await computeVersion(options(tagged, { mode: 'release' }))).version).toBe('3.0.0');
    const untagged = repo(3, [[1, '3.0.0']]);
    await expect(computeVersion(options(untagged, { mode: 'release' }))).rejects.toThrow(
      /mode is release.*3\.0\.0 is 2 commit/,
    );
  });

  test('a dirty tag build fails naming the files, or keeps the tag version with a warning when allowed', async () => {
    const dir = repo(2, [[2, '1.0.0']]);
    writeFileSync(join(dir, 'f1.txt'), 'changed\n');
    writeFileSync(join(dir, 'untracked.txt'), 'not counted\n');
    await expect(computeVersion(options(dir, { event: tagEvent('1.0.0') }))).rejects.toThrow(
      /changes to tracked files \(f1\.txt\); a release must be built from exactly the tagged content.*allow-dirty: true/,
    );
    const result = await computeVersion(options(dir, { event: tagEvent('1.0.0'), allowDirty: true }));
    expect(result).toMatchObject({ version: '1.0.0', dirty: true, localVersion: '1.0.0+d20240102' });
    expect(result.warnings).toEqual([
      'release 1.0.0 of tag 1.0.0 is built from a work tree that differs from the tag; changed tracked files: f1.txt (allow-dirty: true)',
    ]);
  });

  test('mode release with a tag on HEAD and a dirty tree fails the same way', async () => {
    const dir = repo(3, [[3, '3.0.0']]);
    writeFileSync(join(dir, 'f0.txt'), 'changed\n');
    await expect(computeVersion(options(dir, { mode: 'release' }))).rejects.toThrow(/\(f0\.txt\)/);
    expect((await computeVersion(options(dir, { mode: 'release', allowDirty: true }))).version).toBe('3.0.0');
  });
});

describe('branch and pull-request builds', () => {
  test('branch push: dev version, published as a dev release', async () => {
    const dir = repo(6, [[2, 'v0.3.0']]);
    const result = await computeVersion(options(dir));
    expect(result).toMatchObject({
      version: '0.3.1.dev4',
      tag: 'v0.3.0',
      distance: 4,
      isDev: true,
      isRelease: false,
      shouldPublish: true,
    });
    expect(result.localVersion).toMatch(/^0\.3\.1\.dev4\+g[0-9a-f]{7,}$/);
    expect(result.semver).toBe('0.3.1-dev.4');
  });

  test('a release tag on HEAD never makes a branch build a release', async () => {
    const dir = repo(6, [
      [2, 'v0.3.0'],
      [6, 'v0.4.0', true],
    ]);
    for (const mode of ['auto', 'dev'] as const) {
      const result = await computeVersion(options(dir, { mode }));
      expect(result).toMatchObject({ version: '0.3.1.dev4', isRelease: false, shouldPublish: false });
      expect(result.publishReason).toMatch(/v0\.4\.0/);
    }
  });

  test('pull_request_target: dev version, not published', async () => {
    const dir = repo(4, [[1, '1.0']]);
    const result = await computeVersion(
      options(dir, { event: { name: 'pull_request_target', ref: 'refs/heads/main' } }),
    );
    expect(result).toMatchObject({ version: '1.1.dev3', shouldPublish: false });
  });

  test('run-number replaces the distance (two branches at the same distance cannot collide)', async () => {
    const dir = repo(6, [[2, 'v0.3.0']]);
    const result = await computeVersion(options(dir, { devNumber: 'run-number', runNumber: 4711 }));
    expect(result).toMatchObject({ version: '0.3.1.dev4711', distance: 4 });
    await expect(computeVersion(options(dir, { devNumber: 'run-number' }))).rejects.toThrow(/run number/);
  });

  test('no tags: 0.1.devN, or the scheme from the fallback version (setuptools_scm 10)', async () => {
    const dir = repo(5, []);
    expect((await computeVersion(options(dir))).version).toBe('0.1.dev5');
    expect((await computeVersion(options(dir, { fallbackVersion: '0.0.0' }))).version).toBe('0.0.1.dev5');
  });

  test('not a git checkout: the fallback version, or an error naming the fix', async () => {
    const dir = join(root, `plain${counter++}`);
    mkdirSync(dir);
    expect((await computeVersion(options(dir, { fallbackVersion: '1.0' }))).version).toBe('1.0');
    await expect(computeVersion(options(dir))).rejects.toThrow(/not inside a git checkout.*fallback-version/);
  });

  test('pyproject.toml in a subdirectory names the distribution', async () => {
    const dir = repo(3, [[1, '1.0']]);
    mkdirSync(join(dir, 'pkg'));
    writeFileSync(
      join(dir, 'pkg', 'pyproject.toml'),
      '[project]\nname = "my_pkg.core"\ndynamic = ["version"]\n',
    );
    const result = await computeVersion(options(join(dir, 'pkg')));
    expect(result.distNames).toEqual(['my_pkg.core']);
    expect(result.env).toEqual({
      SETUPTOOLS_SCM_PRETEND_VERSION: '1.1.dev2',
      'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG.CORE': '1.1.dev2',
      SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG_CORE: '1.1.dev2',
    });
  });

  test('bad inputs are one-line errors naming the input', async () => {
    const dir = repo(1, []);
    await expect(computeVersion(options(dir, { fallbackVersion: '1.0+local' }))).rejects.toThrow(
      /fallback-version '1\.0\+local'/,
    );
    await expect(computeVersion(options(dir, { scheme: 'calver' }))).rejects.toThrow(
      /input scheme is 'calver', which setuptools_scm 10\.2\.1 does not ship; supported: guess-next-dev, .*towncrier-fragments/,
    );
    await expect(computeVersion(options(dir, { tagPrefix: 'a b' }))).rejects.toThrow(/tag-prefix/);
  });
});

describe('git processes', () => {
  test('a branch build on a full clone runs two git processes, in parallel', async () => {
    const dir = repo(20, [[5, '1.0.0']]);
    const recorder = recordingGit();
    await computeVersion(options(dir, { git: recorder }));
    expect(recorder.calls.map((args) => args[0])).toEqual(['describe', 'rev-parse']);
  });

  test('a tag build runs three', async () => {
    const dir = repo(2, [[2, '1.0.0']]);
    const recorder = recordingGit();
    await computeVersion(options(dir, { git: recorder, event: tagEvent('1.0.0') }));
    expect(recorder.calls).toHaveLength(3);
  });

  test('branch and tag names never reach a shell or become options', async () => {
    for (const name of ['-n', '$(touch${IFS}pwned)', '--exec=touch${IFS}pwned']) {
      const dir = repo(
        4,
        [
          [1, '1.0.0'],
          [2, `${name}9x`],
          [3, `${name}-2.0.0`],
        ],
        name,
      );
      const event = { name: 'push', ref: `refs/heads/${name}` };
      const result = await computeVersion(options(dir, { scheme: 'release-branch-semver', event }));
      // Only `-n-2.0.0` is a version tag by setuptools_scm's regex; the others are skipped like any junk tag.
      expect(result.version).toBe(name === '-n' ? '2.1.0.dev1' : '1.1.0.dev3');
      const tagBuild = await computeVersion(options(dir, { event: tagEvent(`${name}-2.0.0`) })).catch(
        (e: Error) => e.message,
      );
      expect(tagBuild).toMatch(name === '-n' ? /tag '-n-2\.0\.0' points at/ : /is not an optional prefix/);
      expect(readdirSync(dir).filter((file) => file.includes('pwned'))).toEqual([]);
    }
    expect(existsSync('pwned')).toBe(false);
  });
});

describe('the pretend environment', () => {
  test('the real setuptools_scm 7.1 and setuptools build exactly our version', async () => {
    const dir = repo(4, [[2, 'v5.1.0']]);
    writeFileSync(
      join(dir, 'pyproject.toml'),
      [
        '[build-system]',
        'requires = ["setuptools>=45", "setuptools_scm>=7"]',
        'build-backend = "setuptools.build_meta"',
        '[project]',
        'name = "Demo.Pkg_x"',
        'dynamic = ["version"]',
        '[tool.setuptools_scm]',
        '',
      ].join('\n'),
    );
    const result = await computeVersion(options(dir, { devNumber: 'run-number', runNumber: 77 }));
    expect(result.version).toBe('5.1.1.dev77');
    // Only the variable spelled as setuptools_scm 7.1 reads it (`_FOR_` + name.upper()): the build must find it.
    const key = 'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_DEMO.PKG_X';
    expect(result.env[key]).toBe('5.1.1.dev77');
    const env: NodeJS.ProcessEnv = { ...process.env, [key]: result.env[key] };
    delete env.SETUPTOOLS_SCM_PRETEND_VERSION;
    const out = join(dir, 'out');
    execFileSync('/usr/bin/python3', ['-m', 'build', '--no-isolation', '--sdist', '--outdir', out, dir], {
      env,
      stdio: 'pipe',
    });
    expect(readdirSync(out)).toEqual(['Demo.Pkg_x-5.1.1.dev77.tar.gz']);
  }, 120_000);
});
