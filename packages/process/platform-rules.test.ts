/** Windows and macOS rules tested on any machine: the platform is an argument, the file system a fake. */
import { describe, expect, it } from '@jest/globals';
import { candidateNames, quoteForCmd, resolveCommand, spawnPlan, treeKill, startsOwnGroup } from './index.js';

const existing = (...files: string[]) => {
  const set = new Set(files.map((f) => f.toLowerCase()));
  return async (file: string) => set.has(file.toLowerCase());
};

describe('resolveCommand', () => {
  it('on Windows, tries PATHEXT in order in each PATH directory, current directory first', async () => {
    const context = {
      platform: 'win32' as const,
      env: { Path: 'C:\\Python312\\Scripts;C:\\Windows\\System32', PATHEXT: '.COM;.EXE;.BAT;.CMD' },
      cwd: 'D:\\work',
      isExecutable: existing(
        'C:\\Python312\\Scripts\\pip.exe',
        'C:\\Windows\\System32\\npm.cmd',
        'D:\\work\\git.bat',
      ),
    };
    expect(await resolveCommand('pip', context)).toEqual({ file: 'C:\\Python312\\Scripts\\pip.exe' });
    expect(await resolveCommand('npm', context)).toEqual({ file: 'C:\\Windows\\System32\\npm.cmd' });
    expect(await resolveCommand('git', context)).toEqual({ file: 'D:\\work\\git.bat' });
    expect(await resolveCommand('python3', context)).toEqual({ missing: 'on PATH' });
  });

  it('on Windows, resolves relative and absolute paths with either slash, adding PATHEXT', async () => {
    const context = {
      platform: 'win32' as const,
      env: {},
      cwd: 'D:\\work',
      isExecutable: existing('D:\\work\\venv\\Scripts\\python.exe', 'C:\\tools\\run.cmd'),
    };
    expect(await resolveCommand('venv/Scripts/python', context)).toEqual({
      file: 'D:\\work\\venv\\Scripts\\python.exe',
    });
    expect(await resolveCommand('C:\\tools\\run.cmd', context)).toEqual({ file: 'C:\\tools\\run.cmd' });
    expect(await resolveCommand('C:\\tools\\other', context)).toEqual({ missing: 'at C:\\tools\\other' });
  });

  it('on POSIX, looks on PATH only (never the current directory) and takes names as they are', async () => {
    const context = {
      platform: 'darwin' as const,
      env: { PATH: '/opt/homebrew/bin:/usr/bin', Path: '/ignored' },
      cwd: '/Users/me/project',
      isExecutable: existing('/usr/bin/python3', '/Users/me/project/tool'),
    };
    expect(await resolveCommand('python3', context)).toEqual({ file: '/usr/bin/python3' });
    expect(await resolveCommand('tool', context)).toEqual({ missing: 'on PATH' });
    expect(await resolveCommand('./tool', context)).toEqual({ file: '/Users/me/project/tool' });
    expect(candidateNames('python', 'linux', '.EXE')).toEqual(['python']);
  });
});

describe('spawnPlan', () => {
  it('runs programs directly, on every platform', () => {
    expect(spawnPlan('C:\\Python\\python.exe', ['-c', 'print("a b")'], 'win32')).toEqual({
      file: 'C:\\Python\\python.exe',
      args: ['-c', 'print("a b")'],
      windowsVerbatimArguments: false,
    });
    expect(spawnPlan('/usr/bin/env', ['a&b'], 'linux').args).toEqual(['a&b']);
  });

  it('runs Windows batch files through cmd.exe with every metacharacter escaped', () => {
    expect(
      spawnPlan(
        'C:\\Program Files\\nodejs\\npm.cmd',
        ['install', 'a&b', '%PATH%'],
        'win32',
        'C:\\Windows\\cmd.exe',
      ),
    ).toEqual({
      file: 'C:\\Windows\\cmd.exe',
      args: [
        '/d',
        '/s',
        '/c',
        '"C:\\Program^ Files\\nodejs\\npm.cmd ^^^"install^^^" ^^^"a^^^&b^^^" ^^^"^^^%PATH^^^%^^^""',
      ],
      windowsVerbatimArguments: true,
    });
  });

  it('quotes for the C runtime before escaping for cmd: backslashes before a quote double', () => {
    expect(quoteForCmd('')).toBe('^^^"^^^"');
    expect(quoteForCmd('a\\"b')).toBe('^^^"a\\\\\\^^^"b^^^"');
    expect(quoteForCmd('dir\\')).toBe('^^^"dir\\\\^^^"');
  });
});

describe('treeKill', () => {
  it('signals the process group on POSIX and runs taskkill /T /F on Windows', () => {
    expect(treeKill(4321, 'linux')).toEqual({ kind: 'group', pid: -4321, signal: 'SIGKILL' });
    expect(treeKill(4321, 'darwin')).toEqual({ kind: 'group', pid: -4321, signal: 'SIGKILL' });
    expect(treeKill(4321, 'win32')).toEqual({
      kind: 'command',
      command: 'taskkill',
      args: ['/pid', '4321', '/T', '/F'],
    });
    expect([startsOwnGroup('linux'), startsOwnGroup('darwin'), startsOwnGroup('win32')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
