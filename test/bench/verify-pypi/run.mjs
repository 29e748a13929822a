// Benchmark of verify-pypi: the bundled action run as a runner runs it (node dist/verify-pypi/index.js with
// INPUT_*/GITHUB_* set, no install check) against curl, measured in the same run.
//   many files: a 500-file release already visible on the embedded index, verified with download: all (every
//     file downloaded and hashed) from a manifest and from a directory (hashed locally too), and with
//     download: none (listings only). References: curl reading the JSON release page and the PEP 691 page,
//     and curl reading them plus every file (one process, keep-alive). Target: every median under 2 s.
//   one big file: a release of one 512 MiB wheel, download: all, against `curl <url> | sha256sum`. Target: the
//     action's peak RSS (GNU time) at most 32 MiB above node's own http downloading the same file and
//     discarding it (null-download.mjs, measured in the same run): the file streams through the hash.
// Usage: node test/bench/verify-pypi/run.mjs [--reps N] [--files N] [--big-mib N] [--bundle FILE] [--node FILE]
// The wheels and the index storage are cached in .bench/verify-pypi/ (gitignored).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { flag, node24, ROOT, timeUsage, underTime } from '../common.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const REPS = Number(flag('--reps', '7'));
const FILES = Number(flag('--files', '500'));
const BIG_MIB = Number(flag('--big-mib', '512'));
const NODE = flag('--node', node24());
const BUNDLE = flag('--bundle', join(ROOT, 'dist', 'verify-pypi', 'index.js'));
const TARGET_MS = 2000;
// What verify-pypi may add to node's own http floor while downloading and hashing one big file.
const RSS_MARGIN_MIB = 32;
const WORK = join(ROOT, '.bench', 'verify-pypi');

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first (or pass --bundle)`);
  process.exit(2);
}
mkdirSync(WORK, { recursive: true });

/** The index in its own process, as it would be on another host; resolves with its base URL and `stop`. */
async function serve(storage, wheels) {
  const server = spawn(
    process.execPath,
    [
      '--import',
      join(ROOT, 'test', 'local-index', 'support', 'ts-loader.mjs'),
      join(HERE, 'serve-index.ts'),
      storage,
      wheels,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const url = await new Promise((resolve, reject) => {
    let text = '';
    server.stdout.on('data', (chunk) => {
      text += chunk;
      const match = /READY (\S+)/.exec(text);
      if (match) resolve(match[1]);
    });
    server.on('exit', (code) => reject(new Error(`index exited with ${code} before it was ready`)));
  });
  return { url, stop: () => server.stdin.end() };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const timed = (fn) => {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
};

/** Runs the bundle under GNU time in `dir`; returns wall ms and peak RSS (MiB); throws unless all `files` verified. */
function runAction(baseUrl, dir, files, inputs) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-verify-'));
  const outputs = {
    GITHUB_OUTPUT: join(scratch, 'output'),
    GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
  };
  for (const file of Object.values(outputs)) writeFileSync(file, '');
  const all = {
    'repository-url': `${baseUrl}/legacy/`,
    'packages-dir': '.',
    timeout: '60',
    interval: '1',
    download: 'all',
    'install-check': 'false',
    'smoke-shell': 'bash',
    'smoke-timeout': '600',
    'check-latest': 'false',
    ...inputs,
  };
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: scratch,
    GITHUB_WORKSPACE: dir,
    GITHUB_ACTIONS: 'true',
    ...outputs,
  };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { ms, result } = timed(() =>
    spawnSync(...underTime(NODE, [BUNDLE]), { cwd: dir, env, encoding: 'utf8' }),
  );
  const output = readFileSync(outputs.GITHUB_OUTPUT, 'utf8');
  rmSync(scratch, { recursive: true, force: true });
  const verified = /verified<<[^\n]*\ntrue\n/.test(output);
  const ok = (output.match(/"status":"ok"/g) ?? []).length;
  if (result.status !== 0 || !verified || ok !== files) {
    throw new Error(
      `action failed (exit ${result.status}, verified ${verified}, ${ok} ok):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return { ms, rssMiB: timeUsage(result.stderr).rssMiB };
}

function curl(urlArgs) {
  const { ms, result } = timed(() => spawnSync('curl', urlArgs, { encoding: 'utf8', maxBuffer: 1 << 26 }));
  if (result.status !== 0) throw new Error(`curl failed: ${result.stderr}`);
  return { ms, stdout: result.stdout };
}

const listingArgs = (baseUrl, project) => [
  '-sSf',
  '-o',
  '/dev/null',
  '-H',
  'Accept: application/json',
  `${baseUrl}/pypi/${project}/1.0/json`,
  '--next',
  '-sSf',
  '-o',
  '/dev/null',
  '-H',
  'Accept: application/vnd.pypi.simple.v1+json',
  `${baseUrl}/simple/${project}/`,
];

function fileUrls(baseUrl, project) {
  const page = curl(['-sSf', '-H', 'Accept: application/json', `${baseUrl}/pypi/${project}/1.0/json`]);
  return JSON.parse(page.stdout).urls.map((file) => file.url);
}

