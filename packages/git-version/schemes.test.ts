import { describe, expect, test } from '@jest/globals';
import {
  applyVersionScheme,
  dontGuessNextVersion,
  guessNextSimpleSemver,
  guessNextVersion,
  type SchemeInput,
} from './schemes.js';
import { VersionError } from './errors.js';
import { matchVersionPart, tagPattern } from './tag-pattern.js';

const defaults = tagPattern(null);
const input = (tag: string, number: number, branch: string | null = 'main', exact = false): SchemeInput => ({
  tag,
  exact,
  number,
  branch,
  branchVersion: (segment) => matchVersionPart(segment, defaults),
});

describe('guess-next-dev', () => {
  test.each([
    ['1.0', 3, '1.1.dev3'],
    ['1.2.3', 1, '1.2.4.dev1'],
    ['1.0rc1', 2, '1.0rc2.dev2'],
    ['1.0.post2', 5, '1.0.post3.dev5'],
    ['2.0.dev0', 4, '2.0.dev4'],
    ['1!2.0', 1, '1!2.1.dev1'],
    ['0.0', 7, '0.1.dev7'],
    ['1.0.0.0.9', 1, '1.0.0.0.10.dev1'],
  ])('%s at distance %i gives %s', (tag, number, expected) => {
    expect(applyVersionScheme('guess-next-dev', input(tag, number))).toBe(expected);
  });

  test('an exact tag is the version for every scheme', () => {
    for (const scheme of [
      'guess-next-dev',
      'no-guess-dev',
      'post-release',
      'release-branch-semver',
    ] as const) {
      expect(applyVersionScheme(scheme, input('1.4.0rc1', 0, 'main', true))).toBe('1.4.0rc1');
    }
  });

  test('a .devN tag other than .dev0 is refused, naming the fix', () => {
    expect(() => guessNextVersion('1.0.dev3')).toThrow(VersionError);
    expect(() => guessNextVersion('1.0.dev3')).toThrow(/tag 1\.0\.dev0/);
  });

  test('bumps numbers beyond 2^53 exactly', () => {
    expect(guessNextVersion('1.9007199254740993')).toBe('1.9007199254740994');
  });
});

describe('no-guess-dev and post-release', () => {
  test('no-guess-dev appends .post1 before the dev part', () => {
    expect(applyVersionScheme('no-guess-dev', input('1.0', 3))).toBe('1.0.post1.dev3');
    expect(applyVersionScheme('no-guess-dev', input('1.0.dev0', 3))).toBe('1.0.dev3');
  });

  test('no-guess-dev refuses a post-release tag', () => {
    expect(() => dontGuessNextVersion('1.0.post1')).toThrow(/already is a post release/);
  });

  test('post-release puts the number in .postN', () => {
    expect(applyVersionScheme('post-release', input('1.0rc1', 4))).toBe('1.0rc1.post4');
  });
});

describe('release-branch-semver', () => {
  test.each([
    ['main', '1.2.0', 3, '1.3.0.dev3'],
    ['release-1.2', '1.2.0', 3, '1.2.1.dev3'],
    ['1.2.x', '1.2.3', 1, '1.2.4.dev1'],
    ['release/v1.2', '1.2.0rc1', 2, '1.2.0rc2.dev2'],
    ['release-1.3', '1.2.0', 2, '1.3.0.dev2'],
    ['HEAD', '2.5', 1, '2.6.0.dev1'],
    ['feature/x', '1', 1, '1.1.0.dev1'],
  ])('branch %s after tag %s at distance %i gives %s', (branch, tag, number, expected) => {
    expect(applyVersionScheme('release-branch-semver', input(tag, number, branch))).toBe(expected);
  });

  test('a non-numeric major.minor is refused like setuptools_scm', () => {
    expect(() => guessNextSimpleSemver('1.0rc1', 2)).toThrow(VersionError);
    expect(() => applyVersionScheme('release-branch-semver', input('1!2.0', 1))).toThrow(
      /release-branch-semver/,
    );
  });
});

test('the run number replaces the distance in every scheme', () => {
  expect(applyVersionScheme('guess-next-dev', input('1.0', 1234))).toBe('1.1.dev1234');
  expect(applyVersionScheme('post-release', input('1.0', 1234))).toBe('1.0.post1234');
});
