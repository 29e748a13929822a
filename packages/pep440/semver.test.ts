import { describe, expect, it } from '@jest/globals';
import semver from 'semver';
import { compareVersions } from './compare.js';
import { parseVersion, type Version } from './parse.js';
import { toSemver } from './semver.js';
import { EDGE_CASES, seededRandom, validSpelling } from '../../test/support/pep440-corpus.js';

// The independent oracle: the semver package (npm's own), strict SemVer 2.0.0 parsing and precedence.
const compareSemver = (a: string, b: string): number => semver.compare(a, b);
/** True when semver parses `text` and prints it back unchanged (build metadata included): valid and canonical. */
function isCanonicalSemver(text: string): boolean {
  const parsed = semver.parse(text);
  return (
    parsed !== null &&
    `${parsed.version}${parsed.build.length > 0 ? `+${parsed.build.join('.')}` : ''}` === text
  );
}

describe('toSemver', () => {
  it('renders the common forms', () => {
    expect(toSemver('1.2.4.dev5')).toBe('1.2.4-dev.5');
    expect(toSemver('1.2.4')).toBe('1.2.4');
    expect(toSemver('1.2')).toBe('1.2.0');
    expect(toSemver('1.2.0.0')).toBe('1.2.0');
    expect(toSemver('1.2.4rc1')).toBe('1.2.4-rc.1');
    expect(toSemver('1.2.4a1')).toBe('1.2.4-pre.alpha.1');
    expect(toSemver('1.2.4b2')).toBe('1.2.4-pre.beta.2');
    expect(toSemver('1.2.4.dev5+g1234abc.d20240101')).toBe('1.2.4-dev.5+g1234abc.d20240101');
  });
  it('moves what SemVer cannot order into build metadata', () => {
    expect(toSemver('1.2.4.post1')).toBe('1.2.4+post.1');
    expect(toSemver('1.2.4.post1.dev2')).toBe('1.2.4+post.1.dev.2');
    expect(toSemver('1.2.4rc1.dev2')).toBe('1.2.4-rc.1+dev.2');
    expect(toSemver('1.2.3.4rc1')).toBe('1.2.3+4.rc.1');
  });
  it('refuses epochs and invalid text', () => {
    expect(() => toSemver('1!2.0')).toThrow('it has an epoch (1!)');
    expect(() => toSemver('2.0-final')).toThrow('not a PEP 440 version');
  });
  it('keeps dev releases below alphas, as PEP 440 does', () => {
    const ordered = ['1.0.dev1', '1.0a1', '1.0a2', '1.0b1', '1.0rc1', '1.0rc2', '1.0'].map(toSemver);
    ordered
      .slice(1)
      .forEach((b, i) =>
        expect([ordered[i], b, compareSemver(ordered[i] ?? '', b)]).toEqual([ordered[i], b, -1]),
      );
  });

  const rand = seededRandom(7);
  const corpus = [...EDGE_CASES, ...Array.from({ length: 3000 }, () => validSpelling(rand))]
    .map(parseVersion)
    .filter((v): v is Version => v !== null && v.epoch === 0)
    .sort(compareVersions);

  it('always produces valid SemVer 2', () => {
    expect(corpus.length).toBeGreaterThan(2000);
    expect(corpus.map(toSemver).filter((s) => !isCanonicalSemver(s))).toEqual([]);
  });

  it('never inverts PEP 440 order (ties are allowed)', () => {
    // The corpus is sorted by PEP 440; by transitivity, checking neighbours checks every pair.
    const inversions = corpus.slice(1).flatMap((b, i) => {
      const [x, y] = [toSemver(corpus[i] as Version), toSemver(b)];
      return compareSemver(x, y) > 0 ? [[x, y]] : [];
    });
    expect(inversions).toEqual([]);
  });

  it('preserves order exactly without post, local, epoch, dev-of-a-pre-release or a fourth release part', () => {
    const plain = corpus.filter(
      (v) =>
        v.post === null &&
        v.local === null &&
        !(v.pre !== null && v.dev !== null) &&
        v.release.slice(3).every((n) => n === 0),
    );
    expect(plain.length).toBeGreaterThan(500);
    const mismatches = plain.slice(1).flatMap((b, i) => {
      const a = plain[i] as Version;
      const [pep, sem] = [Math.sign(compareVersions(a, b)), compareSemver(toSemver(a), toSemver(b))];
      return pep === sem ? [] : [{ a: toSemver(a), b: toSemver(b), pep, sem }];
    });
    expect(mismatches).toEqual([]);
  });
});
