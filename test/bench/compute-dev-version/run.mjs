// Benchmark of compute-dev-version against setuptools_scm, both reading the project's pyproject.toml.
//   1. Full clone of a repository with 20,000+ commits and 2,000+ tags: the bundled action (node
//      dist/compute-dev-version/index.js, with the runner's INPUT_*/GITHUB_* environment) against setuptools_scm
//      doing what its build hook does (read pyproject.toml, build the configuration, compute); medians, ratio,
//      same version.
//   2. Monorepo: three packages' tags interleaved (2,000 each), the middle package read from its folder (root = "..",
//      tag_regex, a describe command with --match), the nearest tag always a sibling's; same comparison.
//   3. Depth-1 clone over file:// (as actions/checkout leaves it): the action with fetch auto until the version is
//      right, against `git fetch --unshallow --tags` alone; time and bytes fetched.
// Usage: node test/bench/compute-dev-version/run.mjs [--reps N] [--bundle FILE | --rebuild] [--node FILE]
//   --rebuild bundles actions/compute-dev-version/src/index.ts with ncc into .bench/ (dist/ stays untouched).
//   The reference is Debian's setuptools_scm 7.1 (/usr/bin/python3); with SCM_PYTHONPATH set to the source
//   directories of setuptools_scm 10.2.1 and vcs-versioning 2.3.1 it is 10.2.1.
// The generated repositories are cached in .bench/compute-dev-version/ (gitignored).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { flag, node24, ROOT } from '../common.mjs';

const WORK = join(ROOT, '.bench', 'compute-dev-version');
const ORIGIN = join(WORK, 'origin');
const MONOREPO = join(WORK, 'monorepo');
const GENERATOR_VERSION = '5';
const PACKAGES = ['alpha', 'beta', 'gamma'];
const TAGS_PER_PACKAGE = 2000;
const COMMITS = 20_000;
const TAG_EVERY = 9;
const FILES = 200;

const args = process.argv.slice(2);
const REPS = Number(flag('--reps', '9'));
const NODE = flag('--node', node24());

const GIT_ENV = {
  ...process.env,
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'Bench',
  GIT_AUTHOR_EMAIL: 'bench@example.com',
  GIT_COMMITTER_NAME: 'Bench',
  GIT_COMMITTER_EMAIL: 'bench@example.com',
};
const git = (cwd, gitArgs, input) =>
  execFileSync('git', gitArgs, {
    cwd,
    env: GIT_ENV,
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    stdio: ['pipe', 'pipe', 'pipe'],
  });

// ---------------------------------------------------------------------------------------------------------------
// The repository: a main line with a version tag every 9 commits (lightweight and annotated, some rc), short
// feature branches merged every 100 commits, 200 source files of ~3 KB with one line changed per commit.

