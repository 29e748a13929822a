import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { flatten } from './flatten.js';
import { platformOf } from './platforms.js';
import { checkRelease, type ReleaseMember } from './release-check.js';
import type { StagedFile } from './stage.js';

const hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** A staged copy of `filename` from `artifact`; equal `content`, equal digests. */
const staged = (filename: string, artifact: string, content = filename): StagedFile => ({
  filename,
  artifact,
  entryPath: `wheelhouse/${filename}`,
  path: `/staging/${artifact}/${filename}`,
  size: content.length,
  sha256: hex(content),
  blake2b_256: hex(`b:${content}`),
});

describe('flatten', () => {
  it('keeps a file several artifacts hold with the same bytes once, from the first artifact by name', () => {
    const { files, problems } = flatten([
      staged('pkg-1.0.tar.gz', 'dist-sdist'),
      staged('pkg-1.0-py3-none-any.whl', 'dist-z'),
      staged('pkg-1.0-py3-none-any.whl', 'dist-a'),
      staged('pkg-1.0-py3-none-any.whl', 'dist-m'),
    ]);
    expect(problems).toEqual([]);
    expect(files.map((f) => [f.filename, f.artifact, f.alsoIn])).toEqual([
      ['pkg-1.0-py3-none-any.whl', 'dist-a', ['dist-m', 'dist-z']],
      ['pkg-1.0.tar.gz', 'dist-sdist', []],
    ]);
  });

  it('refuses the same name with other bytes, naming both artifacts, and names differing only in case', () => {
    const { files, problems } = flatten([
      staged('pkg-1.0-cp312-cp312-win_amd64.whl', 'dist-windows', 'one build'),
      staged('pkg-1.0-cp312-cp312-win_amd64.whl', 'dist-windows-again', 'another build'),
      staged('Pkg-1.0.tar.gz', 'dist-a'),
      staged('pkg-1.0.tar.gz', 'dist-b'),
    ]);
    expect(problems).toEqual([
      `pkg-1.0-cp312-cp312-win_amd64.whl differs between artifact dist-windows (sha256 ${hex('one build').slice(0, 16)}…) and artifact dist-windows-again (sha256 ${hex('another build').slice(0, 16)}…): one file must be built by one job; fix the matrix or the upload-artifact paths`,
      'Pkg-1.0.tar.gz and pkg-1.0.tar.gz differ only in case, which Windows and macOS file systems cannot hold side by side: rename one',
    ]);
    expect(files.map((f) => f.filename)).toEqual(['Pkg-1.0.tar.gz', 'pkg-1.0.tar.gz']);
  });
});

const member = (
  filename: string,
  origin = 'dist-x',
  metadata: ReleaseMember['metadata'] = null,
): ReleaseMember => ({
  filename,
  origin,
  metadata,
});
const rules = { name: null, version: null, requireSdist: true };

describe('checkRelease', () => {
  it('finds one project and version, as the first file spells them', () => {
    const result = checkRelease(
      [
        member('My_Pkg-1.2.dev3.tar.gz', 'dist-sdist', { name: 'My.Pkg', version: '1.2.dev3' }),
        member('my_pkg-1.2.dev3-py3-none-any.whl', 'dist-pure'),
        member('my_pkg-1.2.0.dev3-cp312-cp312-manylinux_2_17_x86_64.whl', 'dist-linux'),
      ],
      { name: 'my-pkg', version: '1.2.0dev3', requireSdist: true },
    );
    expect(result).toEqual({ project: 'My.Pkg', version: '1.2.dev3', problems: [] });
  });

  it('names every way the files fail to be one release', () => {
    const result = checkRelease(
      [
        member('pkg-1.0-py3-none-any.whl', 'dist-a'),
        member('pkg-1.1-py3-none-any.whl', 'dist-b'),
        member('other-1.0-py3-none-any.whl', 'dist-c'),
        member('not-a-wheel.whl', 'dist-d'),
      ],
      rules,
    );
    expect(result.problems).toEqual([
      expect.stringMatching(/^not-a-wheel\.whl from dist-d is not a valid distribution filename: /),
      "the files are not one project: pkg (pkg-1.0-py3-none-any.whl from dist-a, pkg-1.1-py3-none-any.whl from dist-b) and other (other-1.0-py3-none-any.whl from dist-c); collect one project's artifacts per step (narrow the pattern input)",
      "the files are not one version: 1.0 (pkg-1.0-py3-none-any.whl from dist-a, other-1.0-py3-none-any.whl from dist-c) and 1.1 (pkg-1.1-py3-none-any.whl from dist-b); every job must build the same version (compute-dev-version's output)",
      'no sdist (.tar.gz) is among the artifacts: collect the artifact of the job that builds it (python -m build --sdist), or set require-sdist: false',
    ]);
  });

  it('holds the files to the name and version inputs, and to one sdist', () => {
    const files = [member('pkg-1.0.tar.gz', 'dist-s1'), member('pkg-1.0-py3-none-any.whl')];
    expect(checkRelease(files, { name: 'other', version: '1.0.1', requireSdist: true }).problems).toEqual([
      'the files are project pkg, not other as the name input says: collect the right artifacts or fix the name input',
      'the files are version 1.0, not 1.0.1 as the version input says: the jobs built another version than the one computed',
    ]);
    const twoSdists = [...files, member('Pkg-1.0.tar.gz', 'dist-s2')];
    expect(checkRelease(twoSdists, { ...rules, requireSdist: false }).problems).toEqual([
      'the release would hold 2 sdists (pkg-1.0.tar.gz from dist-s1, Pkg-1.0.tar.gz from dist-s2), and an index takes one: remove the stale one',
    ]);
    expect(
      checkRelease([member('pkg-1.0-py3-none-any.whl')], { ...rules, requireSdist: false }).problems,
    ).toEqual([]);
  });
});

describe('platformOf', () => {
  it.each([
    ['p-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl', 'Linux x86_64'],
    ['p-1.0-cp312-cp312-manylinux2014_aarch64.whl', 'Linux aarch64'],
    ['p-1.0-cp312-cp312-musllinux_1_2_x86_64.whl', 'Linux x86_64 (musl)'],
    ['p-1.0-cp312-cp312-macosx_11_0_arm64.whl', 'macOS arm64'],
    ['p-1.0-cp312-cp312-macosx_10_9_universal2.whl', 'macOS universal2'],
    ['p-1.0-cp312-cp312-win_amd64.whl', 'Windows AMD64'],
    ['p-1.0-cp312-cp312-win32.whl', 'Windows x86'],
    ['p-1.0-cp312-cp312-win_arm64.whl', 'Windows ARM64'],
    ['p-1.0-cp312-cp312-pyodide_2024_0_wasm32.whl', 'Pyodide wasm32'],
    ['p-1.0-cp313-cp313-ios_13_0_arm64_iphoneos.whl', 'iOS arm64_iphoneos'],
    ['p-1.0-cp313-cp313-android_24_arm64_v8a.whl', 'Android arm64_v8a'],
    ['p-1.0-py3-none-any.whl', 'any platform (pure Python)'],
    ['p-1.0.tar.gz', 'sdist'],
    ['p-1.0-cp312-cp312-linux_x86_64.whl', 'Linux x86_64 (not manylinux)'],
    ['p-1.0-cp312-cp312-solaris_2_11_sparc.whl', 'solaris_2_11_sparc'],
  ])('%s: %s', (filename, platform) => {
    expect(platformOf(filename)).toBe(platform);
  });
});
