/**
 * Seeded random git histories for tests and the benchmark, written with `git fast-import` (one process per
 * repository) and checked out as a user would find them: on a branch or detached, clean or dirty.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { seededRandom } from '../support/seeded-random.js';

/** Environment for test git processes: no user or system config, fixed identity. */
export const GIT_ENV: NodeJS.ProcessEnv = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  LC_ALL: 'C',
};

/** Runs git in `cwd` (argument array, no shell) and returns stdout. */
export function git(cwd: string, args: string[], input?: string): string {
  return execFileSync('git', args, {
    cwd,
    env: GIT_ENV,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** One commit in a planned history. */
export interface PlannedCommit {
  mark: number;
  parents: number[];
  branch: string;
  time: number;
  file: string;
}

/** One tag in a planned history. */
export interface PlannedTag {
  name: string;
  mark: number;
  annotated: boolean;
  time: number;
}

/** A planned history: commits in topological order, tags, and what to check out at the end. */
export interface History {
  commits: PlannedCommit[];
  tags: PlannedTag[];
  /** Branch to check out, or null for a detached HEAD at `detachAt`. */
  checkout: string | null;
  detachAt: number;
  /** none, tracked (modify a tracked file), staged (add a new file), untracked (an untracked file only). */
  dirt: 'none' | 'tracked' | 'staged' | 'untracked';
}

/** Writes the history into a new repository at `dir` and checks out its final state. Returns mark -> commit id. */
export function writeHistory(dir: string, history: History): Map<number, string> {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '--template=', '-b', 'main']);
  const marksFile = join(dir, '.git', 'marks');
  git(dir, ['fast-import', '--quiet', `--export-marks=${marksFile}`], fastImportStream(history));
  const marks = new Map<number, string>();
  for (const line of readFileSync(marksFile, 'utf8').split('\n')) {
    const [mark, oid] = line.split(' ');
    if (mark && oid) marks.set(Number(mark.slice(1)), oid);
  }
  if (history.commits.length > 0) {
    if (history.checkout === null) {
      git(dir, ['checkout', '-q', '--detach', marks.get(history.detachAt) ?? '']);
    } else {
      // symbolic-ref + reset also works for branch names like `-n` that checkout would read as options.
      git(dir, ['symbolic-ref', 'HEAD', `refs/heads/${history.checkout}`]);
      git(dir, ['reset', '-q', '--hard']);
    }
  }
  dirty(dir, history);
  return marks;
}

function dirty(dir: string, history: History): void {
  switch (history.dirt) {
    case 'tracked': {
      const file = git(dir, ['ls-files']).split('\n')[0];
      if (file) {
        appendFileSync(join(dir, file), 'local change\n');
      } else {
        writeFileSync(join(dir, 'new.txt'), 'x\n');
        git(dir, ['add', 'new.txt']);
      }
      break;
    }
    case 'staged':
      writeFileSync(join(dir, 'staged.txt'), 'x\n');
      git(dir, ['add', 'staged.txt']);
      break;
    case 'untracked':
      writeFileSync(join(dir, 'untracked.txt'), 'x\n');
      break;
    case 'none':
      break;
  }
}

/** The fast-import stream for a history (each commit rewrites one small file). */
export function fastImportStream(history: History): string {
  const parts: string[] = [];
  const data = (text: string): string => `data ${Buffer.byteLength(text)}\n${text}\n`;
  for (const commit of history.commits) {
    const [first, ...merges] = commit.parents;
    parts.push(
      `commit refs/heads/${commit.branch}\nmark :${commit.mark}\n` +
        `author Test <test@example.com> ${commit.time} +0000\ncommitter Test <test@example.com> ${commit.time} +0000\n` +
        data(`commit ${commit.mark}`) +
        (first === undefined ? '' : `from :${first}\n`) +
        merges.map((mark) => `merge :${mark}\n`).join('') +
        `M 100644 inline ${commit.file}\n` +
        data(`content of ${commit.file} at ${commit.mark}\n`),
    );
  }
  for (const tag of history.tags) {
    if (tag.annotated) {
      parts.push(
        `tag ${tag.name}\nfrom :${tag.mark}\ntagger Test <test@example.com> ${tag.time} +0000\n` +
          data(`release ${tag.name}`),
      );
    } else {
      parts.push(`reset refs/tags/${tag.name}\nfrom :${tag.mark}\n\n`);
    }
  }
  return parts.join('');
}

/** A tag at a commit number: mark, name, and whether it is annotated (default lightweight). */
export type TagSpec = [mark: number, name: string, annotated?: boolean];

/** A linear history of `count` commits on `branch`, `step` seconds apart from `start`, with tags, checked out. */
export function linearHistory(
  count: number,
  tags: readonly TagSpec[],
  {
    branch = 'main',
    start = 1_600_000_000,
    step = 60,
  }: { branch?: string; start?: number; step?: number } = {},
): History {
  return {
    commits: Array.from({ length: count }, (_, i) => ({
      mark: i + 1,
      parents: i === 0 ? [] : [i],
      branch,
      time: start + i * step,
      file: `f${i % 3}.txt`,
    })),
    tags: tags.map(([mark, name, annotated]) => ({
      name,
      mark,
      annotated: annotated ?? false,
      time: start + mark * step,
    })),
    checkout: branch,
    detachAt: count,
    dirt: 'none',
  };
}

/** Options for random histories. */
export interface RandomHistoryOptions {
  commits: number;
  /** Chance that a commit gets tags. */
  tagRate: number;
  /** Tag names to draw from (a function of the draw and the running release number). */
  tagNames: (pick: () => number, n: number) => string;
  branchNames: string[];
  /** Chance per step to branch, switch or merge. */
  branchRate: number;
  mergeRate: number;
}

/** A random history: linear runs, branches, merges, several tags per commit, mixed dates. */
export function randomHistory(seed: number, options: RandomHistoryOptions): History {
  const pick = seededRandom(seed);
  const commits: PlannedCommit[] = [];
  const tags: PlannedTag[] = [];
  const tips = new Map<string, number>();
  let branch = 'main';
  let mark = 0;
  let time = 1_600_000_000;
  let release = 0;
  const usedTagNames = new Set<string>();
  for (let i = 0; i < options.commits; i += 1) {
    const roll = pick();
    const existing = [...tips.keys()];
    if (existing.length > 0 && roll < options.branchRate) {
      const free = options.branchNames.filter((name) => !tips.has(name));
      if (free.length > 0) {
        // A new branch from the tip of some branch, or from an older commit.
        const name = free[Math.floor(pick() * free.length)] ?? 'main';
        const from = pick() < 0.5 ? (tips.get(branch) ?? mark) : 1 + Math.floor(pick() * mark);
        tips.set(name, from);
        branch = name;
      }
    } else if (existing.length > 1 && roll < options.branchRate * 2) {
      branch = existing[Math.floor(pick() * existing.length)] ?? 'main';
    }
    mark += 1;
    // Mostly increasing time, sometimes equal, rarely going back (clock skew).
    const step = pick();
    time += step < 0.1 ? 0 : step < 0.13 ? -3600 : 60 + Math.floor(pick() * 600);
    const parents: number[] = [];
    const tip = tips.get(branch);
    if (tip !== undefined) parents.push(tip);
    if (existing.length > 1 && pick() < options.mergeRate) {
      const others = existing.filter((name) => name !== branch && tips.get(name) !== tip);
      const other = others[Math.floor(pick() * others.length)];
      const otherTip = other === undefined ? undefined : tips.get(other);
      if (otherTip !== undefined && !parents.includes(otherTip)) parents.push(otherTip);
    }
    commits.push({ mark, parents, branch, time, file: `f${Math.floor(pick() * 5)}.txt` });
    tips.set(branch, mark);
    if (pick() < options.tagRate) {
      const count = pick() < 0.8 ? 1 : 2 + Math.floor(pick() * 2);
      for (let t = 0; t < count; t += 1) {
        release += 1;
        const name = options.tagNames(pick, release);
        if (usedTagNames.has(name)) continue;
        usedTagNames.add(name);
        tags.push({ name, mark, annotated: pick() < 0.5, time: time + Math.floor(pick() * 3) * 60 });
      }
    }
  }
  const branches = [...tips.keys()];
  const detached = pick() < 0.15;
  const dirtRoll = pick();
  return {
    commits,
    tags,
    checkout: detached ? null : (branches[Math.floor(pick() * branches.length)] ?? 'main'),
    detachAt: 1 + Math.floor(pick() * Math.max(mark, 1)),
    dirt: dirtRoll < 0.7 ? 'none' : dirtRoll < 0.8 ? 'tracked' : dirtRoll < 0.9 ? 'staged' : 'untracked',
  };
}

/** Version-looking tag names of every kind setuptools_scm meets: plain, v, pre/post/dev, prefixed, invalid. */
export function mixedTagName(pick: () => number, n: number): string {
  const major = Math.floor(n / 7);
  const minor = n % 7;
  const forms = [
    () => `${major}.${minor}.0`,
    () => `v${major}.${minor}.${n % 3}`,
    () => `${major}.${minor}`,
    () => `${major}.${minor}.0rc${n % 3}`,
    () => `v${major}.${minor}.0-rc.${n % 4}`,
    () => `${major}.${minor}.3.pre0`,
    () => `${major}.${minor}.post${n % 2}`,
    () => `${major}.${minor}.dev0`,
    () => `${major}.${minor}.dev${n % 3}`,
    () => `pkg-${major}.${minor}`,
    () => `V${major}.${minor}.1`,
    () => `${major}.${minor}+local${n}`,
    () => `latest-stable`,
    () => `build-${n}x`,
    () => `nightly-2024${String(n % 12).padStart(2, '0')}01`,
    () => `$(touch\${IFS}pwned)${n}`,
    () => `-n-${major}.${minor}.9`,
    () => `${major}.${minor}.0.0.1`,
    () => `1!${major}.${minor}`,
    () => `mypkg-v${major}.${minor}.${n % 5}`,
    () => `other-v${major}.${minor}`,
  ];
  const form = forms[Math.floor(pick() * forms.length)] ?? forms[0];
  return form ? form() : `${n}`;
}

/** Branch names that exercise release-branch-semver and untrusted-name handling. */
export const BRANCH_NAMES = [
  'dev',
  'release-1.2',
  '1.2.x',
  'release/v1.3',
  'feature/x',
  'maint/2.0.x',
  'v0.1',
  '-n',
  '$(touch${IFS}pwned)',
];