function* fastImportStream() {
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const files = Array.from({ length: FILES }, (_, f) =>
    Array.from(
      { length: 60 },
      (_, line) => `def function_${f}_${line}(value):  # initial body of line ${line}\n`,
    ),
  );
  let mark = 0;
  let time = 1_500_000_000;
  let release = 0;
  let mainTip = 0;
  let commitsOnMain = 0;
  const commit = (branch, parents, extra = '') => {
    mark += 1;
    time += 60 + Math.floor(random() * 3000);
    const f = Math.floor(random() * FILES);
    files[f][Math.floor(random() * 60)] =
      `def function_${f}(value):  # changed in commit ${mark} ${random().toString(36)}\n`;
    const [first, ...merges] = parents;
    return (
      `commit refs/heads/${branch}\nmark :${mark}\n` +
      `author Bench <bench@example.com> ${time} +0000\ncommitter Bench <bench@example.com> ${time} +0000\n` +
      data(`change ${mark}`) +
      (first ? `from :${first}\n` : '') +
      merges.map((m) => `merge :${m}\n`).join('') +
      `M 100644 inline src/pkg${f % 20}/module_${f}.py\n` +
      data(files[f].join('')) +
      extra
    );
  };
  yield commit('main', [], `M 100644 inline pyproject.toml\n${data(PYPROJECT)}`);
  mainTip = mark;
  while (mark < COMMITS) {
    if (commitsOnMain > 0 && commitsOnMain % 100 === 0) {
      // A feature branch of five commits off main, merged back.
      let tip = mainTip;
      for (let i = 0; i < 5; i++) {
        yield commit('feature', [tip]);
        tip = mark;
      }
      yield commit('main', [mainTip, tip]);
    } else {
      yield commit('main', mainTip ? [mainTip] : []);
    }
    mainTip = mark;
    commitsOnMain += 1;
    if (commitsOnMain % TAG_EVERY === 3) {
      release += 1;
      const name = `v${Math.floor(release / 100)}.${Math.floor(release / 10) % 10}.${release % 10}${release % 7 === 0 ? 'rc1' : ''}`;
      yield release % 2 === 0
        ? `tag ${name}\nfrom :${mainTip}\ntagger Bench <bench@example.com> ${time} +0000\n${data(`release ${name}`)}`
        : `reset refs/tags/${name}\nfrom :${mainTip}\n\n`;
    }
  }
  // HEAD: seven commits after the last tag.
  for (let i = 0; i < 7; i++) {
    yield commit('main', [mainTip]);
    mainTip = mark;
  }
}

// The project's configuration both sides read: setuptools_scm's build settings in pyproject.toml.
const PYPROJECT = [
  '[project]',
  'name = "bench-pkg"',
  'dynamic = ["version"]',
  '',
  '[tool.setuptools_scm]',
  'version_scheme = "guess-next-dev"',
  'local_scheme = "no-local-version"',
  '',
].join('\n');

// Three packages in one repository, their tags interleaved on one main line: each package's tag every third
// tagged commit, so the nearest tag of any package is usually a sibling's.
function* monorepoStream() {
  const data = (text) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const pyproject = (name) =>
    [
      '[project]',
      `name = "${name}"`,
      'dynamic = ["version"]',
      '',
      '[tool.setuptools_scm]',
      'root = ".."',
      'local_scheme = "no-local-version"',
      `tag_regex = "^${name}-v(?P<version>\\\\d+(?:\\\\.\\\\d+)*)$"`,
      `git_describe_command = ["git", "describe", "--dirty", "--tags", "--long", "--match", "${name}-v*"]`,
      '',
    ].join('\n');
  let mark = 0;
  let time = 1_500_000_000;
  const commit = (extra = '') => {
    mark += 1;
    time += 600;
    return (
      `commit refs/heads/main\nmark :${mark}\n` +
      `author Bench <bench@example.com> ${time} +0000\ncommitter Bench <bench@example.com> ${time} +0000\n` +
      data(`change ${mark}`) +
      (mark > 1 ? `from :${mark - 1}\n` : '') +
      `M 100644 inline ${PACKAGES[mark % 3]}/src/changes.txt\n${data(`change ${mark}\n`)}` +
      extra
    );
  };
  yield commit(
    PACKAGES.map((name) => `M 100644 inline ${name}/pyproject.toml\n${data(pyproject(name))}`).join(''),
  );
  for (let release = 1; release <= TAGS_PER_PACKAGE; release += 1) {
    for (const name of PACKAGES) {
      yield commit();
      yield commit();
      const tag = `${name}-v${Math.floor(release / 100)}.${Math.floor(release / 10) % 10}.${release % 10}`;
      yield `tag ${tag}\nfrom :${mark}\ntagger Bench <bench@example.com> ${time} +0000\n${data(`release ${tag}`)}`;
    }
  }
  for (let i = 0; i < 5; i++) yield commit();
}

