/** Reading one journal line back: a JournalEntry, or what is wrong with the line. */
import type { JournalEntry } from './model.js';

type Shape = Record<string, 'string' | 'number' | 'object'>;

const FILE_SHAPE: Shape = {
  filename: 'string',
  project: 'string',
  version: 'string',
  packagetype: 'string',
  size: 'number',
  digests: 'object',
  uploadTime: 'string',
  path: 'string',
};

const SHAPES: Record<JournalEntry['op'], Shape> = {
  add: { projectName: 'string', version: 'string', versionKey: 'string', metadata: 'object', file: 'object' },
  delete: { filename: 'string' },
  yank: { project: 'string', versionKey: 'string', reason: 'string' },
  unyank: { project: 'string', versionKey: 'string' },
};

function missingField(value: Record<string, unknown>, shape: Shape): string | null {
  for (const [key, type] of Object.entries(shape)) {
    const actual = value[key];
    if (typeof actual !== type || actual === null) return key;
  }
  return null;
}

/** The entry a journal line holds, or one phrase saying why it holds none. */
export function parseJournalLine(text: string): JournalEntry | { problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'is not valid JSON' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { problem: 'is not a JSON object' };
  const record = value as Record<string, unknown>;
  const op = record.op;
  if (typeof op !== 'string' || !Object.hasOwn(SHAPES, op))
    return { problem: `has an unknown op ${JSON.stringify(op ?? null)}` };
  const missing = missingField(record, SHAPES[op as JournalEntry['op']]);
  if (missing) return { problem: `(${op}) lacks a valid '${missing}'` };
  if (op === 'add') {
    const fileMissing = missingField(record.file as Record<string, unknown>, FILE_SHAPE);
    if (fileMissing) return { problem: `(add) lacks a valid 'file.${fileMissing}'` };
  }
  return record as unknown as JournalEntry;
}
