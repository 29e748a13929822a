// The planner: tokens, architectures, grouping, max-jobs, artifact names, errors, and the goldens' selection.
import { describe, expect, it } from '@jest/globals';
import {
  forbiddenArtifactCharacter,
  IDENTIFIERS,
  PLATFORMS,
  TARGETS,
  type Platform,
} from '../../packages/wheel-matrix/index.js';
import { goldens } from './goldens.js';
import { buildsByJob, COMPILED, plan, planError } from './support.js';

const ALL_TOKENS = TARGETS.map((t) => t.token).join(' ');

describe('platform tokens', () => {
  it('plans one job per native target of linux, macos and windows, plus the sdist, by default', () => {
    const result = plan(COMPILED);
    expect(result.jobs.map((job) => [job.name, job.artifactName, job.archs.join(' ')])).toEqual([
      ['sdist', 'dist-sdist', ''],
      ['linux-x86_64', 'dist-linux-x86_64', 'x86_64'],
      ['linux-aarch64', 'dist-linux-aarch64', 'aarch64'],
      ['macos-arm64', 'dist-macos-arm64', 'arm64'],
      ['macos-x86_64', 'dist-macos-x86_64', 'x86_64'],
      ['windows-amd64', 'dist-windows-amd64', 'AMD64'],
      ['windows-arm64', 'dist-windows-arm64', 'ARM64'],
    ]);
    // A Linux token covers manylinux and musllinux; free-threaded builds are on by default in 4.2.0.
    expect(buildsByJob(result)['linux-aarch64']).toBe(
      IDENTIFIERS.linux.filter((id) => id.endsWith('linux_aarch64') && id.startsWith('cp')).join(' '),
    );
    expect(buildsByJob(result)['windows-arm64']).toMatch(/^cp39-win_arm64 .* cp315t-win_arm64$/);
  });

  it('accepts every fine token, commas and any case, and plans each once', () => {
    const result = plan(COMPILED, { platforms: `${ALL_TOKENS.toUpperCase()},linux macos` });
    expect(result.jobs.filter((j) => j.kind === 'wheels').map((j) => j.name)).toEqual(
      TARGETS.map((t) => t.token),
    );
    expect(buildsByJob(result)['ios']?.split(' ')).toEqual(IDENTIFIERS.ios);
    expect(buildsByJob(result)['android']?.split(' ')).toEqual(IDENTIFIERS.android);
    expect(buildsByJob(result)['pyodide']).toBe(
      'cp313-pyodide_wasm32 cp314-pyodide_wasm32 cp315-pyodide_wasm32',
    );
  });

  it('names an unknown token, the closest one and the choices', () => {
    expect(planError(COMPILED, { platforms: 'linux-arm64' })).toMatch(
      /^unknown platform "linux-arm64" \(did you mean linux-aarch64\?\); the platforms are linux, macos, windows, linux-x86_64, /,
    );
  });
});

describe('architectures from the project', () => {
  it('lets an explicit archs setting add targets to a coarse token, each on its own machine', () => {
    const files = {
      ...COMPILED,
      'pyproject.toml': `${COMPILED['pyproject.toml']}[tool.cibuildwheel.linux]\narchs = ["x86_64", "ppc64le"]\n`,
    };
    const result = plan(files, { platforms: 'linux' });
    expect(result.jobs.map((job) => job.name)).toEqual(['sdist', 'linux-x86_64', 'linux-ppc64le']);
    expect(result.jobs[2]?.target?.emulated).toBe(true);
    expect(result.notes.join('\n')).toContain('linux-aarch64: no job');
  });

  it('resolves auto64 on each native machine, as cibuildwheel would on each runner', () => {
    const result = plan(COMPILED, { platforms: 'linux windows', env: { CIBW_ARCHS: 'auto64' } });
    expect(result.jobs.map((job) => job.name)).toEqual([
      'sdist',
      'linux-x86_64',
      'linux-aarch64',
      'windows-amd64',
      'windows-arm64',
    ]);
  });

  it('keeps a fine token only when the archs setting includes its architecture', () => {
    expect(planError(COMPILED, { platforms: 'linux-aarch64', env: { CIBW_ARCHS_LINUX: 'x86_64' } })).toBe(
      'nothing to build: archs "x86_64" (CIBW_ARCHS_LINUX) gives linux-aarch64 none of its architectures',
    );
  });

  it('refuses an archs setting with an architecture the platform lacks', () => {
    expect(planError(COMPILED, { platforms: 'macos', env: { CIBW_ARCHS_MACOS: 'aarch64' } })).toMatch(
      /^CIBW_ARCHS_MACOS: archs "aarch64" gives aarch64, which macos does not build/,
    );
    expect(planError(COMPILED, { env: { CIBW_ARCHS: 'sparc' } })).toMatch(
      /^CIBW_ARCHS: archs "sparc": invalid architecture 'sparc'/,
    );
  });
});