function generate(dir, stream, what) {
  console.log(`generating ${what} with git fast-import (cached in ${WORK}) ...`);
  const started = Date.now();
  git(WORK, ['init', '-q', '--template=', '-b', 'main', dir]);
  const child = spawnSync('git', ['fast-import', '--quiet'], {
    cwd: dir,
    env: GIT_ENV,
    input: [...stream].join(''),
    maxBuffer: 1 << 30,
  });
  if (child.status !== 0) throw new Error(`fast-import failed: ${child.stderr}`);
  git(dir, ['repack', '-adq']);
  git(dir, ['checkout', '-q', '-f', 'main']);
  console.log(`generated in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function ensureOrigin() {
  const stamp = join(WORK, 'origin.version');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === GENERATOR_VERSION) return;
  rmSync(WORK, { recursive: true, force: true });
  mkdirSync(WORK, { recursive: true });
  generate(ORIGIN, fastImportStream(), `${COMMITS} commits`);
  generate(MONOREPO, monorepoStream(), `a monorepo with ${PACKAGES.length} x ${TAGS_PER_PACKAGE} tags`);
  writeFileSync(stamp, GENERATOR_VERSION);
}

// ---------------------------------------------------------------------------------------------------------------
// What is measured.

function bundlePath() {
  if (args.includes('--rebuild')) {
    const out = join(WORK, 'bundle');
    rmSync(out, { recursive: true, force: true });
    execFileSync(
      join(ROOT, 'node_modules', '.bin', 'ncc'),
      [
        'build',
        join('actions', 'compute-dev-version', 'src', 'index.ts'),
        '-o',
        out,
        '--quiet',
        '--transpile-only',
      ],
      { cwd: ROOT, stdio: 'inherit' },
    );
    return join(out, 'index.js');
  }
  const bundle = resolve(flag('--bundle', join(ROOT, 'dist', 'compute-dev-version', 'index.js')));
  if (!existsSync(bundle)) throw new Error(`${bundle} does not exist; run npm run build or pass --rebuild`);
  return bundle;
}

function timed(command, commandArgs, options) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) {
    throw new Error(
      `${command} ${commandArgs.join(' ')} failed (${result.status}): ${result.stderr}${result.stdout}`,
    );
  }
  return { ms, stdout: result.stdout };
}

// What setuptools_scm's build hook does in the project's directory: 10.x's read_pyproject + build_config +
// _get_version, or 7.1's Configuration.from_file + _get_version.
const SETUPTOOLS_SCM = [
  'import warnings; warnings.simplefilter("ignore")',
  'try:',
  '    from pathlib import Path',
  '    from setuptools_scm._integration.pyproject_reading import read_pyproject',
  '    from vcs_versioning._environment import VcsEnvironment',
  '    from vcs_versioning._get_version_impl import _get_version',
  '    data = read_pyproject(Path("pyproject.toml"))',
  '    config = VcsEnvironment.from_env("SETUPTOOLS_SCM").build_config(dist_name=data.project_name, pyproject_data=data)',
  '    print(_get_version(config, force_write_version_files=False))',
  'except ImportError:',
  '    from setuptools_scm import Configuration, _get_version',
  '    print(_get_version(Configuration.from_file("pyproject.toml")))',
].join('\n');
const SCM_ENV = process.env.SCM_PYTHONPATH
  ? { ...process.env, PYTHONPATH: process.env.SCM_PYTHONPATH, PYTHONNOUSERSITE: '1' }
  : process.env;

function setuptoolsScm(cwd) {
  const { ms, stdout } = timed('/usr/bin/python3', ['-c', SETUPTOOLS_SCM], { cwd, env: SCM_ENV });
  return { ms, version: stdout.trim() };
}

function referenceName() {
  const code = 'import importlib.metadata as m; print("setuptools_scm", m.version("setuptools_scm"))';
  return execFileSync('/usr/bin/python3', ['-c', code], { env: SCM_ENV, encoding: 'utf8' }).trim();
}

// Runs the bundle the way the runner does: inputs as INPUT_<NAME>, file commands in GITHUB_OUTPUT/ENV/STEP_SUMMARY.
function action(bundle, cwd, workingDirectory = '') {
  const files = mkdtempSync(join(WORK, 'runner-'));
  const file = (name) => {
    const path = join(files, name);
    writeFileSync(path, '');
    return path;
  };
  const inputs = {
    mode: 'auto',
    scheme: 'guess-next-dev',
    'tag-prefix': '',
    'dev-number': 'distance',
    'fallback-version': '',
    fetch: 'auto',
    'dist-name': '',
    'export-env': 'true',
    'working-directory': workingDirectory,
    'allow-dirty': 'false',
  };
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: 'push',
    GITHUB_REF: 'refs/heads/main',
    GITHUB_SHA: git(cwd, ['rev-parse', 'HEAD']).trim(),
    ...(process.env.SOURCE_DATE_EPOCH ? { SOURCE_DATE_EPOCH: process.env.SOURCE_DATE_EPOCH } : {}),
    GITHUB_WORKSPACE: cwd,
    GITHUB_RUN_NUMBER: '1',
    GITHUB_OUTPUT: file('output'),
    GITHUB_ENV: file('env'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_STATE: file('state'),
    GITHUB_PATH: file('path'),
    RUNNER_TEMP: files,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  };
  const { ms, stdout } = timed(NODE, [bundle], { cwd, env });
  const output = readFileSync(env.GITHUB_OUTPUT, 'utf8');
  rmSync(files, { recursive: true, force: true });
  const match = /^version<<(\S+)\n(.*)\n\1$/m.exec(output) ?? /^version=(.*)$/m.exec(output);
  const version = match ? match[match.length - 1] : `(no version output: ${output.slice(0, 200)})`;
  return { ms, version, fetchNote: /shallow clone: .*/.exec(stdout)?.[0] ?? '' };
}

/** A checkout as actions/checkout makes it: init, fetch one commit at depth 1 without tags, check out main. */
function shallowCheckout(dir, sha) {
  rmSync(dir, { recursive: true, force: true });
  git(WORK, ['init', '-q', '--template=', '-b', 'main', dir]);
  git(dir, ['remote', 'add', 'origin', `file://${ORIGIN}`]);
  git(dir, [
    'fetch',
    '-q',
    '--no-tags',
    '--prune',
    '--no-recurse-submodules',
    '--depth=1',
    'origin',
    `+${sha}:refs/remotes/origin/main`,
  ]);
  git(dir, ['checkout', '-q', '-B', 'main', 'refs/remotes/origin/main']);
}

/** Bytes of objects in the repository (loose and packed), from `git count-objects -v`. */
function objectBytes(dir) {
  const fields = Object.fromEntries(
    git(dir, ['count-objects', '-v'])
      .trim()
      .split('\n')
      .map((line) => line.split(': ')),
  );
  return (Number(fields.size) + Number(fields['size-pack'])) * 1024;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(0)} ms`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

// ---------------------------------------------------------------------------------------------------------------

ensureOrigin();
const bundle = bundlePath();
const head = git(ORIGIN, ['rev-parse', 'HEAD']).trim();
const commits = Number(git(ORIGIN, ['rev-list', '--count', 'HEAD']).trim());
const tags = git(ORIGIN, ['tag', '-l']).trim().split('\n').length;
if (commits < 20_000 || tags < 2_000)
  throw new Error(`generated repository too small: ${commits} commits, ${tags} tags`);

const full = join(WORK, 'full');
if (!existsSync(full)) git(WORK, ['clone', '-q', ORIGIN, full]);
git(full, ['checkout', '-q', '-f', 'main']);

const monorepoTags = git(MONOREPO, ['tag', '-l']).trim().split('\n').length;
const reference = referenceName();
console.log(
  `repository: ${commits} commits, ${tags} tags; monorepo: ${monorepoTags} tags; bundle ${bundle}; node ${NODE}; ${REPS} repetitions; reference ${reference}`,
);
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (other jobs on this machine skew both sides alike)`,
);

