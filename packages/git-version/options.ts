/** What computeVersion reads and returns, and the checks on what it reads. */
import { parseVersion } from '../pep440/index.js';
import { VersionError } from './errors.js';
import type { Git } from './git.js';
import type { VersionScheme } from './schemes.js';
import type { SettingSource } from './settings.js';

/** Everything computeVersion reads; the action shell fills it from inputs and the runner's environment. */
export interface ComputeOptions {
  /** Working directory: a git checkout, possibly a subdirectory of it, where pyproject.toml lives. */
  cwd: string;
  /** auto: a `refs/tags/*` ref is a release build, everything else a dev build. */
  mode: 'auto' | 'release' | 'dev';
  /** A setuptools_scm 10.2.1 version scheme; null: the project's `version_scheme`, else guess-next-dev. */
  scheme: string | null;
  /**
   * Tags are this literal prefix, an optional v and the version (`mypkg-v` for `mypkg-v1.2.0`); null: the project's
   * tag_regex and describe command, else setuptools_scm's default (an optional `word-` prefix, an optional v).
   */
  tagPrefix: string | null;
  /** `run-number` puts the run number where setuptools_scm puts the distance (deliberately different). */
  devNumber: 'distance' | 'run-number';
  /** GITHUB_RUN_NUMBER, used when devNumber is `run-number`. */
  runNumber?: number;
  /**
   * setuptools_scm's fallback_version: where the scheme starts when no version tag is reachable (1.0 gives
   * 1.1.dev5), and the version outside a git checkout; null: the project's, else none (0.0 gives 0.1.devN).
   */
  fallbackVersion: string | null;
  /** auto: complete a shallow clone as far as needed; never: fail on one that is too shallow. */
  fetch: 'auto' | 'never';
  /** Distributions to set SETUPTOOLS_SCM_PRETEND_VERSION_FOR_<NAME> for; null: `[project].name` of cwd's pyproject.toml. */
  distNames: string[] | null;
  /** GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and whether a pull request comes from a fork. */
  event: { name: string; ref: string; sha?: string; headRepoFork?: boolean };
  /** A tag build on a work tree with modified tracked files keeps the tag's version with a warning instead of failing. */
  allowDirty?: boolean;
  /** Injectable git; default runs real git without a shell. */
  git?: Git;
  /** The build time for the local version's `.dYYYYMMDD` (default now; pass SOURCE_DATE_EPOCH's time to pin it). */
  now?: Date;
}

/** The decision and everything derived from it. */
export interface ComputeResult {
  /** Normalized PEP 440 without a local part: what the dists carry and PyPI accepts. */
  version: string;
  /** version plus `+g<sha>` (and `.d<date>` when dirty), for display only. */
  localVersion: string;
  /** Epoch and release of version, e.g. `1.2.4` for `1.2.4.dev5`. */
  baseVersion: string;
  /** The tag the version comes from or builds on; null when none. */
  tag: string | null;
  /** Commits from that tag to HEAD (all commits when there is no tag). */
  distance: number;
  /** Full id of HEAD ('' for an unborn branch or no repository). */
  commit: string;
  /** Tracked files differ from HEAD (untracked files do not count). */
  dirty: boolean;
  /** The build carries a release tag's version. */
  isRelease: boolean;
  /** packaging's is_prerelease (a pre or dev release). */
  isPrerelease: boolean;
  /** A development build: not a release build. */
  isDev: boolean;
  shouldPublish: boolean;
  publishReason: string;
  /** version as a Docker tag. */
  dockerTag: string;
  /** version as SemVer 2 ('' when it has no SemVer form, e.g. with an epoch). */
  semver: string;
  distNames: string[];
  /** SETUPTOOLS_SCM_PRETEND_VERSION and SETUPTOOLS_SCM_PRETEND_VERSION_FOR_<NAME> per dist name. */
  env: Record<string, string>;
  /** The version scheme the version was computed with. */
  scheme: VersionScheme;
  /** Each setting and where it came from (input, pyproject.toml, hatch.toml, default). */
  settings: SettingSource[];
  /** Facts worth a line in the log or job summary. */
  notes: string[];
  /** Things the user should fix, worth a warning annotation. */
  warnings: string[];
}

/** Throws a VersionError naming the input when an option is out of range. */
export function validateOptions(options: ComputeOptions): void {
  if (!['auto', 'release', 'dev'].includes(options.mode)) {
    throw new VersionError(`input mode is '${options.mode}'; use auto, release or dev`);
  }
  if (!['distance', 'run-number'].includes(options.devNumber)) {
    throw new VersionError(`input dev-number is '${options.devNumber}'; use distance or run-number`);
  }
  if (
    options.devNumber === 'run-number' &&
    !(Number.isSafeInteger(options.runNumber) && (options.runNumber ?? -1) >= 0)
  ) {
    throw new VersionError(
      `dev-number is run-number but the run number is '${options.runNumber}'; run inside GitHub Actions or use dev-number: distance`,
    );
  }
  if (!['auto', 'never'].includes(options.fetch)) {
    throw new VersionError(`input fetch is '${options.fetch}'; use auto or never`);
  }
  if (options.tagPrefix !== null && /[\s\\*?[~^:]/.test(options.tagPrefix)) {
    throw new VersionError(
      `input tag-prefix '${options.tagPrefix}' contains characters git forbids in tag names; use the literal start of your tags, e.g. mypkg-v`,
    );
  }
  if (options.fallbackVersion !== null) {
    const parsed = parseVersion(options.fallbackVersion);
    if (parsed === null || parsed.local !== null) {
      throw new VersionError(
        `input fallback-version '${options.fallbackVersion}' is not a PEP 440 version without a local part; use e.g. 0.0.0`,
      );
    }
  }
}
