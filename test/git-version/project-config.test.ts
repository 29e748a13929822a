/**
 * computeVersion reads the project's own versioning configuration (pyproject.toml, as setuptools_scm 10.2.1 and
 * hatch-vcs read it) on real repositories: the findings of issue 9 first, then each configuration form.
 */
import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { computeVersion, type ComputeOptions } from '../../packages/git-version/index.js';
import { writeHistory, type History } from './history.js';

const root = mkdtempSync(join(tmpdir(), 'git-version-config-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let counter = 0;

function options(cwd: string, overrides: Partial<ComputeOptions> = {}): ComputeOptions {
  return {
    cwd,
    mode: 'auto',
    scheme: null,
    tagPrefix: null,
    devNumber: 'distance',
    fallbackVersion: null,
    fetch: 'never',
    distNames: null,
    event: { name: 'push', ref: 'refs/heads/main' },
    now: new Date('2024-01-02T03:04:05Z'),
    ...overrides,
  };
}

/** A linear history on main with tags at commit numbers, then `files` written into the work tree (untracked). */
function repo(count: number, tags: [number, string][], files: Record<string, string> = {}): string {
  const dir = join(root, `r${counter++}`);
  const history: History = {
    commits: Array.from({ length: count }, (_, i) => ({
      mark: i + 1,
      parents: i === 0 ? [] : [i],
      branch: 'main',
      time: 1_700_000_000 + i * 60,
      file: `f${i % 3}.txt`,
    })),
    tags: tags.map(([mark, name]) => ({ name, mark, annotated: true, time: 1_700_000_000 + mark * 60 })),
    checkout: 'main',
    detachAt: count,
    dirt: 'none',
  };
  writeHistory(dir, history);
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
