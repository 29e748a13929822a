/**
 * Differential test: computeVersion against setuptools_scm 7.1 on the same checkouts, for every scheme, on seeded
 * random histories (merges, several tags per commit, annotated and lightweight, invalid and prefixed tags, dirty
 * trees, detached HEAD, release branches) and a few hand-made ones (unborn HEAD, no tags).
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  computeVersion,
  createGit,
  VersionError,
  type ComputeOptions,
} from '../../packages/git-version/index.js';
import { BRANCH_NAMES, git, mixedTagName, randomHistory, writeHistory, type History } from './history.js';
import { askSetuptoolsScm, type OracleAnswer, type OracleCase } from './oracle.js';

const SCHEMES = ['guess-next-dev', 'no-guess-dev', 'post-release', 'release-branch-semver'] as const;
const RANDOM_REPOS = 90;

interface Repo {
  name: string;
  dir: string;
  prefix: string | null;
  branch: string | null;
  /** HEAD carries a tag and the tree is clean: release mode must give setuptools_scm's exact answer (or refuse). */
  taggedHead: boolean;
}

interface Comparison {
  repo: Repo;
  mode: 'dev' | 'release';
  scheme: (typeof SCHEMES)[number];
  oracle: OracleAnswer;
  ours: string;
}

const HAND_MADE: Record<string, History> = {
  'unborn HEAD': { commits: [], tags: [], checkout: 'main', detachAt: 0, dirt: 'none' },
  'unborn HEAD, staged file': { commits: [], tags: [], checkout: 'main', detachAt: 0, dirt: 'staged' },
  'no tags': linear(5, []),
  'no tags, dirty': { ...linear(3, []), dirt: 'tracked' },
  'tag on HEAD': linear(4, [[4, '1.4.0', true]]),
  'tag on HEAD, dirty': { ...linear(4, [[4, '1.4.0', false]]), dirt: 'tracked' },
  'only untracked files': { ...linear(4, [[2, 'v2.0', false]]), dirt: 'untracked' },
  'several tags on one commit': linear(6, [
    [3, '1.0.0', false],
    [3, 'v1.0.1', true],
    [3, '1.0.2rc1', true],
  ]),
  'non-version tag nearest': linear(6, [
    [2, '0.9', false],
    [5, 'build-7x', false],
    [5, 'latest', true],
  ]),
  'dev0 tag': linear(5, [[2, '2.0.dev0', true]]),
  'pre0 and rc.1 tags': linear(5, [
    [1, '0.4.3.pre0', false],
    [3, 'v1.0.0-rc.1', true],
  ]),
};

function linear(count: number, tags: [number, string, boolean][]): History {
  return {
    commits: Array.from({ length: count }, (_, i) => ({
      mark: i + 1,
      parents: i === 0 ? [] : [i],
      branch: 'main',
      time: 1_600_000_000 + i * 60,
      file: `f${i % 3}.txt`,
    })),
    tags: tags.map(([mark, name, annotated]) => ({ name, mark, annotated, time: 1_600_000_000 + mark * 60 })),
    checkout: 'main',
    detachAt: count,
    dirt: 'none',
  };
}

function releaseBranch(branch: string, tag: string): History {
  const history = linear(3, [[2, tag, true]]);
  history.commits.push({ mark: 4, parents: [2], branch, time: 1_600_001_000, file: 'fix.txt' });
  history.commits.push({ mark: 5, parents: [4], branch, time: 1_600_001_060, file: 'fix.txt' });
  history.checkout = branch;
  return history;
}
HAND_MADE['release branch release-1.2'] = releaseBranch('release-1.2', 'v1.2.0');
HAND_MADE['release branch 1.2.x'] = releaseBranch('1.2.x', '1.2.3');
HAND_MADE['release branch release/v1.2'] = releaseBranch('release/v1.2', '1.2.0rc1');
HAND_MADE['maintenance branch for another minor'] = releaseBranch('release-1.3', '1.2.0');

const root = mkdtempSync(join(tmpdir(), 'git-version-diff-'));
const repos: Repo[] = [];
const comparisons: Comparison[] = [];

function addRepo(name: string, history: History, prefix: string | null): void {
  const dir = join(root, `r${repos.length}`);
  const marks = writeHistory(dir, history);
  const head = history.commits.length === 0 ? null : git(dir, ['rev-parse', 'HEAD']).trim();
  const headTagged = history.tags.some((tag) => marks.get(tag.mark) === head);
  repos.push({
    name,
    dir,
    prefix,
    branch: history.checkout,
    taggedHead: headTagged && history.dirt !== 'tracked' && history.dirt !== 'staged',
  });
}

