/**
 * A full disk for real: the index's storage on a 4 MiB tmpfs filled to two free pages (issue 10's
 * reproduction). Every upload and yank is answered 200 or 503 with Retry-After, never 200 for something
 * lost; a restart finds exactly what the 200s described. Needs root to mount (else skipped, saying why);
 * storage-faults.test.ts injects the same failures, and EIO, without mounting anything.
 */
import { afterAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIndex, type RunningIndex } from '../../packages/local-index/index.js';
import { get, makeDists, rawUpload, twineForm } from './support/index-helpers.js';
import { mountTmpfs } from './support/tmpfs.js';

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
const PAGE = 4096;
const tmpfs = await mountTmpfs(4 * 1024 * 1024);
const describeOnTmpfs =
  'unavailable' in tmpfs
    ? (title: string, body: () => void) =>
        describe.skip(`${title} (skipped: ${tmpfs.unavailable}; storage-faults.test.ts covers it)`, body)
    : describe;

afterAll(async () => {
  if (!('unavailable' in tmpfs)) await tmpfs.unmount();
});

/** name → [sha256, yanked] for every file the index lists. */
async function state(index: RunningIndex): Promise<Record<string, [string, unknown]>> {
  const answer = await get(`${index.simpleUrl}full-disk/`, JSON_TYPE);
  if (answer.status === 404) return {};
  const files = JSON.parse(answer.body).files as {
    filename: string;
    hashes: { sha256: string };
    yanked: unknown;
  }[];
  return Object.fromEntries(files.map((f) => [f.filename, [f.hashes.sha256, f.yanked]]));
}

describeOnTmpfs('on a 4 MiB tmpfs filled to two free pages', () => {
  it('answers each change 200 or 503 with Retry-After, and a restart finds exactly what the 200s said', async () => {
    if ('unavailable' in tmpfs) return;
    const distDir = await mkdtemp(join(tmpdir(), 'li-full-'));
    const paths = await makeDists(
      [
        ...Array.from({ length: 6 }, (_, i) => ({ name: 'full-disk', version: `1.0.${i}` })),
        { name: 'full-disk', version: '9.0.0', payload: 1024 * 1024 },
      ],
      distDir,
    );
    const sha = async (path: string): Promise<string> =>
      createHash('sha256')
        .update(await readFile(path))
        .digest('hex');
    const storageDir = join(tmpfs.dir, 'index');
    let index = await startIndex({ storageDir, port: 0, token: 'admin' });
    const expected: Record<string, [string, unknown]> = {};
    const answers: number[] = [];
    const upload = async (path: string): Promise<void> => {
      const answer = await rawUpload(index.uploadUrl, await twineForm(path), { path }, { password: 'admin' });
      answers.push(answer.status);
      if (answer.status === 200) expected[path.split('/').at(-1) as string] = [await sha(path), false];
      else {
        expect(answer.status).toBe(503);
        expect(answer.headers['retry-after']).toMatch(/^\d+$/);
      }
    };
    const yank = async (version: string, reason: string): Promise<void> => {
      const answer = await fetch(`${index.url}/_admin/yank`, {
        method: 'POST',
        headers: { Authorization: 'Bearer admin' },
        body: JSON.stringify({ project: 'full-disk', version, reason }),
      });
      answers.push(answer.status);
      const file = `full_disk-${version}-py3-none-any.whl`;
      if (answer.status === 200) (expected[file] as [string, unknown])[1] = reason;
      else {
        expect(answer.status).toBe(503);
        expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
      }
    };
    try {
      await upload(paths[0] as string);
      await tmpfs.fill(2 * PAGE);
      for (const path of paths.slice(1)) await upload(path);
      // Reasons longer than a page: the journal needs a new page for each.
      for (let i = 0; i < 3; i += 1) await yank('1.0.0', `${i}`.repeat(2 * PAGE));
      expect(answers).toContain(503);
      expect(await state(index)).toEqual(expected);
      expect(await readdir(join(storageDir, 'tmp'))).toEqual([]);

      await tmpfs.empty();
      await upload(paths[5] as string);
      await yank('1.0.0', 'room again');
      expect(answers.slice(-2)).toEqual([200, 200]);
      await index.close();
      index = await startIndex({ storageDir, port: 0, token: 'admin' });
      expect(await state(index)).toEqual(expected);
    } finally {
      await index.close();
      await rm(distDir, { recursive: true, force: true });
    }
  });
});
