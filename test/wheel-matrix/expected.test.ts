// The expected@1 contract: patterns match the files cibuildwheel and build backends really name, and nothing else.
import { describe, expect, it } from '@jest/globals';
import {
  EXPECTED_FORMAT,
  matchesExpectedPattern,
  parseExpected,
  type ExpectedWheel,
} from '../../packages/wheel-matrix/index.js';
import { COMPILED, plan } from './support.js';

const ALL =
  'linux-x86_64 linux-i686 linux-aarch64 linux-ppc64le macos macos-universal2 windows windows-x86 pyodide ios android';

function wheelFor(identifier: string): ExpectedWheel {
  const result = plan(
    { ...COMPILED, 'pyproject.toml': `${COMPILED['pyproject.toml']}[tool.cibuildwheel]\nenable = "all"\n` },
    { platforms: ALL, groupBy: 'identifier' },
  );
  const wheel = result.expected.jobs.flatMap((job) => job.wheels).find((w) => w.identifier === identifier);
  if (!wheel) throw new Error(`${identifier} not planned`);
  return wheel;
}

// Real wheel names as cibuildwheel's repair steps leave them, per identifier.
const REAL_WHEELS: [string, string[], string[]][] = [
  [
    'cp312-manylinux_x86_64',
    [
      'my_pkg-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      'My.Pkg-1.0.dev3-1-cp312-cp312-manylinux_2_28_x86_64.whl',
    ],
    [
      'my_pkg-1.0-cp312-cp312-musllinux_1_2_x86_64.whl',
      'my_pkg-1.0-cp313-cp313-manylinux_2_28_x86_64.whl',
      'my_pkg-1.0-cp312-cp312-manylinux_2_28_i686.whl',
      'other-1.0-cp312-cp312-manylinux_2_28_x86_64.whl',
      'my_pkg_extra-1.0-cp312-cp312-manylinux_2_28_x86_64.whl',
    ],
  ],
  [
    'cp314t-musllinux_aarch64',
    ['my_pkg-2.0-cp314-cp314t-musllinux_1_2_aarch64.whl'],
    ['my_pkg-2.0-cp314-cp314-musllinux_1_2_aarch64.whl'],
  ],
  ['cp39-manylinux_ppc64le', ['my_pkg-1.0-cp39-cp39-manylinux_2_28_ppc64le.whl'], []],
  [
    'cp313-macosx_universal2',
    ['my_pkg-1.0-cp313-cp313-macosx_10_13_universal2.whl'],
    ['my_pkg-1.0-cp313-cp313-macosx_11_0_arm64.whl'],
  ],
  [
    'cp313-macosx_arm64',
    ['my_pkg-1.0-cp313-cp313-macosx_11_0_arm64.whl'],
    ['my_pkg-1.0-cp313-cp313-macosx_10_13_universal2.whl'],
  ],
  ['cp310-win32', ['my_pkg-1.0-cp310-cp310-win32.whl'], ['my_pkg-1.0-cp310-cp310-win_amd64.whl']],
  ['cp311-win_arm64', ['my_pkg-1.0-cp311-cp311-win_arm64.whl'], []],
  [
    'pp310-manylinux_x86_64',
    ['my_pkg-1.0-pp310-pypy310_pp73-manylinux_2_17_x86_64.manylinux2014_x86_64.whl'],
    [],
  ],
  ['gp312_250-macosx_arm64', ['my_pkg-1.0-graalpy312-graalpy250_312_native-macosx_11_0_arm64.whl'], []],
  ['cp312-pyodide_wasm32', ['my_pkg-1.0-cp312-cp312-pyodide_2024_0_wasm32.whl'], []],
  [
    'cp313-ios_arm64_iphoneos',
    ['my_pkg-1.0-cp313-cp313-ios_13_0_arm64_iphoneos.whl'],
    ['my_pkg-1.0-cp313-cp313-ios_13_0_arm64_iphonesimulator.whl'],
  ],
  [
    'cp314-android_arm64_v8a',
    ['my_pkg-1.0-cp314-cp314-android_24_arm64_v8a.whl'],
    ['my_pkg-1.0-cp314-cp314-android_24_x86_64.whl'],
  ],
];

