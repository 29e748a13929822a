/**
 * computeVersion reads the project's own versioning configuration (pyproject.toml, as setuptools_scm 10.2.1 and
 * hatch-vcs read it) on real repositories: the findings of issue 9 first, then each configuration form.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { computeVersion } from '../../packages/git-version/index.js';
import { checkoutLikeActions } from './checkout.js';
import { git, linearHistory, writeHistory, type TagSpec } from './history.js';
import { testOptions } from './options.js';

const root = mkdtempSync(join(tmpdir(), 'git-version-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

const options = testOptions;

/** A linear history on main with tags at commit numbers, then `files` written into the work tree (untracked). */
function repo(count: number, tags: [number, string][], files: Record<string, string> = {}): string {
  const dir = join(root, `r${counter++}`);
  const annotated = tags.map(([mark, name]): TagSpec => [mark, name, true]);
  writeHistory(dir, linearHistory(count, annotated, { start: 1_700_000_000 }));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

// pypa/setuptools-scm's own layout: two packages in one repository, each with its own tags.
const SETUPTOOLS_SCM_PYPROJECT = [
  '[project]',
  'name = "setuptools-scm"',
  'dynamic = ["version"]',
  '[tool.setuptools_scm]',
  'root = ".."',
  'version_scheme = "towncrier-fragments"',
  String.raw`tag_regex = "^setuptools-scm-(?P<version>v?\\d+(?:\\.\\d+){0,2}[^\\+]*)(?:\\+.*)?$"`,
  'fallback_version = "9.2.2"',
  'scm.git.describe_command = ["git", "describe", "--dirty", "--tags", "--long", "--match", "setuptools-scm-*"]',
  '',
].join('\n');

describe('the findings of issue 9', () => {
  test("anyio's version_scheme = post-release gives 4.14.2.post39, not 4.14.3.dev39", async () => {
    const dir = repo(40, [[1, '4.14.2']], {
      'pyproject.toml':
        '[project]\nname = "anyio"\ndynamic = ["version"]\n\n[tool.setuptools_scm]\nversion_scheme = "post-release"\n',
    });
    const result = await computeVersion(options(dir));
    expect(result.version).toBe('4.14.2.post39');
  });

  test("a monorepo package's --match picks its own tags, never a sibling's newer one", async () => {
    const dir = repo(
      5,
      [
        [1, 'setuptools-scm-v10.2.1'],
        [3, 'vcs-versioning-v2.3.1'],
      ],
      { 'setuptools-scm/pyproject.toml': SETUPTOOLS_SCM_PYPROJECT },
    );
    const result = await computeVersion(options(join(dir, 'setuptools-scm')));
    expect(result).toMatchObject({ version: '10.2.2.dev4', tag: 'setuptools-scm-v10.2.1', distance: 4 });
  });

  test('towncrier-fragments bumps by the fragments in changelog.d', async () => {
    const files = {
      'setuptools-scm/pyproject.toml': SETUPTOOLS_SCM_PYPROJECT,
      'setuptools-scm/changelog.d/12.feature.md': 'new\n',
    };
    const dir = repo(5, [[1, 'setuptools-scm-v10.2.1']], files);
    expect((await computeVersion(options(join(dir, 'setuptools-scm')))).version).toBe('10.3.0.dev4');
  });
});

const PKG = (...lines: string[]): string =>
  ['[project]', 'name = "pkg"', 'dynamic = ["version"]', '[tool.setuptools_scm]', ...lines, ''].join('\n');

describe('where setuptools_scm reads git', () => {
  test('a root that is not the top of the checkout fails naming root and the fix', async () => {
    const dir = repo(3, [[1, '1.0']], { 'pkg/pyproject.toml': PKG('fallback_version = "9.9.9"') });
    await expect(computeVersion(options(join(dir, 'pkg')))).rejects.toThrow(
      /pyproject\.toml root \(default "\."\) leads to .*\/pkg, which is not the top of the git checkout .*root = "\.\."/,
    );
  });

  test('a root that leads nowhere fails naming root', async () => {
    const dir = repo(3, [[1, '1.0']], { 'pkg/pyproject.toml': PKG('root = "../missing"') });
    await expect(computeVersion(options(join(dir, 'pkg')))).rejects.toThrow(
      /\[tool\.setuptools_scm\] root leads to .*missing, which is no directory/,
    );
  });

  test('search_parent_directories finds the checkout around the project', async () => {
    const dir = repo(3, [[1, '1.0']], { 'pkg/pyproject.toml': PKG('search_parent_directories = true') });
    expect((await computeVersion(options(join(dir, 'pkg')))).version).toBe('1.1.dev2');
  });

  test('without any versioning configuration the checkout around the directory is used, as before', async () => {
    const dir = repo(3, [[1, '1.0']], { 'pkg/pyproject.toml': '[project]\nname = "pkg"\n' });
    expect((await computeVersion(options(join(dir, 'pkg')))).version).toBe('1.1.dev2');
  });
});

describe('settings and where they came from', () => {
  test('pyproject.toml, inputs and defaults are each named', async () => {
    const dir = repo(3, [[1, 'pkg-1.0']], {
      'pyproject.toml': PKG(
        'version_scheme = "post-release"',
        'tag_regex = "^pkg-(?P<version>.+)$"',
        'dist_name = "pkg-dist"',
      ),
    });
    const result = await computeVersion(options(dir, { fallbackVersion: '0.5' }));
    expect(result.version).toBe('1.0.post2');
    expect(result.settings).toEqual([
      {
        setting: 'version scheme',
        value: 'post-release',
        origin: 'pyproject.toml',
        key: '[tool.setuptools_scm] version_scheme',
      },
      {
        setting: 'tag regex',
        value: '^pkg-(?P<version>.+)$',
        origin: 'pyproject.toml',
        key: '[tool.setuptools_scm] tag_regex',
      },
      { setting: 'describe', value: '--match *[0-9]*', origin: 'default' },
      { setting: 'local scheme (local-version only)', value: 'node-and-date', origin: 'default' },
      { setting: 'fallback version', value: '0.5', origin: 'input', key: 'fallback-version' },
      { setting: 'git checkout', value: dir, origin: 'default' },
    ]);
    // setuptools_scm names the pretend variable after the section's dist_name.
    expect(result.distNames).toEqual(['pkg-dist']);
  });
});

describe('schemes that need more than the tag', () => {
  test('only-version gives the tag version on a branch, which the tag build publishes, not this one', async () => {
    const dir = repo(4, [[2, '1.2.3']], { 'pyproject.toml': PKG('version_scheme = "only-version"') });
    const result = await computeVersion(options(dir));
    expect(result).toMatchObject({ version: '1.2.3', isRelease: false, shouldPublish: false });
    expect(result.publishReason).toMatch(/^1\.2\.3 is a release version, .* only a tag build publishes it$/);
  });

  test("calver-by-date reads HEAD's commit date", async () => {
    const dir = repo(3, [[1, '2023.11.14']], { 'pyproject.toml': PKG('version_scheme = "calver-by-date"') });
    // The history's commits are made on 2023-11-14 (1_700_000_000 is 22:13 UTC that day).
    expect((await computeVersion(options(dir))).version).toBe('2023.11.14.1.dev2');
  });

  test('towncrier-fragments names the fragments it read', async () => {
    const dir = repo(3, [[1, '1.0.0']], {
      'pyproject.toml': PKG('version_scheme = "towncrier-fragments"'),
      'changelog.d/9.removal.md': 'x\n',
    });
    const result = await computeVersion(options(dir));
    expect(result.version).toBe('2.0.0.dev2');
    expect(result.notes.join('\n')).toMatch(/major bump for 9\.removal\.md/);
  });
});

describe('dirty trees', () => {
  test('a local_scheme that refuses dirty trees fails a dev build naming the files, unless allow-dirty', async () => {
    const dir = repo(3, [[1, '1.0']], { 'pyproject.toml': PKG('local_scheme = "no-local-version-strict"') });
    writeFileSync(join(dir, 'f0.txt'), 'edited\n');
    await expect(computeVersion(options(dir))).rejects.toThrow(
      /\(f0\.txt\); the project's .*local_scheme \(no-local-version-strict\) refuses to build from them/,
    );
    const allowed = await computeVersion(options(dir, { allowDirty: true }));
    expect(allowed).toMatchObject({ version: '1.1.dev2', dirty: true });
    expect(allowed.warnings).toHaveLength(1);
  });
});

describe('tag builds with the project tags', () => {
  test("a sibling package's tag is no release of this one", async () => {
    const dir = repo(3, [[3, 'other-v5.0.0']], {
      'pkg/pyproject.toml': PKG(
        'root = ".."',
        'git_describe_command = "git describe --dirty --tags --long --match pkg-*"',
      ),
    });
    const event = { name: 'push', ref: 'refs/tags/other-v5.0.0' };
    await expect(computeVersion(options(join(dir, 'pkg'), { event }))).rejects.toThrow(
      /tag 'other-v5\.0\.0' .* is not a version tag of this project by .*git_describe_command/,
    );
  });
});

test('a shallow checkout of a monorepo deepens until its own tag, past a nearer sibling tag', async () => {
  const origin = repo(
    120,
    [
      [10, 'pkg-v2.0.0'],
      [110, 'other-v9.0.0'],
    ],
    {},
  );
  const dir = join(root, `r${counter++}`);
  checkoutLikeActions(origin, dir, { branch: 'main', sha: git(origin, ['rev-parse', 'HEAD']).trim() });
  mkdirSync(join(dir, 'pkg'));
  writeFileSync(join(dir, 'pkg', 'pyproject.toml'), PKG('root = ".."', 'tag.prefix = "pkg-"'));
  const result = await computeVersion(options(join(dir, 'pkg'), { fetch: 'auto' }));
  expect(result).toMatchObject({ version: '2.0.1.dev110', tag: 'pkg-v2.0.0', distance: 110 });
});
