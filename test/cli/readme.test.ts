/**
 * The README's commands, run verbatim as a new user would: put `release-actions` on PATH from a clone (under
 * Node 20) and from a release tree (under Node 24), then rehearse a release from a Python project with git:
 * version, build, publish to the local index, verify. The commands are read from README.md (the blocks marked
 * `<!-- readme-test: … -->`), so the README cannot drift from what works. The one change: port 8080 becomes a
 * free one, as other tests may be listening here.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runProcess, startProcess } from '../../packages/process/index.js';
import { nodeRuntimes, repoRoot } from '../harness/index.js';

/** The shell blocks of README.md marked for this test, by name. */
export function readmeBlocks(markdown: string): Record<string, string> {
  const blocks: Record<string, string> = {};
  for (const match of markdown.matchAll(/<!-- readme-test: ([\w-]+) -->\s*```sh\n([\s\S]*?)```/g))
    blocks[match[1] as string] = match[2] as string;
  return blocks;
}

const README = readmeBlocks(readFileSync(join(repoRoot, 'README.md'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'cli-readme-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
};

/** A Python project in git on branch master: tagged v1.4.0, two commits on. */
function pythonProject(dir: string): string {
  cpSync(join(repoRoot, 'test', 'cli', 'fixtures', 'rehearsal-project'), dir, { recursive: true });
  const git = (...args: string[]) =>
    execFileSync('git', args, { cwd: dir, env: { ...process.env, ...GIT_ENV } });
  git('init', '-q', '-b', 'master');
  git('add', '-A');
  git('commit', '-q', '-m', 'first');
  git('tag', '-a', 'v1.4.0', '-m', 'v1.4.0');
  for (const n of [1, 2]) git('commit', '-q', '--allow-empty', '-m', `change ${n}`);
  return dir;
}

/** A machine with nothing but node, npm, git and Python: a fresh HOME, npm's global prefix in the sandbox, offline. */
function freshMachine(root: string, node: string): NodeJS.ProcessEnv {
  const prefix = join(root, 'npm-prefix');
  return {
    HOME: join(root, 'home'),
    PATH: [join(prefix, 'bin'), dirname(node), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
    LANG: 'C.UTF-8',
    ...GIT_ENV,
    npm_config_prefix: prefix,
    npm_config_cache: join(root, 'npm-cache'),
    // Proves the install needs no network at all.
    npm_config_offline: 'true',
    npm_config_update_notifier: 'false',
    npm_config_fund: 'false',
    npm_config_audit: 'false',
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The words of a block holding one simple command (no quotes or shell syntax, so splitting is what sh does). */
function simpleCommand(block: string): string[] {
  const lines = block.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('#'));
  expect(lines).toHaveLength(1);
  expect(lines[0]).not.toMatch(/['"$`\\|&;<>(){}*?]/);
  return (lines[0] as string).trim().split(/\s+/);
}

function sh(script: string, cwd: string, env: NodeJS.ProcessEnv) {
  return runProcess('/bin/sh', ['-e', '-c', script], { cwd, env, timeoutMs: 300_000 });
}

describe('the README', () => {
  it('marks the blocks this test runs', () => {
    expect(Object.keys(README).sort()).toEqual(['demo', 'install', 'release', 'serve', 'version']);
    for (const block of Object.values(README)) expect(block).not.toContain('node dist/');
  });

  it.concurrent(
    'its first command, from the clone, rehearses the sample release for a tag and then a push to main',
    async () => {
      // The machine's own python3 (Debian's, which has build), not a version manager's shim before it on PATH:
      // the template's `pip install build` is then satisfied offline. pip gives up on an unreachable index at
      // once, where the builds look for nothing they lack.
      const demo = await sh(README['demo'] as string, repoRoot, {
        ...process.env,
        PATH: [dirname(process.execPath), '/usr/local/bin', '/usr/bin', '/bin'].join(':'),
        PIP_RETRIES: '0',
      });
      expect(demo.stdout.match(/^rehearsal passed: every job that ran is green$/gm)).toHaveLength(2);
      expect(demo.stdout).toContain('refs/tags/v1.0.0 at');
      expect(demo.stdout).toContain('refs/heads/main at');
      expect(demo.stdout).toContain('Demo done: 1.0.0 and 1.0.1.dev1 were published and verified');
      expect(demo.code).toBe(0);
    },
    300_000,
  );

  const [node20, node24] = nodeRuntimes();
  it.concurrent.each([
    { from: 'a clone', runtime: node20, tree: repoRoot },
    { from: 'a release tree', runtime: node24, tree: join(repoRoot, 'dist') },
  ])(
    'from $from under $runtime.label: install, then version, build, publish and verify a Python project',
    async ({ from, runtime, tree }) => {
      const root = join(work, from.replace(/ /g, '-'));
      mkdirSync(join(root, 'home'), { recursive: true });
      // Where the README's install command expects it: ./release-actions beside the user's other checkouts.
      if (tree === repoRoot) symlinkSync(tree, join(root, 'release-actions'));
      else cpSync(tree, join(root, 'release-actions'), { recursive: true });
      const env = freshMachine(root, runtime?.path as string);
      const install = await sh(README['install'] as string, root, env);
      expect(install.stderr).not.toMatch(/npm error/);
      expect(install.code).toBe(0);
      const which = await sh('command -v release-actions && node --version', root, env);
      const [installed, nodeVersion] = which.stdout.trim().split('\n');
      expect(installed).toBe(join(root, 'npm-prefix', 'bin', 'release-actions'));
      expect(nodeVersion?.startsWith(`v${runtime?.label.slice('node'.length)}.`)).toBe(true);

      const project = pythonProject(join(root, 'my-project'));
      const version = await sh(README['version'] as string, project, env);
      expect(version.code).toBe(0);
      expect(version.stdout).toMatch(
        /^== run compute-dev-version on refs\/heads\/master \(the checked-out branch\)/,
      );
      expect(version.stdout).toContain('\nversion=1.4.1.dev2\n');
      expect(version.stdout).toContain('\npublish-reason=dev release from branch master\n');

      const port = String(await freePort());
      const withPort = (block: string) => block.replace(/\b8080\b/g, port);
      const [command, ...args] = simpleCommand(withPort(README['serve'] as string));
      const serve = await startProcess(command as string, args, { cwd: project, env, timeoutMs: 300_000 });
      try {
        const release = await sh(withPort(README['release'] as string), project, env);
        expect(release.stderr).toMatch(/compute-dev-version succeeded/);
        expect(release.stdout).toMatch(/publish-pypi succeeded/);
        expect(release.stdout).toMatch(/verify-pypi succeeded/);
        expect(release.code).toBe(0);
        expect(readdirSync(join(project, 'dist')).sort()).toEqual([
          'rehearsal_demo-1.4.1.dev2-py3-none-any.whl',
          'rehearsal_demo-1.4.1.dev2.tar.gz',
        ]);
        expect(release.stdout).toContain('result | ✅ installs and imports');
      } finally {
        serve.signal('SIGINT'); // Ctrl+C in the index's terminal
      }
      const served = await serve.result;
      expect(served.code).toBe(0);
      const storage = /storage (\S+) \(temporary/.exec(served.stdout)?.[1] as string;
      expect(served.stdout).toMatch(/POST \/legacy\/ 200/);
      expect(existsSync(storage)).toBe(false);
      expect(existsSync(join(project, '.release-actions'))).toBe(false);
    },
    300_000,
  );
});