// 1 and 2. Full clones, the two sides interleaved so load changes hit both alike.
function compare(checkout, workingDirectory = '') {
  const project = join(checkout, workingDirectory);
  setuptoolsScm(project);
  action(bundle, checkout, workingDirectory);
  const scmTimes = [];
  const actionTimes = [];
  let scmVersion = '';
  let actionVersion = '';
  for (let i = 0; i < REPS; i++) {
    const scm = setuptoolsScm(project);
    const ours = action(bundle, checkout, workingDirectory);
    scmTimes.push(scm.ms);
    actionTimes.push(ours.ms);
    scmVersion = scm.version;
    actionVersion = ours.version;
  }
  return { scm: median(scmTimes), action: median(actionTimes), scmVersion, actionVersion };
}
const fullRun = compare(full);
const monorepoRun = compare(MONOREPO, PACKAGES[1]);

// 2. Depth-1 clones: the action with fetch auto, against `git fetch --unshallow --tags`.
const shallowDir = join(WORK, 'shallow');
const unshallowTimes = [];
const unshallowBytes = [];
const deepenTimes = [];
const deepenBytes = [];
let shallowVersion = '';
let fetchNote = '';
for (let i = 0; i < Math.max(3, Math.ceil(REPS / 2)); i++) {
  shallowCheckout(shallowDir, head);
  let before = objectBytes(shallowDir);
  unshallowTimes.push(
    timed('git', ['fetch', '-q', '--unshallow', '--tags', 'origin'], { cwd: shallowDir, env: GIT_ENV }).ms,
  );
  unshallowBytes.push(objectBytes(shallowDir) - before);

  shallowCheckout(shallowDir, head);
  before = objectBytes(shallowDir);
  const ours = action(bundle, shallowDir);
  deepenTimes.push(ours.ms);
  deepenBytes.push(objectBytes(shallowDir) - before);
  shallowVersion = ours.version;
  fetchNote = ours.fetchNote;
}
rmSync(shallowDir, { recursive: true, force: true });

