/** The options of `run` and what they become: the action, its inputs and the context it runs in. */
import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import type { ActionMetadata } from '../local-runner/index.js';
import type { CommandLine, OptionSpecs } from './command-line.js';
import { namedValue, nonEmpty, positiveSeconds } from './option-values.js';
import { UsageError } from './usage-error.js';

/** A GitHub job's own limit (timeout-minutes defaults to 360): no action's timeout is longer. */
export const DEFAULT_RUN_TIMEOUT_MS = 360 * 60_000;

/** Every option of `run`, with what its value may be. */
export const RUN_OPTIONS: OptionSpecs = {
  input: { kind: 'value', multiple: true, accepts: 'name=value, with a name the action declares' },
  ref: { kind: 'value', accepts: 'a full ref, e.g. refs/heads/main or refs/tags/v1.0.0' },
  sha: { kind: 'value', accepts: 'a full commit SHA (40 hex digits, or 64)' },
  event: { kind: 'value', accepts: 'an event name, e.g. push or release' },
  'event-payload': { kind: 'value', accepts: 'a JSON file holding the event payload' },
  env: { kind: 'value', multiple: true, accepts: 'NAME=value' },
  workspace: { kind: 'value', accepts: 'an existing directory' },
  node: { kind: 'value', accepts: 'a node binary' },
  timeout: { kind: 'value', accepts: 'a number of seconds above 0' },
  debug: { kind: 'flag' },
  json: { kind: 'flag' },
};

/** What `run` was asked to do, checked against the action's own action.yml. */
export interface RunSettings {
  /** The action as given on the command line (for messages). */
  label: string;
  actionDir: string;
  inputs: Record<string, string>;
  event: { name: string; payload: Record<string, unknown> };
  env: Record<string, string>;
  workspace: string;
  /** Set by --ref / --sha; otherwise read from the checkout. */
  ref: string | undefined;
  sha: string | undefined;
  node: string | undefined;
  timeoutMs: number;
  debug: boolean;
  json: boolean;
}

function pairs(line: CommandLine, name: string): Record<string, string> {
  return Object.fromEntries(
    line.list(name).map((text) => {
      const pair = namedValue(text);
      if (!pair) throw line.invalid(name, text);
      return pair;
    }),
  );
}

/** Refuses inputs action.yml does not declare: a runner only warns, and the typo then silently does nothing. */
export function checkInputs(inputs: Record<string, string>, metadata: ActionMetadata, label: string): void {
  const declared = Object.keys(metadata.inputs);
  for (const name of Object.keys(inputs)) {
    if (!declared.includes(name))
      throw new UsageError(
        `--input: ${label} has no input '${name}'; it takes ${declared.length > 0 ? declared.join(', ') : 'none'}`,
      );
  }
}

async function eventPayload(file: string | undefined, cwd: string): Promise<Record<string, unknown>> {
  if (file === undefined) return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(resolve(cwd, file), 'utf8'));
  } catch (error) {
    throw new UsageError(`--event-payload: cannot read ${file} as JSON (${(error as Error).message})`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new UsageError(`--event-payload: ${file} must hold a JSON object`);
  return parsed as Record<string, unknown>;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Turns the `run` command line into settings for `actionDir`; throws UsageError naming a bad option. */
export async function runSettings(line: CommandLine, actionDir: string, cwd: string): Promise<RunSettings> {
  const workspace = resolve(cwd, line.string('workspace') ?? '.');
  if (!isDirectory(workspace)) throw line.invalid('workspace', line.string('workspace') ?? '.');
  return {
    label: line.positionals[0] ?? basename(actionDir),
    actionDir,
    inputs: pairs(line, 'input'),
    event: {
      name: line.value('event', (text) => (/^[a-z_]+$/.test(text) ? text : undefined)) ?? 'push',
      payload: await eventPayload(line.string('event-payload'), cwd),
    },
    env: pairs(line, 'env'),
    workspace,
    ref: line.value('ref', (text) => (/^refs\/\S+$/.test(text) ? text : undefined)),
    sha: line.value('sha', (text) => (/^([0-9a-f]{40}|[0-9a-f]{64})$/.test(text) ? text : undefined)),
    node: line.value('node', nonEmpty),
    timeoutMs: line.value('timeout', positiveSeconds) ?? DEFAULT_RUN_TIMEOUT_MS,
    debug: line.flag('debug'),
    json: line.flag('json'),
  };
}
