// Benchmark: the CPU PEP 740 attestations add to publish-pypi. A 50-wheel release is published by the bundled
// action (dist/publish-pypi/index.js, Node 24, the runner's environment, trusted publishing) to a fresh
// embedded index twice per repetition: with attestations: false (the reference) and with attestations on,
// signed by real @sigstore/sign against the index's Sigstore stand-in (@sigstore/mock's CA and logs, in the
// index's process: its work is not the action's). Measured: user + system CPU seconds of the action process
// (GNU time). Target: signing adds at most 1 s of CPU (the difference), printed with the ratio.
// Usage: node test/bench/attestations/run.mjs [--reps N] [--files N]
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstLine, flag, measured, node24, ROOT, runnerStepEnv, wheelTags } from '../common.mjs';

const REPS = Number(flag('--reps', '3'));
const FILES = Number(flag('--files', '50'));
const NODE = node24();
const BUNDLE = join(ROOT, 'dist', 'publish-pypi', 'index.js');
const TS_LOADER = join(ROOT, 'test', 'local-index', 'support', 'ts-loader.mjs');
const MAKE_DISTS = join(ROOT, 'test', 'local-index', 'support', 'make-dists.py');
const WORK = join(ROOT, '.bench', 'attestations');
const TARGET_SECONDS = 1;

/** FILES small wheels of one release (made once, kept in .bench/). */
function releaseFiles() {
  const dir = join(WORK, `files-${FILES}`);
  if (existsSync(join(dir, '.done'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tags = wheelTags(FILES);
  const specs = tags.map((tag) => ({ name: 'attest-bench', version: '1.0.0', tag, payload: 64 * 1024 }));
  writeFileSync(join(dir, '.spec.json'), JSON.stringify(specs));
  execFileSync('/usr/bin/python3', [MAKE_DISTS, dir, join(dir, '.spec.json')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  writeFileSync(join(dir, '.done'), '');
  return dir;
}

async function startServer() {
  const storage = mkdtempSync(join(tmpdir(), 'bench-attest-index-'));
  const child = spawn(
    process.execPath,
    ['--import', TS_LOADER, join(ROOT, 'test', 'bench', 'attestations', 'serve.ts'), storage],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const line = await firstLine(child);
  return {
    ...JSON.parse(line),
    async stop() {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.on('exit', resolve));
      rmSync(storage, { recursive: true, force: true });
    },
  };
}

/** The action once, under GNU time: CPU seconds (user + system) and wall seconds. */
function publish(server, dir, attest) {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-attest-run-'));
  const env = {
    ...runnerStepEnv(scratch),
    HOME: scratch,
    RUNNER_TEMP: scratch,
    NO_PROXY: '127.0.0.1',
    ...server.oidc,
    RELEASE_ACTIONS_SIGSTORE_URL: `${server.url}/_/sigstore`,
    'INPUT_PACKAGES-DIR': dir,
    'INPUT_REPOSITORY-URL': server.uploadUrl,
    INPUT_USER: '__token__',
    INPUT_PASSWORD: '',
    INPUT_ATTESTATIONS: String(attest),
    'INPUT_VERIFY-METADATA': 'true',
    'INPUT_PRINT-HASH': 'false',
    INPUT_CONCURRENCY: '4',
  };
  return measured(NODE, [BUNDLE], { env }).then((run) => {
    rmSync(scratch, { recursive: true, force: true });
    if (run.code !== 0 || Number.isNaN(run.cpuSeconds))
      throw new Error(`publish-pypi failed (${run.code}):\n${run.stdout}\n${run.stderr}`);
    const attested = (run.stdout.match(/^Attested /gm) ?? []).length;
    if (attest && attested !== FILES) throw new Error(`attested ${attested} of ${FILES} files`);
    return { cpu: run.cpuSeconds, wall: run.seconds };
  });
}

if (!existsSync(BUNDLE)) {
  console.error(`${BUNDLE} is missing: run node scripts/build.mjs publish-pypi`);
  process.exit(2);
}
const dir = releaseFiles();
const count = readdirSync(dir).filter((f) => f.endsWith('.whl')).length;
console.log(
  `attestations: ${count} wheels, ${REPS} repetition(s), ${cpus().length} CPUs, load ${loadavg()[0].toFixed(2)}, node ${NODE}`,
);
const rows = [];
for (let rep = 0; rep < REPS; rep++) {
  for (const attest of [false, true]) {
    const server = await startServer();
    try {
      const result = await publish(server, dir, attest);
      rows.push({ attest, ...result });
      console.log(
        `  rep ${rep + 1} attestations=${attest}: ${result.cpu.toFixed(2)} s CPU, ${result.wall.toFixed(2)} s wall`,
      );
    } finally {
      await server.stop();
    }
  }
}
const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const base = median(rows.filter((r) => !r.attest).map((r) => r.cpu));
const signed = median(rows.filter((r) => r.attest).map((r) => r.cpu));
const added = signed - base;
console.log(
  `median CPU: without ${base.toFixed(2)} s, with attestations ${signed.toFixed(2)} s: +${added.toFixed(2)} s for ${count} files (ratio ${(signed / base).toFixed(2)}); target +${TARGET_SECONDS} s: ${added <= TARGET_SECONDS ? 'met' : 'MISSED'}`,
);
process.exit(added <= TARGET_SECONDS ? 0 : 1);
