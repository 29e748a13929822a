// Benchmark of build-wheel-matrix against cibuildwheel 4.2.0's own --print-build-identifiers.
//   A large configuration: every platform token (16 targets on 6 platforms), every enable group, requires-python,
//   build/skip selectors with braces. The bundled action (node dist/build-wheel-matrix/index.js, with the runner's
//   INPUT_*/GITHUB_* environment) plans it all in one process; the reference is cibuildwheel printing the build
//   identifiers for the same platforms and architectures, one run per platform as cibuildwheel works. Medians of
//   interleaved runs, the ratio, and a check that both selected the same identifiers. Target: ratio <= 0.5.
// Usage: node test/bench/build-wheel-matrix/run.mjs [--reps N] [--cibuildwheel DIR] [--bundle FILE] [--node FILE]
//   --cibuildwheel: a checkout of pypa/cibuildwheel v4.2.0 (its package directly inside or under src/, optional
//   vendor/), put on PYTHONPATH; without it, the cibuildwheel installed for /usr/bin/python3 is used.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { delimiter, join, resolve } from 'node:path';
import { flag, node24, ROOT } from '../common.mjs';

const WORK = join(ROOT, '.bench', 'build-wheel-matrix');
const REPS = Number(flag('--reps', '9'));
const NODE = flag('--node', node24());
const BUNDLE = resolve(flag('--bundle', join(ROOT, 'dist', 'build-wheel-matrix', 'index.js')));
const CIBUILDWHEEL = flag('--cibuildwheel', process.env.CIBUILDWHEEL_DIR ?? '');

const PLATFORMS =
  'linux macos windows linux-i686 linux-ppc64le linux-s390x linux-riscv64 linux-armv7l macos-universal2 windows-x86 pyodide ios android';
// The same platforms and architectures, as cibuildwheel runs: one invocation per platform, on the machine
// the plan's jobs for it run on (macOS arm64, so PyPy and GraalPy arm64 builds are not dropped).
const REFERENCE_RUNS = [
  ['linux', 'all', 'x86_64'],
  ['macos', 'all', 'arm64'],
  ['windows', 'all', 'x86_64'],
  ['pyodide', 'wasm32', 'x86_64'],
  ['ios', 'all', 'x86_64'],
  ['android', 'all', 'x86_64'],
];
const PYPROJECT = `[project]
name = "big-project"
requires-python = ">=3.9"

[build-system]
requires = ["setuptools"]
build-backend = "setuptools.build_meta"

[tool.cibuildwheel]
enable = ["cpython-prerelease", "graalpy", "pypy", "pypy-eol", "pyodide-eol", "pyodide-prerelease"]
build = ["cp3{9..15}{,t}-*", "pp3{9,10,11}-*", "gp*"]
skip = ["*-musllinux_{i686,armv7l}", "cp3{9,10}-win_arm64"]

[tool.cibuildwheel.macos]
skip = ["*t-macosx_universal2"]
`;

const CLI = `
import os, platform, runpy
machine = os.environ.pop("CIBW_BENCH_MACHINE", "")
if machine:
    platform.machine = lambda: machine
runpy.run_module("cibuildwheel", run_name="__main__", alter_sys=True)
`;

function referencePath() {
  if (!CIBUILDWHEEL) return [];
  return ['src', '', 'vendor'].map((d) => join(resolve(CIBUILDWHEEL), d)).filter((d) => existsSync(d));
}

function timed(command, commandArgs, options) {
  const started = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 1 << 26, ...options });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0)
    throw new Error(`${command} failed (${result.status}): ${result.stderr}${result.stdout}`);
  return { ms, stdout: result.stdout };
}

function reference(project) {
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    PYTHONDONTWRITEBYTECODE: '1',
    PYTHONPATH: referencePath().join(delimiter),
  };
  let ms = 0;
  const identifiers = [];
  for (const [platform, archs, machine] of REFERENCE_RUNS) {
    const run = timed(
      '/usr/bin/python3',
      ['-c', CLI, '--print-build-identifiers', '--platform', platform, '--archs', archs, project],
      { env: { ...env, CIBW_BENCH_MACHINE: machine } },
    );
    ms += run.ms;
    identifiers.push(...run.stdout.split(/\s+/).filter(Boolean));
  }
  return { ms, identifiers };
}

