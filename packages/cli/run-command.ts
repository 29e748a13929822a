/** `release-actions run <action>`: run a bundled action locally through local-runner and print what it left. */
import { existsSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runAction, type ActionRun, type RunActionOptions } from '../local-runner/index.js';
import { runProcess } from '../process/index.js';
import { RUN_HELP } from './help.js';
import { readableLog, readableSummary } from './readable.js';
import type { CliOutput } from './output.js';
import { UsageError } from './usage-error.js';

function pairs(list: string[] | undefined, option: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const item of list ?? []) {
    const eq = item.indexOf('=');
    if (eq <= 0) throw new UsageError(`${option}: '${item}' is not name=value`);
    result[item.slice(0, eq)] = item.slice(eq + 1);
  }
  return result;
}

/**
 * Where bundled actions live: next to the CLI in a release tree (`dist/cli/` beside `dist/<name>/`), or
 * under `dist/` of the repository when running from source.
 */
export function bundledActionDirs(
  name: string,
  here: string = dirname(fileURLToPath(import.meta.url)),
): string[] {
  return [join(here, '..', name), join(here, '..', '..', 'dist', name)];
}

/** Resolves `<action>` to a directory holding action.yml, or throws naming where it looked. */
export function resolveActionDir(action: string, cwd: string = process.cwd()): string {
  const looksLikePath = action.includes('/') || action.startsWith('.');
  const candidates = looksLikePath
    ? [resolve(cwd, action)]
    : [...bundledActionDirs(action), resolve(cwd, action)];
  for (const dir of candidates) {
    if (existsSync(join(dir, 'action.yml')) && statSync(dir).isDirectory()) return dir;
  }
  throw new UsageError(
    `run: no action '${action}' (looked for action.yml in ${candidates.join(', ')}); give a bundled action's name or a directory with action.yml`,
  );
}

/** HEAD of the workspace when it is a git checkout, so GITHUB_SHA names what is checked out. */
async function headCommit(workspace: string): Promise<string | undefined> {
  const head = await runProcess('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], {
    cwd: workspace,
    timeoutMs: 30_000,
  }).catch(() => null);
  return (head?.code === 0 && head.stdout.trim()) || undefined;
}

/** Formats a finished run for people: outputs, exported env, summary, and the exit status. */
export function formatRun(
  name: string,
  run: ActionRun,
  options: { debug: boolean } = { debug: false },
): string {
  const lines: string[] = [];
  const section = (title: string): void => {
    lines.push('', `== ${title}`);
  };
  const log = readableLog(run.log, options);
  if (log !== '') {
    section('log');
    lines.push(log);
  }
  if (run.stderr.trim() !== '') {
    section('stderr');
    lines.push(run.stderr.trimEnd());
  }
  section('outputs');
  const outputs = Object.entries(run.outputs);
  if (outputs.length === 0) lines.push('(none)');
  for (const [key, value] of outputs)
    lines.push(value.includes('\n') ? `${key}<<EOF\n${value}\nEOF` : `${key}=${value}`);
  const env = Object.entries(run.env);
  if (env.length > 0) {
    section('exported environment');
    for (const [key, value] of env) lines.push(`${key}=${value}`);
  }
  if (run.summary.trim() !== '') {
    section('summary');
    lines.push(readableSummary(run.summary));
  }
  const status =
    run.exitCode === 0
      ? `${name} succeeded`
      : run.timedOut
        ? `${name} did not finish in time and was stopped`
        : run.signal
          ? `${name} was killed by ${run.signal}`
          : `${name} failed with exit code ${run.exitCode}`;
  lines.push('', `${status} in ${(run.durationMs / 1000).toFixed(1)}s`, '');
  return lines.join('\n').replace(/^\n/, '');
}

/** Runs `run <action> …`; resolves with the action's exit code. */
export async function runCommand(args: string[], io: CliOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        input: { type: 'string', multiple: true },
        ref: { type: 'string' },
        sha: { type: 'string' },
        event: { type: 'string' },
        'event-payload': { type: 'string' },
        env: { type: 'string', multiple: true },
        workspace: { type: 'string' },
        node: { type: 'string' },
        timeout: { type: 'string' },
        debug: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError(`run: ${(error as Error).message}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(RUN_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError("run: give exactly one action, e.g. 'release-actions run compute-dev-version'");
  const action = positionals[0] as string;
  const actionDir = resolveActionDir(action);
  let payload: Record<string, unknown> = {};
  if (values['event-payload'] !== undefined) {
    try {
      payload = JSON.parse(await readFile(values['event-payload'], 'utf8')) as Record<string, unknown>;
    } catch (error) {
      throw new UsageError(
        `--event-payload: cannot read ${values['event-payload']} as JSON (${(error as Error).message})`,
      );
    }
  }
  const options: RunActionOptions = {
    actionDir,
    inputs: pairs(values.input, '--input'),
    event: { name: values.event ?? 'push', payload },
    env: pairs(values.env, '--env'),
    strictInputs: true,
    timeoutMs: 600_000,
  };
  if (values.ref !== undefined) {
    if (!values.ref.startsWith('refs/'))
      throw new UsageError(`--ref: '${values.ref}' must be a full ref, e.g. refs/tags/v1.0.0`);
    options.ref = values.ref;
  }
  if (values.sha !== undefined) options.sha = values.sha;
  // Locally, the project at hand is the one in the current directory, as a checkout is on a runner.
  options.workspace = resolve(values.workspace ?? '.');
  options.sha ??= await headCommit(options.workspace);
  // Artifacts an action uploads stay here for the next `run` (a rehearsal's later job downloads them).
  options.artifactStorage = join(options.workspace, '.release-actions', 'artifacts');
  if (values.node !== undefined) options.node = values.node;
  if (values.timeout !== undefined) {
    const seconds = Number(values.timeout);
    if (!Number.isFinite(seconds) || seconds <= 0)
      throw new UsageError(`--timeout: '${values.timeout}' is not a positive number of seconds`);
    options.timeoutMs = seconds * 1000;
  }
  const run = await runAction(options);
  io.out(formatRun(action, run, { debug: values.debug === true }));
  return run.exitCode ?? 1;
}
