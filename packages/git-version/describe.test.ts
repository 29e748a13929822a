import { expect, test } from '@jest/globals';
import { describeArgs, parseDescribe } from './describe.js';

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

test('anything else is no answer', () => {
  expect(parseDescribe('')).toBeNull();
  expect(parseDescribe('v1.0')).toBeNull();
  expect(parseDescribe('fatal: No names found')).toBeNull();
});

test('arguments: setuptools_scm command, patterns attached with =', () => {
  expect(describeArgs('*[0-9]*', ['-n'])).toEqual([
    'describe',
    '--dirty',
    '--tags',
    '--long',
    '--match=*[0-9]*',
    '--exclude=-n',
  ]);
});
