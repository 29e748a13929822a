/** setuptools_scm 7.1's version schemes, rule for rule, on the normalized version of the nearest tag. */
import { VersionError } from './errors.js';

/** The schemes offered; names and results as setuptools_scm's `version_scheme`. */
export type VersionScheme = 'guess-next-dev' | 'no-guess-dev' | 'post-release' | 'release-branch-semver';

/** The version schemes, for validating inputs. */
export const VERSION_SCHEMES: readonly VersionScheme[] = [
  'guess-next-dev',
  'no-guess-dev',
  'post-release',
  'release-branch-semver',
];

/** What a scheme sees: setuptools_scm's ScmVersion, reduced to what these four schemes read. */
export interface SchemeInput {
  /** str(packaging.version.Version(tag)) of the nearest tag, e.g. `1.2.3rc1`. */
  tag: string;
  /** True when HEAD is the tagged commit and the tree is clean (setuptools_scm: `distance is None`). */
  exact: boolean;
  /** The number that goes into `.devN` / `.postN`: the distance, or the run number. */
  number: number;
  /** The checked-out branch (`HEAD` when detached), or null. */
  branch: string | null;
  /** The version part of a branch name's last segment by the tag regex, or null (release-branch-semver). */
  branchVersion: (segment: string) => string | null;
}

/** The version a scheme gives, unnormalized exactly as setuptools_scm formats it; throws VersionError where it raises. */
export function applyVersionScheme(scheme: VersionScheme, input: SchemeInput): string {
  if (input.exact) {
    return input.tag;
  }
  switch (scheme) {
    case 'guess-next-dev':
      return `${guessNextVersion(input.tag)}.dev${input.number}`;
    case 'no-guess-dev':
      return `${dontGuessNextVersion(input.tag)}.dev${input.number}`;
    case 'post-release':
      return `${input.tag}.post${input.number}`;
    case 'release-branch-semver':
      return releaseBranchSemver(input);
  }
}

/** setuptools_scm's guess_next_version: finish a .dev0 tag, else bump the last number. */
export function guessNextVersion(tag: string): string {
  const version = stripLocal(tag);
  return bumpDev(version, tag) ?? bumpLastNumber(version, tag);
}

/** setuptools_scm's _dont_guess_next_version: finish a .dev0 tag, else `.post1`. */
export function dontGuessNextVersion(tag: string): string {
  const version = stripLocal(tag);
  const finished = bumpDev(version, tag);
  if (finished !== null) return finished;
  if (version.includes('post')) {
    throw new VersionError(
      `nearest tag's version ${tag} already is a post release, so scheme no-guess-dev cannot guess the next one; tag a new release or choose another version scheme`,
    );
  }
  return `${version}.post1`;
}

/** setuptools_scm's guess_next_simple_semver: keep `retain` numeric parts, bump the last, pad to three. */
export function guessNextSimpleSemver(tag: string, retain: number, increment = true): string {
  const parts = tag
    .split('.')
    .slice(0, retain)
    .map((part) => {
      if (!/^[0-9]+$/.test(part)) {
        throw new VersionError(
          `nearest tag's version ${tag} cannot be read as a numeric semver version by scheme release-branch-semver; tag a release like 1.2.0 or choose another version scheme`,
        );
      }
      return BigInt(part);
    });
  while (parts.length < retain) parts.push(0n);
  if (increment) parts[parts.length - 1] = (parts[parts.length - 1] ?? 0n) + 1n;
  while (parts.length < 3) parts.push(0n);
  return parts.join('.');
}

function releaseBranchSemver(input: SchemeInput): string {
  if (input.branch !== null) {
    const segment = input.branch.split('/').pop() ?? '';
    let branchVersion = input.branchVersion(segment);
    if (branchVersion !== null) {
      if (branchVersion.startsWith('v')) branchVersion = branchVersion.slice(1);
      // A maintenance branch (release-1.2, 1.2.x) whose major.minor matches the tag: next is a patch/rc bump.
      const tagMinor = input.tag.split('.').slice(0, 2);
      const branchMinor = branchVersion.split('.').slice(0, 2);
      if (tagMinor.length === branchMinor.length && tagMinor.every((part, i) => part === branchMinor[i])) {
        return `${guessNextVersion(input.tag)}.dev${input.number}`;
      }
    }
  }
  return `${guessNextSimpleSemver(input.tag, 2)}.dev${input.number}`;
}

function stripLocal(version: string): string {
  const plus = version.indexOf('+');
  return plus < 0 ? version : version.slice(0, plus);
}

function bumpDev(version: string, tag: string): string | null {
  const at = version.lastIndexOf('.dev');
  if (at < 0) return null;
  const tail = version.slice(at + 4);
  if (tail !== '0') {
    throw new VersionError(
      `nearest tag's version ${tag} ends in .dev${tail}; setuptools_scm only continues .dev0 tags, so delete that tag or tag ${version.slice(0, at)}.dev0`,
    );
  }
  return version.slice(0, at);
}

function bumpLastNumber(version: string, tag: string): string {
  const match = /^(.*?)([0-9]+)$/s.exec(version);
  if (!match) {
    throw new VersionError(
      `nearest tag's version ${tag} does not end with a number to bump; tag a version that does or choose another version scheme`,
    );
  }
  return `${match[1] ?? ''}${BigInt(match[2] ?? '0') + 1n}`;
}
