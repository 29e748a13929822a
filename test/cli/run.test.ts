/**
 * `release-actions run` as people run it (the built CLI in its own process, under Node 20 and 24): the log as
 * it comes, a timeout that shows what was logged, Ctrl+C, `--json` for scripts, and GITHUB_REF from the
 * checkout.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeRuntimes } from '../harness/index.js';
import { startTestIndex } from '../support/test-index.js';
import { GitRepo } from '../support/git-repo.js';
import { makeDists } from '../local-index/support/index-helpers.js';
import { cli, printed, startCli, writeAction } from './support.js';

const work = mkdtempSync(join(tmpdir(), 'cli-run-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Whether `pid` still runs a few seconds on (a killed process lingers until it is reaped). */
async function stillAlive(pid: number): Promise<boolean> {
  for (let tries = 0; tries < 100; tries++) {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
}

describe.each(nodeRuntimes())('run under $label', ({ label, path: node }) => {
  const dir = join(work, label);

  it('shows the log while the action runs, groups and annotations readable, debug lines on request', async () => {
    const release = join(dir, 'release');
    const action = await writeAction(join(dir, 'live'), [
      "import { appendFileSync, existsSync } from 'node:fs';",
      "console.log('::group::Waiting');",
      "console.log('::debug::a detail');",
      "console.log('first line');",
      `while (!existsSync(${JSON.stringify(release)})) await new Promise((r) => setTimeout(r, 20));`,
      "console.log('::warning file=a.py,line=2::careful');",
      "appendFileSync(process.env.GITHUB_OUTPUT, 'said=hi\\n');",
    ]);
    const running = await startCli(['run', action, '--debug'], { cwd: dir, node });
    // The action waits for this file, so it can only end if its first line is shown while it runs.
    await printed(running, /first line/);
    expect(running.output()).toContain('▸ Waiting\ndebug: a detail\nfirst line\n');
    await writeFile(release, '');
    const result = await running.result;
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^== run .*live on refs\/heads\/main \(not a git checkout, so a guess; give --ref to choose\) at 000000000000\n/,
    );
    expect(result.stdout).toContain('warning (a.py:2): careful\n\n== outputs\nsaid=hi\n');
    expect(result.stdout).toMatch(/live succeeded \(\d+\.\d s\)\n$/);
    const quiet = await cli(['run', action], { cwd: dir, node, env: {} });
    expect(quiet.stdout).not.toContain('debug: a detail');
  });

  it('shows what was logged when --timeout stops it, then exits 1', async () => {
    const action = await writeAction(join(dir, 'stuck'), [
      "console.log('still waiting for the index');",
      'setInterval(() => {}, 1000);',
    ]);
    const result = await cli(['run', action, '--timeout', '1'], { cwd: dir, node });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('still waiting for the index\n');
    expect(result.stdout).toMatch(
      /stuck did not finish within --timeout 1\.0 s and was stopped, with every process it started/,
    );
  });

  it('stops the action and everything it started on Ctrl+C, and exits 130', async () => {
    const pidFile = join(dir, 'child.pid');
    const action = await writeAction(join(dir, 'sleeper'), [
      "import { spawn } from 'node:child_process';",
      "import { writeFileSync } from 'node:fs';",
      "const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' });",
      `writeFileSync(${JSON.stringify(pidFile)}, String(child.pid));`,
      "console.log('started');",
      'setInterval(() => {}, 1000);',
    ]);
    const running = await startCli(['run', action], { cwd: dir, node });
    await printed(running, /started/);
    const grandchild = Number(await readFile(pidFile, 'utf8'));
    running.signal('SIGINT');
    const result = await running.result;
    expect(result.code).toBe(130);
    expect(result.stdout).toMatch(/sleeper was interrupted and stopped, with every process it started/);
    expect(await stillAlive(grandchild)).toBe(false);
  });

  it('writes one JSON object to stdout with --json, and the log to stderr', async () => {
    const action = await writeAction(
      join(dir, 'json'),
      [
        "import { appendFileSync, readFileSync } from 'node:fs';",
        "console.log('working');",
        "const payload = JSON.parse(readFileSync(process.env.GITHUB_EVENT_PATH, 'utf8'));",
        'const said = `${process.env.INPUT_GREETING} on ${process.env.GITHUB_EVENT_NAME} ${payload.action}`;',
        'appendFileSync(process.env.GITHUB_OUTPUT, `said<<X\\n${said}\\nline 2\\nX\\n`);',
        "appendFileSync(process.env.GITHUB_ENV, 'EXPORTED=yes\\n');",
        "appendFileSync(process.env.GITHUB_STEP_SUMMARY, '## Done\\n');",
        'process.exitCode = 4;',
      ],
      ['greeting'],
    );
    const sha = 'a'.repeat(40);
    const payload = join(dir, 'event.json');
    await writeFile(payload, JSON.stringify({ action: 'published' }));
    const result = await cli(
      [
        'run',
        action,
        '--json',
        '--ref',
        'refs/tags/v2.0.0',
        '--sha',
        sha,
        '--input',
        'greeting=hi',
        '--event',
        'release',
        '--event-payload',
        payload,
      ],
      {
        cwd: dir,
        node,
      },
    );
    expect(result.code).toBe(4);
    const json = JSON.parse(result.stdout) as Record<string, unknown>;
    expect(json).toEqual({
      action,
      ref: 'refs/tags/v2.0.0',
      sha,
      result: 'failed',
      'exit-code': 4,
      'duration-ms': expect.any(Number),
      outputs: { said: 'hi on release published\nline 2' },
      env: { EXPORTED: 'yes' },
      summary: '## Done\n',
    });
    expect(result.stderr).toContain('working\n');
    expect(result.stderr).toMatch(/json failed with exit code 4/);
  });

  it('refuses a bad command line with exit 2 before running anything', async () => {
    const action = await writeAction(join(dir, 'typo'), ["console.log('ran');"], ['greeting']);
    const typo = await cli(['run', action, '--input', 'greting=hi'], { cwd: dir, node });
    expect(typo).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `release-actions: --input: ${action} has no input 'greting'; it takes greeting\n`,
    });
    const missing = await cli(['run', 'no-such-action'], { cwd: dir, node });
    expect(missing.code).toBe(2);
    const looked = /looked for action\.yml in (.*)\); give/.exec(missing.stderr)?.[1]?.split(', ') ?? [];
    expect(looked).toEqual([...new Set(looked)]);
    expect(looked).toContain(join(dir, 'no-such-action'));
  });
});

