import { describe, expect, it } from '@jest/globals';
import { baseVersion, formatVersion, normalizeVersion, publicVersion } from './format.js';

describe('normalizeVersion', () => {
  it('gives the canonical string', () => {
    expect(normalizeVersion('0.4.3.pre0')).toBe('0.4.3rc0');
    expect(normalizeVersion('v1.0.0-rc.1')).toBe('1.0.0rc1');
    expect(normalizeVersion('1.0-1')).toBe('1.0.post1');
    expect(normalizeVersion('1.0.0-dev')).toBe('1.0.0.dev0');
    expect(normalizeVersion('0!1.0.r')).toBe('1.0.post0');
    expect(normalizeVersion('1!01.0ALPHA-02_post_03.DEV04+Local-05')).toBe('1!1.0a2.post3.dev4+local.5');
    expect(normalizeVersion('1.0+abc.5')).toBe('1.0+abc.5');
  });
  it('returns null for invalid text', () => {
    expect(normalizeVersion('1.0+abc,5')).toBeNull();
    expect(normalizeVersion('latest')).toBeNull();
  });
});

describe('formatVersion', () => {
  it('prints a Version object', () => {
    expect(
      formatVersion({
        epoch: 2,
        release: [1, 0],
        pre: { label: 'b', number: 3 },
        post: 0,
        dev: null,
        local: 'x',
      }),
    ).toBe('2!1.0b3.post0+x');
  });
});

describe('publicVersion and baseVersion', () => {
  it('drop the local part, or everything but epoch and release', () => {
    expect(publicVersion('1.2.4.dev5+g1234abc.d20240101')).toBe('1.2.4.dev5');
    expect(baseVersion('1.2.4rc1.post2.dev3+abc')).toBe('1.2.4');
    expect(baseVersion('2!1.2.0')).toBe('2!1.2.0');
  });
  it('throw a clear error for invalid text', () => {
    expect(() => publicVersion('nope')).toThrow('not a PEP 440 version: "nope"');
  });
});
