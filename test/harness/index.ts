/** The runner-faithful harness for action tests: the product's local-runner plus where things live here. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findRuntime, type NodeRuntime } from './runtimes.js';

export { runAction, type ActionRun, type RunActionOptions } from '../../packages/local-runner/index.js';
export type { NodeRuntime } from './runtimes.js';

/** The repository root. */
export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The built action `name` under dist/. */
export function distDir(name: string): string {
  return join(repoRoot, 'dist', name);
}

let runtimes: NodeRuntime[] | undefined;

/**
 * Node 20 and Node 24 (the `node24` runtime action.yml declares). Every action test runs under both; the
 * paths and versions are printed once per test process, so a run always says what it ran on.
 */
export function nodeRuntimes(): NodeRuntime[] {
  if (runtimes) return runtimes;
  const search = {
    platform: process.platform,
    arch: process.arch,
    env: process.env,
    repoRoot,
    execPath: process.execPath,
  };
  runtimes = [
    { label: 'node20', path: findRuntime(20, search) },
    { label: 'node24', path: findRuntime(24, search) },
  ];
  process.stderr.write(
    `action bundles run under ${runtimes.map((r) => `${r.label} = ${r.path}`).join(', ')}\n`,
  );
  return runtimes;
}