// Runs the bundle the way the runner does: inputs as INPUT_<NAME>, file commands in GITHUB_OUTPUT/STEP_SUMMARY.
function action(project) {
  const files = mkdtempSync(join(WORK, 'runner-'));
  const file = (name) => {
    const path = join(files, name);
    writeFileSync(path, '');
    return path;
  };
  const inputs = {
    'project-dir': '.',
    platforms: PLATFORMS,
    'python-versions': '',
    pure: 'false',
    'group-by': 'platform',
    'max-jobs': '256',
    'runner-map': '',
    'artifact-prefix': 'dist-',
    sdist: 'true',
  };
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: project,
    GITHUB_OUTPUT: file('output'),
    GITHUB_STEP_SUMMARY: file('summary'),
    GITHUB_ENV: file('env'),
    RUNNER_TEMP: files,
    ...Object.fromEntries(
      Object.entries(inputs).map(([name, value]) => [`INPUT_${name.toUpperCase()}`, value]),
    ),
  };
  const { ms } = timed(NODE, [BUNDLE], { cwd: project, env });
  const output = readFileSync(env.GITHUB_OUTPUT, 'utf8');
  rmSync(files, { recursive: true, force: true });
  const match = /^matrix<<(\S+)\n(.*)\n\1$/m.exec(output);
  if (!match) throw new Error(`no matrix output: ${output.slice(0, 300)}`);
  const { include } = JSON.parse(match[2]);
  const identifiers = include.filter((e) => e.kind === 'wheels').flatMap((e) => e.build.split(' '));
  return { ms, identifiers, jobs: include.length };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} does not exist; run npm run build`);
const check = spawnSync('/usr/bin/python3', ['-c', 'import cibuildwheel; print(cibuildwheel.__version__)'], {
  encoding: 'utf8',
  env: { ...process.env, PYTHONPATH: referencePath().join(delimiter) },
});
if (check.stdout.trim() !== '4.2.0') {
  console.error(
    'cibuildwheel 4.2.0 is needed as the reference: pass --cibuildwheel <checkout of v4.2.0> or install it',
  );
  process.exit(2);
}

mkdirSync(WORK, { recursive: true });
const project = mkdtempSync(join(WORK, 'project-'));
mkdirSync(join(project, 'src', 'big_project'), { recursive: true });
writeFileSync(join(project, 'pyproject.toml'), PYPROJECT);
writeFileSync(join(project, 'src', 'big_project', '_core.c'), 'int x;\n');

console.log(`bundle ${BUNDLE}; node ${NODE}; ${REPS} repetitions`);
console.log(
  `load average ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')} (other jobs on this machine skew both sides alike)`,
);
reference(project);
action(project);
const referenceTimes = [];
const actionTimes = [];
let ours;
let theirs;
for (let i = 0; i < REPS; i++) {
  theirs = reference(project);
  ours = action(project);
  referenceTimes.push(theirs.ms);
  actionTimes.push(ours.ms);
}
rmSync(project, { recursive: true, force: true });

const ratio = median(actionTimes) / median(referenceTimes);
console.log(`\nreference: cibuildwheel 4.2.0 --print-build-identifiers, ${REFERENCE_RUNS.length} platforms`);
console.log(`plan ${ours.identifiers.length} identifiers in ${ours.jobs} jobs`);
console.log(`reference ${median(referenceTimes).toFixed(0)} ms, action ${median(actionTimes).toFixed(0)} ms`);
console.log(`ratio ${ratio.toFixed(3)} (target <= 0.5 ${ratio <= 0.5 ? 'met' : 'MISSED'})`);
const sortedOurs = [...ours.identifiers].sort().join(' ');
const sortedTheirs = [...theirs.identifiers].sort().join(' ');
if (sortedOurs !== sortedTheirs) {
  console.error(`FAIL: the selections differ\n  action:    ${sortedOurs}\n  reference: ${sortedTheirs}`);
  process.exit(1);
}
console.log('same identifiers selected');
