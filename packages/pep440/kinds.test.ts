import { describe, expect, it } from '@jest/globals';
import { isDevrelease, isPostrelease, isPrerelease } from './kinds.js';

describe('release kinds', () => {
  it('counts dev releases as pre-releases, as packaging does', () => {
    expect(isPrerelease('1.0.dev1')).toBe(true);
    expect(isPrerelease('1.0rc1')).toBe(true);
    expect(isPrerelease('1.0.post1')).toBe(false);
    expect(isPrerelease('1.0+local')).toBe(false);
  });
  it('tells dev and post releases', () => {
    expect(isDevrelease('1.0.post1.dev2')).toBe(true);
    expect(isDevrelease('1.0')).toBe(false);
    expect(isPostrelease('1.0-3')).toBe(true);
    expect(isPostrelease('1.0.dev3')).toBe(false);
  });
  it('accept a parsed Version', () => {
    expect(isPostrelease({ epoch: 0, release: [1], pre: null, post: 1, dev: null, local: null })).toBe(true);
  });
});