describe('nothing selected names the filter that removed the last identifiers', () => {
  it.each([
    [
      { env: { CIBW_PROJECT_REQUIRES_PYTHON: '>=3.16' } },
      /^nothing to build: requires-python ">=3.16" \(CIBW_PROJECT_REQUIRES_PYTHON\) removed the last \d+ identifiers/,
    ],
    [
      { env: { CIBW_SKIP: '*' } },
      /^nothing to build: skip = "\*" \(CIBW_SKIP\) removed the last \d+ identifiers/,
    ],
    [
      { env: { CIBW_BUILD: 'cp39-*', CIBW_PROJECT_REQUIRES_PYTHON: '>=3.12' } },
      /^nothing to build: build = "cp39-\*" \(CIBW_BUILD\) removed the last \d+ identifiers/,
    ],
    [
      { env: { CIBW_BUILD: 'pp*' } },
      /^CIBW_BUILD: build selector 'pp\*' matches nothing cibuildwheel 4.2.0 builds \(it selects a group that is not enabled: add pypy or pypy-eol to enable, or remove it\)$/,
    ],
    [
      { pythonVersions: '3.9', env: { CIBW_PROJECT_REQUIRES_PYTHON: '>=3.12' } },
      /^nothing to build: python-versions "3.9" \(input\) removed the last \d+ identifiers/,
    ],
    [
      { platforms: 'pyodide', env: { CIBW_BUILD: 'cp39-*' } },
      /^nothing to build: build = "cp39-\*" \(CIBW_BUILD\) removed the last 3 identifiers \(pyodide\)$/,
    ],
  ])('%j', (overrides, message) => {
    expect(planError(COMPILED, overrides)).toMatch(message);
  });

  it('warns about a named target that builds nothing while others do', () => {
    const result = plan(COMPILED, {
      platforms: 'linux-x86_64 pyodide',
      env: { CIBW_PROJECT_REQUIRES_PYTHON: '<3.12' },
    });
    expect(result.jobs.map((job) => job.name)).toEqual(['sdist', 'linux-x86_64']);
    expect(result.warnings).toEqual([expect.stringMatching(/^pyodide: no job, requires-python "<3.12"/)]);
  });
});

describe('configuration errors are one line naming the file or variable', () => {
  it.each([
    [
      { 'pyproject.toml': '[project\nname = "x"\n' },
      {},
      /^pyproject.toml is not valid TOML at line 1, column \d+/,
    ],
    [
      { 'pyproject.toml': '[tool.cibuildwheel]\nenable = ["pypy", "bogus"]\n' },
      {},
      /^pyproject.toml \[tool.cibuildwheel\] enable: unknown enable group "bogus"; the groups are cpython-prerelease, graalpy, pypy, pypy-eol, pyodide-eol, pyodide-prerelease \(or all\)/,
    ],
    [
      { 'pyproject.toml': '[tool.cibuildwheel]\nbiuld = "*"\n' },
      {},
      /^pyproject.toml \[tool.cibuildwheel\]: biuld is not a cibuildwheel 4.2.0 option \(did you mean build\?\)/,
    ],
    [
      { 'pyproject.toml': '[tool.cibuildwheel]\nbuild = "cp{39,310"\n' },
      {},
      /^pyproject.toml \[tool.cibuildwheel\] build: build selector 'cp\{39,310' matches nothing cibuildwheel 4.2.0 builds/,
    ],
    [
      { 'pyproject.toml': '[tool.cibuildwheel]\nbuild = "cp{1..1000}{1..9}-*"\n' },
      {},
      /^pyproject.toml \[tool.cibuildwheel\] build: build selector "cp\{1..1000\}\{1..9\}-\*" expands to more than the 1000 patterns cibuildwheel allows$/,
    ],
    [
      { 'pyproject.toml': '[project]\nrequires-python = ">=3.9;"\n' },
      {},
      /^pyproject.toml \[project\] requires-python ">=3.9;" is not a version specifier set/,
    ],
    [
      { 'setup.cfg': 'python_requires = 3\n' },
      {},
      /^setup.cfg line 1: no \[section\] header before it; fix the file/,
    ],
    [{ 'README.md': '' }, {}, /^project has no pyproject.toml, setup.cfg or setup.py/],
  ])('%j', (files, overrides, message) => {
    const error = planError({ 'src/x/__init__.py': '', 'src/x/a.c': '', ...files }, overrides);
    expect(error).toMatch(message);
    expect(error).not.toContain('\n');
  });
});

