/**
 * setuptools_scm 10's SemVer-shaped guesses: semver-pep440 (python-simplified-semver), semver-pep440-release-branch
 * (release-branch-semver) and the bumps towncrier-fragments chooses between.
 */
import { VersionError } from './errors.js';
import { guessNextVersion } from './guess-next.js';
import type { SchemeInput } from './schemes.js';

const MINOR = 2;
const PATCH = 3;

/** setuptools_scm 10's guess_next_simple_semver: a .dev0 tag is finished, else keep `retain` parts and bump. */
export function guessNextSimpleSemver(input: SchemeInput, retain: number): string {
  const release = releaseOf(input.normalized);
  if (input.dev === 0) return padded(release);
  const parts = release.slice(0, retain);
  while (parts.length < retain) parts.push(0n);
  parts[parts.length - 1] = (parts[parts.length - 1] ?? 0n) + 1n;
  return padded(parts);
}

/** semver-pep440: a feature branch bumps the minor, anything else the patch. */
export function simplifiedSemver(input: SchemeInput): string {
  const retain = input.branch !== null && input.branch.includes('feature') ? MINOR : PATCH;
  return `${guessNextSimpleSemver(input, retain)}.dev${input.number}`;
}

/** semver-pep440-release-branch: on a branch named for the tag's major.minor a patch bump, else a minor bump. */
export function releaseBranchSemver(input: SchemeInput): string {
  if (input.branch !== null) {
    let branchVersion = input.branchVersion(input.branch.split('/').pop() ?? '');
    if (branchVersion !== null) {
      if (branchVersion.startsWith('v')) branchVersion = branchVersion.slice(1);
      const tagMinor = input.tag.split('.').slice(0, MINOR);
      const branchMinor = branchVersion.split('.').slice(0, MINOR);
      if (tagMinor.length === branchMinor.length && tagMinor.every((part, i) => part === branchMinor[i])) {
        return `${guessNextVersion(input.tag)}.dev${input.number}`;
      }
    }
  }
  return `${guessNextSimpleSemver(input, MINOR)}.dev${input.number}`;
}

/** towncrier-fragments' bump for its fragment kind: major is X+1.0.0, minor and patch as semver-pep440. */
export function fragmentBump(input: SchemeInput, bump: 'major' | 'minor' | 'patch'): string {
  if (bump === 'minor') return `${guessNextSimpleSemver(input, MINOR)}.dev${input.number}`;
  if (bump === 'patch') return `${guessNextSimpleSemver(input, PATCH)}.dev${input.number}`;
  const first = (input.tag.split('+')[0] ?? '').split('.')[0]?.replace(/^v+/, '') ?? '';
  if (!/^[0-9]+$/.test(first)) {
    throw new VersionError(
      `nearest tag's version ${input.tag} has no plain major number for towncrier-fragments to bump; tag a version like 1.2.0`,
    );
  }
  return `${BigInt(first) + 1n}.0.0.dev${input.number}`;
}

// The release numbers of a normalized version (after any epoch), exact beyond 2^53.
function releaseOf(normalized: string): bigint[] {
  const match = /^(?:[0-9]+!)?([0-9]+(?:\.[0-9]+)*)/.exec(normalized);
  return (match?.[1] ?? '0').split('.').map((part) => BigInt(part));
}

function padded(parts: bigint[]): string {
  const all = [...parts];
  while (all.length < PATCH) all.push(0n);
  return all.join('.');
}
