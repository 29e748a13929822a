// Benchmark of publish-pypi against `twine upload`: 50 wheels of 5 MiB plus one 1 GiB wheel of one release,
// each tool to its own fresh embedded index (each index in its own process), in the same run.
//   wall time: the bundled action (node dist/publish-pypi/index.js with the runner's INPUT_*/GITHUB_* environment,
//              Node 24 as action.yml declares) against Debian's twine; target ratio <= 0.5. Also against the
//              limit: curl posting the same files (twine's form fields, the same concurrency) to a fresh index
//              of the same kind, which no client can beat by much (the index's own hashing sets that pace)
//   peak memory: maximum resident set size of each process (GNU time); target < 100 MB for the action
// Every index must end up listing all 51 files with the right sha256.
// Usage: node test/bench/publish-pypi/run.mjs [--reps N] [--small N] [--big-mib N] [--concurrency N] [--digests D]
//                                            [--index-storage DIR] [--bundle FILE]
//   --digests is the action's digests input (default sha256, its default; `all` sends twine's three).
//   --index-storage is where both indexes store files: /dev/shm by default where it exists. On disk, the
//     indexes' writes and fsyncs set the pace (this VM's disk takes 2.6 s to write and sync 1 GiB), and the
//     benchmark would measure the disk rather than the clients.
//   --bundle runs another build of the action (an experiment) instead of dist/publish-pypi/index.js.
// The files are generated once into .bench/publish-pypi/ (gitignored).
import { spawn, execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createHash } from 'node:crypto';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  statfsSync,
  writeFileSync,
  readFileSync,
  statSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLine, flag, node24, ROOT, runnerStepEnv, timeUsage, underTime, wheelTags } from '../common.mjs';
import { curlUpload, formFields } from '../local-index/curl-upload.mjs';

const REPS = Number(flag('--reps', '1'));
const SMALL = Number(flag('--small', '50'));
const BIG_MIB = Number(flag('--big-mib', '1024'));
const CONCURRENCY = flag('--concurrency', '4');
const DIGESTS = flag('--digests', 'sha256');
const NODE = node24();
const BUNDLE = flag('--bundle', join(ROOT, 'dist', 'publish-pypi', 'index.js'));
const INDEX_STORAGE = flag('--index-storage', defaultIndexStorage());
const TS_LOADER = join(ROOT, 'test', 'local-index', 'support', 'ts-loader.mjs');
const MAKE_DISTS = join(ROOT, 'test', 'local-index', 'support', 'make-dists.py');
const TOKEN = 'pypi-bench-token-0123456789abcdef';
const WORK = join(ROOT, '.bench', 'publish-pypi');

