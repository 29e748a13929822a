/** Starting a process, collecting its output, and stopping it (with everything it started) on timeout. */
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { formatSeconds } from '../common/index.js';
import { ProcessError, ProcessFailedError, startFailure } from './errors.js';
import { killTree, startsOwnGroup } from './kill-tree.js';
import { lineSplitter } from './lines.js';
import { envValue, resolveCommand } from './resolve-command.js';
import { spawnPlan } from './spawn-plan.js';

/** Default limit on a process's run time: 15 minutes. */
export const DEFAULT_TIMEOUT_MS = 15 * 60_000;
// After the tree is killed, how long to wait for the pipes to close before giving up on them: a process
// that left the group (setsid, a Windows job breakaway) must not hold the caller past its timeout.
const PIPE_GRACE_MS = 500;

/** How to run one process. */
export interface RunOptions {
  /** Working directory (default: this process's). */
  cwd?: string;
  /** The whole environment (default: this process's). */
  env?: NodeJS.ProcessEnv;
  /** Each output line as it comes, stdout and stderr alike. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Stop it, and every process it started, after this long (default 15 minutes; 0 for never). */
  timeoutMs?: number;
  /** Run `command` as a line for the platform's shell (`/bin/sh -c`, `cmd.exe /d /s /c`); `args` must be empty. */
  shell?: boolean;
  /** Written to its stdin, which is then closed (default: no stdin). */
  input?: string | Buffer;
  /** Appended to the message when the program is not found, e.g. `install it or set the python input`. */
  hint?: string;
  /** The platform whose rules apply (tests only; default: this machine's). */
  platform?: NodeJS.Platform;
}

