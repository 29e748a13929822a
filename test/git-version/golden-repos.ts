/** The setuptools_scm goldens: repositories, the builds asked of them, the oracle's answers, and writing them. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { writeHistory, type History } from './history.js';

/** One build: a working directory in the repository, a mode, the action's inputs and the build backend. */
export interface GoldenCase {
  /** Directory of pyproject.toml relative to the repository ('' for its top). */
  cwd: string;
  /** dev: a branch push (tags on HEAD ignored); release: mode release, the tag on HEAD. */
  mode: 'dev' | 'release';
  /** The action's inputs (override the project's configuration). */
  inputs: { scheme?: string; tagPrefix?: string; fallbackVersion?: string };
  /** Which build the oracle runs: setuptools_scm's (pyproject read as its build does) or hatch-vcs's. */
  build: 'setuptools' | 'hatch';
  /** Also compared with Debian's setuptools_scm 7.1, run live, where it agrees with 10.2.1. */
  debian71?: boolean;
  /** Why compute-dev-version fails here on purpose where setuptools_scm gives a version. */
  deliberate?: string;
  /** setuptools_scm 10.2.1's answer, filled in by the generator. */
  expected?: GoldenAnswer;
}

/** setuptools_scm's version as it printed it (local part included), or the error it raised. */
export type GoldenAnswer = ({ version: string } | { error: string }) & {
  /** Version tags on HEAD (a release build without one must refuse). */
  headVersionTags?: string[];
};

/** A repository (or, with `history: null`, a plain directory) and the builds asked of it. */
export interface GoldenRepo {
  id: string;
  history: History | null;
  /** Files written into the work tree after the history (untracked), e.g. pyproject.toml. */
  files: Record<string, string>;
  /** The directory's name (parentdir_prefix_version reads it); default r<index>. */
  name?: string;
  cases: GoldenCase[];
}

/** The golden file. */
export interface GoldenFile {
  about: {
    oracle: string;
    /** The build time every local version's date uses (SOURCE_DATE_EPOCH). */
    sourceDateEpoch: number;
    regenerate: string;
  };
  repos: GoldenRepo[];
}

/** SOURCE_DATE_EPOCH of the goldens: 2024-01-02T03:04:05Z. */
export const GOLDEN_EPOCH = 1_704_164_645;

/** Writes a golden repository (history and files) into `<root>/<name or r<index>>` and returns its directory. */
export function writeGoldenRepo(root: string, repo: GoldenRepo, index: number): string {
  const dir = join(root, repo.name ?? `r${index}`);
  if (repo.history === null) mkdirSync(dir, { recursive: true });
  else writeHistory(dir, repo.history);
  for (const [path, text] of Object.entries(repo.files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}