const row = (label, ms, reference) =>
  console.log(`  ${label.padEnd(56)} ${ms.toFixed(0).padStart(6)} ms  (${(ms / reference).toFixed(1)}x)`);

async function manyFiles() {
  const wheels = join(WORK, `wheels-${FILES}`);
  if (!existsSync(join(wheels, 'manifest.json'))) {
    execFileSync('/usr/bin/python3', [join(HERE, 'make_wheels.py'), wheels, String(FILES)], {
      stdio: 'inherit',
    });
  }
  const index = await serve(join(WORK, `index-${FILES}-v1`), wheels);
  try {
    const urls = fileUrls(index.url, 'benchpkg');
    const everyFile = [
      ...listingArgs(index.url, 'benchpkg'),
      ...urls.flatMap((url) => ['--next', '-sSf', '-o', '/dev/null', url]),
    ];
    curl(listingArgs(index.url, 'benchpkg'));
    runAction(index.url, wheels, FILES, {});
    const times = { list: [], every: [], manifest: [], dir: [], none: [] };
    for (let rep = 0; rep < REPS; rep++) {
      times.list.push(curl(listingArgs(index.url, 'benchpkg')).ms);
      times.every.push(curl(everyFile).ms);
      times.manifest.push(runAction(index.url, wheels, FILES, { manifest: 'manifest.json' }).ms);
      times.dir.push(runAction(index.url, wheels, FILES, {}).ms);
      times.none.push(
        runAction(index.url, wheels, FILES, { manifest: 'manifest.json', download: 'none' }).ms,
      );
    }
    const every = median(times.every);
    console.log(`${FILES} files, ${REPS} reps (ratios against curl reading the pages and every file):`);
    row('curl: JSON release page + simple page', median(times.list), every);
    row(`curl: the pages + all ${FILES} files`, every, every);
    row('verify-pypi, manifest, download: all', median(times.manifest), every);
    row('verify-pypi, packages-dir (hashed here too), download: all', median(times.dir), every);
    row('verify-pypi, manifest, download: none', median(times.none), median(times.list));
    const worst = Math.max(median(times.manifest), median(times.dir), median(times.none));
    console.log(
      `${worst < TARGET_MS ? 'PASS' : 'FAIL'}: slowest median ${worst.toFixed(0)} ms, target under ${TARGET_MS} ms`,
    );
    return worst < TARGET_MS;
  } finally {
    index.stop();
  }
}

/** Wall ms and peak RSS (MiB) of a command under GNU time. */
function measured(command, commandArgs) {
  const { ms, result } = timed(() => spawnSync(...underTime(command, commandArgs), { encoding: 'utf8' }));
  if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr}`);
  return { ms, rssMiB: timeUsage(result.stderr).rssMiB };
}

async function bigFile() {
  const release = join(WORK, `big-${BIG_MIB}`);
  if (!existsSync(join(release, 'manifest.json'))) {
    console.log(`generating a ${BIG_MIB} MiB wheel into ${release} …`);
    execFileSync('/usr/bin/python3', [join(HERE, 'big_release.py'), release, String(BIG_MIB)], {
      stdio: 'inherit',
    });
  }
  const index = await serve(join(WORK, `index-big-${BIG_MIB}-v1`), release);
  try {
    const [url] = fileUrls(index.url, 'benchbig');
    const curlHash = () => timed(() => spawnSync('sh', ['-c', `curl -sSf '${url}' | sha256sum`])).ms;
    curlHash();
    const times = { curl: [], floor: [], action: [], floorRss: [], actionRss: [] };
    for (let rep = 0; rep < Math.min(REPS, 3); rep++) {
      times.curl.push(curlHash());
      const floor = measured(NODE, [join(HERE, 'null-download.mjs'), url]);
      times.floor.push(floor.ms);
      times.floorRss.push(floor.rssMiB);
      const run = runAction(index.url, release, 1, { manifest: 'manifest.json' });
      times.action.push(run.ms);
      times.actionRss.push(run.rssMiB);
    }
    const floor = Math.max(...times.floorRss);
    const peak = Math.max(...times.actionRss);
    console.log(`one ${BIG_MIB} MiB wheel, ${times.action.length} reps (ratios against curl | sha256sum):`);
    row('curl <url> | sha256sum', median(times.curl), median(times.curl));
    row("node's http, discarding the body (the memory floor)", median(times.floor), median(times.curl));
    row('verify-pypi, manifest, download: all', median(times.action), median(times.curl));
    const pass = peak <= floor + RSS_MARGIN_MIB;
    console.log(
      `${pass ? 'PASS' : 'FAIL'}: verify-pypi peak RSS ${peak.toFixed(0)} MiB, node's http alone ${floor.toFixed(0)} MiB, ` +
        `target at most ${RSS_MARGIN_MIB} MiB above it (the file is ${BIG_MIB} MiB: it is never held whole)`,
    );
    return pass;
  } finally {
    index.stop();
  }
}

console.log(
  `verify-pypi benchmark: node ${execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()}, load ${loadavg()[0].toFixed(2)}`,
);
const passed = [await manyFiles(), await bigFile()];
process.exitCode = passed.every(Boolean) ? 0 : 1;
