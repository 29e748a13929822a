import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { defaultDescribe, describeSpecFromCommand } from './describe.js';
import {
  describeCouldPick,
  escapeGlob,
  matchVersionPart,
  prefixRules,
  TagRegexError,
  tagRules,
  versionFromTag,
} from './tag-rules.js';

const defaults = tagRules({});
const monorepo = prefixRules('mypkg-v', defaultDescribe('*[0-9]*'));

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

  test('keeps a local part that still makes a version, as setuptools_scm 10 does', () => {
    expect(versionFromTag('1.0+Local_7', defaults)).toEqual({
      version: '1.0',
      text: '1.0',
      local: 'local.7',
    });
    expect(versionFromTag('1.0+', defaults)).toEqual({ version: '1.0', text: '1.0', local: null });
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

describe("a project's tag settings", () => {
  test('tag.prefix is stripped before the regex; the text after the group joins the version when it can', () => {
    const rules = tagRules({ strip: 'pkg-', regex: String.raw`^v(?P<version>\d+\.\d+)(.*)$` });
    expect(versionFromTag('pkg-v1.2rc1', rules)?.version).toBe('1.2rc1');
    expect(versionFromTag('pkg-v1.2-garbage', rules)?.version).toBe('1.2');
    expect(versionFromTag('v1.3', rules)?.version).toBe('1.3');
  });

  test('normalize = false: schemes see the tag as spelled', () => {
    const rules = tagRules({ keepSpelling: true });
    expect(versionFromTag('v1.0.0-rc.1', rules)).toEqual({
      version: '1.0.0rc1',
      text: 'v1.0.0-rc.1',
      local: null,
    });
  });

  test('a single unnamed group is the version; several need one named version', () => {
    expect(versionFromTag('rel_2.0', tagRules({ regex: String.raw`^rel_(\d.*)$` }))?.version).toBe('2.0');
    expect(() => tagRules({ regex: String.raw`^(a)(\d+)$` })).toThrow(TagRegexError);
    expect(() => tagRules({ regex: 'plain' })).toThrow(/single group or a group named 'version'/);
    expect(() => tagRules({ regex: '(?(1)a|b)(x)' })).toThrow(/no JavaScript form/);
  });

  test("describeCouldPick follows the describe command's --match and --exclude", () => {
    const rules = tagRules({
      describe: describeSpecFromCommand([
        'git',
        'describe',
        '--match',
        'a-*',
        '--match',
        'b-*',
        '--exclude',
        '*rc*',
      ]),
    });
    expect(describeCouldPick('a-1.0', rules)).toBe(true);
    expect(describeCouldPick('b-1.0', rules)).toBe(true);
    expect(describeCouldPick('a-1.0rc1', rules)).toBe(false);
    expect(describeCouldPick('c-1.0', rules)).toBe(false);
    expect(
      describeCouldPick('anything', tagRules({ describe: describeSpecFromCommand('git describe') })),
    ).toBe(true);
  });
});

describe('the tag-prefix input', () => {
  test('needs the prefix, which is not part of the version', () => {
    expect(versionFromTag('mypkg-v1.2.0', monorepo)?.version).toBe('1.2.0');
    expect(versionFromTag('other-v1.2.0', monorepo)).toBeNull();
    expect(versionFromTag('1.2.0', monorepo)).toBeNull();
    expect(monorepo.describe.match).toEqual(['mypkg-v*[0-9]*']);
  });

  test('regex and glob characters in a prefix are literal', () => {
    const odd = prefixRules('a.b+c(', defaultDescribe('*[0-9]*'));
    expect(versionFromTag('a.b+c(1.0', odd)?.version).toBe('1.0');
    expect(versionFromTag('aXb+c(1.0', odd)).toBeNull();
    expect(escapeGlob('a*b?[c]')).toBe('a\\*b\\?\\[c\\]');
  });

  test('describeCouldPick mirrors --match', () => {
    expect(describeCouldPick('latest', defaults)).toBe(false);
    expect(describeCouldPick('build-7', defaults)).toBe(true);
    expect(describeCouldPick('mypkg-v1', monorepo)).toBe(true);
    expect(describeCouldPick('mypkg-vx', monorepo)).toBe(false);
    expect(describeCouldPick('x-mypkg-v1', monorepo)).toBe(false);
  });
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
  for (const [prefix, rules] of [
    [null, defaults],
    ['mypkg-v', monorepo],
  ] as const) {
    const out = execFileSync('/usr/bin/python3', ['-c', script], {
      input: JSON.stringify([names, prefix]),
      encoding: 'utf8',
    });
    const expected = JSON.parse(out) as (string | null)[];
    expect(names.map((name) => matchVersionPart(name, rules))).toEqual(expected);
  }
});
