/** What `run` shows once the action has ended: outputs, exported environment, summary and how it ended. */
import type { ActionRun } from '../local-runner/index.js';
import { formatSeconds } from '../common/index.js';
import { readableSummary } from './readable.js';

/** How a run ended, as one word for scripts. */
export type RunResult = 'succeeded' | 'failed' | 'timed-out' | 'interrupted' | 'killed';

/** The word for how `run` ended. */
export function runResult(run: ActionRun): RunResult {
  if (run.cancelled) return 'interrupted';
  if (run.timedOut) return 'timed-out';
  if (run.exitCode === null) return 'killed';
  return run.exitCode === 0 ? 'succeeded' : 'failed';
}

/** The CLI's exit code for a run: the action's own, 130 when interrupted, 1 when stopped otherwise. */
export function runExitCode(run: ActionRun): number {
  if (run.cancelled) return 130;
  return run.exitCode ?? 1;
}

/** One line saying how the action ended and how long it took. */
export function statusLine(name: string, run: ActionRun, timeoutMs: number): string {
  const seconds = (ms: number): string => formatSeconds(ms / 1000);
  const how: Record<RunResult, string> = {
    succeeded: 'succeeded',
    failed: `failed with exit code ${run.exitCode}`,
    'timed-out': `did not finish within --timeout ${seconds(timeoutMs)} and was stopped, with every process it started`,
    interrupted: 'was interrupted and stopped, with every process it started',
    killed: `was killed by ${run.signal ?? 'a signal'}`,
  };
  return `${name} ${how[runResult(run)]} (${seconds(run.durationMs)})`;
}

/** Outputs, exported environment and summary as people read them (the log was shown as it came). */
export function formatResults(run: ActionRun): string {
  const lines: string[] = ['== outputs'];
  const outputs = Object.entries(run.outputs);
  if (outputs.length === 0) lines.push('(none)');
  for (const [key, value] of outputs)
    lines.push(value.includes('\n') ? `${key}<<EOF\n${value}\nEOF` : `${key}=${value}`);
  const env = Object.entries(run.env);
  if (env.length > 0)
    lines.push('', '== exported environment', ...env.map(([key, value]) => `${key}=${value}`));
  if (run.summary.trim() !== '') lines.push('', '== summary', readableSummary(run.summary));
  return `${lines.join('\n')}\n`;
}

/** The one JSON object `run --json` writes to stdout. */
export function runJson(run: ActionRun, context: { action: string; ref: string; sha: string }): string {
  const result = {
    action: context.action,
    ref: context.ref,
    sha: context.sha,
    result: runResult(run),
    'exit-code': runExitCode(run),
    'duration-ms': Math.round(run.durationMs),
    outputs: run.outputs,
    env: run.env,
    summary: run.summary,
  };
  return `${JSON.stringify(result, null, 2)}\n`;
}
