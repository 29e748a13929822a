import { describe, expect, it } from '@jest/globals';
import { entryBasename, entryPathProblem } from './entry-paths.js';
import { CollectError } from './errors.js';
import { artifactNameMatches, selectArtifacts } from './select.js';
import type { ArtifactRef } from './types.js';

const ref = (id: number, name: string, createdAt: string | null = null): ArtifactRef => ({
  id,
  name,
  size: 100,
  createdAt,
  digest: null,
});

describe('artifact name patterns', () => {
  it.each([
    ['dist-*', 'dist-linux-x86_64', true],
    ['dist-*', 'dist-', true],
    ['dist-*', 'wheels-linux', false],
    ['dist-?', 'dist-a', true],
    ['dist-?', 'dist-ab', false],
    ['dist-sdist', 'dist-sdist', true],
    ['dist.[ab]', 'dist.[ab]', true], // only * and ? are special
    ['dist.*', 'dist-x', false],
    ['*', 'anything at all', true],
  ])('%s against %s: %s', (pattern, name, matches) => {
    expect(artifactNameMatches(pattern, name)).toBe(matches);
  });
});

describe('selectArtifacts', () => {
  it('takes the newest of each matching name (a re-run attempt uploads its own), sorted by name', () => {
    const all = [
      ref(3, 'dist-sdist'),
      ref(1, 'dist-linux'),
      ref(9, 'dist-sdist'),
      ref(4, 'docs'),
      ref(2, 'dist-mac'),
    ];
    expect(selectArtifacts(all, 'dist-*', 'this run').map((a) => [a.name, a.id])).toEqual([
      ['dist-linux', 1],
      ['dist-mac', 2],
      ['dist-sdist', 9],
    ]);
    // Equal ids (a directory source numbers by name) fall back to the creation time.
    const tied = [ref(1, 'a', '2024-05-01T10:00:00Z'), ref(1, 'a', '2024-05-01T11:00:00Z')];
    expect(selectArtifacts(tied, 'a', 'x')[0]?.createdAt).toBe('2024-05-01T11:00:00Z');
  });

  it('names the pattern and the artifacts that exist when nothing matches', () => {
    const names = Array.from({ length: 12 }, (_, i) => ref(i + 1, `wheels-${String(i).padStart(2, '0')}`));
    expect(() => selectArtifacts(names, 'dist-*', 'the artifacts of this run')).toThrow(
      new CollectError(
        'pattern "dist-*" matched nothing: none of the 12 artifacts of the artifacts of this run matches (wheels-00, wheels-01, wheels-02, wheels-03, wheels-04, wheels-05, wheels-06, wheels-07, wheels-08, wheels-09, and 2 more): fix the pattern input or the upload-artifact names',
      ),
    );
    expect(() => selectArtifacts([], 'dist-*', 'the artifacts of this run')).toThrow(
      'pattern "dist-*" matched nothing: the artifacts of this run has no artifacts: upload them (actions/upload-artifact) in the jobs this one needs',
    );
  });
});

describe('entry paths inside an artifact', () => {
  it.each([
    ['pkg-1.0-py3-none-any.whl', null],
    ['wheelhouse/pkg-1.0-py3-none-any.whl', null],
    ['./pkg.whl', null],
    ['a..b/pkg.whl', null],
    ['/etc/passwd', 'an absolute path'],
    ['\\\\server\\share\\x.whl', 'an absolute path'],
    ['C:/x.whl', 'a drive letter'],
    ['c:x.whl', 'a drive letter'],
    ['../x.whl', "a '..' component"],
    ['dist/../../x.whl', "a '..' component"],
    ['dist\\..\\x.whl', "a '..' component"],
    ['', 'an empty name'],
    ['x\0.whl', 'a NUL character'],
  ])('%j: %s', (path, problem) => {
    expect(entryPathProblem(path)).toBe(problem);
  });

  it('flattens to the last component', () => {
    expect(['a/b/c.whl', 'c.whl', 'dir/', 'a\\b.whl', './x/./y.whl'].map(entryBasename)).toEqual([
      'c.whl',
      'c.whl',
      'dir',
      'b.whl',
      'y.whl',
    ]);
  });
});
