// Benchmark of collect-artifacts: 200 artifacts holding 2 GiB of wheels (one wheel each), collected by the bundled
// action (node dist/collect-artifacts/index.js with the runner's INPUT_*/GITHUB_* environment, Node 24 as
// action.yml declares) through the artifact service stand-in (uploaded there by the official client) and from a
// directory source, against `sha256sum` over the same files, in the same run.
//   wall time: each way of collecting against sha256sum; target ratio <= 1.5
//   peak memory: maximum resident set size of the action (GNU time); target < 150 MB
//   CPU: the action's own (user + system, GNU time) and, apart, what the stand-in spent serving it on the same
//   cores; and the CPU ceiling (ceiling.mjs): the least time each way can take on this machine's cores, from
//   what each of its steps costs per GiB measured in this run (and, through the service, on the one JavaScript
//   thread the official client's download shares with the digests), against sha256sum's CPU time
// Every run must give a manifest whose sha256 of each file is what sha256sum printed.
// Usage: node test/bench/collect-artifacts/run.mjs [--reps N] [--artifacts N] [--total-mib N] [--work DIR]
//   --work is where files, the service's storage and the collected release live: /dev/shm by default where it
//   has room (on this VM's disk, writing 2 GiB twice per run measures the disk), else the temp dir. It is
//   removed at the end.
import { execFileSync, spawn } from 'node:child_process';
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statfsSync,
  writeFileSync,
} from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { flag, measured, node24, ROOT, runnerStepEnv } from '../common.mjs';
import { processCpuSeconds } from '../local-index/cpu-ceiling.mjs';
import { ceilingSeconds, collectCosts, transferCosts } from './ceiling.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPS = Number(flag('--reps', '3'));
const ARTIFACTS = Number(flag('--artifacts', '200'));
const TOTAL_MIB = Number(flag('--total-mib', '2048'));
const NODE = node24();
const BUNDLE = join(ROOT, 'dist', 'collect-artifacts', 'index.js');
const TS_LOADER = join(ROOT, 'test', 'local-index', 'support', 'ts-loader.mjs');
const MAKE_DISTS = join(ROOT, 'test', 'local-index', 'support', 'make-dists.py');
const TARGET_RATIO = 1.5;
const TARGET_RSS_MB = 150;

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first`);
  process.exit(2);
}

/** /dev/shm when it can hold the files three times over (source, service storage, collected release). */
function defaultWork() {
  try {
    const { bavail, bsize } = statfsSync('/dev/shm');
    if (bavail * bsize > 4 * TOTAL_MIB * 1024 * 1024) return '/dev/shm';
  } catch {
    // no /dev/shm here
  }
  return tmpdir();
}
const WORK = mkdtempSync(join(flag('--work', defaultWork()), 'collect-bench-'));
const cleanUp = () => rmSync(WORK, { recursive: true, force: true });
process.on('SIGINT', () => {
  cleanUp();
  process.exit(130);
});

// ---------------------------------------------------------------------------------------------------------------
// The release: one project, a wheel per artifact, each for its own interpreter and platform.

const PYTHONS = [
  'cp38-cp38',
  'cp39-cp39',
  'cp310-cp310',
  'cp311-cp311',
  'cp312-cp312',
  'cp313-cp313',
  'cp314-cp314',
  'cp314-cp314t',
];
const ARCHS = ['x86_64', 'aarch64', 'i686', 'ppc64le', 's390x', 'armv7l'];
const PLATFORMS = [
  ...ARCHS.map((arch) => `manylinux_2_17_${arch}`),
  ...ARCHS.map((arch) => `musllinux_1_2_${arch}`),
  'macosx_10_9_x86_64',
  'macosx_11_0_arm64',
  'macosx_10_9_universal2',
  'win_amd64',
  'win32',
  'win_arm64',
  'manylinux_2_28_x86_64',
  'manylinux_2_28_aarch64',
  'musllinux_1_1_x86_64',
  'musllinux_1_1_aarch64',
  'manylinux_2_31_riscv64',
  'musllinux_1_2_riscv64',
  'manylinux_2_34_x86_64',
];

function makeFiles(dir) {
  mkdirSync(dir, { recursive: true });
  const tags = PYTHONS.flatMap((py) => PLATFORMS.map((platform) => `${py}-${platform}`)).slice(0, ARTIFACTS);
  if (tags.length < ARTIFACTS) throw new Error(`only ${tags.length} distinct wheel tags`);
  const payload = Math.floor((TOTAL_MIB * 1024 * 1024) / ARTIFACTS) - 2048; // the rest is zip and metadata
  const specs = tags.map((tag) => ({ name: 'bench-pkg', version: '1.0.0', tag, payload }));
  writeFileSync(join(WORK, 'spec.json'), JSON.stringify(specs));
  execFileSync('/usr/bin/python3', [MAKE_DISTS, dir, join(WORK, 'spec.json')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return readdirSync(dir)
    .filter((f) => f.endsWith('.whl'))
    .sort();
}

// ---------------------------------------------------------------------------------------------------------------
// Processes

async function startService(storage, files) {
  const child = spawn(
    process.execPath,
    ['--import', TS_LOADER, join(HERE, 'serve-artifacts.ts'), storage, files],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      cwd: ROOT,
    },
  );
  let text = '';
  child.stdout.on('data', (c) => (text += c));
  const ready = await new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      const line = /\nREADY (.*)\n/.exec(text);
      if (line) {
        clearInterval(poll);
        resolve(JSON.parse(line[1]));
      }
    }, 50);
    child.on('exit', (code) => reject(new Error(`the service exited with ${code}:\n${text.slice(-2000)}`)));
  });
  return {
    env: ready.env,
    urls: ready.urls,
    pid: child.pid,
    cpuSeconds: () => processCpuSeconds(child.pid),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
      return JSON.parse(/\nCPU (.*)\n/.exec(text)?.[1] ?? '{"seconds": NaN}').seconds;
    },
  };
}

/** CPU-s per GiB the official client spends downloading every artifact, alone (client-download.ts). */
async function clientDownloadCost(serviceEnv) {
  const into = mkdtempSync(join(WORK, 'client-'));
  try {
    const output = execFileSync(
      process.execPath,
      ['--import', TS_LOADER, join(HERE, 'client-download.ts'), into],
      {
        cwd: ROOT,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, ...serviceEnv },
        maxBuffer: 1 << 26,
      },
    ).toString();
    const { seconds, bytes } = JSON.parse(/\nCPU (.*)\n/.exec(output)[1]);
    return (seconds * 1024 ** 3) / bytes;
  } finally {
    rmSync(into, { recursive: true, force: true });
  }
}

function stepEnv(scratch, inputs, extra = {}) {
  const env = {
    ...runnerStepEnv(scratch),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/octo-repo',
    RUNNER_TEMP: join(scratch, 'runner-temp'),
    NO_PROXY: '127.0.0.1',
    ...extra,
  };
  mkdirSync(env.RUNNER_TEMP, { recursive: true });
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

/** Runs the action; checks that it collected every file with sha256sum's digest; removes what it wrote. */
async function collect(label, inputs, extraEnv, sums) {
  const scratch = mkdtempSync(join(WORK, 'step-'));
  const env = stepEnv(
    scratch,
    { PATTERN: 'dist-*', PATH: 'release', 'REQUIRE-SDIST': 'false', ...inputs },
    extraEnv,
  );
  const result = await measured(NODE, [BUNDLE], { env, cwd: scratch });
  try {
    if (result.code !== 0)
      throw new Error(`${label} failed:\n${result.stdout.slice(-3000)}\n${result.stderr}`);
    const manifest = JSON.parse(readFileSync(join(scratch, 'release', 'manifest.json'), 'utf8'));
    const wrong = manifest.files.filter((f) => sums.get(f.file) !== f.sha256);
    if (manifest.files.length !== sums.size || wrong.length > 0)
      throw new Error(
        `${label}: the manifest lists ${manifest.files.length} files, ${wrong.length} with another sha256 than sha256sum's`,
      );
    return result;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------------------------

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  const filesDir = join(WORK, 'files');
  console.log(`generating ${ARTIFACTS} wheels, ${TOTAL_MIB} MiB in all, in ${WORK} …`);
  const files = makeFiles(filesDir);
  // The directory source: one subdirectory per artifact, its wheel a hard link to the same file.
  files.forEach((file, index) => {
    const dir = join(WORK, 'from', `dist-${String(index).padStart(3, '0')}`);
    mkdirSync(dir, { recursive: true });
    linkSync(join(filesDir, file), join(dir, file));
  });
  console.log('uploading them to the artifact service stand-in with the official client …');
  const service = await startService(join(WORK, 'storage'), filesDir);
  console.log(
    `${files.length} artifacts; ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}; action on node ${execFileSync(NODE, ['--version']).toString().trim()}; work in ${WORK}`,
  );
  const rows = [];
  for (let rep = 0; rep < REPS; rep++) {
    const paths = files.map((file) => join(filesDir, file));
    const sha = await measured('/usr/bin/sha256sum', paths, { env: { PATH: process.env.PATH }, cwd: WORK });
    const sums = new Map(
      sha.stdout
        .trim()
        .split('\n')
        .map((line) => [line.slice(66).split('/').at(-1), line.slice(0, 64)]),
    );
    const directory = await collect(
      'source: directory',
      { SOURCE: 'directory', FROM: join(WORK, 'from') },
      {},
      sums,
    );
    const serviceBefore = service.cpuSeconds();
    const viaService = await collect('the artifact service', {}, service.env, sums);
    viaService.serviceCpuSeconds = service.cpuSeconds() - serviceBefore;
    rows.push({ sha, directory, viaService });
    console.log(
      `rep ${rep + 1} (load ${loadavg()[0].toFixed(2)}): sha256sum ${sha.seconds.toFixed(2)} s | directory ${directory.seconds.toFixed(2)} s, ${directory.rssMiB.toFixed(0)} MiB | ` +
        `service ${viaService.seconds.toFixed(2)} s, ${viaService.rssMiB.toFixed(0)} MiB`,
    );
  }
  // What the steps cost, for the ceiling: measured after the collections, so the files are in the page cache
  // for both, and the transfer against the same stand-in.
  const transfer = await transferCosts(service.urls, service.pid);
  const clientCpu = await clientDownloadCost(service.env);
  const costs = await collectCosts(WORK, transfer, clientCpu);
  const serviceCpu = await service.stop();
  const sha = median(rows.map((r) => r.sha.seconds));
  const shaCpu = median(rows.map((r) => r.sha.cpuSeconds));
  const report = (label, key, ceiling) => {
    const seconds = median(rows.map((r) => r[key].seconds));
    const cpu = median(rows.map((r) => r[key].cpuSeconds));
    const rss = Math.max(...rows.map((r) => r[key].rssMiB));
    const ratio = seconds / sha;
    console.log(
      `${label.padEnd(22)} ${seconds.toFixed(2)} s  ratio ${ratio.toFixed(2)} (target <= ${TARGET_RATIO}; ceiling ${(ceiling.seconds / shaCpu).toFixed(2)})  ` +
        `peak RSS ${rss.toFixed(0)} MiB (target < ${TARGET_RSS_MB} MB)  CPU ${cpu.toFixed(2)} s` +
        `${ratio > TARGET_RATIO || rss * 1.048576 >= TARGET_RSS_MB ? '  over' : ''}`,
    );
  };
  const bytes = transfer.bytes;
  const { serving, ...collectOnly } = costs.service;
  const ceilings = {
    directory: ceilingSeconds(costs.directory, bytes),
    service: ceilingSeconds(costs.service, bytes),
    serviceElsewhere: ceilingSeconds(collectOnly, bytes),
    withClient: ceilingSeconds(costs.withClient, bytes),
    oneThread: ceilingSeconds(costs.oneThread, bytes, 1),
  };
  console.log(
    `\nsha256sum              ${sha.toFixed(2)} s over the same ${files.length} files  CPU ${shaCpu.toFixed(2)} s (one core)`,
  );
  report('source: directory', 'directory', ceilings.directory);
  // The service's ceiling beside its measurement is the binding one with the official client as it is.
  const serviceBound = { seconds: Math.max(ceilings.withClient.seconds, ceilings.oneThread.seconds) };
  report('artifact service', 'viaService', serviceBound);
  const servedCpu = median(rows.map((r) => r.viaService.serviceCpuSeconds));
  console.log(
    `(the stand-in spent ${servedCpu.toFixed(2)} s of CPU serving each collection, on the same cores: ${serviceCpu.toFixed(1)} s in all)`,
  );
  // sha256sum runs on one core, so its CPU time is its wall time on an idle machine: the ceilings, which assume
  // idle cores, are set against that, not against a wall time a busy machine stretched.
  const ceilingRatio = (c) => (c.seconds / shaCpu).toFixed(2);
  console.log(
    `\nCPU ceiling, directory: ${ceilings.directory.explained}: ${ceilingRatio(ceilings.directory)}× sha256sum's CPU`,
  );
  console.log(
    `CPU ceiling, service:   ${ceilings.service.explained}: ${ceilingRatio(ceilings.service)}× sha256sum's CPU`,
  );
  console.log(
    `  (with the service elsewhere, as GitHub's is: ${ceilings.serviceElsewhere.explained}: ${ceilingRatio(ceilings.serviceElsewhere)}×; the stand-in served at ${serving.toFixed(2)} CPU-s per GiB)`,
  );
  console.log(
    `CPU ceiling, service with the official client as it is: ${ceilings.withClient.explained}: ${ceilingRatio(ceilings.withClient)}× sha256sum's CPU`,
  );
  console.log(
    `one-thread bound (what runs on the JavaScript thread, on any number of cores): ${ceilings.oneThread.explained}: ${ceilingRatio(ceilings.oneThread)}× sha256sum's CPU`,
  );
  const bound = serviceBound.seconds / shaCpu;
  console.log(
    `the target ratio ${TARGET_RATIO} through the service is ${bound > TARGET_RATIO ? 'out of reach' : 'within reach'} here with the official client (bound ${bound.toFixed(2)}; ` +
      `${(ceilings.service.seconds / shaCpu).toFixed(2)} if its download cost only its parts)`,
  );
  console.log("every manifest lists every file with sha256sum's digest");
} finally {
  cleanUp();
}