describe('run takes GITHUB_REF from the checkout', () => {
  const repo = GitRepo.create('[project]\nname = "demo"\ndynamic = ["version"]\n\n[tool.setuptools_scm]\n');
  repo.git('checkout', '-q', '-b', 'master');
  repo.commit(2).tag('v1.5.0').commit(3);
  afterAll(() => rmSync(repo.dir, { recursive: true, force: true }));

  it('a branch: a dev release from that branch', async () => {
    const result = await cli(['run', 'compute-dev-version', '--json'], { cwd: repo.dir });
    const json = JSON.parse(result.stdout) as { ref: string; sha: string; outputs: Record<string, string> };
    expect(json.ref).toBe('refs/heads/master');
    expect(json.sha).toBe(repo.head());
    expect(json.outputs).toMatchObject({
      version: '1.5.1.dev3',
      'publish-reason': 'dev release from branch master',
    });
  });

  it('a detached HEAD at a version tag: that release', async () => {
    // A tag checkout as actions/checkout makes one for a tag push: a fresh clone, HEAD detached at the tag.
    const tagged = join(work, 'tag-checkout');
    execFileSync('git', ['clone', '-q', repo.dir, tagged]);
    execFileSync('git', ['checkout', '-q', 'v1.5.0'], { cwd: tagged });
    const result = await cli(['run', 'compute-dev-version', '--workspace', tagged], { cwd: work });
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(
      /^== run compute-dev-version on refs\/tags\/v1\.5\.0 \(HEAD is detached at version tag v1\.5\.0\)/,
    );
    expect(result.stdout).toContain('\nversion=1.5.0\n');
  });
});

describe('run verify-pypi for a release the index lacks', () => {
  it('shows each look at the index as it happens, and stops on Ctrl+C', async () => {
    const project = join(work, 'lacking');
    await mkdir(join(project, 'dist'), { recursive: true });
    await makeDists([{ name: 'lacking', version: '1.0' }], join(project, 'dist'));
    const index = await startTestIndex();
    try {
      const running = await startCli(
        [
          'run',
          'verify-pypi',
          '--input',
          `repository-url=${index.uploadUrl}`,
          '--input',
          'interval=1',
          '--timeout',
          '30',
        ],
        { cwd: project },
      );
      await printed(running, /poll 2 after/);
      running.signal('SIGINT');
      const result = await running.result;
      expect(result.code).toBe(130);
      expect(result.stdout).toMatch(/poll 1 after 0 s: 0\/1 files served with the right hash/);
      expect(existsSync(join(project, '.release-actions'))).toBe(false);
    } finally {
      await index.stop();
    }
  });
});
