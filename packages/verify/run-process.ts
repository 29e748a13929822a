/** Running python, pip and the smoke command: output captured, and streamed line by line to the log. */
import { spawn } from 'node:child_process';
import { VerifyError } from './errors.js';

/** How a process ended and what it wrote. */
export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** How to run one process. */
export interface ProcessOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Each output line as it comes (stdout and stderr alike); nothing streamed when absent. */
  onLine?: (line: string) => void;
  /** Kill it after this long (default 15 minutes). */
  timeoutMs?: number;
  /** Run `command` through the system shell (the smoke command only); `args` must then be empty. */
  shell?: boolean;
}

function lineSplitter(onLine: ((line: string) => void) | undefined) {
  let pending = '';
  return {
    push(chunk: string) {
      if (!onLine) return;
      pending += chunk;
      const lines = pending.split(/\r?\n/);
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    },
    end() {
      if (onLine && pending) onLine(pending);
      pending = '';
    },
  };
}

/** Run to completion; a command that cannot start at all is a VerifyError naming it. */
export function runProcess(
  command: string,
  args: readonly string[],
  options: ProcessOptions,
): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, [...args], {
      cwd: options.cwd,
      env: options.env,
      shell: options.shell ?? false,
      stdio: ['ignore', 'pipe', 'pipe'],
      windowsHide: true,
    });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    const outLines = lineSplitter(options.onLine);
    const errLines = lineSplitter(options.onLine);
    child.stdout.on('data', (chunk: Buffer) => {
      stdout.push(chunk);
      outLines.push(chunk.toString('utf8'));
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr.push(chunk);
      errLines.push(chunk.toString('utf8'));
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15 * 60_000);
    child.on('error', (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      reject(
        error.code === 'ENOENT'
          ? new VerifyError(
              `'${command}' was not found: install it or point the python input at an interpreter`,
            )
          : new VerifyError(`'${command}' could not be started: ${error.message}`),
      );
    });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      outLines.end();
      errLines.end();
      resolve({
        code,
        signal,
        stdout: Buffer.concat(stdout).toString('utf8'),
        stderr: Buffer.concat(stderr).toString('utf8'),
      });
    });
  });
}
