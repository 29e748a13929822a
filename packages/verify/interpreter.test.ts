import { describe, expect, it } from '@jest/globals';
import type { ProcessResult } from '../process/index.js';
import {
  interpreterHints,
  interpreterLabel,
  interpreters,
  isStoreAlias,
  venvLayout,
  type Interpreter,
} from './interpreter.js';
import { firstInterpreter } from './venv.js';

const exited = (code: number): ProcessResult => ({
  command: 'python',
  code,
  signal: null,
  timedOut: false,
  timeoutMs: 0,
  stdout: '',
  stderr: '',
  durationMs: 1,
});

describe('the default interpreter, per OS', () => {
  it('is python3 on Linux and macOS, and python then the py launcher on Windows', () => {
    expect(interpreters('', 'linux').map(interpreterLabel)).toEqual(['python3']);
    expect(interpreters('', 'darwin').map(interpreterLabel)).toEqual(['python3']);
    // Windows has no python3.exe of its own: python.org installs bring python.exe (on PATH if chosen) and py.
    expect(interpreters('', 'win32').map(interpreterLabel)).toEqual(['python', 'py -3']);
  });

  it('is only the one given, when the python input names one', () => {
    expect(interpreters('C:\\Python312\\python.exe', 'win32')).toEqual([
      { command: 'C:\\Python312\\python.exe', args: [] },
    ]);
  });

  it("finds the venv's interpreter where each OS puts it", () => {
    expect(venvLayout('D:\\a\\_temp\\v', 'win32')).toEqual({
      bin: 'D:\\a\\_temp\\v\\Scripts',
      python: 'D:\\a\\_temp\\v\\Scripts\\python.exe',
    });
    expect(venvLayout('/tmp/v', 'darwin')).toEqual({ bin: '/tmp/v/bin', python: '/tmp/v/bin/python' });
  });

  it('suggests a fix that exists on the OS: Debian packages only on Linux', () => {
    expect(interpreterHints('linux').noVenv).toContain('python3-venv');
    for (const platform of ['win32', 'darwin'] as const) {
      const hints = interpreterHints(platform);
      expect(`${hints.notFound} ${hints.noVenv}`).not.toMatch(/Debian|python3-venv/);
      expect(hints.notFound).toContain('actions/setup-python');
    }
    expect(interpreterHints('win32').notFound).toContain('py launcher');
  });
});

describe('trying the interpreters in turn', () => {
  const attempt =
    (outcomes: Record<string, ProcessResult | string>) =>
    async (interpreter: Interpreter): Promise<{ made: ProcessResult } | { missing: string }> => {
      const outcome = outcomes[interpreterLabel(interpreter)] ?? 'not there';
      return typeof outcome === 'string' ? { missing: outcome } : { made: outcome };
    };

  it("passes over a python that is missing, or is the Store's alias (exit 9009), to the py launcher", async () => {
    const candidates = interpreters('', 'win32');
    const missing = await firstInterpreter(
      candidates,
      attempt({ python: "'python' was not found on PATH", 'py -3': exited(0) }),
      'win32',
    );
    expect(missing).toMatchObject({ interpreter: { command: 'py', args: ['-3'] } });
    const alias = await firstInterpreter(
      candidates,
      attempt({ python: exited(9009), 'py -3': exited(0) }),
      'win32',
    );
    expect(alias).toMatchObject({ interpreter: { command: 'py' } });
  });

  it('says why none was usable', async () => {
    const none = await firstInterpreter(
      interpreters('', 'win32'),
      attempt({ python: exited(9009), 'py -3': "'py' was not found on PATH" }),
      'win32',
    );
    expect(none).toEqual({
      missing: [
        "'python' is the Microsoft Store's alias, not an installed Python",
        "'py' was not found on PATH",
      ],
    });
  });

  it('takes an interpreter that ran and failed as the answer: its own error is the one to report', async () => {
    expect(isStoreAlias(9009, 'linux')).toBe(false);
    const failed = await firstInterpreter(
      interpreters('', 'linux'),
      attempt({ python3: exited(9009) }),
      'linux',
    );
    expect(failed).toMatchObject({ interpreter: { command: 'python3' }, made: { code: 9009 } });
  });
});
