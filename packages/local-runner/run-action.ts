/** Running a built JavaScript action as a GitHub runner does, and reading back everything it left. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startArtifactService, type ArtifactService } from '../artifact-service/index.js';
import { startProcess, type ProcessResult, type RunningProcess } from '../process/index.js';
import { readActionMetadata } from './action-metadata.js';
import { parseFileCommands } from './file-command-parser.js';
import { stepEnv, stepFiles, stepInputs, type StepFiles } from './runner-env.js';
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
  /** Stop the action (and everything it started) after this long. */
  timeoutMs?: number;
  /** Copy the action to a private directory first, so it can only use what it ships (default true). */
  isolate?: boolean;
  /** Reject inputs that action.yml does not declare (the runner only warns; tests want the typo caught). */
  strictInputs?: boolean;
  /** Each line of the action's output as it comes, masked as the runner's live log shows it. */
  onLine?: (line: string, stream: 'stdout' | 'stderr') => void;
  /** Stops the action and everything it started when aborted (as cancelling a job does). */
  signal?: AbortSignal;
  /**
   * Serve the artifact service stand-in (packages/artifact-service) from this directory while the action runs,
   * as a runner gives ACTIONS_RESULTS_URL and ACTIONS_RUNTIME_TOKEN: artifacts uploaded in one run are there for
   * the next. The job is GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT and GITHUB_JOB of `env` (run 1, attempt 1, release).
   */
  artifactStorage?: string;
}

/** What a run left behind: exit code, outputs, exported env, summary and logs. */
export interface ActionRun {
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** True when `timeoutMs` stopped it. */
  timedOut: boolean;
  /** True when `signal` stopped it. */
  cancelled: boolean;
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

/** Creates the step's files, empty but for the event payload. */
async function writeStepFiles(files: StepFiles, payload: Record<string, unknown>): Promise<void> {
  await Promise.all([
    ...Object.entries(files)
      .filter(([name]) => name !== 'GITHUB_EVENT_PATH')
      .map(([, file]) => writeFile(file, '')),
    writeFile(files.GITHUB_EVENT_PATH, JSON.stringify(payload)),
  ]);
}

/** Reads what the action wrote: outputs (file and legacy commands), env, path, summary, masks. */
async function collectRun(files: StepFiles, result: ProcessResult, cancelled: boolean): Promise<ActionRun> {
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
    timedOut: result.timedOut,
    cancelled,
    outputs: { ...legacyOutputs, ...parseFileCommands(outputText ?? '', 'GITHUB_OUTPUT') },
    env: parseFileCommands(envText ?? '', 'GITHUB_ENV'),
    path: (pathText ?? '').split(/\r?\n/).filter(Boolean),
    summary: summary ?? '',
    stdout: result.stdout,
    stderr: result.stderr,
    log: applyMasks(result.stdout, masks),
    commands,
    masks,
    durationMs: result.durationMs,
  };
}

/** Passes lines on with every value masked so far replaced, as the runner's live log; a mask applies from its own line on. */
function maskedLines(
  onLine: (line: string, stream: 'stdout' | 'stderr') => void,
): (line: string, stream: 'stdout' | 'stderr') => void {
  const masks: string[] = [];
  return (line, stream) => {
    const command = stream === 'stdout' ? parseWorkflowCommand(line) : null;
    if (command?.command === 'add-mask' && command.message !== '') masks.push(command.message);
    onLine(applyMasks(line, masks), stream);
  };
}

/** Stops `running` when `signal` aborts; the returned function tells whether it did. */
function stopOnAbort(running: RunningProcess, signal: AbortSignal | undefined): () => boolean {
  let cancelled = false;
  const stop = (): void => {
    cancelled = true;
    void running.stop();
  };
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop, { once: true });
  void running.result.finally(() => signal?.removeEventListener('abort', stop));
  return () => cancelled;
}

/** Runs a built action as the runner does: `node <main>` with INPUT_* and the GITHUB_* files. */
export async function runAction(options: RunActionOptions): Promise<ActionRun> {
  const metadata = await readActionMetadata(options.actionDir);
  if (!/^node\d+$/.test(metadata.using))
    throw new Error(`${options.actionDir}: runs.using ${metadata.using} is not a node runtime`);
  const scratch = await mkdtemp(join(tmpdir(), 'ra-run-'));
  try {
    const isolate = options.isolate !== false;
    const actionDir = isolate ? join(scratch, 'action') : resolve(options.actionDir);
    if (isolate) await cp(options.actionDir, actionDir, { recursive: true });
    const workspace = resolve(options.workspace ?? join(scratch, 'workspace'));
    const runnerTemp = join(scratch, 'runner-temp');
    await Promise.all([mkdir(workspace, { recursive: true }), mkdir(runnerTemp, { recursive: true })]);
    const files = stepFiles(scratch);
    const event = options.event ?? { name: 'push', payload: {} };
    await writeStepFiles(files, event.payload ?? {});

    const extraEnv = options.env ?? {};
    const inputs = stepInputs(
      metadata,
      options.inputs ?? {},
      {
        'github.token': extraEnv['GITHUB_TOKEN'] ?? '',
        'github.workspace': workspace,
        'runner.temp': runnerTemp,
      },
      options.strictInputs !== false,
    );
    const context = {
      workspace,
      runnerTemp,
      toolCache: join(scratch, 'tool-cache'),
      eventName: event.name,
      ref: options.ref ?? 'refs/heads/main',
      sha: options.sha ?? '0000000000000000000000000000000000000000',
    };
    const artifacts = options.artifactStorage
      ? await serveArtifacts(options.artifactStorage, extraEnv)
      : null;
    try {
      const running = await startProcess(options.node ?? process.execPath, [join(actionDir, metadata.main)], {
        cwd: workspace,
        env: stepEnv(context, files, inputs, { ...artifacts?.env, ...extraEnv }),
        timeoutMs: options.timeoutMs ?? 120_000,
        ...(options.onLine ? { onLine: maskedLines(options.onLine) } : {}),
      });
      const cancelled = stopOnAbort(running, options.signal);
      return await collectRun(files, await running.result, cancelled());
    } finally {
      await artifacts?.service.close();
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** An artifact service for one step, and the environment that points the step's job at it. */
async function serveArtifacts(
  storageDir: string,
  env: Record<string, string>,
): Promise<{ service: ArtifactService; env: Record<string, string> }> {
  const service = await startArtifactService({ storageDir });
  const job = {
    runId: Number(env['GITHUB_RUN_ID']) || 1,
    attempt: Number(env['GITHUB_RUN_ATTEMPT']) || 1,
    job: env['GITHUB_JOB'] ?? 'release',
  };
  return { service, env: service.jobEnv(job) };
}
