/**
 * kill -9 during every phase of an upload: the index (in a process of its own) kills itself with SIGKILL
 * right after each write an upload makes, and a restart finds either nothing of the upload or all of it,
 * never a part: nothing half in tmp/ or packages/, no damaged journal, and the upload then taken (or
 * recognised as there) with its bytes served. Phases after the answer: durability.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIndex } from '../../packages/local-index/index.js';
import { startIndexProcess } from './support/child-index.js';
import { CRASH_PHASES, type CrashPhase } from './support/crash-phases.js';
import { get, makeDists, rawUpload, REPO_ROOT, twineForm } from './support/index-helpers.js';

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const FILENAME = 'crash_phases-1.0.0-py3-none-any.whl';
let work: string;
let wheel: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-kill-'));
  [wheel] = (await makeDists(
    [{ name: 'crash-phases', version: '1.0.0', payload: 3 * 1024 * 1024 }],
    await mkdtemp(join(work, 'dist-')),
  )) as [string];
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => e.name);
}

// Before the journal line is whole, a restart must find nothing; once it is fsynced, everything. Written
// but not fsynced, SIGKILL keeps it (the page cache outlives the process): either state is sound.
const EXPECTED: Record<CrashPhase, 'absent' | 'present' | 'either'> = {
  receiving: 'absent',
  received: 'absent',
  'metadata-written': 'absent',
  'metadata-placed': 'absent',
  'file-placed': 'absent',
  'journal-torn': 'absent',
  'journal-written': 'either',
  'journal-synced': 'present',
};

describe('kill -9 during an upload', () => {
  it.concurrent.each(Object.keys(CRASH_PHASES) as CrashPhase[])(
    'killed at %s: a restart finds none of it or all of it, then takes it',
    async (phase) => {
      const storageDir = await mkdtemp(join(work, `${phase}-`));
      const crashing = await startIndexProcess(process.execPath, [
        '--import',
        join(REPO_ROOT, 'test', 'local-index', 'support', 'ts-loader.mjs'),
        join(REPO_ROOT, 'test', 'local-index', 'support', 'crash-index.ts'),
        storageDir,
        phase,
      ]);
      const form = await twineForm(wheel);
      await expect(rawUpload(crashing.uploadUrl, form, { path: wheel })).rejects.toThrow();
      expect(await crashing.exited).toEqual({ code: null, signal: 'SIGKILL' });
      const journal = await readFile(join(storageDir, 'journal.jsonl'), 'utf8');
      if (phase === 'journal-torn') expect(journal).toMatch(/^\{"op":"add".*[^\n]$/);

      const index = await startIndex({ storageDir, port: 0 });
      try {
        const page = await get(`${index.simpleUrl}crash-phases/`, JSON_TYPE);
        const listed = page.status === 200 ? (JSON.parse(page.body).files as { filename: string }[]) : [];
        const state = listed.length === 0 ? 'absent' : 'present';
        if (EXPECTED[phase] !== 'either') expect(state).toBe(EXPECTED[phase]);
        expect(await filesUnder(join(storageDir, 'tmp'))).toEqual([]);
        expect((await filesUnder(join(storageDir, 'packages'))).sort()).toEqual(
          state === 'absent' ? [] : [FILENAME, `${FILENAME}.metadata`],
        );
        const again = await rawUpload(index.uploadUrl, form, { path: wheel });
        expect(again.status).toBe(200);
        const after = JSON.parse((await get(`${index.simpleUrl}crash-phases/`, JSON_TYPE)).body).files as {
          filename: string;
          url: string;
        }[];
        expect(after.map((f) => f.filename)).toEqual([FILENAME]);
        const served = (await get(after[0]?.url ?? '')).bytes;
        const digest = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');
        expect(digest(served)).toBe(digest(await readFile(wheel)));
      } finally {
        await index.close();
      }
    },
  );
});
