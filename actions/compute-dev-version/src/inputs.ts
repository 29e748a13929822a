import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
  getBooleanInput,
  getChoiceInput,
  getInput,
  getListInput,
  InputError,
} from '../../../packages/action-kit/index.js';
import type { ComputeOptions } from '../../../packages/git-version/index.js';

/** The action's settings, read once from the runner's environment. */
export interface Settings {
  options: ComputeOptions;
  exportEnv: boolean;
}

function runnerVariable(name: string): string {
  const value = process.env[name];
  if (!value) throw new InputError(`${name} is not set: run this action inside a GitHub Actions job`);
  return value;
}

/** Whether a pull request comes from a fork; read only for pull requests, where the payload says so. */
function headRepoFork(): boolean {
  const eventPath = process.env['GITHUB_EVENT_PATH'];
  if (
    !eventPath ||
    !['pull_request', 'pull_request_target'].includes(process.env['GITHUB_EVENT_NAME'] ?? '')
  ) {
    return false;
  }
  try {
    const payload = JSON.parse(readFileSync(eventPath, 'utf8')) as PullRequestPayload;
    return payload.pull_request?.head?.repo?.fork === true;
  } catch {
    return false;
  }
}

interface PullRequestPayload {
  pull_request?: { head?: { repo?: { fork?: boolean } } };
}

/** The build time of local versions: SOURCE_DATE_EPOCH when set (as setuptools_scm reads it), else now. */
function buildTime(): Date {
  const epoch = process.env['SOURCE_DATE_EPOCH'];
  if (!epoch) return new Date();
  if (!/^[0-9]+$/.test(epoch)) {
    throw new InputError(`SOURCE_DATE_EPOCH is '${epoch}'; set it to whole seconds since 1970 or unset it`);
  }
  return new Date(Number(epoch) * 1000);
}

/** Reads and checks every input; the errors name the input and what it accepts. */
export function readSettings(): Settings {
  const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
  const runNumber = Number(process.env['GITHUB_RUN_NUMBER'] ?? '');
  const distNames = getListInput('dist-name', { commas: true });
  const devNumber = getChoiceInput('dev-number', ['distance', 'run-number'] as const, 'distance');
  if (devNumber === 'run-number' && !Number.isSafeInteger(runNumber)) {
    throw new InputError('Input dev-number is run-number, but GITHUB_RUN_NUMBER is not set to a number.');
  }
  return {
    exportEnv: getBooleanInput('export-env', true),
    options: {
      cwd: resolve(workspace, getInput('working-directory') || '.'),
      mode: getChoiceInput('mode', ['auto', 'release', 'dev'] as const, 'auto'),
      // Checked by computeVersion against setuptools_scm's schemes, beside the project's own version_scheme.
      scheme: getInput('scheme') || null,
      tagPrefix: getInput('tag-prefix') || null,
      devNumber,
      ...(devNumber === 'run-number' ? { runNumber } : {}),
      fallbackVersion: getInput('fallback-version') || null,
      fetch: getChoiceInput('fetch', ['auto', 'never'] as const, 'auto'),
      allowDirty: getBooleanInput('allow-dirty', false),
      now: buildTime(),
      distNames: distNames.length > 0 ? distNames : null,
      event: {
        name: runnerVariable('GITHUB_EVENT_NAME'),
        ref: runnerVariable('GITHUB_REF'),
        sha: process.env['GITHUB_SHA'] ?? '',
        headRepoFork: headRepoFork(),
      },
    },
  };
}
