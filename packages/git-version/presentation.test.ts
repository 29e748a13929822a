import { describe, expect, test } from '@jest/globals';
import { dockerTag } from './docker-tag.js';
import { localVersion } from './local-version.js';
import { pretendVersionEnv } from './pretend-env.js';

const now = new Date('2024-03-05T23:59:59Z');

describe('localVersion (node-and-date)', () => {
  test('clean dev build: +g<sha>', () => {
    expect(localVersion('1.2.4.dev5', { exact: false, node: '1234abc', dirty: false, now })).toBe(
      '1.2.4.dev5+g1234abc',
    );
  });
  test('dirty dev build: +g<sha>.d<date> (UTC)', () => {
    expect(localVersion('1.2.4.dev5', { exact: false, node: '1234abc', dirty: true, now })).toBe(
      '1.2.4.dev5+g1234abc.d20240305',
    );
  });
  test('release: no local part unless dirty', () => {
    expect(localVersion('1.2.3', { exact: true, node: '1234abc', dirty: false, now })).toBe('1.2.3');
    expect(localVersion('1.2.3', { exact: true, node: '1234abc', dirty: true, now })).toBe('1.2.3+d20240305');
  });
  test('unborn HEAD: no node', () => {
    expect(localVersion('0.1.dev0', { exact: false, node: null, dirty: true, now })).toBe(
      '0.1.dev0+d20240305',
    );
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
