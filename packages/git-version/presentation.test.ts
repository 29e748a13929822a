import { describe, expect, test } from '@jest/globals';
import { dockerTag } from './docker-tag.js';
import { localVersion, refusesDirtyTree } from './local-version.js';
import { pretendVersionEnv } from './pretend-env.js';

const now = new Date('2024-03-05T23:59:59Z');

describe('localVersion', () => {
  const base = {
    schemes: ['node-and-date'],
    exact: false,
    node: 'g1234abc',
    dirty: false,
    now,
    tagLocal: null,
  };
  test('clean dev build: +g<sha>', () => {
    expect(localVersion('1.2.4.dev5', base)).toBe('1.2.4.dev5+g1234abc');
  });
  test('dirty dev build: +g<sha>.d<date> (UTC)', () => {
    expect(localVersion('1.2.4.dev5', { ...base, dirty: true })).toBe('1.2.4.dev5+g1234abc.d20240305');
  });
  test('the node is cut to ten characters, as setuptools_scm 10 prints it', () => {
    expect(localVersion('1.0.dev1', { ...base, node: `g${'a'.repeat(40)}` })).toBe('1.0.dev1+gaaaaaaaaa');
  });
  test('release: no local part unless dirty', () => {
    expect(localVersion('1.2.3', { ...base, exact: true })).toBe('1.2.3');
    expect(localVersion('1.2.3', { ...base, exact: true, dirty: true })).toBe('1.2.3+d20240305');
  });
  test('unborn HEAD: no node', () => {
    expect(localVersion('0.1.dev0', { ...base, node: null, dirty: true })).toBe('0.1.dev0+d20240305');
  });
  test.each([
    [['node-and-timestamp'], true, '1.0.dev1+g1234abc.d20240305235959'],
    [['dirty-tag'], true, '1.0.dev1+dirty'],
    [['dirty-tag'], false, '1.0.dev1'],
    [['no-local-version'], true, '1.0.dev1'],
    [['fail-on-uncommitted-changes', 'no-local-version'], false, '1.0.dev1'],
    [['a-plugin', 'dirty-tag'], true, '1.0.dev1+dirty'],
    [['a-plugin'], false, '1.0.dev1+g1234abc'],
  ])('local_scheme %j (dirty %s): %s', (schemes, dirty, expected) => {
    expect(localVersion('1.0.dev1', { ...base, schemes, dirty })).toBe(expected);
  });
  test("a tag's local part comes first, without repeating a segment", () => {
    expect(localVersion('1.1.dev1', { ...base, tagLocal: 'build.g1234abc' })).toBe('1.1.dev1+build.g1234abc');
  });
  test('strict local schemes refuse dirty trees, unless another answers first', () => {
    expect(refusesDirtyTree(['no-local-version-strict'])).toBe(true);
    expect(refusesDirtyTree(['fail-on-uncommitted-changes', 'node-and-date'])).toBe(true);
    expect(refusesDirtyTree(['node-and-date', 'fail-on-uncommitted-changes'])).toBe(false);
    expect(refusesDirtyTree(['node-and-date'])).toBe(false);
  });
});

describe('dockerTag', () => {
  test.each([
    ['1.2.4.dev5', '1.2.4.dev5'],
    ['1!2.0', '1-2.0'],
    ['1.0+g1234abc', '1.0-g1234abc'],
  ])('%s -> %s', (version, tag) => expect(dockerTag(version)).toBe(tag));

  test('no leading . or -, at most 128 characters, only [A-Za-z0-9_.-]', () => {
    const tag = dockerTag(`-.${'9'.repeat(200)}+ü`);
    expect(tag).toMatch(/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/);
  });
});

describe('pretendVersionEnv', () => {
  test('the generic key and one per dist name in setuptools_scm 7.1 and 8 spellings', () => {
    expect(pretendVersionEnv('1.0.dev3', ['my-pkg.core', 'plain'])).toEqual({
      SETUPTOOLS_SCM_PRETEND_VERSION: '1.0.dev3',
      'SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY-PKG.CORE': '1.0.dev3',
      SETUPTOOLS_SCM_PRETEND_VERSION_FOR_MY_PKG_CORE: '1.0.dev3',
      SETUPTOOLS_SCM_PRETEND_VERSION_FOR_PLAIN: '1.0.dev3',
    });
  });
});
