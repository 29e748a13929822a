/**
 * The GITHUB_REF a local run stands for, read from the checkout as a runner's checkout would have it: the
 * branch that is checked out, or the version tag a detached HEAD sits on. Anything else is a guess, and the
 * reason says so.
 */
import { createGit, tagRules, versionFromTag, type Git } from '../git-version/index.js';
import { compareVersions } from '../pep440/index.js';

/** What the checkout says about HEAD. */
export interface CheckoutFacts {
  /** HEAD's commit; null outside a git checkout or before the first commit. */
  head: string | null;
  /** Whether the directory is inside a git checkout at all. */
  isRepository: boolean;
  /** The checked-out branch; null when HEAD is detached. */
  branch: string | null;
  /** Tags that point at HEAD. */
  tagsAtHead: string[];
  /** The branch `origin/HEAD` names, else `main` or `master` when one exists locally; null if none. */
  defaultBranch: string | null;
}

/** The ref chosen, and why, in words for the line that starts a run. */
export interface RefChoice {
  ref: string;
  reason: string;
}

const DEFAULT_TAG_RULES = tagRules({});

/** The highest version among `tags` by setuptools_scm's default tag rule; null when none is a version tag. */
export function versionTag(tags: readonly string[]): string | null {
  const versioned = tags.flatMap((tag) => {
    const version = versionFromTag(tag, DEFAULT_TAG_RULES)?.version;
    return version ? [{ tag, version }] : [];
  });
  versioned.sort((a, b) => compareVersions(b.version, a.version) || a.tag.localeCompare(b.tag));
  return versioned[0]?.tag ?? null;
}

/** The ref a runner would have for this checkout: its branch, the version tag HEAD is at, or a stated guess. */
export function chooseRef(facts: CheckoutFacts): RefChoice {
  if (!facts.isRepository)
    return { ref: 'refs/heads/main', reason: 'not a git checkout, so a guess; give --ref to choose' };
  if (facts.branch !== null) return { ref: `refs/heads/${facts.branch}`, reason: 'the checked-out branch' };
  const tag = versionTag(facts.tagsAtHead);
  if (tag !== null) return { ref: `refs/tags/${tag}`, reason: `HEAD is detached at version tag ${tag}` };
  const branch = facts.defaultBranch ?? 'main';
  return {
    ref: `refs/heads/${branch}`,
    reason: `HEAD is detached at no version tag, so ${facts.defaultBranch ? 'the default branch' : 'a guess'}; give --ref to choose`,
  };
}

async function gitLine(git: Git, cwd: string, args: string[]): Promise<string | null> {
  const result = await git.run(args, { cwd });
  const text = result.stdout.trim();
  return result.code === 0 && text !== '' ? text : null;
}

async function defaultBranch(git: Git, cwd: string): Promise<string | null> {
  const remoteHead = await gitLine(git, cwd, [
    'symbolic-ref',
    '--quiet',
    '--short',
    'refs/remotes/origin/HEAD',
  ]);
  if (remoteHead?.startsWith('origin/')) return remoteHead.slice('origin/'.length);
  const local = await gitLine(git, cwd, [
    'for-each-ref',
    '--format=%(refname:short)',
    'refs/heads/main',
    'refs/heads/master',
  ]);
  return local?.split('\n')[0] ?? null;
}

/** Reads HEAD, its branch and tags from the checkout at `dir` (not a checkout: all empty). */
export async function readCheckout(dir: string, git: Git = createGit()): Promise<CheckoutFacts> {
  const inside = await gitLine(git, dir, ['rev-parse', '--is-inside-work-tree']);
  if (inside !== 'true')
    return { head: null, isRepository: false, branch: null, tagsAtHead: [], defaultBranch: null };
  const [head, branch] = await Promise.all([
    gitLine(git, dir, ['rev-parse', '--verify', '--quiet', 'HEAD']),
    gitLine(git, dir, ['symbolic-ref', '--quiet', '--short', 'HEAD']),
  ]);
  const detached = branch === null && head !== null;
  const [tags, fallback] = detached
    ? await Promise.all([gitLine(git, dir, ['tag', '--points-at', 'HEAD']), defaultBranch(git, dir)])
    : [null, null];
  return {
    head,
    isRepository: true,
    branch,
    tagsAtHead: tags?.split('\n') ?? [],
    defaultBranch: fallback,
  };
}
