/** What a runner gives a JavaScript action: its inputs as INPUT_* variables, the GITHUB_* files and context. */
import { join } from 'node:path';
import type { ActionMetadata } from './action-metadata.js';

/** The files a runner creates for a step (all empty, the event payload aside). */
export interface StepFiles {
  GITHUB_OUTPUT: string;
  GITHUB_ENV: string;
  GITHUB_STEP_SUMMARY: string;
  GITHUB_PATH: string;
  GITHUB_STATE: string;
  GITHUB_EVENT_PATH: string;
}

/** Where a step's files and directories live inside `scratch`. */
export function stepFiles(scratch: string): StepFiles {
  return {
    GITHUB_OUTPUT: join(scratch, 'output'),
    GITHUB_ENV: join(scratch, 'env'),
    GITHUB_STEP_SUMMARY: join(scratch, 'summary.md'),
    GITHUB_PATH: join(scratch, 'path'),
    GITHUB_STATE: join(scratch, 'state'),
    GITHUB_EVENT_PATH: join(scratch, 'event.json'),
  };
}

/** Expands the few expressions action.yml defaults commonly use; anything else is a configuration error. */
export function expandDefault(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_match, expression: string) => {
    const replacement = context[expression];
    if (replacement === undefined)
      throw new Error(`action.yml default uses \${{ ${expression} }}, which this runner cannot evaluate`);
    return replacement;
  });
}

/** The inputs a step gets: action.yml defaults (expanded), then what `with:` gave; undeclared ones refused when strict. */
export function stepInputs(
  metadata: ActionMetadata,
  given: Record<string, string>,
  context: Record<string, string>,
  strict: boolean,
): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const [name, field] of Object.entries(metadata.inputs)) {
    if (field.default !== undefined) inputs[name] = expandDefault(field.default, context);
  }
  for (const [name, value] of Object.entries(given)) {
    if (strict && !(name in metadata.inputs)) {
      throw new Error(
        `Unexpected input '${name}', valid inputs are ${Object.keys(metadata.inputs).join(', ')}`,
      );
    }
    inputs[name] = value;
  }
  return inputs;
}

/** The run a step belongs to, as the GITHUB_* and RUNNER_* variables name it. */
export interface RunIdentity {
  workspace: string;
  runnerTemp: string;
  eventName: string;
  /** Where the event payload is; a runner's step files name it when absent. */
  eventPath?: string;
  ref: string;
  sha: string;
  /** GITHUB_REF_NAME and GITHUB_REF_TYPE; derived from `ref` when absent. */
  refName?: string;
  refType?: string;
  /** owner/name; defaults to octo-org/octo-repo. */
  repository?: string;
  workflow?: string;
  /** GITHUB_WORKFLOW_REF; defaults to the repository's release.yml at `ref`. */
  workflowRef?: string;
  job?: string;
  actor?: string;
}

/** What GitHub sets as GITHUB_REF_NAME and GITHUB_REF_TYPE for `ref`. */
export function refNameAndType(ref: string): { name: string; type: string } {
  const [, kind, name] = /^refs\/(heads|tags)\/(.+)$/.exec(ref) ?? [];
  if (kind && name) return { name, type: kind === 'tags' ? 'tag' : 'branch' };
  return { name: ref.replace(/^refs\/pull\//, ''), type: '' };
}

/** The variables a runner sets for every step of `run`'s job (no step files, no inputs). */
export function runnerVariables(run: RunIdentity): Record<string, string> {
  const repository = run.repository ?? 'octo-org/octo-repo';
  const derived = refNameAndType(run.ref);
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ...hostRunner(process.platform, process.arch),
    RUNNER_TEMP: run.runnerTemp,
    GITHUB_WORKSPACE: run.workspace,
    GITHUB_EVENT_NAME: run.eventName,
    ...(run.eventPath === undefined ? {} : { GITHUB_EVENT_PATH: run.eventPath }),
    GITHUB_REF: run.ref,
    GITHUB_REF_NAME: run.refName ?? derived.name,
    GITHUB_REF_TYPE: run.refType ?? derived.type,
    GITHUB_SHA: run.sha,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: repository.split('/')[0] ?? '',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: run.job ?? 'release',
    GITHUB_ACTOR: run.actor ?? 'octocat',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_WORKFLOW: run.workflow ?? 'release',
    // Names the workflow file as GitHub does, so an action's default for "this run's workflow" has one.
    GITHUB_WORKFLOW_REF: run.workflowRef ?? `${repository}/.github/workflows/release.yml@${run.ref}`,
  };
}

/** RUNNER_OS and RUNNER_ARCH as a hosted runner on this machine's OS and CPU would set them. */
export function hostRunner(
  platform: NodeJS.Platform,
  arch: string,
): { RUNNER_OS: string; RUNNER_ARCH: string } {
  const os = platform === 'win32' ? 'Windows' : platform === 'darwin' ? 'macOS' : 'Linux';
  const cpu = arch === 'arm64' ? 'ARM64' : arch === 'arm' ? 'ARM' : arch === 'ia32' ? 'X86' : 'X64';
  return { RUNNER_OS: os, RUNNER_ARCH: cpu };
}

/**
 * What a step needs from the host beyond PATH and HOME for programs to start at all: Windows finds its system
 * DLLs, shell, temporary and profile directories through these (python and pip fail without SYSTEMROOT).
 */
const HOST_ESSENTIALS = [
  'SYSTEMROOT',
  'SystemRoot',
  'COMSPEC',
  'PATHEXT',
  'WINDIR',
  'TEMP',
  'TMP',
  'USERPROFILE',
  'APPDATA',
  'LOCALAPPDATA',
  'TMPDIR',
];

function hostEssentials(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    HOST_ESSENTIALS.filter((name) => process.env[name] !== undefined).map((name) => [
      name,
      process.env[name],
    ]),
  );
}

/** The environment of a step: the host's essentials, `run`'s runner variables, the files, `extra`, then INPUT_*. */
export function stepEnv(
  run: RunIdentity & { toolCache: string },
  files: StepFiles,
  inputs: Record<string, string>,
  extra: Record<string, string>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...hostEssentials(),
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    LANG: process.env['LANG'] ?? 'C.UTF-8',
    ...runnerVariables(run),
    RUNNER_TOOL_CACHE: run.toolCache,
    GITHUB_ACTION: 'run',
    ...files,
    ...extra,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}
