/** The index in a child process (the real CLI, run from source), so tests can kill it like a crash would. */
import { join } from 'node:path';
import { startProcess } from '../../../packages/process/index.js';
import { nodeRuntimes, type NodeRuntime } from '../../harness/index.js';
import { REPO_ROOT } from './index-helpers.js';

/** Node 24, the runtime the actions declare (found by the harness on any OS). */
export const NODE24 = (nodeRuntimes().find((runtime) => runtime.label === 'node24') as NodeRuntime).path;

/** Arguments that run `release-actions` from its TypeScript source in a child node (this one by default). */
export function cliCommand(
  args: string[],
  node: string = process.execPath,
): { command: string; args: string[] } {
  return {
    command: node,
    args: [
      '--import',
      join(REPO_ROOT, 'test', 'local-index', 'support', 'ts-loader.mjs'),
      join(REPO_ROOT, 'packages', 'cli', 'main.ts'),
      ...args,
    ],
  };
}

/** A running `release-actions index serve`. */
export interface ChildIndex {
  /** The index process: its pid, and a signal to it alone (as a crash or Ctrl-C would send). */
  child: { pid: number; kill(signal: NodeJS.Signals): void };
  uploadUrl: string;
  simpleUrl: string;
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or signal) once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Starts `release-actions index serve --port 0 …extra` and waits for its URLs. */
export function startChildIndex(
  storageDir: string,
  extra: string[] = [],
  node?: string,
): Promise<ChildIndex> {
  const serve = ['index', 'serve', '--port', '0', '--storage', storageDir, '--quiet', ...extra];
  const { command, args } = cliCommand(serve, node);
  return startIndexProcess(command, args);
}

/** Starts a process that serves an index and prints `upload URL: <url>` as the CLI does; waits for it. */
export async function startIndexProcess(command: string, args: string[]): Promise<ChildIndex> {
  const running = await startProcess(command, args, { timeoutMs: 0 });
  const child = { pid: running.pid, kill: (signal: NodeJS.Signals) => running.signal(signal) };
  const output = running.output;
  const exited = running.result.then(({ code, signal }) => ({ code, signal }));
  const uploadUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`index did not start within 30 s:\n${output()}`)),
      30_000,
    );
    const poll = setInterval(() => {
      const match = /upload URL:\s+(\S+)/.exec(output());
      if (match?.[1]) {
        clearInterval(poll);
        clearTimeout(timer);
        resolve(match[1]);
      }
    }, 20);
    void exited.then(() => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`index exited before starting:\n${output()}`));
    });
  });
  const url = uploadUrl.replace(/\/legacy\/$/, '');
  return { child, uploadUrl, simpleUrl: `${url}/simple/`, url, output, exited };
}