// ---------------------------------------------------------------------------------------------------------------

const rows = [
  ['full clone: compute the version', ms(fullRun.scm), ms(fullRun.action), fullRun.action / fullRun.scm, 0.8],
  [
    `monorepo, ${PACKAGES.length} x ${TAGS_PER_PACKAGE} tags: package ${PACKAGES[1]}`,
    ms(monorepoRun.scm),
    ms(monorepoRun.action),
    monorepoRun.action / monorepoRun.scm,
    null,
  ],
  [
    'depth-1 clone: time until the version is right',
    ms(median(unshallowTimes)),
    ms(median(deepenTimes)),
    median(deepenTimes) / median(unshallowTimes),
    0.2,
  ],
  [
    'depth-1 clone: bytes fetched',
    mib(median(unshallowBytes)),
    mib(median(deepenBytes)),
    median(deepenBytes) / median(unshallowBytes),
    null,
  ],
];
const header = ['', 'reference', 'action', 'ratio', 'target'];
const cells = rows.map(([name, ref, ours, ratio, target]) => [
  name,
  ref,
  ours,
  ratio.toFixed(3),
  target === null ? '' : `<= ${target} ${ratio <= target ? 'met' : 'MISSED'}`,
]);
const widths = header.map((_, c) => Math.max(header[c].length, ...cells.map((row) => row[c].length)));
const line = (row) =>
  row.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  ');
console.log(
  `\nreference: ${reference} (reading pyproject.toml as its build does) for full clones; git fetch --unshallow --tags for depth 1`,
);
console.log(line(header));
for (const row of cells) console.log(line(row));
console.log(`\naction on the depth-1 clone: ${fetchNote}`);
console.log(
  `versions: setuptools_scm ${fullRun.scmVersion}, action ${fullRun.actionVersion} (full), action ${shallowVersion} (depth 1); monorepo: setuptools_scm ${monorepoRun.scmVersion}, action ${monorepoRun.actionVersion}`,
);

if (
  fullRun.scmVersion !== fullRun.actionVersion ||
  shallowVersion !== fullRun.scmVersion ||
  monorepoRun.scmVersion !== monorepoRun.actionVersion
) {
  console.error('FAIL: the versions differ');
  process.exit(1);
}
