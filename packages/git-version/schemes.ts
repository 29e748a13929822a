/** setuptools_scm 10.2.1's version schemes, rule for rule, on the public version of the nearest tag. */
import { calverByDate } from './calver-scheme.js';
import { dontGuessNextVersion, guessNextVersion } from './guess-next.js';
import { fragmentBump, releaseBranchSemver, simplifiedSemver } from './semver-schemes.js';
import type { FragmentBump } from './towncrier.js';

/** Every version scheme setuptools_scm 10.2.1 ships, under its current and its older names. */
export const VERSION_SCHEMES = [
  'guess-next-dev',
  'no-guess-dev',
  'post-release',
  'semver-pep440',
  'python-simplified-semver',
  'semver-pep440-release-branch',
  'release-branch-semver',
  'only-version',
  'calver-by-date',
  'towncrier-fragments',
] as const;

/** A version scheme name setuptools_scm 10.2.1 knows. */
export type VersionScheme = (typeof VERSION_SCHEMES)[number];

/** What a scheme sees: setuptools_scm's ScmVersion, reduced to what the schemes read. */
export interface SchemeInput {
  /** The tag's public version as setuptools_scm's `str(tag)`: normalized, or as spelled with `normalize = false`. */
  tag: string;
  /** The same version normalized (release numbers and dev are read from it). */
  normalized: string;
  /** The tag's dev number (`2.0.dev0` → 0), or null. */
  dev: number | null;
  /** HEAD is the tagged commit and the tree is clean (setuptools_scm's `exact`). */
  exact: boolean;
  /** The number that goes into `.devN` / `.postN`: the distance, or the run number. */
  number: number;
  /** The checked-out branch (`HEAD` when detached), or null. */
  branch: string | null;
  /** The version part of a branch name segment by the tag rules, or null. */
  branchVersion: (segment: string) => string | null;
  /** HEAD's commit date, UTC `YYYY-MM-DD` (calver-by-date). */
  headDate: string;
  /** The changelog fragments' bump (towncrier-fragments). */
  fragments: FragmentBump;
}

/** True for a scheme name setuptools_scm 10.2.1 knows. */
export function isVersionScheme(name: string): name is VersionScheme {
  return (VERSION_SCHEMES as readonly string[]).includes(name);
}

/** The version a scheme gives, unnormalized as setuptools_scm formats it; throws VersionError where it raises. */
export function applyVersionScheme(scheme: VersionScheme, input: SchemeInput): string {
  if (input.exact || scheme === 'only-version') return input.tag;
  switch (scheme) {
    case 'guess-next-dev':
      return `${guessNextVersion(input.tag)}.dev${input.number}`;
    case 'no-guess-dev':
      return `${dontGuessNextVersion(input.tag)}.dev${input.number}`;
    case 'post-release':
      return `${input.tag}.post${input.number}`;
    case 'semver-pep440':
    case 'python-simplified-semver':
      return simplifiedSemver(input);
    case 'semver-pep440-release-branch':
    case 'release-branch-semver':
      return releaseBranchSemver(input);
    case 'calver-by-date':
      return calverByDate(input);
    case 'towncrier-fragments':
      return input.fragments === null
        ? `${guessNextVersion(input.tag)}.dev${input.number}`
        : fragmentBump(input, input.fragments);
  }
}
