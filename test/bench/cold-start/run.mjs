// Cold start of each bundled action under Node 24, the runtime action.yml declares: the time from spawning
// `node dist/<name>/index.js` to its exit when it has no work to do (an input it refuses at once), against
// `node -e 0` measured in the same run, interleaved. Target: within 1.3× of `node -e 0`.
// Usage: node test/bench/cold-start/run.mjs [--reps N] [--node FILE]   (after npm run build)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { flag, node24, ROOT } from '../common.mjs';

const REPS = Number(flag('--reps', '30'));
const NODE = flag('--node', node24());
const TARGET = 1.3;

// An input each action checks before doing anything, given a value it refuses: the run is load + refuse.
const NO_WORK = {
  'build-wheel-matrix': { INPUT_PURE: 'bogus' },
  'collect-artifacts': {}, // no ACTIONS_RUNTIME_TOKEN: refused before the artifact client loads
  'compute-dev-version': {}, // no GITHUB_WORKSPACE: refused before git runs
  'gate-all-jobs': {}, // no jobs to judge: answers at once
  'publish-pypi': { INPUT_CONCURRENCY: '0' },
  'verify-pypi': { INPUT_INTERVAL: '0' },
};

const actions = readdirSync(join(ROOT, 'dist'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(join(ROOT, 'dist', entry.name, 'action.yml')))
  .map((entry) => entry.name);
const work = mkdtempSync(join(tmpdir(), 'cold-start-'));
const baseEnv = { PATH: process.env.PATH ?? '', SYSTEMROOT: process.env.SYSTEMROOT ?? '' };

function time(commandArgs, env) {
  const started = process.hrtime.bigint();
  const result = spawnSync(NODE, commandArgs, { cwd: work, env, stdio: 'ignore' });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  return ms;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const samples = { 'node -e 0': [] };
for (const name of actions) samples[name] = [];
// Warm the file cache, then interleave so that drift on a shared machine hits every subject alike.
time(['-e', '0'], baseEnv);
for (const name of actions) time([join(ROOT, 'dist', name, 'index.js')], { ...baseEnv, ...NO_WORK[name] });
for (let rep = 0; rep < REPS; rep++) {
  samples['node -e 0'].push(time(['-e', '0'], baseEnv));
  for (const name of actions)
    samples[name].push(time([join(ROOT, 'dist', name, 'index.js')], { ...baseEnv, ...NO_WORK[name] }));
}
rmSync(work, { recursive: true, force: true });

const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
const base = median(samples['node -e 0']);
const baseMin = Math.min(...samples['node -e 0']);
const load = loadavg()[0].toFixed(2);
console.log(`cold start under node ${version}, ${REPS} runs each: median (min); load average ${load}`);
console.log(`  ${'node -e 0'.padEnd(22)} ${base.toFixed(1).padStart(7)} ms (${baseMin.toFixed(1)})`);
let over = 0;
for (const name of actions) {
  const ms = median(samples[name]);
  const min = Math.min(...samples[name]);
  const ratio = ms / base;
  if (ratio > TARGET) over++;
  console.log(
    `  ${name.padEnd(22)} ${ms.toFixed(1).padStart(7)} ms (${min.toFixed(1)})  ${ratio.toFixed(2)}× node -e 0` +
      ` (${(min / baseMin).toFixed(2)}× by min; target ≤ ${TARGET}×)${ratio > TARGET ? '  over' : ''}`,
  );
}
process.exit(over > 0 ? 1 : 0);