/** How a process ended and what it wrote. */
export interface ProcessResult {
  /** The command as given (for messages). */
  command: string;
  /** Exit code; null when it was ended by a signal or by the timeout. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** True when the timeout stopped it. */
  timedOut: boolean;
  /** The limit it ran under, in ms (0: none). */
  timeoutMs: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** A process that is running: its pid, what it has printed so far, and ways to end it. */
export interface RunningProcess {
  pid: number;
  /** stdout and stderr so far, interleaved as they arrived. */
  output(): string;
  /** Settles when it has exited and its pipes are closed (or the timeout has stopped it). */
  readonly result: Promise<ProcessResult>;
  /** Sends `signal` to the process alone (to test how it shuts down). */
  signal(signal: NodeJS.Signals): void;
  /** Ends the process and everything it started; resolves with its result. */
  stop(): Promise<ProcessResult>;
}

// Synchronous on purpose: a few stat calls take microseconds, while the first asynchronous one wakes
// libuv's thread pool, which costs an action that runs git a few times up to 10 ms at start-up.
async function isExecutable(file: string, platform: NodeJS.Platform): Promise<boolean> {
  try {
    if (!statSync(file).isFile()) return false;
    if (platform !== 'win32') accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

async function isDirectory(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}

/** The one wording of each way spawn itself can fail. */
function spawnFailure(error: NodeJS.ErrnoException, command: string, options: RunOptions): ProcessError {
  if (error.code === 'ENOENT') return startFailure('not-found', command, '', options.hint);
  if (error.code === 'EACCES') return startFailure('not-executable', command, error.code, options.hint);
  return startFailure('failed-to-start', command, error.code ?? error.message, options.hint);
}

async function plan(command: string, args: readonly string[], options: RunOptions) {
  const platform = options.platform ?? process.platform;
  const env = options.env ?? process.env;
  const cwd = options.cwd ?? process.cwd();
  if (options.shell) {
    if (args.length > 0) throw new Error('runProcess: a shell command takes no separate arguments');
    return { file: command, args: [], windowsVerbatimArguments: false, shell: true, env, cwd, platform };
  }
  const found = await resolveCommand(command, {
    platform,
    env,
    cwd,
    isExecutable: (file) => isExecutable(file, platform),
  });
  if ('missing' in found) throw startFailure('not-found', command, found.missing, options.hint);
  const comspec = envValue(env, 'COMSPEC', platform) ?? 'cmd.exe';
  return { ...spawnPlan(found.file, args, platform, comspec), shell: false, env, cwd, platform };
}

/** Starts `command` (looked up on PATH as a shell would); throws ProcessError when it cannot start. */
export async function startProcess(
  command: string,
  args: readonly string[] = [],
  options: RunOptions = {},
): Promise<RunningProcess> {
  const how = await plan(command, args, options);
  // Loaded when first needed: an action that runs nothing should not pay for it at start-up.
  const { spawn } = await import('node:child_process');
  const child = spawn(how.file, how.args, {
    cwd: how.cwd,
    env: how.env,
    shell: how.shell,
    windowsVerbatimArguments: how.windowsVerbatimArguments,
    windowsHide: true,
    detached: startsOwnGroup(how.platform),
    stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error: NodeJS.ErrnoException) => reject(spawnFailure(error, command, options)));
  }).catch(async (error: ProcessError) => {
    // Node reports a missing working directory as the program missing: say which it was.
    if (error.kind === 'not-found' && !(await isDirectory(how.cwd)))
      throw startFailure('failed-to-start', command, `working directory ${how.cwd} does not exist`);
    throw error;
  });
  if (options.input !== undefined) child.stdin?.end(options.input);
  return watch(child, command, how.platform, options);
}

function watch(
  child: ChildProcess,
  command: string,
  platform: NodeJS.Platform,
  options: RunOptions,
): RunningProcess {
  const started = performance.now();
  const pid = child.pid as number;
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  let interleaved = '';
  let timedOut = false;
  let killed: Promise<void> | null = null;
  const collect = (stream: 'stdout' | 'stderr', into: Buffer[]) => {
    const onLine = options.onLine;
    const lines = onLine ? lineSplitter((line) => onLine(line, stream)) : null;
    child[stream]?.on('data', (chunk: Buffer) => {
      into.push(chunk);
      const text = chunk.toString('utf8');
      interleaved += text;
      lines?.push(text);
    });
    child[stream]?.on('close', () => lines?.end());
  };
  collect('stdout', out);
  collect('stderr', err);

  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  let settle: ((result: ProcessResult) => void) | null = null;
  const result = new Promise<ProcessResult>((resolve) => (settle = resolve));
  const finish = (code: number | null, signal: NodeJS.Signals | null) => {
    clearTimeout(timer);
    const done = settle;
    settle = null;
    done?.({
      command,
      code: timedOut ? null : code,
      signal: timedOut ? 'SIGKILL' : signal,
      timedOut,
      timeoutMs,
      stdout: Buffer.concat(out).toString('utf8'),
      stderr: Buffer.concat(err).toString('utf8'),
      durationMs: performance.now() - started,
    });
  };
  child.on('close', finish);
  const stopTree = (): Promise<void> => {
    killed ??= killTree(pid, platform).then(() => {
      // Whatever still holds the pipes is outside the tree; stop waiting for it.
      setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        finish(child.exitCode, child.signalCode);
      }, PIPE_GRACE_MS).unref();
    });
    return killed;
  };
  const timer =
    timeoutMs > 0
      ? setTimeout(() => {
          timedOut = true;
          void stopTree();
        }, timeoutMs)
      : undefined;
  return {
    pid,
    output: () => interleaved,
    result,
    signal: (signal) => {
      child.kill(signal);
    },
    stop: async () => {
      await stopTree();
      return result;
    },
  };
}

/** Runs `command` to completion (or its timeout); throws ProcessError only when it cannot start. */
export async function runProcess(
  command: string,
  args: readonly string[] = [],
  options: RunOptions = {},
): Promise<ProcessResult> {
  return (await startProcess(command, args, options)).result;
}

/**
 * Runs `command` and returns its result only when it exited 0; otherwise throws ProcessFailedError
 * naming the command, how it ended and the last line it wrote to stderr.
 */
export async function runChecked(
  command: string,
  args: readonly string[] = [],
  options: RunOptions = {},
): Promise<ProcessResult> {
  const result = await runProcess(command, args, options);
  if (result.code === 0) return result;
  const last = (result.stderr || result.stdout).trim().split(/\r?\n/).pop() ?? '';
  throw new ProcessFailedError(
    `'${[command, ...args].join(' ')}' ${describeExit(result)}${last ? `: ${last}` : ''}`,
    result,
  );
}

/** One line saying how a process ended, the same words everywhere: `exited with code 2`, `timed out after 1 s`. */
export function describeExit(
  result: Pick<ProcessResult, 'code' | 'signal' | 'timedOut' | 'timeoutMs'>,
): string {
  if (result.timedOut)
    return `did not finish within ${formatSeconds(result.timeoutMs / 1000)} and was stopped, with every process it started`;
  if (result.code !== null) return `exited with code ${result.code}`;
  return `was ended by ${result.signal ?? 'an unknown signal'}`;
}
