import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess } from '../process/index.js';
import { VerifyError } from './errors.js';
import { parseSmokeShell, smokeInvocation, type SmokeShell } from './smoke-shell.js';

const bash: SmokeShell = { name: 'bash' };

describe('the smoke-shell input', () => {
  it('is bash unless set, and takes the runner’s shell names or a {0} template', () => {
    expect(parseSmokeShell('', 'win32')).toEqual(bash);
    expect(parseSmokeShell('pwsh', 'linux')).toEqual({ name: 'pwsh' });
    expect(parseSmokeShell('cmd', 'win32')).toEqual({ name: 'cmd' });
    expect(parseSmokeShell('perl -w {0}', 'darwin')).toEqual({ template: ['perl', '-w', '{0}'] });
  });

  it('refuses, in one line naming the input, a shell it does not know or cmd off Windows', () => {
    expect(() => parseSmokeShell('fish', 'linux')).toThrow(
      new VerifyError(
        "smoke-shell 'fish' is not a shell verify-pypi knows: use bash, sh, pwsh, powershell, cmd, python, or a command with {0} for the script's path (e.g. 'perl {0}')",
      ),
    );
    expect(() => parseSmokeShell('cmd', 'darwin')).toThrow(/^smoke-shell 'cmd' runs only on Windows runners/);
  });
});

describe('how each shell runs the smoke command', () => {
  // The runner's default shell on Windows is pwsh, and cmd.exe leaves $GITHUB_WORKSPACE as text: the
  // smoke command runs in bash there too unless smoke-shell says otherwise.
  it('runs it in bash on Windows as on Linux, as `shell: bash` does', () => {
    expect(smokeInvocation(bash, 'cat "$GITHUB_WORKSPACE/x"', 'D:\\a\\_temp\\s', 'win32')).toEqual({
      scriptPath: 'D:\\a\\_temp\\s\\smoke-command.sh',
      contents: 'cat "$GITHUB_WORKSPACE/x"\n',
      command: 'bash',
      args: ['--noprofile', '--norc', '-e', '-o', 'pipefail', 'D:\\a\\_temp\\s\\smoke-command.sh'],
    });
    expect(smokeInvocation(bash, 'mypkg --version', '/tmp/s', 'linux')).toMatchObject({
      scriptPath: '/tmp/s/smoke-command.sh',
      command: 'bash',
    });
  });

  it('runs pwsh and powershell as a step does: stop on errors, exit with the last exit code, CRLF', () => {
    const run = smokeInvocation({ name: 'pwsh' }, 'mypkg --version', "C:\\it's", 'win32');
    expect(run).toEqual({
      scriptPath: "C:\\it's\\smoke-command.ps1",
      contents:
        "$ErrorActionPreference = 'stop'\r\nmypkg --version\r\nif ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }\r\n",
      command: 'pwsh',
      args: ['-command', ". 'C:\\it''s\\smoke-command.ps1'"],
    });
    expect(smokeInvocation({ name: 'powershell' }, 'x', '/t', 'linux').contents).not.toContain('\r');
  });

  it('runs cmd through a .cmd script, sh and python with theirs, and a template with the path for {0}', () => {
    expect(smokeInvocation({ name: 'cmd' }, 'mypkg --version', 'C:\\s', 'win32')).toEqual({
      scriptPath: 'C:\\s\\smoke-command.cmd',
      contents: '@echo off\r\nmypkg --version\r\n',
      command: 'C:\\s\\smoke-command.cmd',
      args: [],
    });
    expect(smokeInvocation({ name: 'sh' }, 'x', '/s', 'darwin')).toMatchObject({
      command: 'sh',
      args: ['-e', '/s/smoke-command.sh'],
    });
    expect(smokeInvocation({ name: 'python' }, 'print(1)', '/s', 'linux')).toMatchObject({
      command: 'python',
      args: ['/s/smoke-command.py'],
    });
    expect(smokeInvocation({ template: ['perl', '-w', '{0}'] }, 'print 1', '/s', 'linux')).toMatchObject({
      scriptPath: '/s/smoke-command',
      command: 'perl',
      args: ['-w', '/s/smoke-command'],
    });
  });
});

describe('the smoke script run for real', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'smoke-shell-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function run(shell: SmokeShell, command: string) {
    const script = smokeInvocation(shell, command, dir, process.platform);
    await writeFile(script.scriptPath, script.contents);
    return runProcess(script.command, script.args, { cwd: dir, env: { ...process.env, MARK: 'from env' } });
  }

  it('expands variables in bash and fails on any failed command, in a pipe too', async () => {
    const ok = await run(bash, 'echo "$MARK"');
    expect([ok.code, ok.stdout]).toEqual([0, 'from env\n']);
    expect((await run(bash, 'false | cat\necho not reached')).code).toBe(1);
    expect((await run({ name: 'sh' }, 'false\necho not reached')).stdout).toBe('');
  });
});
