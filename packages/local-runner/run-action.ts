import { spawn } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readActionMetadata } from './action-metadata.js';
import { parseFileCommands } from './file-command-parser.js';
import { applyMasks, parseWorkflowCommand, type WorkflowCommand } from './workflow-commands.js';

/** How to run a built JavaScript action, as a GitHub runner would. */
export interface RunActionOptions {
  /** A built action directory: action.yml plus the file its `runs.main` names. */
  actionDir: string;
  /** Inputs as written under `with:`; action.yml defaults fill the rest. */
  inputs?: Record<string, string>;
  /** GITHUB_EVENT_NAME and the event payload; defaults to a push. */
  event?: { name: string; payload?: Record<string, unknown> };
  /** GITHUB_REF; defaults to refs/heads/main. */
  ref?: string;
  /** GITHUB_SHA. */
  sha?: string;
  /** GITHUB_WORKSPACE and the working directory; defaults to a fresh temporary directory. */
  workspace?: string;
  /** Further environment (a runner passes the job's env, secrets never among them unless mapped). */
  env?: Record<string, string>;
  /** The node binary; defaults to the one running this code. */
  node?: string;
  /** Kill the action after this long. */
  timeoutMs?: number;
  /** Copy the action to a private directory first, so it can only use what it ships (default true). */
  isolate?: boolean;
  /** Reject inputs that action.yml does not declare (the runner only warns; tests want the typo caught). */
  strictInputs?: boolean;
}

/** What a run left behind: exit code, outputs, exported env, summary and logs. */
export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  outputs: Record<string, string>;
  env: Record<string, string>;
  path: string[];
  summary: string;
  stdout: string;
  stderr: string;
  /** stdout with masked values replaced by `***`, as people see the log. */
  log: string;
  commands: WorkflowCommand[];
  masks: string[];
  durationMs: number;
}

/** Expands the few expressions action.yml defaults commonly use; anything else is a configuration error. */
function expandDefault(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_match, expression: string) => {
    const replacement = context[expression];
    if (replacement === undefined)
      throw new Error(`action.yml default uses \${{ ${expression} }}, which this runner cannot evaluate`);
    return replacement;
  });
}

function spawnNode(node: string, script: string, cwd: string, env: NodeJS.ProcessEnv, timeoutMs: number) {
  return new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>(
    (resolvePromise, reject) => {
      const child = spawn(node, [script], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const stdout: Buffer[] = [];
      const stderr: Buffer[] = [];
      child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
      const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
      child.on('error', reject);
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolvePromise({
          code,
          signal,
          stdout: Buffer.concat(stdout).toString('utf8'),
          stderr: Buffer.concat(stderr).toString('utf8'),
        });
      });
    },
  );
}