describe('wheel patterns', () => {
  it.each(REAL_WHEELS)('%s matches its own wheels and no other', (identifier, matching, other) => {
    const wheel = wheelFor(identifier);
    for (const name of matching)
      expect([name, matchesExpectedPattern(wheel.pattern, name)]).toEqual([name, true]);
    for (const name of other)
      expect([name, matchesExpectedPattern(wheel.pattern, name)]).toEqual([name, false]);
  });

  it('lets an abi3 wheel stand for a CPython identifier of the same platform', () => {
    const wheel = wheelFor('cp313-manylinux_x86_64');
    expect(wheel.abi3Pattern).toBe('my_pkg-*-cp3*-abi3-manylinux*_x86_64.whl');
    expect(
      matchesExpectedPattern(
        wheel.abi3Pattern ?? '',
        'my_pkg-1.0-cp39-abi3-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
      ),
    ).toBe(true);
    expect(
      matchesExpectedPattern(wheel.abi3Pattern ?? '', 'my_pkg-1.0-cp39-abi3-musllinux_1_2_x86_64.whl'),
    ).toBe(false);
    expect(wheelFor('cp314t-manylinux_x86_64').abi3Pattern).toBeNull();
    expect(wheelFor('pp311-manylinux_x86_64').abi3Pattern).toBeNull();
  });

  it('uses * for the name of a project that declares none statically', () => {
    const result = plan(
      { 'setup.py': 'from setuptools import setup, Extension\nsetup(name=NAME, ext_modules=[])\n' },
      { platforms: 'windows-x86', pythonVersions: '3.12', sdist: true },
    );
    expect(result.expected.project).toBeNull();
    expect(result.expected.sdist?.pattern).toBe('*-*.tar.gz');
    expect(result.expected.jobs[0]?.wheels[0]?.pattern).toBe('*-*-cp312-cp312-win32.whl');
  });
});

describe('the expected document', () => {
  it('lists every wheel job with its artifact and identifiers, and the sdist', () => {
    const result = plan(COMPILED, { platforms: 'linux-aarch64', pythonVersions: '3.13' });
    expect(result.expected).toEqual({
      format: EXPECTED_FORMAT,
      project: 'my_pkg',
      pure: false,
      sdist: { artifact: 'dist-sdist', pattern: 'my_pkg-*.tar.gz' },
      jobs: [
        {
          name: 'linux-aarch64',
          artifact: 'dist-linux-aarch64',
          wheels: [
            {
              identifier: 'cp313-manylinux_aarch64',
              pattern: 'my_pkg-*-cp313-cp313-manylinux*_aarch64.whl',
              abi3Pattern: 'my_pkg-*-cp3*-abi3-manylinux*_aarch64.whl',
            },
            {
              identifier: 'cp313-musllinux_aarch64',
              pattern: 'my_pkg-*-cp313-cp313-musllinux_*_aarch64.whl',
              abi3Pattern: 'my_pkg-*-cp3*-abi3-musllinux_*_aarch64.whl',
            },
          ],
        },
      ],
    });
    expect(matchesExpectedPattern(result.expected.sdist?.pattern ?? '', 'my.pkg-1.0.tar.gz')).toBe(true);
    expect(matchesExpectedPattern(result.expected.sdist?.pattern ?? '', 'my_pkg-1.0.zip')).toBe(false);
  });

  it('round-trips through JSON and parseExpected, which refuses anything else', () => {
    const document = plan(COMPILED).expected;
    expect(parseExpected(JSON.stringify(document))).toEqual(document);
    expect(() => parseExpected('{')).toThrow(/^expected is not JSON/);
    expect(() => parseExpected('{"format": "release-actions/expected@2", "jobs": []}')).toThrow(
      'expected is not a release-actions/expected@1 document (format "release-actions/expected@2")',
    );
    expect(() => parseExpected(JSON.stringify({ ...document, jobs: [{ artifact: 1 }] }))).toThrow(
      /malformed/,
    );
  });
});
