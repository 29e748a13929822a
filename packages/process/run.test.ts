import { describe, expect, it } from '@jest/globals';
import { mkdtemp, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  describeExit,
  ProcessError,
  ProcessFailedError,
  runChecked,
  runProcess,
  startProcess,
} from './index.js';

describe('runProcess', () => {
  it('collects stdout and stderr and streams each line', async () => {
    const lines: string[] = [];
    const result = await runProcess(
      process.execPath,
      ['-e', 'console.log("one\\ntwo"); console.error("three"); process.exitCode = 3'],
      { onLine: (line, stream) => lines.push(`${stream}:${line}`) },
    );
    expect(result).toMatchObject({
      code: 3,
      signal: null,
      timedOut: false,
      stdout: 'one\ntwo\n',
      stderr: 'three\n',
    });
    expect(lines.sort()).toEqual(['stderr:three', 'stdout:one', 'stdout:two']);
    expect(describeExit(result)).toBe('exited with code 3');
  });

  it('finds a program on the PATH it is given, and passes arguments through unchanged', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'process-path-'));
    await writeFile(join(dir, 'echo-args'), '#!/bin/sh\nfor a in "$@"; do printf "[%s]" "$a"; done\n');
    await chmod(join(dir, 'echo-args'), 0o755);
    const result = await runProcess('echo-args', ['a b', '"q"', '$HOME', ''], {
      env: { PATH: dir },
    });
    expect(result.stdout).toBe('[a b]["q"][$HOME][]');
  });

  it('says the same thing for a program missing from PATH or from its path, with the caller’s hint', async () => {
    await expect(runProcess('no-such-program-here', [], { hint: 'install it' })).rejects.toThrow(
      new ProcessError(
        'not-found',
        'no-such-program-here',
        "'no-such-program-here' was not found on PATH: install it",
      ),
    );
    const error = await runProcess('/nowhere/python3', []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProcessError);
    expect((error as ProcessError).message).toBe("'/nowhere/python3' was not found at /nowhere/python3");
    expect((error as ProcessError).kind).toBe('not-found');
  });

  it('refuses a file without an execute bit as not found, as a shell would', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'process-noexec-'));
    await writeFile(join(dir, 'tool'), '#!/bin/sh\n');
    await expect(runProcess('tool', [], { env: { PATH: dir } })).rejects.toThrow(
      "'tool' was not found on PATH",
    );
  });

  // Issue 19 item 5: the shell was killed at the timeout but `sleep` kept the pipes open for 6 s.
  it('stops a shell and the children holding its pipes at the timeout, and returns then', async () => {
    const started = performance.now();
    const result = await runProcess('sleep 6; echo late', [], { shell: true, timeoutMs: 1000 });
    const elapsed = performance.now() - started;
    expect(result).toMatchObject({ timedOut: true, code: null, signal: 'SIGKILL', stdout: '' });
    expect(elapsed).toBeLessThan(4000);
    expect(describeExit(result)).toBe(
      'did not finish within 1.0 s and was stopped, with every process it started',
    );
  }, 10_000);

  it('stops grandchildren started in the background, which would otherwise outlive the timeout', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'process-tree-'));
    const marker = join(dir, 'survived');
    const result = await runProcess(`(sleep 1; echo x > '${marker}') & sleep 5`, [], {
      shell: true,
      timeoutMs: 300,
    });
    expect(result.timedOut).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await expect(import('node:fs/promises').then((fs) => fs.access(marker))).rejects.toThrow();
  }, 10_000);

  it('writes input to stdin', async () => {
    const result = await runProcess(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)'], {
      input: 'hello',
    });
    expect(result.stdout).toBe('hello');
  });
});

describe('startProcess', () => {
  it('signals the process alone, or stops the tree', async () => {
    const running = await startProcess(process.execPath, [
      '-e',
      'process.on("SIGTERM", () => { console.log("bye"); process.exit(0) }); console.log("up"); setInterval(() => {}, 1000)',
    ]);
    while (!running.output().includes('up')) await new Promise((resolve) => setTimeout(resolve, 20));
    running.signal('SIGTERM');
    expect(await running.result).toMatchObject({ code: 0, stdout: 'up\nbye\n' });

    const stubborn = await startProcess(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    const stopped = await stubborn.stop();
    expect(stopped.signal).toBe('SIGKILL');
    expect(describeExit(stopped)).toBe('was ended by SIGKILL');
  });
});

describe('runChecked', () => {
  it('returns the result of a success and throws one line naming a failure', async () => {
    expect((await runChecked(process.execPath, ['-e', 'console.log(1)'])).stdout).toBe('1\n');
    const failure = await runChecked(process.execPath, [
      '-e',
      'console.error("no\\nbad input"); process.exit(2)',
    ]).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ProcessFailedError);
    expect((failure as ProcessFailedError).message).toMatch(
      /^'.*node.* -e .*' exited with code 2: bad input$/,
    );
    expect((failure as ProcessFailedError).result.stderr).toBe('no\nbad input\n');
  });
});

describe('a missing working directory', () => {
  it('is named as such, not as a missing program', async () => {
    await expect(runProcess(process.execPath, ['-e', '0'], { cwd: '/nonexistent/work' })).rejects.toThrow(
      `'${process.execPath}' could not be started (working directory /nonexistent/work does not exist)`,
    );
  });
});
