/** The built `release-actions` (dist/cli/index.js) run as people run it: its own process, a chosen node. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { startProcess, type ProcessResult, type RunningProcess } from '../../packages/process/index.js';
import { repoRoot } from '../harness/index.js';

/** The CLI bundle, as `npm run build` writes it. */
export const CLI = join(repoRoot, 'dist', 'cli', 'index.js');

/** How to run the CLI: where, with which node and environment, for how long at most. */
export interface CliRun {
  cwd: string;
  node?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Starts `release-actions …args`; the caller waits for `result` or signals it. */
export function startCli(args: string[], how: CliRun): Promise<RunningProcess> {
  return startProcess(how.node ?? process.execPath, [CLI, ...args], {
    cwd: how.cwd,
    env: { ...process.env, ...how.env },
    timeoutMs: how.timeoutMs ?? 120_000,
  });
}

/** Runs `release-actions …args` to its end. */
export async function cli(args: string[], how: CliRun): Promise<ProcessResult> {
  return (await startCli(args, how)).result;
}

/** Resolves once `running` has printed text matching `pattern` (stdout or stderr); rejects if it ends first. */
export async function printed(
  running: RunningProcess,
  pattern: RegExp,
  timeoutMs = 30_000,
): Promise<RegExpExecArray> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void running.result.then(() => (ended = true));
  for (;;) {
    const match = pattern.exec(running.output());
    if (match) return match;
    if (ended || Date.now() > deadline)
      throw new Error(`never printed ${pattern}${ended ? ' (it exited)' : ''}:\n${running.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Writes a JavaScript action into `dir`: action.yml declaring `inputs`, and `main.mjs` with `code`. */
export async function writeAction(dir: string, code: string[], inputs: string[] = []): Promise<string> {
  await mkdir(dir, { recursive: true });
  const declared = inputs.map((name) => `  ${name}: { description: ${name} }`);
  await writeFile(
    join(dir, 'action.yml'),
    ['name: test action', 'description: for tests', ...(declared.length ? ['inputs:', ...declared] : [])]
      .concat([
        'outputs:',
        '  said: { description: what it said }',
        'runs: { using: node24, main: main.mjs }',
        '',
      ])
      .join('\n'),
  );
  await writeFile(join(dir, 'main.mjs'), `${code.join('\n')}\n`);
  return dir;
}
