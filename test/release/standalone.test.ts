// Each action directory of the release tree runs on its own, as `uses: <owner>/release-actions/<name>@v1` runs
// it: the release commit scripts/release-tree.mjs makes, extracted from git (as GitHub serves a tag's tree)
// into a temporary directory with no node_modules above it, each bundle run there by the runner-faithful
// harness under Node 20 and 24. Every action starts and ends with success or one clear error; the known
// ones do real work that loads their on-demand chunks (the index transport, the GitHub client).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { cp, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runChecked, runProcess } from '../../packages/process/index.js';
import { PROJECTS_DIR } from '../fixtures/build.js';
import { nodeRuntimes, repoRoot, runAction, type ActionRun } from '../harness/index.js';
import { Scenario } from '../job-gate/scenario.js';
import { releaseDir } from '../publish/support.js';
import { startGithubApi } from '../support/github-api/server.js';
import { GitRepo } from '../support/git-repo.js';
import { startTestIndex, type TestIndex } from '../support/test-index.js';
import { releaseTree, sourceRepository } from './support.js';

const TOKEN = 'pypi-AgEIcHlwaS5vcmcCJDk5ZjNhYzY3LXN0YW5kYWxvbmUtdGVzdA';
const GITHUB_TOKEN = 'ghs_StandaloneStandaloneStandalone00';

let root = '';
let tree = '';
let actionNames: string[] = [];
beforeAll(async () => {
  const source = sourceRepository();
  try {
    const repo = new GitRepo(source.dir);
    repo.git('tag', 'v1.0.0');
    const made = await releaseTree(source.dir, 'v1.0.0');
    expect(made.stderr).toBe('');
    root = await mkdtemp(join(tmpdir(), 'release-standalone-'));
    tree = join(root, 'release-actions-v1.0.0');
    await mkdir(tree);
    const archive = join(root, 'tree.tar');
    await runChecked('git', ['-C', source.dir, 'archive', '--format=tar', '-o', archive, 'v1']);
    await runChecked('tar', ['-xf', archive, '-C', tree]);
  } finally {
    source.remove();
  }
  actionNames = (await readdir(tree)).filter((name) => existsSync(join(tree, name, 'action.yml'))).sort();
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

/** Directories from `dir` up to the file system root that hold a node_modules. */
function nodeModulesAbove(dir: string): string[] {
  const found: string[] = [];
  for (let at = dir; ; at = dirname(at)) {
    if (existsSync(join(at, 'node_modules'))) found.push(at);
    if (dirname(at) === at) return found;
  }
}

function run(
  node: string,
  name: string,
  options: Partial<Parameters<typeof runAction>[0]> = {},
): Promise<ActionRun> {
  // isolate: false runs the bundle where it lies in the extracted tree, not from a copy.
  return runAction({ actionDir: join(tree, name), node, isolate: false, timeoutMs: 60_000, ...options });
}

const errors = (result: ActionRun) =>
  result.commands.filter((c) => c.command === 'error').map((c) => c.message);

it('the tree is the release commit of dist/, alone in a directory with no node_modules above it', async () => {
  expect(nodeModulesAbove(tree)).toEqual([]);
  expect(actionNames).toEqual(
    expect.arrayContaining(['build-wheel-matrix', 'compute-dev-version', 'publish-pypi']),
  );
  // The chunks loaded on demand too, whatever numbers this build gave them.
  expect((await readdir(join(tree, 'publish-pypi'))).sort()).toEqual(
    (await readdir(join(repoRoot, 'dist', 'publish-pypi'))).sort(),
  );
  expect(existsSync(join(tree, 'dist'))).toBe(false);
});

it("the tree's command finds the suite's templates itself: an installed tree has no clone beside it", async () => {
  const repo = GitRepo.create('[project]\nname = "demo"\ndynamic = ["version"]\n').commit();
  const tried = await runProcess(
    process.execPath,
    [join(tree, 'cli', 'index.js'), 'rehearse', repo.dir, '--template', 'pure-release.yml'],
    { cwd: repo.dir, timeoutMs: 60_000 },
  );
  // Past finding the template (a missing one exits 2), to the project's first problem: nothing to release.
  expect(tried.stderr).not.toContain('no workflow');
  expect(tried.stderr).toMatch(/has no v\* tag/);
  expect(tried.code).toBe(1);
});

describe.each(nodeRuntimes())('under $label', ({ path: node }) => {
  it('every action starts in an empty workspace and ends with success or one clear error, never a crash', async () => {
    for (const name of actionNames) {
      const result = await run(node, name);
      expect([name, result.timedOut, result.signal]).toEqual([name, false, null]);
      expect([name, result.stderr]).not.toEqual([name, expect.stringMatching(/ERR_|^\s+at /m)]);
      if (result.exitCode !== 0) expect([name, result.exitCode, errors(result).length]).toEqual([name, 1, 1]);
    }
  });

  it('compute-dev-version computes a dev version in a real repository', async () => {
    const repo = GitRepo.create('[project]\nname = "demo"\ndynamic = ["version"]\n')
      .commit()
      .tag('v1.0.0')
      .commit();
    const result = await run(node, 'compute-dev-version', { workspace: repo.dir });
    expect(errors(result)).toEqual([]);
    expect(result.outputs['version']).toBe('1.0.1.dev1');
  });

  it('build-wheel-matrix plans a pure project', async () => {
    const workspace = await mkdtemp(join(root, 'pure-'));
    await cp(join(PROJECTS_DIR, 'pure'), workspace, { recursive: true });
    const result = await run(node, 'build-wheel-matrix', { workspace });
    expect(errors(result)).toEqual([]);
    expect(JSON.parse(result.outputs['matrix'] ?? '{}').include).toHaveLength(1);
  });

  it('gate-all-jobs waits for a job through the GitHub API (its client loads on demand)', async () => {
    const scenario = new Scenario({ attempts: [[{ name: 'build', state: 'success' }]] });
    const api = await startGithubApi({ state: scenario.state, token: GITHUB_TOKEN });
    try {
      const result = await run(node, 'gate-all-jobs', {
        inputs: { 'wait-for': 'build', 'poll-interval': '1' },
        env: { ...scenario.env(), GITHUB_API_URL: api.url, GITHUB_TOKEN },
      });
      expect(errors(result)).toEqual([]);
      expect(result.outputs['result']).toBe('success');
      expect(api.problems).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('publish-pypi uploads and verify-pypi verifies against an index (the transport loads on demand)', async () => {
    const index: TestIndex = await startTestIndex({ token: TOKEN });
    const { dir } = await releaseDir({ wheels: 1 });
    try {
      const env = { NO_PROXY: '127.0.0.1', PIP_CONFIG_FILE: '/dev/null' };
      const published = await run(node, 'publish-pypi', {
        inputs: { 'repository-url': index.uploadUrl, password: TOKEN, 'packages-dir': dir },
        env,
      });
      expect(errors(published)).toEqual([]);
      expect(published.outputs['uploaded']).toBe('2');
      const verified = await run(node, 'verify-pypi', {
        inputs: {
          'repository-url': index.uploadUrl,
          'packages-dir': dir,
          'install-check': 'false',
          timeout: '20',
        },
        env,
      });
      expect(errors(verified)).toEqual([]);
      expect(verified.outputs['verified']).toBe('true');
    } finally {
      await index.stop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
