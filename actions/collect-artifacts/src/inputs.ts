import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import {
  getBooleanInput,
  getChoiceInput,
  getInput,
  InputError,
  registerSecret,
  type OtherRun,
} from '../../../packages/action-kit/index.js';
import type { ReleaseRules } from '../../../packages/collect/index.js';
import { parseVersion } from '../../../packages/pep440/index.js';
import { parseExpected, type ExpectedDocument } from '../../../packages/wheel-matrix/index.js';

/** Where the artifacts come from. */
export type SourceSettings =
  | { kind: 'directory'; from: string }
  /** The artifact service: this run's (other null) or another run's through the REST API. */
  | { kind: 'artifacts'; other: OtherRun | null };

/** The action's settings, read once from the runner's environment. */
export interface Settings {
  source: SourceSettings;
  pattern: string;
  /** Absolute. */
  path: string;
  expected: ExpectedDocument | null;
  rules: ReleaseRules;
  /** Where downloaded zips wait to be read. */
  tempDir: string;
}

const workspace = () => process.env['GITHUB_WORKSPACE'] || process.cwd();

function readExpected(): ExpectedDocument | null {
  const text = getInput('expected');
  if (text === '') return null;
  try {
    return parseExpected(text);
  } catch (error) {
    throw new InputError(
      `Input ${(error as Error).message}: pass build-wheel-matrix's expected output as it is (\${{ needs.plan.outputs.expected }})`,
    );
  }
}

function readVersion(): string | null {
  const version = getInput('version');
  if (version === '') return null;
  if (!parseVersion(version))
    throw new InputError(
      `Input version ${JSON.stringify(version)} is not a PEP 440 version (e.g. 1.4.0 or 1.4.1.dev3)`,
    );
  return version;
}

function otherRun(runId: string): OtherRun {
  if (!/^\d+$/.test(runId))
    throw new InputError(
      `Input run-id must be a workflow run's number (as in its URL), got ${JSON.stringify(runId)}`,
    );
  const repository = getInput('repository') || process.env['GITHUB_REPOSITORY'] || '';
  const [owner, repo, extra] = repository.split('/');
  if (!owner || !repo || extra !== undefined)
    throw new InputError(`Input repository must be owner/name, got ${JSON.stringify(repository)}`);
  const token = getInput('github-token');
  if (!token)
    throw new InputError(
      "Input github-token is empty, and run-id needs it: leave it unset to use the run's token, or pass one with actions: read on that repository",
    );
  return { token, runId: Number(runId), owner, repo };
}

function thisRunService(): void {
  for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
    if (!process.env[name])
      throw new InputError(
        `${name} is not set: the runner gives it to actions to reach the artifact service. Run this step in a GitHub Actions job (or with release-actions run, which serves one), or set source: directory and from`,
      );
  }
}

function readSource(): SourceSettings {
  const kind = getChoiceInput('source', ['artifacts', 'directory'] as const, 'artifacts');
  const from = getInput('from');
  const runId = getInput('run-id');
  if (kind === 'directory') {
    if (!from)
      throw new InputError(
        'Input from is required with source: directory: the directory whose subdirectories are the artifacts',
      );
    if (runId)
      throw new InputError(
        'Input run-id is for source: artifacts; with source: directory, from gives the artifacts',
      );
    return { kind, from: resolve(workspace(), from) };
  }
  if (from)
    throw new InputError(
      'Input from is read only with source: directory: set source: directory too, or drop from',
    );
  if (runId) return { kind, other: otherRun(runId) };
  thisRunService();
  return { kind, other: null };
}

/** Reads and checks every input; the errors name the input and the fix. */
export function readSettings(): Settings {
  // First of all, so that nothing printed from here on can show it.
  registerSecret(getInput('github-token'));
  return {
    source: readSource(),
    pattern: getInput('pattern') || 'dist-*',
    path: resolve(workspace(), getInput('path') || 'dist'),
    expected: readExpected(),
    rules: {
      name: getInput('name') || null,
      version: readVersion(),
      requireSdist: getBooleanInput('require-sdist', true),
    },
    tempDir: process.env['RUNNER_TEMP'] || tmpdir(),
  };
}
