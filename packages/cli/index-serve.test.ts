import { afterAll, describe, expect, it } from '@jest/globals';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './cli.js';
import { parseCommandLine } from './command-line.js';
import { INDEX_SERVE_OPTIONS, serveSettings } from './index-serve-options.js';

const work = mkdtempSync(join(tmpdir(), 'serve-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const settings = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  serveSettings(parseCommandLine('index serve', args, INDEX_SERVE_OPTIONS), env, '/project');

describe('index serve settings', () => {
  it('has defaults a person can rehearse with, and no storage of its own choosing', async () => {
    expect(await settings([])).toEqual({
      options: { host: '127.0.0.1', port: 8080 },
      storageDir: undefined,
      quiet: false,
    });
  });

  it('reads every option, and the token from the environment', async () => {
    const args = ['--host', '0.0.0.0', '--port', '0', '--storage', 'idx', '--max-file-size', '2GiB'];
    args.push(
      '--faults',
      'rate=0.5,seed=3,kinds=503',
      '--visibility-delay',
      '1500',
      '--simple-formats',
      'html',
    );
    args.push('--oidc-audience', 'testpypi', '--quiet');
    args.push('--max-uploads', '4', '--idle-timeout', '2.5', '--request-timeout', '30');
    expect(await settings(args, { RELEASE_ACTIONS_INDEX_TOKEN: 'from-env' })).toEqual({
      quiet: true,
      storageDir: '/project/idx',
      options: {
        host: '0.0.0.0',
        port: 0,
        token: 'from-env',
        maxFileSize: 2 * 1024 ** 3,
        faults: { rate: 0.5, seed: 3, kinds: ['503'] },
        visibilityDelayMs: 1500,
        simpleFormats: 'html',
        oidcAudience: 'testpypi',
        maxConcurrentUploads: 4,
        idleTimeoutMs: 2500,
        requestTimeoutMs: 30_000,
      },
    });
  });
});

describe('index serve', () => {
  it('keeps its files in a temporary directory it prints, says what it cannot check, and removes them on stop', async () => {
    const stop = new AbortController();
    let out = '';
    const io = {
      out: (text: string) => {
        out += text;
      },
      err: (text: string) => {
        out += text;
      },
    };
    const project = join(work, 'project');
    const tempDir = join(work, 'tmp');
    mkdirSync(project);
    mkdirSync(tempDir);
    const exited = runCli(['index', 'serve', '--port', '0', '--quiet'], io, {
      stop: stop.signal,
      cwd: project,
      tempDir,
    });
    while (!/Press Ctrl\+C to stop\.\n[\s\S]*descriptions: /.test(out))
      await new Promise((r) => setTimeout(r, 20));
    const storage =
      /storage (\S+) \(temporary: removed on exit; --storage keeps files\)/.exec(out)?.[1] ?? '';
    expect(out.split('\n')[0]).toBe(
      `release-actions local index, storage ${storage} (temporary: removed on exit; --storage keeps files)`,
    );
    expect(storage.startsWith(join(tempDir, 'release-actions-index-'))).toBe(true);
    expect(readdirSync(storage).length).toBeGreaterThan(0);
    expect(readdirSync(project)).toEqual([]);
    expect(out).toMatch(/\ndescriptions: reStructuredText (rendered with readme_renderer|is NOT checked)/);
    stop.abort();
    expect(await exited).toBe(0);
    expect(existsSync(storage)).toBe(false);
    expect(out).toContain(`stopped; removed ${storage}\n`);
    expect(readdirSync(tempDir)).toEqual([]);
    expect(readdirSync(project)).toEqual([]);
  });
});
