/**
 * Whether a project builds compiled code (platform wheels) or one pure-Python `py3-none-any` wheel, found
 * without building: the build backend and its settings, setup.py's extension arguments, and compiled
 * sources (C, C++, Cython, Rust, Fortran) in the package directories.
 */
import { isTable } from '../cibuildwheel/options.js';
import type { ProjectFiles } from './project-files.js';
import type { ProjectSource } from './source.js';

/** The verdict and the evidence, in words. */
export interface PureDetection {
  pure: boolean;
  /** What was found, e.g. "backend mesonpy (meson-python); src/pkg/_core.c". */
  reason: string;
}

const COMPILED_BACKENDS: readonly [RegExp, string][] = [
  [/^scikit_build_core\b/, 'scikit-build-core'],
  [/^mesonpy$/, 'meson-python'],
  [/^maturin$/, 'maturin'],
  [/^sipbuild\.api$/, 'sip'],
  [/^py_build_cmake\b/, 'py-build-cmake'],
];
const SETUP_PY_MARKERS: readonly [RegExp, string][] = [
  [/\bext_modules\b/, 'ext_modules'],
  [/\bExtension\s*\(/, 'Extension()'],
  [/\bcythonize\s*\(/, 'cythonize()'],
  [/\bcffi_modules\b/, 'cffi_modules'],
  [/\brust_extensions\b/, 'rust_extensions'],
  [/\b(from|import)\s+skbuild\b/, 'scikit-build'],
];
const SOURCE_KINDS: readonly [RegExp, string][] = [
  [/\.c$/i, 'C'],
  [/\.(cc|cpp|cxx|c\+\+)$/i, 'C++'],
  [/\.pyx$/i, 'Cython'],
  [/\.rs$/i, 'Rust'],
  [/\.(f|f90|f95|for)$/i, 'Fortran'],
];
// Build hooks that only write files a pure wheel also has.
const PURE_HATCH_HOOKS = new Set(['vcs', 'jupyter-builder']);
const SKIPPED_DIRS = new Set([
  '.git',
  '.hg',
  '.tox',
  '.nox',
  '.venv',
  'venv',
  'node_modules',
  '__pycache__',
  'build',
  'dist',
  'tests',
  'test',
  'docs',
  'doc',
  'examples',
  'benchmarks',
]);
const MAX_ENTRIES = 20_000;

function table(root: unknown, ...path: string[]): Record<string, unknown> {
  let node = root;
  for (const key of path) node = isTable(node) ? node[key] : undefined;
  return isTable(node) ? node : {};
}

function backendEvidence(files: ProjectFiles): string[] {
  const backend = table(files.pyproject, 'build-system')['build-backend'];
  if (typeof backend !== 'string') return [];
  const compiled = COMPILED_BACKENDS.find(([pattern]) => pattern.test(backend));
  if (compiled) return [`build backend ${backend} (${compiled[1]})`];
  if (backend === 'hatchling.build') {
    const hooks = [
      ...Object.keys(table(files.pyproject, 'tool', 'hatch', 'build', 'hooks')),
      ...Object.keys(table(files.pyproject, 'tool', 'hatch', 'build', 'targets', 'wheel', 'hooks')),
    ].filter((hook) => !PURE_HATCH_HOOKS.has(hook));
    return hooks.length > 0 ? [`hatchling build hook ${hooks.join(', ')}`] : [];
  }
  if (backend === 'pdm.backend') return pdmEvidence(files);
  if (backend === 'poetry.core.masonry.api') {
    const build = table(files.pyproject, 'tool', 'poetry')['build'];
    return build !== undefined ? ['poetry build script ([tool.poetry] build)'] : [];
  }
  return [];
}

function pdmEvidence(files: ProjectFiles): string[] {
  const build = table(files.pyproject, 'tool', 'pdm', 'build');
  const evidence: string[] = [];
  if (build['run-setuptools'] === true) evidence.push('pdm-backend run-setuptools');
  if (build['is-purelib'] === false) evidence.push('pdm-backend is-purelib = false');
  const hook = typeof build['custom-hook'] === 'string' ? build['custom-hook'] : 'pdm_build.py';
  if (files.source.read(hook) !== null) evidence.push(`pdm-backend build script ${hook}`);
  return evidence;
}

function setuptoolsEvidence(files: ProjectFiles): string[] {
  const evidence: string[] = [];
  if (table(files.pyproject, 'tool', 'setuptools')['ext-modules'] !== undefined) {
    evidence.push('pyproject.toml [tool.setuptools] ext-modules');
  }
  if (Object.keys(table(files.pyproject, 'tool', 'setuptools-rust')).length > 0) {
    evidence.push('pyproject.toml [tool.setuptools-rust]');
  }
  const markers = SETUP_PY_MARKERS.filter(
    ([pattern]) => files.setupPy !== null && pattern.test(files.setupPy),
  );
  if (markers.length > 0) evidence.push(`setup.py uses ${markers.map(([, word]) => word).join(', ')}`);
  return evidence;
}

/** Where the importable code lives: src/ if there is one, and top-level directories with an __init__.py. */
export function packageDirs(source: ProjectSource): string[] {
  const dirs = source.list('').filter((entry) => entry.directory && !SKIPPED_DIRS.has(entry.name));
  return dirs
    .filter((entry) => entry.name === 'src' || source.read(`${entry.name}/__init__.py`) !== null)
    .map((entry) => entry.name);
}

function compiledSources(source: ProjectSource): string[] {
  const found: string[] = [];
  const pending = [...packageDirs(source)];
  let seen = 0;
  const consider = (path: string) => {
    if (SOURCE_KINDS.some(([pattern]) => pattern.test(path))) found.push(path);
  };
  for (const entry of source.list('')) if (!entry.directory) consider(entry.name);
  while (pending.length > 0 && seen < MAX_ENTRIES) {
    const dir = pending.shift() as string;
    for (const entry of source.list(dir)) {
      seen++;
      const path = `${dir}/${entry.name}`;
      if (entry.directory && !SKIPPED_DIRS.has(entry.name)) pending.push(path);
      else if (!entry.directory) consider(path);
    }
  }
  return found.sort();
}

function describeSources(paths: string[]): string {
  const kinds = SOURCE_KINDS.filter(([pattern]) => paths.some((p) => pattern.test(p))).map(
    ([, kind]) => kind,
  );
  const shown = paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
  return `${kinds.join('/')} sources ${shown}`;
}

/** Looks for compiled code; a project without any builds one pure wheel. */
export function detectPure(files: ProjectFiles): PureDetection {
  const evidence = [...backendEvidence(files), ...setuptoolsEvidence(files)];
  const sources = compiledSources(files.source);
  if (sources.length > 0) evidence.push(describeSources(sources));
  if (evidence.length > 0) return { pure: false, reason: `compiled code: ${evidence.join('; ')}` };
  const backend = table(files.pyproject, 'build-system')['build-backend'];
  const dirs = packageDirs(files.source);
  return {
    pure: true,
    reason:
      `no compiled code: build backend ${typeof backend === 'string' ? backend : 'setuptools (default)'} builds none, ` +
      `no extension modules in setup.py or pyproject.toml, no C, C++, Cython, Rust or Fortran sources in ${dirs.length > 0 ? dirs.map((d) => `${d}/`).join(' ') : 'the project root'}`,
  };
}