/** /dev/shm when it can hold both indexes' copies of the release (with room to spare), else the temp dir. */
function defaultIndexStorage() {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize > 2 * (BIG_MIB + SMALL * 5 + 1024) * 1024 * 1024) return '/dev/shm';
  } catch {
    // no /dev/shm here
  }
  return tmpdir();
}

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run node scripts/build.mjs publish-pypi`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------------
// The release: one project, 50 platform wheels of 5 MiB and one 1 GiB wheel (stored payloads, as big wheels are).

function releaseFiles() {
  const dir = join(WORK, `files-${SMALL}x5MiB-${BIG_MIB}MiB`);
  if (existsSync(join(dir, '.done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tags = wheelTags(SMALL);
  const specs = tags.map((tag) => ({ name: 'bench-pkg', version: '1.0.0', tag, payload: 5 * 1024 * 1024 }));
  specs.push({ name: 'bench-pkg', version: '1.0.0', tag: 'py3-none-any', payload: BIG_MIB * 1024 * 1024 });
  const specFile = join(dir, '.spec.json');
  writeFileSync(specFile, JSON.stringify(specs));
  console.log(`generating ${specs.length} wheels into ${dir} …`);
  execFileSync('/usr/bin/python3', [MAKE_DISTS, dir, specFile], { stdio: ['ignore', 'ignore', 'inherit'] });
  writeFileSync(join(dir, '.done'), '');
  return dir;
}

async function sha256Of(path) {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk);
  return hash.digest('hex');
}

// ---------------------------------------------------------------------------------------------------------------
// Processes. The benchmark always ends and leaves nothing behind: every process it starts runs in its own
// process group with a deadline, and on any exit (done, failed, interrupted) whatever still runs is killed and
// every index's storage deleted. Each index also stops by itself when this process's pipe to it closes.

/** The longest one client may take before it counts as hung (the whole release, on a loaded machine). */
const CLIENT_DEADLINE_MS = 10 * 60_000;
/** The longest an index may take to stop (its own close waits up to 10 s for uploads in flight). */
const STOP_DEADLINE_MS = 30_000;
/** Process groups started here and still running, and storage directories still on disk. */
const running = new Set();
const storages = new Set();

process.on('exit', () => {
  for (const child of running) killGroup(child, 'SIGKILL');
  for (const storage of storages) rmSync(storage, { recursive: true, force: true });
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => process.exit(130));

function killGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    // already gone
  }
}

/** `child` started in its own group, tracked until it exits; resolves with its exit once it has. */
function tracked(child) {
  running.add(child);
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      running.delete(child);
      resolve({ code, signal });
    });
  });
}

/** Runs a client to its end (killed at CLIENT_DEADLINE_MS), timing every line it prints. */
function run(command, commandArgs, env, options = {}) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, commandArgs, {
      env,
      cwd: options.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    const exited = tracked(child);
    const deadline = setTimeout(() => killGroup(child, 'SIGKILL'), CLIENT_DEADLINE_MS);
    let stdout = '';
    let stderr = '';
    const lines = []; // [seconds since start, line]
    let partial = '';
    child.stdout.on('data', (c) => {
      stdout += c;
      const now = (performance.now() - started) / 1000;
      const parts = (partial + c).split('\n');
      partial = parts.pop();
      for (const line of parts) lines.push([now, line]);
    });
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', async () => {
      clearTimeout(deadline);
      const { code, signal } = await exited;
      const seconds = (performance.now() - started) / 1000;
      if (signal) stderr += `\n(killed by ${signal}${signal === 'SIGKILL' ? ', past its deadline' : ''})`;
      resolve({ code, stdout, stderr, lines, seconds });
    });
  });
}

/** Runs under GNU time (in its own process group, with a deadline): `run`'s result with peak RSS and CPU. */
async function measured(command, commandArgs, env, options) {
  const result = await run(...underTime(command, commandArgs), env, options);
  return { ...result, ...timeUsage(result.stderr) };
}

/**
 * The action's phases, from the times its log lines appeared: preflight (start-up, every file read, hashed
 * and checked, the index read: up to the plan), then up to the first upload (authentication, signing), the
 * first file alone, the other files, and the end (the release read once more, summary, exit).
 */
function actionPhases({ lines, seconds }) {
  const first = (re) => lines.find(([, line]) => re.test(line))?.[0] ?? NaN;
  const last = (re) => lines.findLast(([, line]) => re.test(line))?.[0] ?? NaN;
  const planned = first(/^Release /);
  const uploading = first(/^↑ /);
  const firstDone = first(/^[✓✗·] /);
  const lastDone = last(/^[✓✗·] /);
  return {
    preflight: planned,
    beforeUpload: uploading - planned,
    firstFile: firstDone - uploading,
    otherFiles: lastDone - firstDone,
    end: seconds - lastDone,
  };
}

async function startIndex() {
  const storage = mkdtempSync(join(INDEX_STORAGE, 'bench-index-'));
  storages.add(storage);
  const child = spawn(
    process.execPath,
    ['--import', TS_LOADER, join(ROOT, 'test', 'bench', 'publish-pypi', 'serve-index.ts'), storage, TOKEN],
    // stdin stays open for as long as this process runs: the index stops by itself when it closes.
    { stdio: ['pipe', 'pipe', 'inherit'], detached: true },
  );
  const exited = tracked(child);
  let text = ''; // all it prints: its last line, on stopping, is the CPU it spent
  child.stdout.on('data', (c) => (text += c));
  const line = await firstLine(child);
  const { url, uploadUrl } = JSON.parse(line);
  return {
    url,
    uploadUrl,
    /** Stops the index (killed if it takes longer than STOP_DEADLINE_MS); returns the CPU seconds it spent. */
    async stop() {
      killGroup(child, 'SIGTERM');
      const deadline = setTimeout(() => killGroup(child, 'SIGKILL'), STOP_DEADLINE_MS);
      const { signal } = await exited;
      clearTimeout(deadline);
      rmSync(storage, { recursive: true, force: true });
      storages.delete(storage);
      if (signal === 'SIGKILL')
        console.log(`(an index took over ${STOP_DEADLINE_MS / 1000} s to stop and was killed)`);
      const report = text.trim().split('\n').at(-1);
      return report?.includes('cpuSeconds') ? JSON.parse(report).cpuSeconds : NaN;
    },
  };
}

async function listing(index) {
  const response = await fetch(`${index.url}/simple/bench-pkg/`, {
    headers: { Accept: 'application/vnd.pypi.simple.v1+json' },
  });
  const page = await response.json();
  return new Map(page.files.map((f) => [f.filename, f.hashes.sha256]));
}

async function runAction(index, dir) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-action-'));
  const env = {
    ...runnerStepEnv(scratch),
    RUNNER_TEMP: scratch,
    'INPUT_PACKAGES-DIR': dir,
    'INPUT_REPOSITORY-URL': index.uploadUrl,
    INPUT_USER: '__token__',
    INPUT_PASSWORD: TOKEN,
    'INPUT_DRY-RUN': 'false',
    'INPUT_VERIFY-METADATA': 'true',
    'INPUT_SKIP-EXISTING': 'false',
    'INPUT_PRINT-HASH': 'true',
    INPUT_CONCURRENCY: CONCURRENCY,
    INPUT_DIGESTS: DIGESTS,
    NO_PROXY: '127.0.0.1',
  };
  const result = await measured(NODE, [BUNDLE], env, { cwd: scratch });
  const outputs = readFileSync(env.GITHUB_OUTPUT, 'utf8');
  rmSync(scratch, { recursive: true, force: true });
  if (result.code !== 0) throw new Error(`the action failed:\n${result.stdout}\n${result.stderr}`);
  return { ...result, uploaded: /uploaded<<\S+\n(\d+)/.exec(outputs)?.[1] };
}

async function runTwine(index, dir) {
  const home = mkdtempSync(join(tmpdir(), 'bench-home-'));
  const paths = readdirSync(dir)
    .filter((f) => f.endsWith('.whl'))
    .sort()
    .map((f) => join(dir, f));
  const env = {
    PATH: process.env.PATH,
    HOME: home,
    PYTHON_KEYRING_BACKEND: 'keyring.backends.null.Keyring',
    NO_COLOR: '1',
    NO_PROXY: '127.0.0.1',
  };
  const result = await measured(
    '/usr/bin/twine',
    [
      'upload',
      '--non-interactive',
      '--disable-progress-bar',
      '--repository-url',
      index.uploadUrl,
      '-u',
      '__token__',
      '-p',
      TOKEN,
      ...paths,
    ],
    env,
  );
  rmSync(home, { recursive: true, force: true });
  if (result.code !== 0) throw new Error(`twine failed:\n${result.stdout}\n${result.stderr}`);
  return result;
}

/**
 * curl posting every file (largest first), CONCURRENCY at a time: the limit of a client on this index. Every
 * upload must be answered 200; curl getting no answer fails the benchmark with curl's error (the index must
 * answer every upload, as PyPI does).
 */
async function runCurl(index, dir, fields) {
  const paths = [...fields.keys()].sort((a, b) => statSync(b).size - statSync(a).size);
  const started = performance.now();
  const worker = async () => {
    for (let path = paths.shift(); path; path = paths.shift()) {
      const result = await curlUpload(index.uploadUrl, path, fields.get(path), TOKEN);
      if (result.status !== 200) throw new Error(`curl: ${path} answered ${result.status}`);
    }
  };
  await Promise.all(Array.from({ length: Number(CONCURRENCY) }, worker));
  return { seconds: (performance.now() - started) / 1000 };
}

// ---------------------------------------------------------------------------------------------------------------

const dir = releaseFiles();
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.whl'))
  .sort();
const expected = new Map();
for (const name of names) expected.set(name, await sha256Of(join(dir, name)));
const curlFields = new Map(names.map((name) => [join(dir, name), formFields(join(dir, name))]));
console.log(
  `${names.length} wheels (${SMALL} × 5 MiB + 1 × ${BIG_MIB} MiB); ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}; action on node ${execFileSync(NODE, ['--version']).toString().trim()}, concurrency ${CONCURRENCY}, digests ${DIGESTS}; indexes store in ${INDEX_STORAGE}`,
);

async function checked(index, label) {
  const listed = await listing(index);
  const wrong = names.filter((n) => listed.get(n) !== expected.get(n));
  if (wrong.length > 0 || listed.size !== names.length)
    throw new Error(
      `${label}: the index lists ${listed.size} files, ${wrong.length} missing or with another hash`,
    );
}

/** `client` against a fresh index of its own: checked to list every file, the index stopped whatever happens. */
async function against(label, client) {
  const index = await startIndex();
  let result;
  try {
    result = await client(index);
    await checked(index, label);
  } finally {
    const indexCpu = await index.stop();
    if (result) result.indexCpu = indexCpu;
  }
  return result;
}

const seconds = (value) => `${value.toFixed(1)} s`;
const rows = [];
for (let rep = 0; rep < REPS; rep++) {
  const twine = await against('twine', (index) => runTwine(index, dir));
  const action = await against('publish-pypi', (index) => runAction(index, dir));
  const curl = await against('curl', (index) => runCurl(index, dir, curlFields));
  rows.push({ action, twine, curl });
  const phases = actionPhases(action);
  console.log(
    `rep ${rep + 1} (load ${loadavg()[0].toFixed(2)}): publish-pypi ${seconds(action.seconds)} (index busy ${seconds(action.indexCpu)}), ${action.rssMiB.toFixed(0)} MiB peak | ` +
      `twine ${seconds(twine.seconds)} (index busy ${seconds(twine.indexCpu)}), ${twine.rssMiB.toFixed(0)} MiB peak | ` +
      `curl ${seconds(curl.seconds)} (index busy ${seconds(curl.indexCpu)}) | ratio to twine ${(action.seconds / twine.seconds).toFixed(2)}, to curl ${(action.seconds / curl.seconds).toFixed(2)}\n` +
      `  publish-pypi's phases: preflight ${seconds(phases.preflight)} (start, read, hash and check every file, read the index), ` +
      `then ${seconds(phases.beforeUpload)} to the first upload, first file alone ${seconds(phases.firstFile)}, ` +
      `the other files ${seconds(phases.otherFiles)}, end ${seconds(phases.end)}`,
  );
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const actionSeconds = median(rows.map((r) => r.action.seconds));
const twineSeconds = median(rows.map((r) => r.twine.seconds));
const curlSeconds = median(rows.map((r) => r.curl.seconds));
const ratio = actionSeconds / twineSeconds;
const rss = Math.max(...rows.map((r) => r.action.rssMiB));
console.log(
  `\nwall time  publish-pypi ${actionSeconds.toFixed(1)} s  twine ${twineSeconds.toFixed(1)} s  ratio ${ratio.toFixed(2)} (target <= 0.5)`,
);
console.log(
  `against the limit: curl (same files, form and concurrency) ${curlSeconds.toFixed(1)} s; publish-pypi takes ${(actionSeconds / curlSeconds).toFixed(2)}x its time, twine ${(twineSeconds / curlSeconds).toFixed(2)}x`,
);
const phaseMedian = (name) => seconds(median(rows.map((r) => actionPhases(r.action)[name])));
console.log(
  `phases     publish-pypi's preflight ${phaseMedian('preflight')}, first file alone ${phaseMedian('firstFile')}, the other files ${phaseMedian('otherFiles')} (medians)`,
);
console.log(
  `peak RSS   publish-pypi ${rss.toFixed(0)} MiB  twine ${Math.max(...rows.map((r) => r.twine.rssMiB)).toFixed(0)} MiB (target < 100 MB)`,
);
// The index hashes every byte (sha256, md5, blake2b-256) on two threads, on the same cores as the client.
console.log(
  `index CPU  ${median(rows.map((r) => r.action.indexCpu)).toFixed(1)} s receiving from publish-pypi, ${median(rows.map((r) => r.twine.indexCpu)).toFixed(1)} s from twine, ${median(rows.map((r) => r.curl.indexCpu)).toFixed(1)} s from curl (all cores are shared with the client)`,
);
console.log(
  `every index lists every file once with the right sha256; load at the end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
