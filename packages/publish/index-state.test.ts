import { describe, expect, it } from '@jest/globals';
import type { ReleaseJson, SimpleProject } from '../pypi/index.js';
import { mergeIndexState } from './index-state.js';

const sha = (c: string) => c.repeat(64);

const release: ReleaseJson = {
  name: 'pure',
  version: '1.0',
  url: 'http://index/pypi/pure/1.0/json',
  yanked: false,
  files: [
    {
      filename: 'pure-1.0-py3-none-any.whl',
      url: 'http://index/packages/pure-1.0-py3-none-any.whl',
      size: 10,
      digests: { sha256: sha('a'), blake2b_256: sha('b') },
      packagetype: 'bdist_wheel',
      yanked: false,
    },
  ],
};

const page: SimpleProject = {
  name: 'pure',
  format: 'json',
  url: 'http://index/simple/pure/',
  files: [
    {
      filename: 'pure-1.0-py3-none-any.whl',
      url: 'http://cdn/old',
      hashes: { sha256: sha('a') },
      yanked: false,
      coreMetadata: false,
    },
    {
      filename: 'pure-1.0.tar.gz',
      url: 'http://index/packages/pure-1.0.tar.gz',
      hashes: { sha256: sha('c') },
      size: 5,
      yanked: false,
      coreMetadata: false,
    },
    {
      filename: 'pure-0.9.tar.gz',
      url: 'http://index/packages/pure-0.9.tar.gz',
      hashes: {},
      yanked: false,
      coreMetadata: false,
    },
  ],
};

describe('mergeIndexState', () => {
  it('takes the release page first and adds the project page, marking which files are in this release', () => {
    const state = mergeIndexState(release, page, '1.0');
    expect(state.releaseExists).toBe(true);
    expect([...state.files.values()]).toEqual([
      {
        filename: 'pure-1.0-py3-none-any.whl',
        sha256: sha('a'),
        blake2_256: sha('b'),
        size: 10,
        url: 'http://index/packages/pure-1.0-py3-none-any.whl',
        packagetype: 'bdist_wheel',
        inRelease: true,
      },
      {
        filename: 'pure-1.0.tar.gz',
        sha256: sha('c'),
        size: 5,
        url: 'http://index/packages/pure-1.0.tar.gz',
        packagetype: 'sdist',
        inRelease: true,
      },
      {
        filename: 'pure-0.9.tar.gz',
        url: 'http://index/packages/pure-0.9.tar.gz',
        packagetype: 'sdist',
        inRelease: false,
      },
    ]);
  });

  it('sees the release on the project page alone (a JSON API behind a stale cache, or none at all)', () => {
    expect(mergeIndexState(null, page, '1.0').releaseExists).toBe(true);
    expect(mergeIndexState(null, page, '2.0').releaseExists).toBe(false);
    expect(mergeIndexState(null, null, '1.0')).toEqual({ files: new Map(), releaseExists: false });
  });

  it('compares versions normalized (1.0RC1 is 1.0rc1)', () => {
    const rc: SimpleProject = {
      ...page,
      files: [{ filename: 'pure-1.0rc1.tar.gz', url: 'u', hashes: {}, yanked: false, coreMetadata: false }],
    };
    expect(mergeIndexState(null, rc, '1.0RC1').releaseExists).toBe(true);
  });
});
