/**
 * Which Python makes the install check's venv, and what to tell the user when none can: per-OS rules as pure
 * functions of the platform, so Windows' and macOS' are tested on Linux too.
 */
import { posix, win32 } from 'node:path';

/** An interpreter to try: a command (name or path) and the arguments that select Python 3 (`py -3`). */
export interface Interpreter {
  command: string;
  args: string[];
}

/**
 * The python input as interpreters to try in order. Empty means the platform's default: `python3` on Linux
 * and macOS; on Windows `python` (what actions/setup-python, the runner images and python.org installs
 * added to PATH provide; Windows has no `python3.exe` of its own), then the `py` launcher every python.org
 * install brings.
 */
export function interpreters(input: string, platform: NodeJS.Platform): Interpreter[] {
  if (input) return [{ command: input, args: [] }];
  if (platform !== 'win32') return [{ command: 'python3', args: [] }];
  return [
    { command: 'python', args: [] },
    { command: 'py', args: ['-3'] },
  ];
}

/** How an interpreter is named in messages: `python3`, `py -3`. */
export function interpreterLabel(interpreter: Interpreter): string {
  return [interpreter.command, ...interpreter.args].join(' ');
}

/** Where a venv keeps its scripts and its interpreter on `platform`. */
export function venvLayout(dir: string, platform: NodeJS.Platform): { bin: string; python: string } {
  if (platform === 'win32') {
    const bin = win32.join(dir, 'Scripts');
    return { bin, python: win32.join(bin, 'python.exe') };
  }
  const bin = posix.join(dir, 'bin');
  return { bin, python: posix.join(bin, 'python') };
}

/**
 * True for the Microsoft Store's `python.exe` alias, which Windows puts on PATH without any Python behind
 * it: it prints where to install Python from and exits with 9009 (cmd's "not recognized" code).
 */
export function isStoreAlias(exitCode: number | null, platform: NodeJS.Platform): boolean {
  return platform === 'win32' && exitCode === 9009;
}

/** The fix to suggest on `platform` when no interpreter is found, or the one found cannot make a venv. */
export function interpreterHints(platform: NodeJS.Platform): { notFound: string; noVenv: string } {
  const input = 'set the python input to an interpreter';
  if (platform === 'win32') {
    return {
      notFound: `install Python (actions/setup-python, or python.org, which brings the py launcher) or ${input}`,
      noVenv: `${input} with the venv module (actions/setup-python's and python.org's have it)`,
    };
  }
  if (platform === 'darwin') {
    return {
      notFound: `install Python (actions/setup-python, python.org or Homebrew) or ${input}`,
      noVenv: `${input} with the venv module (actions/setup-python's, python.org's and Homebrew's have it)`,
    };
  }
  return {
    notFound: `install Python (actions/setup-python, or the distribution's python3 package) or ${input}`,
    noVenv: `install the venv module (Debian/Ubuntu: python3-venv) or ${input} that has it`,
  };
}
