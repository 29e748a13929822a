// Benchmark of the local index's ingest on loopback, against the limit of the same client and link:
//   - one 1 GiB wheel: `curl -F` (twine's form fields) to the index vs the same form to a null endpoint
//   - 200 small wheels, one request each, the same two ways
//   The limit is the same request, byte for byte: `curl --data-binary @file` would read the whole file into
//   curl's memory before sending (1 GiB, a second or more of curl's time), a cost only the limit paid.
//   - the CPU ceiling beside the measurement: cores / (receiving + sha256 + md5 + blake2b-256 + writing + curl),
//     each cost measured in this run (cpu-ceiling.mjs), against the null endpoint's rate. Target: the 1 GiB
//     upload at >= 0.6x of the limit.
//   - the index process's peak memory (VmHWM) while receiving the 1 GiB file against the null endpoint's own
//     peak (what node's http costs before the index does anything): target no higher.
// It runs the built product: dist/cli/index.js (npm run build), or RELEASE_ACTIONS_CLI=<path>.
// Usage: node test/bench/local-index/run.mjs [--storage DIR] [--part=big|small]
//   (or npm run bench -- local-index --part=big)
//   --part runs only the 1 GiB upload (big) or only the 200 small wheels (small); both by default.
//   --storage is where the index stores (a fresh directory inside it): /dev/shm by default where it has room.
//     On this VM's disk, writing and fsyncing 1 GiB costs 2 CPU-s in the kernel (0.4 on /dev/shm), which
//     would measure the disk rather than the index; the ceiling counts whichever is used.
// Generated files are cached under the OS temp dir; the index's storage is thrown away after each run.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, statfsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ceiling, hashCosts, processCpuSeconds, writeCost } from './cpu-ceiling.mjs';
import { curlUpload, formFields } from './curl-upload.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..');
const cli = process.env.RELEASE_ACTIONS_CLI ?? join(root, 'dist', 'cli', 'index.js');
const python = '/usr/bin/python3';

const GIB = 1024 ** 3;
const SPEED_TARGET = 0.6;
const args = process.argv.slice(2);
const storageRoot = args.includes('--storage') ? args[args.indexOf('--storage') + 1] : defaultStorage();
const part = args.find((arg) => arg.startsWith('--part='))?.slice('--part='.length) ?? 'both';
if (!['big', 'small', 'both'].includes(part)) {
  console.error(`local-index bench: --part=${part} is not one of big, small`);
  process.exit(2);
}
const runBig = part !== 'small';
const runSmall = part !== 'big';

/** /dev/shm when it holds the 1 GiB file twice over, else the temp dir. */
function defaultStorage() {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize > 3 * GIB) return '/dev/shm';
  } catch {
    // no /dev/shm here
  }
  return tmpdir();
}

if (!existsSync(cli)) {
  console.error(
    `local-index bench: ${cli} is missing; run 'npm run build' first (or set RELEASE_ACTIONS_CLI)`,
  );
  process.exit(1);
}

/** Writes (once) the bench's files with test/local-index/support/make-dists.py. */
async function dists(name, specs) {
  const dir = join(tmpdir(), 'release-actions-bench-local-index', name);
  const done = join(dir, '.done');
  if (!existsSync(done)) {
    await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const specFile = join(dir, '.spec.json');
    await writeFile(specFile, JSON.stringify(specs));
    execFileSync(python, [join(root, 'test', 'local-index', 'support', 'make-dists.py'), dir, specFile], {
      stdio: 'ignore',
    });
    await writeFile(done, '');
  }
  return (await readdir(dir))
    .filter((f) => f.endsWith('.whl'))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads VmRSS or VmHWM of a process, in bytes. */
async function memoryOf(pid, field) {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0) * 1024;
}

/**
 * Starts a server process of node's and waits for the line that names its URL (the first group of `announced`);
 * `memory` reads the process's VmRSS or VmHWM, `stop` ends it.
 */
async function startServerProcess(what, args, announced) {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  const url = await new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = announced.exec(output);
      if (match) resolve(match[1]);
    });
    child.on('exit', () => reject(new Error(`${what} exited: ${output}`)));
  });
  return {
    url,
    pid: child.pid,
    memory: (field) => memoryOf(child.pid, field),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
    },
  };
}

const startNullEndpoint = () =>
  startServerProcess('null endpoint', [join(here, 'null-endpoint.mjs')], /^(\S+)\n/);

const startIndex = (storage) =>
  startServerProcess(
    'index',
    [cli, 'index', 'serve', '--port', '0', '--storage', storage, '--quiet', '--max-file-size', '2GiB'],
    /upload URL:\s+(\S+)/,
  );

const mb = (bytes) => (bytes / 1024 / 1024).toFixed(1);
const rate = (bytes, seconds) => `${mb(bytes / seconds)} MiB/s`;

// ---- files
process.stdout.write('preparing files (cached after the first run)... ');
const [big] = runBig
  ? await dists('big', [{ name: 'bench-big', version: '1.0.0', payload: GIB - 64 * 1024 }])
  : [];
const small = runSmall
  ? await dists(
      'small',
      Array.from({ length: 200 }, (_, i) => ({ name: 'bench-small', version: `1.0.${i}` })),
    )
  : [];
