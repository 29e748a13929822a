import { describe, expect, it } from '@jest/globals';
import { selectDistFilenames } from './index.js';

describe('selectDistFilenames', () => {
  it('takes wheels and .tar.gz sdists, sorted, and names the rest', () => {
    expect(
      selectDistFilenames([
        'b-1.0.tar.gz',
        'a-1.0-py3-none-any.whl',
        'a-1.0.tar.gz.asc',
        '.DS_Store',
        'a-1.0.zip',
        'x.egg',
      ]),
    ).toEqual({
      dists: ['a-1.0-py3-none-any.whl', 'b-1.0.tar.gz'],
      ignored: ['a-1.0.tar.gz.asc', 'a-1.0.zip', 'x.egg'],
    });
  });
});
