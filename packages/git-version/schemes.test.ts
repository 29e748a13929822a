import { describe, expect, test } from '@jest/globals';
import { normalizeVersion, parseVersion } from '../pep440/index.js';
import { guessNextDateVersion } from './calver-scheme.js';
import { VersionError } from './errors.js';
import { dontGuessNextVersion, guessNextVersion } from './guess-next.js';
import { applyVersionScheme, VERSION_SCHEMES, type SchemeInput } from './schemes.js';
import { matchVersionPart, tagRules } from './tag-rules.js';
import { bumpFor } from './towncrier.js';

const defaults = tagRules({});
const input = (tag: string, number: number, overrides: Partial<SchemeInput> = {}): SchemeInput => {
  const normalized = normalizeVersion(tag) ?? tag;
  return {
    tag,
    normalized,
    dev: parseVersion(normalized)?.dev ?? null,
    exact: false,
    number,
    branch: 'main',
    branchVersion: (segment) => matchVersionPart(segment, defaults),
    headDate: '2024-03-01',
    fragments: null,
    ...overrides,
  };
};

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
    for (const scheme of VERSION_SCHEMES) {
      expect(applyVersionScheme(scheme, input('1.4.0rc1', 0, { exact: true }))).toBe('1.4.0rc1');
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

describe('no-guess-dev, post-release and only-version', () => {
  test('no-guess-dev appends .post1 before the dev part', () => {
    expect(applyVersionScheme('no-guess-dev', input('1.0', 3))).toBe('1.0.post1.dev3');
    expect(applyVersionScheme('no-guess-dev', input('1.0.dev0', 3))).toBe('1.0.dev3');
  });

  test('no-guess-dev refuses a post-release tag', () => {
    expect(() => dontGuessNextVersion('1.0.post1')).toThrow(/already is a post release/);
  });

  test('post-release puts the number in .postN', () => {
    expect(applyVersionScheme('post-release', input('1.0rc1', 4))).toBe('1.0rc1.post4');
    expect(applyVersionScheme('post-release', input('4.14.2', 39))).toBe('4.14.2.post39');
  });

  test('only-version is the tag, however far HEAD is', () => {
    expect(applyVersionScheme('only-version', input('1.2.3', 9))).toBe('1.2.3');
  });
});

describe('semver-pep440 and semver-pep440-release-branch (and their old names)', () => {
  test.each([
    ['main', '1.2.0', 3, '1.3.0.dev3'],
    ['release-1.2', '1.2.0', 3, '1.2.1.dev3'],
    ['1.2.x', '1.2.3', 1, '1.2.4.dev1'],
    ['release/v1.2', '1.2.0rc1', 2, '1.2.0rc2.dev2'],
    ['release-1.3', '1.2.0', 2, '1.3.0.dev2'],
    ['HEAD', '2.5', 1, '2.6.0.dev1'],
    ['feature/x', '1', 1, '1.1.0.dev1'],
    ['main', '1!2.0', 1, '2.1.0.dev1'],
    ['main', '1.0rc1', 1, '1.1.0.dev1'],
  ])('release branch scheme on %s after tag %s at distance %i gives %s', (branch, tag, number, expected) => {
    for (const scheme of ['semver-pep440-release-branch', 'release-branch-semver'] as const) {
      expect(applyVersionScheme(scheme, input(tag, number, { branch }))).toBe(expected);
    }
  });

  test('a .dev0 tag is finished, not bumped (setuptools_scm 10; 7.1 bumped it)', () => {
    expect(applyVersionScheme('semver-pep440-release-branch', input('2.0.dev0', 3))).toBe('2.0.0.dev3');
    expect(applyVersionScheme('semver-pep440', input('2.0.dev0', 3))).toBe('2.0.0.dev3');
  });

  test.each([
    ['main', '1.2.3', '1.2.4.dev2'],
    ['feature/login', '1.2.3', '1.3.0.dev2'],
    ['main', '1.2.3rc1', '1.2.4.dev2'],
    ['main', '2', '2.0.1.dev2'],
  ])('semver-pep440 on %s after %s gives %s', (branch, tag, expected) => {
    for (const scheme of ['semver-pep440', 'python-simplified-semver'] as const) {
      expect(applyVersionScheme(scheme, input(tag, 2, { branch }))).toBe(expected);
    }
  });
});

describe('calver-by-date', () => {
  test.each([
    ['v2024.01.15', '2024-03-01', '2024.3.1.0'],
    ['2024.1.15', '2024-01-15', '2024.1.15.1'],
    ['2024.1.15.3', '2024-01-15', '2024.1.15.4'],
    ['24.1.15', '2024-01-15', '24.1.15.1'],
    ['1.2.3', '2024-03-01', '24.3.1.0'],
    ['12.3.4', '2024-03-01', '24.3.1.0'],
  ])('tag %s, HEAD of %s: next %s', (tag, date, expected) => {
    expect(guessNextDateVersion(normalizeVersion(tag) ?? tag, date)).toBe(expected);
  });

  test('a date tag that is no date is refused', () => {
    expect(() => guessNextDateVersion('2024.2.30', '2024-03-01')).toThrow(/looks like a date but is none/);
    expect(() => guessNextDateVersion('24.13.1', '2024-03-01')).toThrow(VersionError);
  });

  test('adds the number as .devN; a release-YYYY.MM.DD branch builds that version', () => {
    expect(applyVersionScheme('calver-by-date', input('2024.1.15', 3))).toBe('2024.3.1.0.dev3');
    expect(
      applyVersionScheme('calver-by-date', input('2024.1.15', 3, { branch: 'release-2024.02.01' })),
    ).toBe('2024.02.01');
  });
});

describe('towncrier-fragments', () => {
  test('the fragment kinds choose the bump; without fragments it guesses as guess-next-dev', () => {
    expect(bumpFor(['1.feature.md', '2.bugfix.md'])).toBe('minor');
    expect(bumpFor(['3.removal.rst', '1.feature.md'])).toBe('major');
    expect(bumpFor(['+orphan.doc.md'])).toBe('patch');
    expect(bumpFor(['notes.md', 'x.unknown'])).toBeNull();
    expect(applyVersionScheme('towncrier-fragments', input('1.2.3', 4))).toBe('1.2.4.dev4');
    expect(applyVersionScheme('towncrier-fragments', input('1.2.3', 4, { fragments: 'major' }))).toBe(
      '2.0.0.dev4',
    );
    expect(applyVersionScheme('towncrier-fragments', input('1.2.3', 4, { fragments: 'minor' }))).toBe(
      '1.3.0.dev4',
    );
    expect(applyVersionScheme('towncrier-fragments', input('1.2.3', 4, { fragments: 'patch' }))).toBe(
      '1.2.4.dev4',
    );
  });

  test('a major bump needs a plain major number', () => {
    expect(() =>
      applyVersionScheme('towncrier-fragments', input('1!2.0', 1, { fragments: 'major' })),
    ).toThrow(/no plain major number/);
  });
});

test('the run number replaces the distance in every scheme', () => {
  expect(applyVersionScheme('guess-next-dev', input('1.0', 1234))).toBe('1.1.dev1234');
  expect(applyVersionScheme('post-release', input('1.0', 1234))).toBe('1.0.post1234');
});