const bigSize = big ? (await stat(big)).size : 0;
const smallSizes = await Promise.all(small.map(async (f) => (await stat(f)).size));
const smallBytes = smallSizes.reduce((a, b) => a + b, 0);
const bigFields = big ? formFields(big) : [];
const smallFields = small.map(formFields);
console.log('done');

// ---- what each byte costs on this machine, measured before any server runs
const costs = runBig ? await hashCosts() : {};
const storage = await mkdtemp(join(storageRoot, 'ra-bench-index-'));
const writing = runBig ? writeCost(storage) : 0;

/** Posts the 1 GiB wheel to `server`: the upload, the server's CPU seconds for it and its peak memory. */
async function postBig(server) {
  const cpuBefore = processCpuSeconds(server.pid);
  const upload = await curlUpload(server.url, big, bigFields);
  return { upload, cpu: processCpuSeconds(server.pid) - cpuBefore, peak: await server.memory('VmHWM') };
}

/** Posts the 200 small wheels to `server` one after another; seconds in all. */
async function postSmall(server, check) {
  let seconds = 0;
  for (const [i, file] of small.entries()) {
    const result = await curlUpload(server.url, file, smallFields[i]);
    if (check && result.status !== 200) throw new Error(`${basename(file)} answered ${result.status}`);
    seconds += result.seconds;
  }
  return seconds;
}

// ---- the limit: the same client POSTing the same bytes to a null endpoint
const nul = await startNullEndpoint();
const nullIdle = await nul.memory('VmRSS');
const nullBig = runBig ? await postBig(nul) : null;
const nullSmall = await postSmall(nul, false);
await nul.stop();

// ---- the index
const index = await startIndex(storage);
const idle = await index.memory('VmRSS');
const indexBig = runBig ? await postBig(index) : null;
if (indexBig && indexBig.upload.status !== 200)
  throw new Error(`1 GiB upload answered ${indexBig.upload.status}`);
const indexSmall = await postSmall(index, true);
await index.stop();
const journal = (await readFile(join(storage, 'journal.jsonl'), 'utf8')).trim().split('\n').length;
await rm(storage, { recursive: true, force: true });
const stored = (runBig ? 1 : 0) + small.length;
if (journal !== stored) throw new Error(`expected ${stored} stored files, the journal has ${journal}`);

// ---- report
console.log(
  `\ningest on loopback (curl -F with twine's fields; the limit is the same form to a null endpoint); index storage in ${storageRoot}`,
);
console.log('| upload | null endpoint (limit) | local index | index / limit | CPU ceiling |');
console.log('|---|---|---|---|---|');
const bigReport = nullBig && indexBig ? reportBig(nullBig, indexBig) : null;
if (bigReport) console.log(`| ${bigReport.row.join(' | ')} |`);
if (runSmall) {
  const cells = [
    '200 small wheels',
    `${(200 / nullSmall).toFixed(0)} files/s`,
    `${(200 / indexSmall).toFixed(0)} files/s (${(smallBytes / 1024 / indexSmall).toFixed(0)} KiB/s)`,
    (nullSmall / indexSmall).toFixed(2),
    '',
  ];
  console.log(`| ${cells.join(' | ')} |`);
}
for (const line of bigReport?.notes ?? []) console.log(line);
if (bigReport?.missed) process.exitCode = 1;

/** The 1 GiB row, the lines on its CPU ceiling and memory, and whether a target was missed. */
function reportBig(nullRun, indexRun) {
  const perGib = (seconds) => (seconds * GIB) / bigSize;
  const parts = perGib(nullRun.cpu) + Object.values(costs).reduce((a, b) => a + b, 0) + writing;
  const curlCpu = indexRun.upload.cpuSeconds;
  const limit = ceiling(
    {
      receiving: perGib(nullRun.cpu),
      ...costs,
      writing,
      ...(curlCpu !== null ? { curl: perGib(curlCpu) } : {}),
    },
    bigSize / nullRun.upload.seconds,
  );
  const ratio = nullRun.upload.seconds / indexRun.upload.seconds;
  const limitRate = rate(bigSize, nullRun.upload.seconds);
  const row = ['1 GiB wheel', limitRate, rate(bigSize, indexRun.upload.seconds), ratio.toFixed(2)];
  // Node's HTTP parser copies each read into a fresh buffer that lives until the next collection: receiving
  // alone raises a process's peak well above its idle size, before anything is hashed or written.
  const verdict = indexRun.peak <= nullRun.peak ? 'OK' : 'OVER TARGET';
  const notes = [
    `\nCPU ceiling: ${limit.explained}, against the limit's ${limitRate}`,
    `the index spent ${perGib(indexRun.cpu).toFixed(2)} CPU-s per GiB on the 1 GiB upload (the ceiling counts ${parts.toFixed(2)} for its parts); the index reached ${(ratio / limit.ratio).toFixed(2)} of its ceiling; target index / limit >= ${SPEED_TARGET}: ${ratio >= SPEED_TARGET ? 'OK' : 'UNDER TARGET'}`,
    `index memory: ${mb(idle)} MiB idle, peak ${mb(indexRun.peak)} MiB receiving 1 GiB; the null endpoint (node's http, discarding): ${mb(nullIdle)} MiB idle, peak ${mb(nullRun.peak)} MiB (target: the index's peak no higher): ${verdict}`,
  ];
  const missed = indexRun.peak > nullRun.peak || ratio < SPEED_TARGET;
  return { row: [...row, limit.ratio.toFixed(2)], notes, missed };
}