describe('grouping and max-jobs', () => {
  it('plans one job per Python, or per identifier, with names and artifacts to match', () => {
    const byPython = plan(COMPILED, {
      platforms: 'linux-x86_64',
      groupBy: 'python',
      pythonVersions: '3.12 3.14',
    });
    expect(byPython.jobs.map((job) => [job.name, job.artifactName, job.builds.join(' ')])).toEqual([
      ['sdist', 'dist-sdist', 'sdist'],
      ['linux-x86_64 cp312', 'dist-linux-x86_64-cp312', 'cp312-manylinux_x86_64 cp312-musllinux_x86_64'],
      ['linux-x86_64 cp314', 'dist-linux-x86_64-cp314', 'cp314-manylinux_x86_64 cp314-musllinux_x86_64'],
      ['linux-x86_64 cp314t', 'dist-linux-x86_64-cp314t', 'cp314t-manylinux_x86_64 cp314t-musllinux_x86_64'],
    ]);
    const byIdentifier = plan(COMPILED, {
      platforms: 'macos-arm64',
      groupBy: 'identifier',
      pythonVersions: '3.14t',
      sdist: false,
    });
    expect(byIdentifier.jobs.map((job) => [job.name, job.artifactName])).toEqual([
      ['cp314t-macosx_arm64', 'dist-cp314t-macosx_arm64'],
    ]);
  });

  it('regroups coarser when there are more jobs than max-jobs, and says so', () => {
    const result = plan(COMPILED, { groupBy: 'identifier', maxJobs: 60 });
    expect(result.groupBy).toBe('python');
    expect(result.jobs.length).toBe(55);
    expect(result.notes[0]).toMatch(
      /^group-by identifier makes \d+ jobs, more than max-jobs 60: grouped by python instead \(\d+ jobs\)$/,
    );
  });

  it('fails with the count and the fix when even one job per target is too many', () => {
    expect(planError(COMPILED, { maxJobs: 4 })).toBe(
      'the plan needs 7 jobs even grouped by platform, more than max-jobs 4: raise max-jobs (GitHub runs up to 256 per matrix) or plan fewer platforms',
    );
  });
});

describe('artifact names', () => {
  const everything = {
    'pyproject.toml': '[project]\nname = "x"\n[tool.cibuildwheel]\nenable = "all"\n',
    'x/__init__.py': '',
    'x/a.pyx': '',
  };

  it.each(['platform', 'python', 'identifier'] as const)(
    'are unique, valid and deterministic grouped by %s',
    (groupBy) => {
      const first = plan(everything, { platforms: ALL_TOKENS, groupBy, artifactPrefix: 'wheels ' });
      const names = first.jobs.map((job) => job.artifactName);
      expect(new Set(names).size).toBe(names.length);
      expect(names.filter((name) => forbiddenArtifactCharacter(name) !== null)).toEqual([]);
      expect(plan(everything, { platforms: ALL_TOKENS, groupBy, artifactPrefix: 'wheels ' }).jobs).toEqual(
        first.jobs,
      );
    },
  );

  it.each(['a/b', 'a:b', 'x"', 'new\nline', 'back\\slash', 'star*', 'q?', 'p|', '<', '>'])(
    'refuse the prefix %j',
    (prefix) => {
      expect(planError(COMPILED, { artifactPrefix: prefix })).toMatch(
        /which upload-artifact refuses in names/,
      );
    },
  );
});

describe('python-versions', () => {
  it('narrows to the CPythons named; 3.14t is the free-threaded build only', () => {
    const result = plan(COMPILED, {
      platforms: 'windows-amd64',
      pythonVersions: '3.13, 3.14t',
      sdist: false,
    });
    expect(result.jobs[0]?.builds).toEqual(['cp313-win_amd64', 'cp314t-win_amd64']);
  });

  it.each(['3.8', '3.16', '2.7', 'cp312', '3.13t'])('refuses %j, naming the range', (versions) => {
    expect(planError(COMPILED, { pythonVersions: versions })).toMatch(
      /is not a CPython cibuildwheel 4.2.0 builds; write versions like 3.12 \(3.9 to 3.15\)/,
    );
  });
});

describe('the goldens, through the planner', () => {
  // A case whose archs stay at auto and whose runs cover every architecture: planning every target must
  // build, per platform, exactly what cibuildwheel printed for --archs all.
  const cases = goldens.cases.filter(
    (c) =>
      c.runs.length === 6 &&
      c.runs.every((run) => run.archs === 'all' && run.exit === 0) &&
      Object.values(c.settings).every(
        (s) => 'archs' in s && s.archs === 'auto' && s.buildSelectorError === null,
      ),
  );

  it('has enough cases to mean something', () => expect(cases.length).toBeGreaterThan(20));

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, golden) => {
    const files = { ...golden.files, 'compiled.c': '' };
    const expected = Object.fromEntries(golden.runs.map((run) => [run.platform, run.identifiers ?? '']));
    const nothing = Object.values(expected).every((ids) => ids === '');
    if (nothing) {
      expect(planError(files, { platforms: ALL_TOKENS, env: golden.env })).toMatch(/^nothing to build: /);
      return;
    }
    const result = plan(files, { platforms: ALL_TOKENS, env: golden.env });
    const planned = Object.fromEntries(
      PLATFORMS.map((platform: Platform) => [
        platform,
        IDENTIFIERS[platform].filter((id) => result.jobs.some((job) => job.builds.includes(id))).join(' '),
      ]),
    );
    expect(planned).toEqual(expected);
  });
});
