// pure: auto — compiled code detected from backends, setup.py and sources; a pure project plans one job.
import { describe, expect, it } from '@jest/globals';
import { detectPure, memorySource, readProjectFiles } from '../../packages/wheel-matrix/index.js';
import { plan } from './support.js';

function detect(files: Record<string, string>) {
  return detectPure(readProjectFiles(memorySource(files)));
}

const pyproject = (body: string) => `[project]\nname = "demo"\n${body}`;
const backend = (name: string, extra = '') =>
  pyproject(`[build-system]\nbuild-backend = "${name}"\n${extra}`);

describe('compiled code is found', () => {
  it.each([
    [
      'setup.py ext_modules',
      {
        'setup.py': 'from setuptools import setup, Extension\nsetup(ext_modules=[Extension("m", ["m.c"])])\n',
      },
      /setup.py uses ext_modules, Extension\(\)/,
    ],
    ['setup.py cffi', { 'setup.py': 'setup(cffi_modules=["build.py:ffi"])\n' }, /setup.py uses cffi_modules/],
    [
      'classic scikit-build',
      { 'setup.py': 'from skbuild import setup\nsetup()\n' },
      /setup.py uses scikit-build/,
    ],
    [
      'pyproject ext-modules',
      { 'pyproject.toml': pyproject('[[tool.setuptools.ext-modules]]\nname = "m"\nsources = ["m.c"]\n') },
      /\[tool.setuptools\] ext-modules/,
    ],
    [
      'a Cython module',
      { 'pyproject.toml': pyproject(''), 'demo/__init__.py': '', 'demo/_fast.pyx': '' },
      /Cython sources demo\/_fast.pyx/,
    ],
    [
      'C under src/',
      { 'pyproject.toml': pyproject(''), 'src/demo/__init__.py': '', 'src/demo/ext/core.c': '' },
      /C sources src\/demo\/ext\/core.c/,
    ],
    [
      'C++ and Rust',
      { 'pyproject.toml': pyproject(''), 'src/a.cpp': '', 'src/b.rs': '', 'src/c.rs': '', 'src/d.cc': '' },
      /C\+\+\/Rust sources src\/a.cpp, src\/b.rs, src\/c.rs and 1 more/,
    ],
    [
      'scikit-build-core',
      { 'pyproject.toml': backend('scikit_build_core.build') },
      /build backend scikit_build_core.build \(scikit-build-core\)/,
    ],
    ['meson-python', { 'pyproject.toml': backend('mesonpy') }, /build backend mesonpy \(meson-python\)/],
    ['maturin', { 'pyproject.toml': backend('maturin') }, /build backend maturin \(maturin\)/],
    [
      'hatchling with a custom build hook',
      { 'pyproject.toml': backend('hatchling.build', '[tool.hatch.build.targets.wheel.hooks.custom]\n') },
      /hatchling build hook custom/,
    ],
    [
      'hatchling with hatch-cython',
      {
        'pyproject.toml': backend(
          'hatchling.build',
          '[tool.hatch.build.hooks.cython]\nx = 1\n[tool.hatch.build.hooks.vcs]\n',
        ),
      },
      /hatchling build hook cython$/,
    ],
    [
      'pdm-backend with pdm_build.py',
      {
        'pyproject.toml': backend('pdm.backend'),
        'pdm_build.py': 'def pdm_build_update_setup_kwargs(c, k): ...\n',
      },
      /pdm-backend build script pdm_build.py/,
    ],
    [
      'pdm-backend running setuptools',
      { 'pyproject.toml': backend('pdm.backend', '[tool.pdm.build]\nrun-setuptools = true\n') },
      /pdm-backend run-setuptools/,
    ],
    [
      'poetry with a build script',
      { 'pyproject.toml': backend('poetry.core.masonry.api', '[tool.poetry.build]\nscript = "build.py"\n') },
      /poetry build script/,
    ],
  ])('%s', (_name, files, reason) => {
    const result = detect(files);
    expect(result.pure).toBe(false);
    expect(result.reason).toMatch(/^compiled code: /);
    expect(result.reason).toMatch(reason);
  });
});

describe('pure projects', () => {
  it.each([
    [
      'setuptools with a package',
      { 'pyproject.toml': pyproject(''), 'src/demo/__init__.py': '', 'src/demo/core.py': '' },
    ],
    [
      'hatchling with only the vcs hook',
      {
        'pyproject.toml': backend('hatchling.build', '[tool.hatch.build.hooks.vcs]\nversion-file = "v.py"\n'),
      },
    ],
    ['pdm-backend without scripts', { 'pyproject.toml': backend('pdm.backend') }],
    ['flit', { 'pyproject.toml': backend('flit_core.buildapi'), 'demo/__init__.py': '' }],
    [
      'C test data outside the package',
      {
        'pyproject.toml': pyproject(''),
        'demo/__init__.py': '',
        'tests/__init__.py': '',
        'tests/data/x.c': '',
        'docs/ext.c': '',
      },
    ],
  ])('%s', (_name, files) => {
    const result = detect(files);
    expect(result.pure).toBe(true);
    expect(result.reason).toMatch(/^no compiled code: /);
  });
});

describe('a pure project plans one job', () => {
  const files = { 'pyproject.toml': pyproject('requires-python = ">=3.9"\n'), 'demo/__init__.py': '' };

  it('building the sdist and the py3-none-any wheel into one artifact', () => {
    const result = plan(files);
    expect(result.pure.pure).toBe(true);
    expect(result.jobs).toEqual([
      {
        kind: 'pure',
        name: 'pure-python wheel and sdist',
        artifactName: 'dist-pure',
        target: null,
        platform: null,
        archs: [],
        builds: ['sdist', 'wheel'],
      },
    ]);
    expect(result.sdistArtifactName).toBe('dist-pure');
    expect(result.expected).toEqual({
      format: 'release-actions/expected@1',
      project: 'demo',
      pure: true,
      sdist: { artifact: 'dist-pure', pattern: 'demo-*.tar.gz' },
      jobs: [
        {
          name: 'pure-python wheel and sdist',
          artifact: 'dist-pure',
          wheels: [{ identifier: null, pattern: 'demo-*-*py3-none-any.whl', abi3Pattern: null }],
        },
      ],
    });
  });

  it('without the sdist when sdist is false', () => {
    const result = plan(files, { sdist: false });
    expect(result.jobs[0]?.builds).toEqual(['wheel']);
    expect(result.expected.sdist).toBeNull();
    expect(result.sdistArtifactName).toBeNull();
  });

  it('unless the pure input says otherwise, which is then the reason given', () => {
    const result = plan(files, { pure: false, platforms: 'linux-x86_64' });
    expect(result.jobs.map((job) => job.kind)).toEqual(['sdist', 'wheels']);
    expect(result.pure).toEqual({
      pure: false,
      reason: 'the pure input says the project has compiled code',
      decidedBy: 'input',
    });
  });
});
