import { describe, expect, it } from '@jest/globals';
import { expandMatrix } from './matrix.js';

describe('expandMatrix', () => {
  it('is one combination without values for a job without a matrix', () => {
    expect(expandMatrix(null)).toEqual([{}]);
  });

  it('takes the product of the axes, less exclude', () => {
    expect(
      expandMatrix({ os: ['linux', 'macos'], py: ['3.11', '3.12'], exclude: [{ os: 'macos', py: '3.11' }] }),
    ).toEqual([
      { os: 'linux', py: '3.11' },
      { os: 'linux', py: '3.12' },
      { os: 'macos', py: '3.12' },
    ]);
  });

  it('adds an include entry to the combinations it does not change, or as a combination of its own', () => {
    expect(
      expandMatrix({
        os: ['linux', 'macos'],
        include: [
          { os: 'linux', arch: 'x86_64' },
          { os: 'windows', arch: 'AMD64' },
        ],
      }),
    ).toEqual([{ os: 'linux', arch: 'x86_64' }, { os: 'macos' }, { os: 'windows', arch: 'AMD64' }]);
  });

  it('makes each include entry a job when there are no axes (build-wheel-matrix plans)', () => {
    const include = [
      { name: 'a', kind: 'wheels' },
      { name: 'sdist', kind: 'sdist' },
    ];
    expect(expandMatrix({ include })).toEqual(include);
  });

  it('refuses an axis that is not a list, naming it', () => {
    expect(() => expandMatrix({ package: 'mypkg' })).toThrow('strategy.matrix.package must be a list');
  });

  it('refuses a matrix with no combinations', () => {
    expect(() => expandMatrix({ include: [] })).toThrow('no combinations');
  });
});
