/**
 * `release-actions` as a person runs it, in its own process: `index serve` prints its URLs, serves twine,
 * stops cleanly on SIGINT/SIGTERM, says in one line what is wrong. (`run` and the rest of the CLI: test/cli.)
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
