/**
 * `release-actions` as a person runs it, in its own process: `index serve` prints its URLs, serves twine,
 * stops cleanly on SIGINT/SIGTERM, says in one line what is wrong; `run` runs an action as the runner does.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo } from '../support/git-repo.js';
import { cliCommand, NODE24, startChildIndex } from './support/child-index.js';
import { freshVenv, get, makeDists, runProcess, twineUpload } from './support/index-helpers.js';

let work: string;

function cli(args: string[], env: NodeJS.ProcessEnv = {}): ReturnType<typeof runProcess> {
  const { command, args: full } = cliCommand(args);
  return runProcess(command, full, env, 120_000);
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-cli-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('index serve', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)(
    'serves twine with a token, never prints it, and stops on %s',
    async (signal) => {
      const storage = await mkdtemp(join(work, 'serve-'));
      const index = await startChildIndex(storage, ['--token', 'very-secret-token']);
      try {
        expect(index.output()).toMatch(/upload URL:\s+http:\/\/127\.0\.0\.1:\d+\/legacy\//);
        expect(index.output()).toMatch(/simple index URL:\s+http:\/\/127\.0\.0\.1:\d+\/simple\//);
        const [wheel] = await makeDists(
          [{ name: 'served', version: '1.0' }],
          await mkdtemp(join(work, 'd-')),
        );
        expect(
          (await twineUpload(index.uploadUrl, [wheel as string], { password: 'very-secret-token' })).code,
        ).toBe(0);
      } finally {
        index.child.kill(signal);
      }
      expect(await index.exited).toEqual({ code: 0, signal: null });
      expect(index.output()).toContain('stopped');
      expect(index.output()).not.toContain('very-secret-token');
    },
  );

  it('runs under Node 24 too: twine uploads, pip installs, a restart keeps the files', async () => {
    const storage = await mkdtemp(join(work, 'node24-'));
    const [wheel] = await makeDists(
      [{ name: 'on-node24', version: '2.4.0' }],
      await mkdtemp(join(work, 'd24-')),
    );
    const first = await startChildIndex(storage, [], NODE24);
    try {
      expect((await twineUpload(first.uploadUrl, [wheel as string])).code).toBe(0);
      expect(
        await runProcess('/bin/cat', [`/proc/${first.child.pid}/cmdline`]).then(
          (r) => r.stdout.split('\0')[0],
        ),
      ).toBe(NODE24);
    } finally {
      first.child.kill('SIGTERM');
    }
    expect(await first.exited).toEqual({ code: 0, signal: null });
    const second = await startChildIndex(storage, [], NODE24);
    const venv = await freshVenv();
    try {
      expect((await get(`${second.simpleUrl}on-node24/`)).status).toBe(200);
      const installed = await venv.pip(['install', '--index-url', second.simpleUrl, 'on-node24==2.4.0']);
      expect(installed.code).toBe(0);
    } finally {
      await venv.remove();
      second.child.kill('SIGINT');
      await second.exited;
    }
  });

  it('says in one line that the port is in use', async () => {
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const result = await cli(['index', 'serve', '--port', String(port), '--storage', join(work, 'busy')]);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `release-actions: port ${port} on 127.0.0.1 is already in use; choose another with --port (0 picks a free one)\n`,
      );
    } finally {
      server.close();
    }
  });

  it('says in one line that the storage directory is not writable', async () => {
    const file = join(work, 'a-file');
    await writeFile(file, 'not a directory');
    const result = await cli(['index', 'serve', '--port', '0', '--storage', join(file, 'index')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `release-actions: storage directory ${join(file, 'index')} is not writable (ENOTDIR); choose another with --storage\n`,
    );
  });
});

describe('run', () => {
  it('runs an action directory under the runner’s contract and prints what it left', async () => {
    const action = join(work, 'echo-action');
    await mkdir(action, { recursive: true });
    await writeFile(
      join(action, 'action.yml'),
      [
        'name: Echo',
        'description: Echoes its input',
        'inputs:',
        '  greeting:',
        '    description: what to say',
        '    required: true',
        '  who:',
        '    description: to whom',
        '    default: world',
        'outputs:',
        '  said:',
        '    description: what was said',
        'runs:',
        '  using: node20',
        '  main: index.cjs',
        '',
      ].join('\n'),
    );
    await writeFile(
      join(action, 'index.cjs'),
      [
        "const fs = require('node:fs');",
        'const said = `${process.env.INPUT_GREETING}, ${process.env.INPUT_WHO} (${process.env.GITHUB_REF}, ${process.env.GITHUB_EVENT_NAME})`;',
        'fs.appendFileSync(process.env.GITHUB_OUTPUT, `said=${said}\\n`);',
        'fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, `### Said\\n${said}\\n`);',
        "console.log('saying it');",
        "if (process.env.INPUT_GREETING === 'fail') { console.log('::error::asked to fail'); process.exitCode = 3; }",
        '',
      ].join('\n'),
    );
    const ok = await cli([
      'run',
      action,
      '--input',
      'greeting=hello',
      '--ref',
      'refs/tags/v1.0.0',
      '--event',
      'release',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('== outputs\nsaid=hello, world (refs/tags/v1.0.0, release)\n');
    expect(ok.stdout).toContain('== summary\n### Said\nhello, world (refs/tags/v1.0.0, release)\n');
    expect(ok.stdout).toContain('saying it');
    expect(ok.stdout).toMatch(/echo-action succeeded in \d+\.\ds\n$/);

    const failed = await cli(['run', action, '--input', 'greeting=fail']);
    expect(failed.code).toBe(3);
    expect(failed.stdout).toMatch(/failed with exit code 3/);

    const typo = await cli(['run', action, '--input', 'greting=hi']);
    expect(typo.code).toBe(1);
    expect(typo.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(typo.stderr).toContain('greting');
  });

  it('finds a bundled action by name and runs it', async () => {
    const repo = GitRepo.create('[project]\nname = "demo"\ndynamic = ["version"]\n');
    repo.commit(1);
    repo.git('tag', 'v1.4.0');
    const result = await cli([
      'run',
      'compute-dev-version',
      '--workspace',
      repo.dir,
      '--ref',
      'refs/tags/v1.4.0',
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('version=1.4.0\n');
    expect(result.stdout).toContain('SETUPTOOLS_SCM_PRETEND_VERSION=1.4.0');
  });
});
