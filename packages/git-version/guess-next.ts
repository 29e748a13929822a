/** setuptools_scm's next-version guesses on a tag's version text (`_modify_version`), exact to the digit. */
import { VersionError } from './errors.js';

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
