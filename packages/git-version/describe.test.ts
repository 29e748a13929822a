import { describe, expect, test } from '@jest/globals';
import {
  defaultDescribe,
  DescribeCommandError,
  describeArgs,
  describeSpecFromCommand,
  parseDescribe,
} from './describe.js';

test('parses --long output, splitting from the right like setuptools_scm', () => {
  expect(parseDescribe('v1.5.0-0-g4060507\n')).toEqual({
    tag: 'v1.5.0',
    distance: 0,
    abbrev: '4060507',
    dirty: false,
  });
  expect(parseDescribe('v1.15.1rc1-37-g9bd1298-dirty')).toEqual({
    tag: 'v1.15.1rc1',
    distance: 37,
    abbrev: '9bd1298',
    dirty: true,
  });
  expect(parseDescribe('-n-1-0-3-gabcdef0')).toEqual({
    tag: '-n-1-0',
    distance: 3,
    abbrev: 'abcdef0',
    dirty: false,
  });
});

test('a bare tag is distance 0 without a node; no output is no answer', () => {
  expect(parseDescribe('v1.0-dirty')).toEqual({ tag: 'v1.0', distance: 0, abbrev: null, dirty: true });
  expect(parseDescribe('')).toBeNull();
});

test("arguments: setuptools_scm 10's default command, patterns attached with =", () => {
  expect(describeArgs(defaultDescribe('*[0-9]*'), ['-n'])).toEqual([
    'describe',
    '--dirty',
    '--long',
    '--tags',
    '--abbrev=40',
    '--match=*[0-9]*',
    '--exclude=-n',
  ]);
});

describe("a project's describe command", () => {
  test("setuptools-scm's own: --match chooses the tags, --dirty/--long/--tags are read", () => {
    const spec = describeSpecFromCommand([
      'git',
      'describe',
      '--dirty',
      '--tags',
      '--long',
      '--match',
      'setuptools-scm-*',
    ]);
    expect(spec).toEqual({
      match: ['setuptools-scm-*'],
      exclude: [],
      tags: true,
      firstParent: false,
      long: true,
      dirty: true,
      abbrev: null,
      candidates: null,
    });
    expect(describeArgs(spec)).toEqual([
      'describe',
      '--dirty',
      '--long',
      '--tags',
      '--match=setuptools-scm-*',
    ]);
  });

  test('a string is split as shlex.split does; --first-parent, --exclude and --abbrev are kept', () => {
    const spec = describeSpecFromCommand(
      `git describe --first-parent --match 'pkg a-*' --exclude=pkg-*rc* --abbrev=12 --candidates 3`,
    );
    expect(spec).toMatchObject({
      match: ['pkg a-*'],
      exclude: ['pkg-*rc*'],
      firstParent: true,
      tags: false,
      dirty: false,
      abbrev: '12',
      candidates: '3',
    });
    expect(describeArgs(spec, ['x'])).toEqual([
      'describe',
      '--dirty',
      '--long',
      '--first-parent',
      '--abbrev=12',
      '--candidates=3',
      '--match=pkg a-*',
      '--exclude=pkg-*rc*',
      '--exclude=x',
    ]);
  });

  test.each([
    [['hg', 'log'], /runs 'hg', not git describe/],
    ['git -c core.abbrev=9 describe', /runs 'git -c', not git describe/],
    ['git describe --always', /the option --always is not one compute-dev-version honours/],
    ['git describe --tags HEAD~1', /the argument 'HEAD~1'/],
    ['git describe --abbrev=0', /--abbrev=0 prints the bare tag/],
    ['git describe --dirty=+mod', /--dirty=\+mod/],
    ['git describe --match', /--match needs a value/],
    ['git describe --match "unclosed', /No closing quotation/],
  ])('%j is refused: %s', (command, reason) => {
    expect(() => describeSpecFromCommand(command)).toThrow(DescribeCommandError);
    expect(() => describeSpecFromCommand(command)).toThrow(reason);
  });
});
