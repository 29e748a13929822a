/**
 * `release-actions index serve` from a project's directory, as people start it: nothing is written into the
 * project, the temporary storage it prints is gone once it stops (also on a second, impatient Ctrl+C), and
 * `--storage` keeps the files.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cli, printed, startCli } from './support.js';

const work = mkdtempSync(join(tmpdir(), 'cli-serve-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function project(name: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  return dir;
}

const STORAGE = /storage (\S+) \(temporary: removed on exit; --storage keeps files\)/;

describe('index serve', () => {
  it('keeps its files in a temporary directory it prints, outside the project, removed on Ctrl+C', async () => {
    const cwd = project('plain');
    const running = await startCli(['index', 'serve', '--port', '0'], { cwd });
    const storage = (await printed(running, STORAGE))[1] as string;
    await printed(running, /descriptions: reStructuredText/);
    expect(existsSync(storage)).toBe(true);
    expect(readdirSync(cwd)).toEqual([]);
    running.signal('SIGINT');
    const result = await running.result;
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`stopped; removed ${storage}\n`);
    expect(existsSync(storage)).toBe(false);
  });

  it('removes them too when a second signal ends it at once', async () => {
    const cwd = project('impatient');
    // A slow upload holds the index open after the first signal, so the second one finds it shutting down.
    const running = await startCli(['index', 'serve', '--port', '0', '--quiet'], { cwd });
    const storage = (await printed(running, STORAGE))[1] as string;
    const url = (await printed(running, /upload URL:\s+(\S+)/))[1] as string;
    const upload = request(url, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=b', 'Content-Length': '1000000' },
    });
    upload.on('error', () => undefined);
    upload.write('--b\r\nContent-Disposition: form-data; name=":action"\r\n\r\n');
    // A read answered after the upload was sent means the index has taken the upload in.
    await fetch(url.replace(/legacy\/$/, 'simple/'));
    running.signal('SIGINT');
    await new Promise((resolve) => setTimeout(resolve, 200));
    running.signal('SIGINT');
    const result = await running.result;
    upload.destroy();
    expect(result.code).toBe(130);
    expect(existsSync(storage)).toBe(false);
  });

  it('keeps the files where --storage says', async () => {
    const cwd = project('kept');
    const running = await startCli(['index', 'serve', '--port', '0', '--storage', 'index-files'], { cwd });
    await printed(running, new RegExp(`storage ${join(cwd, 'index-files')}\\n`));
    running.signal('SIGTERM');
    expect((await running.result).code).toBe(0);
    expect(readdirSync(join(cwd, 'index-files')).length).toBeGreaterThan(0);
  });

  it('refuses a bad option value in one line, exit 2', async () => {
    const cwd = project('bad');
    for (const [args, message] of [
      [['--port', '-1'], "--port: '-1' is not a port number from 0 to 65535 (0 picks a free one)"],
      [
        ['--max-file-size', '0'],
        "--max-file-size: '0' is not a size of at least 1 byte, e.g. 100MiB, 2GiB or 1048576",
      ],
    ] as const) {
      const result = await cli(['index', 'serve', ...args], { cwd });
      expect(result).toMatchObject({ code: 2, stdout: '', stderr: `release-actions: ${message}\n` });
    }
    expect(readdirSync(cwd)).toEqual([]);
  });
});
