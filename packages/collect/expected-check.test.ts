// Completeness against a real plan: build-wheel-matrix's planner makes the `expected` document.
import { describe, expect, it } from '@jest/globals';
import {
  memorySource,
  parsePlatforms,
  planBuild,
  readProjectFiles,
  type ExpectedDocument,
} from '../wheel-matrix/index.js';
import { checkExpected } from './expected-check.js';

function expectedFor(platforms: string, pure = false): ExpectedDocument {
  const files = {
    'pyproject.toml': '[project]\nname = "My.Pkg"\nrequires-python = ">=3.12"\n',
    'src/my_pkg/__init__.py': '',
    ...(pure ? {} : { 'src/my_pkg/_speedups.c': 'int x;\n' }),
  };
  return planBuild({
    files: readProjectFiles(memorySource(files, 'project')),
    env: {},
    platforms: parsePlatforms(platforms),
    pythonVersions: '3.12 3.13',
    pure: 'auto',
    groupBy: 'platform',
    maxJobs: 256,
    artifactPrefix: 'dist-',
    sdist: true,
  }).expected;
}

const linux = [
  'my_pkg-1.0-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'my_pkg-1.0-cp313-cp313-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'my_pkg-1.0-cp312-cp312-musllinux_1_2_x86_64.whl',
  'my_pkg-1.0-cp313-cp313-musllinux_1_2_x86_64.whl',
];
const mac = ['my_pkg-1.0-cp312-cp312-macosx_11_0_arm64.whl', 'my_pkg-1.0-cp313-cp313-macosx_11_0_arm64.whl'];

describe('checkExpected', () => {
  it('passes a release with every planned wheel and the sdist, an abi3 wheel standing in for later Pythons', () => {
    const expected = expectedFor('linux-x86_64 macos-arm64');
    const files = new Map([
      ['dist-linux-x86_64', linux],
      // One limited-API wheel covers cp312 and cp313 on macOS.
      ['dist-macos-arm64', ['My.Pkg-1.0-cp312-abi3-macosx_11_0_arm64.whl']],
      ['dist-sdist', ['my_pkg-1.0.tar.gz']],
    ]);
    expect(checkExpected(expected, files, 'dist-*')).toEqual({
      missing: [],
      sdistMissing: false,
      unexpected: [],
      problems: [],
    });
  });

  it('names a missing job with its runner and identifiers, and wheels missing from an artifact that came', () => {
    const expected = expectedFor('linux-x86_64 macos-arm64');
    // build-wheel-matrix may record the runner of each job (an addition expected@1 readers ignore).
    const withRunners = {
      ...expected,
      jobs: expected.jobs.map((job) => ({
        ...job,
        runner: job.name.startsWith('macos') ? 'macos-latest' : ['self-hosted', 'linux'],
      })),
    };
    const files = new Map([
      ['dist-linux-x86_64', [...linux.slice(0, 2), 'my_pkg-1.0-cp311-cp311-manylinux_2_17_x86_64.whl']],
      ['dist-sdist', ['my_pkg-1.0.tar.gz', 'notes-1.0.tar.gz']],
    ]);
    const report = checkExpected(withRunners, files, 'dist-*');
    expect(report.problems).toEqual([
      'job linux-x86_64 (runner self-hosted, linux): artifact dist-linux-x86_64 has no wheel for cp312-musllinux_x86_64, cp313-musllinux_x86_64',
      'job macos-arm64 (runner macos-latest) uploaded no artifact dist-macos-arm64 (did the job fail or skip its upload?): its wheels for cp312-macosx_arm64, cp313-macosx_arm64 are missing',
    ]);
    expect(report.missing.map((m) => [m.job, m.noArtifact])).toEqual([
      ['linux-x86_64', false],
      ['macos-arm64', true],
    ]);
    expect(report.unexpected).toEqual([
      { artifact: 'dist-linux-x86_64', filename: 'my_pkg-1.0-cp311-cp311-manylinux_2_17_x86_64.whl' },
      { artifact: 'dist-sdist', filename: 'notes-1.0.tar.gz' },
    ]);
  });

  it('says when the pattern is why an artifact is missing, and when the sdist is', () => {
    const expected = expectedFor('macos-arm64');
    const report = checkExpected(
      expected,
      new Map([['dist-sdist', ['my_pkg-1.0-py3-none-any.whl']]]),
      'dist-s*',
    );
    expect(report.problems).toEqual([
      'job macos-arm64 uploaded no artifact dist-macos-arm64 (the pattern input "dist-s*" does not match that name): its wheels for cp312-macosx_arm64, cp313-macosx_arm64 are missing',
      'artifact dist-sdist has no sdist matching my_pkg-*.tar.gz',
    ]);
    expect(checkExpected(expected, new Map([['dist-macos-arm64', mac]]), 'dist-*').problems).toEqual([
      'the sdist job uploaded no artifact dist-sdist: the sdist (my_pkg-*.tar.gz) is missing',
    ]);
  });

  it("checks a pure project's one job for its py3-none-any wheel and sdist", () => {
    const expected = expectedFor('linux', true);
    expect(expected.pure).toBe(true);
    const artifact = expected.jobs[0]?.artifact ?? '';
    expect(checkExpected(expected, new Map([[artifact, ['my_pkg-1.0.tar.gz']]]), 'dist-*').problems).toEqual([
      `job pure-python wheel and sdist: artifact ${artifact} has no wheel for py3-none-any`,
    ]);
    const complete = new Map([[artifact, ['my_pkg-1.0.tar.gz', 'my_pkg-1.0-py3-none-any.whl']]]);
    expect(checkExpected(expected, complete, 'dist-*').problems).toEqual([]);
  });
});