beforeAll(async () => {
  for (const [name, history] of Object.entries(HAND_MADE)) addRepo(name, history, null);
  for (let seed = 1; seed <= RANDOM_REPOS; seed += 1) {
    const history = randomHistory(seed, {
      commits: 5 + (seed % 40),
      tagRate: seed % 9 === 0 ? 0 : 0.3,
      tagNames: mixedTagName,
      branchNames: BRANCH_NAMES,
      branchRate: 0.08,
      mergeRate: 0.15,
    });
    addRepo(`seed ${seed}`, history, seed % 4 === 0 ? 'mypkg-v' : null);
  }
  const cases: OracleCase[] = [];
  for (const repo of repos) {
    for (const scheme of SCHEMES) {
      comparisons.push({ repo, mode: 'dev', scheme, oracle: { error: 'not asked' }, ours: '' });
      cases.push({ root: repo.dir, scheme, prefix: repo.prefix, excludeHeadTags: true });
      if (repo.taggedHead) {
        comparisons.push({ repo, mode: 'release', scheme, oracle: { error: 'not asked' }, ours: '' });
        cases.push({ root: repo.dir, scheme, prefix: repo.prefix, excludeHeadTags: false });
      }
    }
  }
  // setuptools_scm and ours run side by side: the oracle is one Python process, ours two at a time.
  const oracle = askSetuptoolsScm(cases);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < comparisons.length) {
      const comparison = comparisons[next++];
      if (comparison) comparison.ours = await ours(comparison);
    }
  };
  await Promise.all([worker(), worker()]);
  const answers = await oracle;
  answers.forEach((answer, i) => {
    const comparison = comparisons[i];
    if (comparison) comparison.oracle = answer;
  });
}, 300_000);

afterAll(() => rmSync(root, { recursive: true, force: true }));

async function ours(comparison: Comparison): Promise<string> {
  const { repo, mode, scheme } = comparison;
  const options: ComputeOptions = {
    cwd: repo.dir,
    mode,
    scheme,
    tagPrefix: repo.prefix,
    devNumber: 'distance',
    fallbackVersion: null,
    fetch: 'never',
    distNames: null,
    event: { name: 'push', ref: `refs/heads/${repo.branch ?? 'main'}` },
    git: createGit({ env: process.env }),
  };
  try {
    return (await computeVersion(options)).version;
  } catch (error) {
    if (error instanceof VersionError) return `error: ${error.message}`;
    throw error;
  }
}

function expected(answer: OracleAnswer): string {
  return 'error' in answer ? 'error' : answer.normalized;
}

const names = [...Object.keys(HAND_MADE), ...Array.from({ length: RANDOM_REPOS }, (_, i) => `seed ${i + 1}`)];

describe('computeVersion agrees with setuptools_scm 7.1', () => {
  test.each(names)('%s', (name) => {
    const mine = comparisons.filter((comparison) => comparison.repo.name === name);
    expect(mine.length).toBeGreaterThan(0);
    const rows: string[] = [];
    for (const comparison of mine) {
      const got = comparison.ours;
      // Release mode needs a version tag on HEAD; without one it must refuse, whatever setuptools_scm guesses.
      const refuses = comparison.mode === 'release' && (comparison.oracle.headVersionTags ?? []).length === 0;
      const want = refuses ? 'error' : expected(comparison.oracle);
      const agree = want === 'error' ? got.startsWith('error') : got === want;
      if (!agree) {
        rows.push(
          `${comparison.mode} ${comparison.scheme}: ours ${got} / setuptools_scm ${JSON.stringify(comparison.oracle)}`,
        );
      }
      // setuptools_scm's raw output is already normalized for these schemes; say so if that ever changes.
      if (!('error' in comparison.oracle) && comparison.oracle.version !== comparison.oracle.normalized) {
        rows.push(
          `${comparison.scheme}: setuptools_scm printed ${comparison.oracle.version}, not normalized`,
        );
      }
    }
    expect(rows).toEqual([]);
  });

  test('no branch or tag name ran as a shell command', () => {
    for (const repo of repos) expect(existsSync(join(repo.dir, 'pwned'))).toBe(false);
    expect(existsSync('pwned')).toBe(false);
  });
});
