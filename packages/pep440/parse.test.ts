import { describe, expect, it } from '@jest/globals';
import { parseVersion } from './parse.js';

describe('parseVersion', () => {
  it('reads every segment', () => {
    expect(parseVersion('1!2.3.4rc5.post6.dev7+Abc.008')).toEqual({
      epoch: 1,
      release: [2, 3, 4],
      pre: { label: 'rc', number: 5 },
      post: 6,
      dev: 7,
      local: 'abc.8',
    });
  });
  it('defaults absent parts', () => {
    expect(parseVersion('1')).toEqual({
      epoch: 0,
      release: [1],
      pre: null,
      post: null,
      dev: null,
      local: null,
    });
  });
  it('accepts the alternate spellings and separators', () => {
    expect(parseVersion('1.0alpha')?.pre).toEqual({ label: 'a', number: 0 });
    expect(parseVersion('1.0-Beta.2')?.pre).toEqual({ label: 'b', number: 2 });
    expect(parseVersion('0.4.3.pre0')?.pre).toEqual({ label: 'rc', number: 0 });
    expect(parseVersion('1.0_preview_3')?.pre).toEqual({ label: 'rc', number: 3 });
    expect(parseVersion('1.0c1')?.pre).toEqual({ label: 'rc', number: 1 });
    expect(parseVersion('1.0-r')?.post).toBe(0);
    expect(parseVersion('1.0.rev4')?.post).toBe(4);
    expect(parseVersion('1.0-1')?.post).toBe(1);
    expect(parseVersion('1.0_dev')?.dev).toBe(0);
  });
  it('takes a v prefix, case and surrounding whitespace, as packaging does', () => {
    expect(parseVersion(' \tV1.0RC1\n')?.pre).toEqual({ label: 'rc', number: 1 });
    expect(parseVersion('\u00a01.0\u3000')?.release).toEqual([1, 0]);
  });
  it('normalizes integers and local separators', () => {
    expect(parseVersion('01.002')?.release).toEqual([1, 2]);
    expect(parseVersion('1.0+ubuntu-1_00.A')?.local).toBe('ubuntu.1.0.a');
  });
  it('rejects what is not PEP 440', () => {
    for (const bad of [
      '',
      'v',
      '1.',
      '.1',
      '1..0',
      '1.0+',
      '1.0 rc1',
      '1.0-',
      '1.0a1a2',
      'x1.0',
      '1!',
      '١.٠',
    ]) {
      expect(parseVersion(bad)).toBeNull();
    }
  });
  it('refuses numbers a double cannot hold, and non-ASCII letters Python would case-fold', () => {
    expect(parseVersion('1.9007199254740993')).toBeNull();
    expect(parseVersion('1.9007199254740991')?.release).toEqual([1, 9007199254740991]);
    expect(parseVersion('1.0+99999999999999999999')?.local).toBe('99999999999999999999');
    expect(parseVersion('1.0+\u212a')).toBeNull(); // Kelvin sign: packaging gives 1.0+k
    expect(parseVersion('1.0po\u017ft1')).toBeNull(); // long s: packaging gives 1.0.post1
  });
});
