/** Repositories for release tests: a source commit holding this checkout's dist/, a bare origin, the script. */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess, type ProcessResult } from '../../packages/process/index.js';
import { repoRoot } from '../harness/index.js';
import { GitRepo } from '../support/git-repo.js';

/** Who makes release commits in the tests, as the workflow sets it. */
export const BOT = {
  GIT_AUTHOR_NAME: 'release-bot',
  GIT_AUTHOR_EMAIL: 'bot@example.invalid',
  GIT_COMMITTER_NAME: 'release-bot',
  GIT_COMMITTER_EMAIL: 'bot@example.invalid',
};

/** A source repository (`work`, on main) cloned from a bare origin, which stands for GitHub's side. */
export interface ReleaseRepos {
  root: string;
  origin: string;
  work: GitRepo;
  /** git in the bare origin. */
  originGit(...args: string[]): string;
  remove(): void;
}

/**
 * A repository whose one commit holds this checkout's dist/ and every actions/<name>/action.yml: the source
 * of a release. Made once per test file; `releaseRepos` clones it (hard links, so each test starts fast).
 */
export function sourceRepository(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'release-source-'));
  const repo = new GitRepo(dir);
  repo.git('init', '-q', '-b', 'main');
  cpSync(join(repoRoot, 'dist'), join(dir, 'dist'), { recursive: true });
  for (const name of readdirSync(join(repoRoot, 'actions'))) {
    const file = join(repoRoot, 'actions', name, 'action.yml');
    if (existsSync(file)) cpSync(file, join(dir, 'actions', name, 'action.yml'));
  }
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'source');
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A bare origin cloned from `source`, and a work clone of it on main (tags fetched). */
export function releaseRepos(source: string): ReleaseRepos {
  const root = mkdtempSync(join(tmpdir(), 'release-tree-'));
  const origin = join(root, 'origin.git');
  execFileSync('git', ['clone', '-q', '--bare', source, origin]);
  execFileSync('git', ['clone', '-q', origin, join(root, 'work')]);
  return {
    root,
    origin,
    work: new GitRepo(join(root, 'work')),
    originGit: (...args) => execFileSync('git', ['--git-dir', origin, ...args], { encoding: 'utf8' }).trim(),
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Runs scripts/release-tree.mjs in `cwd` with `args`, as the release workflow does. */
export function releaseTree(cwd: string, ...args: string[]): Promise<ProcessResult> {
  return runProcess(process.execPath, [join(repoRoot, 'scripts', 'release-tree.mjs'), ...args], {
    cwd,
    env: { ...process.env, ...BOT },
    timeoutMs: 60_000,
  });
}
