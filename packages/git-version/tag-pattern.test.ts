import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  describeCouldPick,
  escapeGlob,
  matchVersionPart,
  tagPattern,
  versionFromTag,
} from './tag-pattern.js';

const defaults = tagPattern(null);
const monorepo = tagPattern('mypkg-v');

describe('versionFromTag with setuptools_scm defaults', () => {
  test.each([
    ['1.2.3', '1.2.3'],
    ['v1.0.0-rc.1', '1.0.0rc1'],
    ['0.4.3.pre0', '0.4.3rc0'],
    ['V2.0', '2.0'],
    ['pkg-1.2', '1.2'],
    ['-n-1.0.9', '1.0.9'],
    ['1.0+local', '1.0'],
    ['nightly-20240101', '20240101'],
    ['1.0.0.0.1', '1.0.0.0.1'],
  ])('%s carries %s', (tag, version) => {
    expect(versionFromTag(tag, defaults)?.version).toBe(version);
  });

  test('keeps what a + dropped', () => {
    expect(versionFromTag('1.0+local.7', defaults)?.dropped).toBe('local.7');
  });

  test.each(['build-7x', '1.0-foo-bar', 'v1.0.0.0rc1.x'])('%s matches but is no PEP 440 version', (tag) => {
    expect(versionFromTag(tag, defaults)?.version).toBeNull();
  });

  test.each(['latest', 'release', 'x1.0', '$(touch${IFS}pwned)3'])(
    '%s is not a version tag at all',
    (tag) => {
      expect(versionFromTag(tag, defaults)).toBeNull();
    },
  );
});

describe('prefixed tags', () => {
  test('need the prefix, which is not part of the version', () => {
    expect(versionFromTag('mypkg-v1.2.0', monorepo)?.version).toBe('1.2.0');
    expect(versionFromTag('other-v1.2.0', monorepo)).toBeNull();
    expect(versionFromTag('1.2.0', monorepo)).toBeNull();
    expect(monorepo.describeMatch).toBe('mypkg-v*[0-9]*');
  });

  test('regex and glob characters in a prefix are literal', () => {
    const odd = tagPattern('a.b+c(');
    expect(versionFromTag('a.b+c(1.0', odd)?.version).toBe('1.0');
    expect(versionFromTag('aXb+c(1.0', odd)).toBeNull();
    expect(escapeGlob('a*b?[c]')).toBe('a\\*b\\?\\[c\\]');
  });
});

test('describeCouldPick mirrors --match', () => {
  expect(describeCouldPick('latest', defaults)).toBe(false);
  expect(describeCouldPick('build-7', defaults)).toBe(true);
  expect(describeCouldPick('mypkg-v1', monorepo)).toBe(true);
  expect(describeCouldPick('mypkg-vx', monorepo)).toBe(false);
  expect(describeCouldPick('x-mypkg-v1', monorepo)).toBe(false);
});

// Oracle: setuptools_scm's own _parse_version_tag on the same names, in one Python process.
test('the version part is what setuptools_scm 7.1 reads, for tags and branch names', () => {
  const names = [
    '1.2.3',
    'v1.2',
    'V1',
    'pkg-1.2',
    'a-b-c-1.2rc1',
    'release-1.2',
    '1.2.x',
    'release/v1.3',
    'feature/x',
    'v0.1',
    '-n',
    '-n-1.0',
    'x1.0',
    '1.0+local',
    'nightly-20240101',
    '2024-01-15',
    '1.2.3.4.5',
    'ümlaut-1.0',
    'a_b-2.0',
    'v-1.0',
    '1.0-rc.1',
    'foo-bar-v2',
    '١.٢',
    '1.2+',
    'mypkg-v1.0',
    'mypkg-vx1',
  ];
  const script = [
    'import json, sys, re',
    'from setuptools_scm.config import Configuration',
    'from setuptools_scm.version import _parse_version_tag',
    'names, prefix = json.load(sys.stdin)',
    'regex = None if prefix is None else "^" + re.escape(prefix) + r"(?P<version>[vV]?\\d+(?:\\.\\d+){0,2}[^\\+]*)(?:\\+.*)?$"',
    'config = Configuration(tag_regex=regex) if regex else Configuration()',
    'print(json.dumps([(_parse_version_tag(n, config) or {}).get("version") for n in names]))',
  ].join('\n');
  for (const [prefix, pattern] of [
    [null, defaults],
    ['mypkg-v', monorepo],
  ] as const) {
    const out = execFileSync('/usr/bin/python3', ['-c', script], {
      input: JSON.stringify([names, prefix]),
      encoding: 'utf8',
    });
    const expected = JSON.parse(out) as (string | null)[];
    expect(names.map((name) => matchVersionPart(name, pattern))).toEqual(expected);
  }
});
