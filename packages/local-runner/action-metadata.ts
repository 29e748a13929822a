import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';

/** One input or output as action.yml declares it. */
export interface ActionField {
  description: string;
  required?: boolean;
  default?: string;
}

/** The parts of action.yml a runner and the docs generator need. */
export interface ActionMetadata {
  name: string;
  description: string;
  using: string;
  main: string;
  inputs: Record<string, ActionField>;
  outputs: Record<string, ActionField>;
}

function fields(value: unknown, file: string, kind: string): Record<string, ActionField> {
  if (value === undefined || value === null) return {};
  if (typeof value !== 'object') throw new Error(`${file}: ${kind} must be a mapping`);
  const result: Record<string, ActionField> = {};
  for (const [name, raw] of Object.entries(value as Record<string, unknown>)) {
    const field = (raw ?? {}) as Record<string, unknown>;
    if (typeof field['description'] !== 'string')
      throw new Error(`${file}: ${kind}.${name} needs a description`);
    result[name] = {
      description: field['description'],
      ...(typeof field['required'] === 'boolean' ? { required: field['required'] } : {}),
      ...(field['default'] !== undefined ? { default: String(field['default']) } : {}),
    };
  }
  return result;
}

/** Parses action.yml text; `file` names it in errors. */
export function parseActionMetadata(text: string, file: string): ActionMetadata {
  const doc = parse(text) as Record<string, unknown> | null;
  if (!doc || typeof doc !== 'object') throw new Error(`${file}: not a YAML mapping`);
  const runs = (doc['runs'] ?? {}) as Record<string, unknown>;
  if (typeof runs['using'] !== 'string' || typeof runs['main'] !== 'string') {
    throw new Error(`${file}: runs.using and runs.main are required for a JavaScript action`);
  }
  return {
    name: String(doc['name'] ?? ''),
    description: String(doc['description'] ?? ''),
    using: runs['using'],
    main: runs['main'],
    inputs: fields(doc['inputs'], file, 'inputs'),
    outputs: fields(doc['outputs'], file, 'outputs'),
  };
}

/** Reads `action.yml` (or `action.yaml`) from an action directory. */
export async function readActionMetadata(actionDir: string): Promise<ActionMetadata> {
  for (const name of ['action.yml', 'action.yaml']) {
    const file = join(actionDir, name);
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text !== null) return parseActionMetadata(text, file);
  }
  throw new Error(`${actionDir}: no action.yml found; build the actions first (npm run build)`);
}
