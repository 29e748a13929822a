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

/** The event, ref and sha a step runs for. */
export interface StepContext {
  workspace: string;
  runnerTemp: string;
  toolCache: string;
  eventName: string;
  ref: string;
  sha: string;
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

/** The environment of a step: a runner's GITHUB_* and RUNNER_* variables, the files, `extra`, then INPUT_*. */
export function stepEnv(
  context: StepContext,
  files: StepFiles,
  inputs: Record<string, string>,
  extra: Record<string, string>,
): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...hostEssentials(),
    PATH: process.env['PATH'],
    HOME: process.env['HOME'],
    LANG: process.env['LANG'] ?? 'C.UTF-8',
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    ...hostRunner(process.platform, process.arch),
    RUNNER_TEMP: context.runnerTemp,
    RUNNER_TOOL_CACHE: context.toolCache,
    GITHUB_WORKSPACE: context.workspace,
    GITHUB_EVENT_NAME: context.eventName,
    GITHUB_REF: context.ref,
    GITHUB_SHA: context.sha,
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
    // Names the workflow file as GitHub does, so an action's default for "this run's workflow" has one.
    GITHUB_WORKFLOW_REF: `octo-org/octo-repo/.github/workflows/release.yml@${context.ref}`,
    GITHUB_ACTION: 'run',
    ...files,
    ...extra,
  };
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return env;
}