/** Runs a built action as the runner does: `node <main>` with INPUT_* and the GITHUB_* files. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const metadata = await readActionMetadata(options.actionDir);
  if (!/^node\d+$/.test(metadata.using))
    throw new Error(`${options.actionDir}: runs.using ${metadata.using} is not a node runtime`);
  const scratch = await mkdtemp(join(tmpdir(), 'ra-run-'));
  try {
    const actionDir = options.isolate === false ? resolve(options.actionDir) : join(scratch, 'action');
    if (options.isolate !== false) await cp(options.actionDir, actionDir, { recursive: true });
    const workspace = resolve(options.workspace ?? join(scratch, 'workspace'));
    const runnerTemp = join(scratch, 'runner-temp');
    await Promise.all([mkdir(workspace, { recursive: true }), mkdir(runnerTemp, { recursive: true })]);

    const files = {
      GITHUB_OUTPUT: join(scratch, 'output'),
      GITHUB_ENV: join(scratch, 'env'),
      GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
      GITHUB_PATH: join(scratch, 'path'),
      GITHUB_STATE: join(scratch, 'state'),
      GITHUB_EVENT_PATH: join(scratch, 'event.json'),
    };
    const event = options.event ?? { name: 'push', payload: {} };
    await Promise.all([
      ...Object.entries(files)
        .filter(([name]) => name !== 'GITHUB_EVENT_PATH')
        .map(([, file]) => writeFile(file, '')),
      writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(event.payload ?? {})),
    ]);

    const extraEnv = options.env ?? {};
    const context: Record<string, string> = {
      'github.token': extraEnv['GITHUB_TOKEN'] ?? '',
      'github.workspace': workspace,
      'runner.temp': runnerTemp,
    };
    const inputs: Record<string, string> = {};
    for (const [name, field] of Object.entries(metadata.inputs)) {
      if (field.default !== undefined) inputs[name] = expandDefault(field.default, context);
    }
    for (const [name, value] of Object.entries(options.inputs ?? {})) {
      if (options.strictInputs !== false && !(name in metadata.inputs)) {
        throw new Error(
          `Unexpected input '${name}', valid inputs are ${Object.keys(metadata.inputs).join(', ')}`,
        );
      }
      inputs[name] = value;
    }

    const env: NodeJS.ProcessEnv = {
      PATH: process.env['PATH'],
      HOME: process.env['HOME'],
      LANG: process.env['LANG'] ?? 'C.UTF-8',
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      RUNNER_OS: 'Linux',
      RUNNER_ARCH: 'X64',
      RUNNER_TEMP: runnerTemp,
      RUNNER_TOOL_CACHE: join(scratch, 'tool-cache'),
      GITHUB_WORKSPACE: workspace,
      GITHUB_EVENT_NAME: event.name,
      GITHUB_REF: options.ref ?? 'refs/heads/main',
      GITHUB_SHA: options.sha ?? '0000000000000000000000000000000000000000',
      GITHUB_REPOSITORY: 'octo-org/octo-repo',
      GITHUB_REPOSITORY_OWNER: 'octo-org',
      GITHUB_RUN_ID: '1',
      GITHUB_RUN_NUMBER: '1',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_JOB: 'release',
      GITHUB_ACTOR: 'octocat',
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_API_URL: 'https://api.github.com',
      GITHUB_WORKFLOW: 'release',
      GITHUB_ACTION: 'run',
      ...files,
      ...extraEnv,
    };
    for (const [name, value] of Object.entries(inputs))
      env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;

    const started = performance.now();
    const node = options.node ?? process.execPath;
    const result = await spawnNode(
      node,
      join(actionDir, metadata.main),
      workspace,
      env,
      options.timeoutMs ?? 120_000,
    );
    const durationMs = performance.now() - started;

    const [outputText, envText, summary, pathText] = await Promise.all(
      [files.GITHUB_OUTPUT, files.GITHUB_ENV, files.GITHUB_STEP_SUMMARY, files.GITHUB_PATH].map((file) =>
        readFile(file, 'utf8'),
      ),
    );
    const commands = result.stdout
      .split(/\r?\n/)
      .map(parseWorkflowCommand)
      .filter((command): command is WorkflowCommand => command !== null);
    const masks = commands.filter((c) => c.command === 'add-mask').map((c) => c.message);
    const legacyOutputs = Object.fromEntries(
      commands.filter((c) => c.command === 'set-output').map((c) => [c.properties['name'] ?? '', c.message]),
    );
    return {
      exitCode: result.code,
      signal: result.signal,
      outputs: { ...legacyOutputs, ...parseFileCommands(outputText ?? '', 'GITHUB_OUTPUT') },
      env: parseFileCommands(envText ?? '', 'GITHUB_ENV'),
      path: (pathText ?? '').split(/\r?\n/).filter(Boolean),
      summary: summary ?? '',
      stdout: result.stdout,
      stderr: result.stderr,
      log: applyMasks(result.stdout, masks),
      commands,
      masks,
      durationMs,
    };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
