/**
 * Durable and concurrent: 50 parallel uploads lose nothing, races on one filename have one winner, a kill
 * mid-upload leaves nothing half-served, a restart keeps state, and a torn journal line is survived.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { appendFile, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { basename, join, sep } from 'node:path';
import { repairStorage, startIndex } from '../../packages/local-index/index.js';
import { startChildIndex } from './support/child-index.js';
import {
  get,
  makeDists,
  rawUpload,
  startTestIndex,
  twineForm,
  twineUpload,
} from './support/index-helpers.js';

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
let work: string;

const sha256 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex');

async function listing(
  simpleUrl: string,
  project: string,
): Promise<{ filename: string; hashes: { sha256: string }; url: string }[]> {
  const answer = await get(`${simpleUrl}${project}/`, JSON_TYPE);
  return answer.status === 200 ? JSON.parse(answer.body).files : [];
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-durable-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('concurrency', () => {
  it('loses nothing of 50 parallel uploads, and keeps all of it across a restart', async () => {
    const specs = Array.from({ length: 50 }, (_, i) => ({ name: 'parallel', version: `1.0.${i}` }));
    const paths = await makeDists(specs, await mkdtemp(join(work, 'fifty-')));
    const forms = await Promise.all(paths.map((path) => twineForm(path)));
    const storageDir = await mkdtemp(join(work, 'store-'));
    // All 50 at once: this is about the store's concurrency, not the upload cap (tested in load.test.ts).
    let index = await startIndex({ storageDir, port: 0, maxConcurrentUploads: 50 });
    try {
      const answers = await Promise.all(
        paths.map((path, i) => rawUpload(index.uploadUrl, forms[i] ?? [], { path })),
      );
      expect(answers.map((a) => a.status)).toEqual(paths.map(() => 200));
      const expected = await Promise.all(paths.map(async (p) => [basename(p), sha256(await readFile(p))]));
      const served = (await listing(index.simpleUrl, 'parallel')).map((f) => [f.filename, f.hashes.sha256]);
      expect(served.sort()).toEqual(expected.sort());
      const journal = (await readFile(join(storageDir, 'journal.jsonl'), 'utf8')).trim().split('\n');
      expect(journal).toHaveLength(50);

      await index.close();
      index = await startIndex({ storageDir, port: 0 });
      const after = await listing(index.simpleUrl, 'parallel');
      expect(after.map((f) => [f.filename, f.hashes.sha256]).sort()).toEqual(expected.sort());
      for (const file of after) expect(sha256((await get(file.url)).bytes)).toBe(file.hashes.sha256);
    } finally {
      await index.close();
    }
  });

  it('lets exactly one of 50 racing uploads of one filename win', async () => {
    const dirs = await Promise.all(Array.from({ length: 50 }, () => mkdtemp(join(work, 'race-'))));
    const paths = (
      await Promise.all(
        dirs.map((dir, i) => makeDists([{ name: 'racing', version: '1.0.0', summary: `build ${i}` }], dir)),
      )
    ).flat();
    const index = await startTestIndex({ maxConcurrentUploads: 50 });
    try {
      const answers = await Promise.all(
        paths.map(async (path) => rawUpload(index.uploadUrl, await twineForm(path), { path })),
      );
      const winners = answers.filter((a) => a.status === 200);
      expect(winners).toHaveLength(1);
      const losers = answers.filter((a) => a.status === 400);
      expect(losers).toHaveLength(49);
      for (const loser of losers)
        expect(loser.reason).toMatch(/^File already exists \('racing-1\.0\.0-py3-none-any\.whl'/);
      const [served] = await listing(index.simpleUrl, 'racing');
      const winner = paths[answers.findIndex((a) => a.status === 200)] as string;
      expect(served?.hashes.sha256).toBe(sha256(await readFile(winner)));
    } finally {
      await index.stop();
    }
  });

  it('stores 20 parallel identical uploads once, answering each 200', async () => {
    const [path] = await makeDists([{ name: 'same', version: '1.0.0' }], await mkdtemp(join(work, 'same-')));
    const form = await twineForm(path as string);
    const index = await startTestIndex();
    try {
      const answers = await Promise.all(
        Array.from({ length: 20 }, () => rawUpload(index.uploadUrl, form, { path: path as string })),
      );
      expect(answers.map((a) => a.status)).toEqual(answers.map(() => 200));
      expect(await listing(index.simpleUrl, 'same')).toHaveLength(1);
      expect(
        (await readFile(join(index.storageDir, 'journal.jsonl'), 'utf8')).trim().split('\n'),
      ).toHaveLength(1);
      expect(await filesUnder(join(index.storageDir, 'packages'))).toHaveLength(2); // the wheel and its .metadata
    } finally {
      await index.stop();
    }
  });

  it('takes parallel twine processes', async () => {
    const paths = await makeDists(
      Array.from({ length: 6 }, (_, i) => ({ name: 'twined', version: `2.0.${i}`, sdist: true })),
      await mkdtemp(join(work, 'twined-')),
    );
    const index = await startTestIndex();
    try {
      const pairs = Array.from({ length: 6 }, (_, i) => paths.slice(i * 2, i * 2 + 2));
      const results = await Promise.all(pairs.map((files) => twineUpload(index.uploadUrl, files)));
      expect(results.map((r) => r.code)).toEqual(pairs.map(() => 0));
      expect(await listing(index.simpleUrl, 'twined')).toHaveLength(12);
    } finally {
      await index.stop();
    }
  });
});

describe('crashes', () => {
  it('serves nothing of an upload killed halfway, and takes it whole after a restart', async () => {
    const storageDir = await mkdtemp(join(work, 'killed-'));
    const [path] = await makeDists(
      [{ name: 'crashing', version: '1.0.0', payload: 24 * 1024 * 1024 }],
      await mkdtemp(join(work, 'big-')),
    );
    const wheel = path as string;
    const form = await twineForm(wheel);
    const first = await startChildIndex(storageDir);

    // Send the fields and half the file, then kill the index while it holds a partial temp file.
    const boundary = 'killedhalfway';
    const head = Buffer.concat([
      ...form.map(([name, value]) =>
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
      ),
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="content"; filename="${basename(wheel)}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
    ]);
    const size = (await stat(wheel)).size;
    const req = request(first.uploadUrl, {
      method: 'POST',
      headers: {
        'Content-Type': `multipart/form-data; boundary=${boundary}`,
        'Content-Length': String(head.length + size + boundary.length + 8),
      },
    });
    req.on('error', () => undefined);
    req.write(head);
    const half = createReadStream(wheel, { end: Math.floor(size / 2) });
    for await (const chunk of half) req.write(chunk);
    const tmp = join(storageDir, 'tmp');
    for (let i = 0; i < 200; i += 1) {
      const partial = (await filesUnder(tmp)).find((f) => f.endsWith('.whl'));
      if (partial && (await stat(partial)).size > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect((await filesUnder(tmp)).some((f) => f.endsWith('.whl'))).toBe(true);
    first.child.kill('SIGKILL');
    await first.exited;
    req.destroy();

    const second = await startChildIndex(storageDir);
    try {
      expect(await listing(second.simpleUrl, 'crashing')).toEqual([]);
      expect(await filesUnder(tmp)).toEqual([]);
      expect(await filesUnder(join(storageDir, 'packages'))).toEqual([]);
      const again = await rawUpload(second.uploadUrl, form, { path: wheel });
      expect(again.status).toBe(200);
      const [served] = await listing(second.simpleUrl, 'crashing');
      expect(served?.hashes.sha256).toBe(sha256(await readFile(wheel)));
    } finally {
      second.child.kill('SIGTERM');
      expect(await second.exited).toEqual({ code: 0, signal: null });
    }
  });

  it('keeps an answered upload through SIGKILL and restart', async () => {
    const storageDir = await mkdtemp(join(work, 'kept-'));
    const [path] = await makeDists(
      [{ name: 'kept', version: '1.0.0' }],
      await mkdtemp(join(work, 'kept-dist-')),
    );
    const first = await startChildIndex(storageDir);
    expect(
      (await rawUpload(first.uploadUrl, await twineForm(path as string), { path: path as string })).status,
    ).toBe(200);
    first.child.kill('SIGKILL');
    await first.exited;
    const second = await startChildIndex(storageDir);
    try {
      const [served] = await listing(second.simpleUrl, 'kept');
      expect(served?.hashes.sha256).toBe(sha256(await readFile(path as string)));
    } finally {
      second.child.kill('SIGINT');
      await second.exited;
    }
  });

  it('drops a torn last journal line and sweeps bytes that were never journaled', async () => {
    const storageDir = await mkdtemp(join(work, 'torn-'));
    const [path] = await makeDists(
      [{ name: 'torn', version: '1.0.0' }],
      await mkdtemp(join(work, 'torn-dist-')),
    );
    let index = await startIndex({ storageDir, port: 0 });
    expect(
      (await rawUpload(index.uploadUrl, await twineForm(path as string), { path: path as string })).status,
    ).toBe(200);
    await index.close();
    // A crash between renaming bytes in and journaling them, and one in the middle of an append.
    const orphan = join(storageDir, 'packages', 'ab', 'cd', 'ef'.repeat(30), 'torn-9.0-py3-none-any.whl');
    await mkdir(join(orphan, '..'), { recursive: true });
    await writeFile(orphan, 'never journaled');
    await appendFile(join(storageDir, 'journal.jsonl'), '{"op":"add","projectName":"torn","ver');
    index = await startIndex({ storageDir, port: 0 });
    try {
      expect((await listing(index.simpleUrl, 'torn')).map((f) => f.filename)).toEqual([
        'torn-1.0.0-py3-none-any.whl',
      ]);
      expect((await readFile(join(storageDir, 'journal.jsonl'), 'utf8')).endsWith('}\n')).toBe(true);
      expect((await filesUnder(join(storageDir, 'packages'))).some((f) => f === orphan)).toBe(false);
    } finally {
      await index.close();
    }
  });

  it('remembers deletions and yanks across a restart', async () => {
    const storageDir = await mkdtemp(join(work, 'remember-'));
    const paths = await makeDists(
      [
        { name: 'remember', version: '1.0.0' },
        { name: 'remember', version: '2.0.0' },
      ],
      await mkdtemp(join(work, 'remember-dist-')),
    );
    let index = await startIndex({ storageDir, port: 0 });
    for (const path of paths)
      expect((await rawUpload(index.uploadUrl, await twineForm(path), { path })).status).toBe(200);
    expect(await index.admin.deleteFile('remember-1.0.0-py3-none-any.whl')).toBe(true);
    expect(await index.admin.yank('remember', '2.0.0', 'oops')).toBe(true);
    await index.close();
    index = await startIndex({ storageDir, port: 0 });
    try {
      const files = await listing(index.simpleUrl, 'remember');
      expect(files.map((f) => [f.filename, (f as unknown as { yanked: unknown }).yanked])).toEqual([
        ['remember-2.0.0-py3-none-any.whl', 'oops'],
      ]);
      const again = await rawUpload(index.uploadUrl, await twineForm(paths[0] as string), {
        path: paths[0] as string,
      });
      expect(again.status).toBe(400);
      expect(again.reason).toMatch(
        /^This filename was previously used by a file that has since been deleted\./,
      );
    } finally {
      await index.close();
    }
  });

  it("keeps the project's latest spelling across a restart, as warehouse renames it on upload", async () => {
    const storageDir = await mkdtemp(join(work, 'renamed-'));
    const paths = await makeDists(
      [
        { name: 'package_name', version: '1.0.0' },
        { name: 'Package-Name', version: '2.0.0' },
      ],
      await mkdtemp(join(work, 'renamed-dist-')),
    );
    let index = await startIndex({ storageDir, port: 0 });
    for (const path of paths)
      expect((await rawUpload(index.uploadUrl, await twineForm(path), { path })).status).toBe(200);
    const spelling = async (): Promise<unknown> =>
      ((await (await fetch(`${index.jsonUrl}package-name/json`)).json()) as { info: { name: string } }).info
        .name;
    expect(await spelling()).toBe('Package-Name');
    await index.close();
    index = await startIndex({ storageDir, port: 0 });
    try {
      expect(await spelling()).toBe('Package-Name');
    } finally {
      await index.close();
    }
  });

  it('refuses to start on a journal damaged in the middle, naming the line and the repair command', async () => {
    const storageDir = await mkdtemp(join(work, 'damaged-'));
    const journal = join(storageDir, 'journal.jsonl');
    await writeFile(journal, 'garbage\n{"op":"delete","filename":"x","time":"t"}\n{"op":"yank"}\n');
    await expect(startIndex({ storageDir, port: 0 })).rejects.toThrow(
      `${journal}: line 1 is not valid JSON; the index state is damaged. Run 'release-actions index repair --storage ${storageDir}' to set the damage aside (the journal is kept as a copy)`,
    );
    const report = await repairStorage(storageDir, { now: () => new Date('2030-01-02T03:04:05.678Z') });
    expect(report).toMatchObject({
      damage: [
        { line: 1, problem: 'is not valid JSON' },
        { line: 3, problem: "(yank) lacks a valid 'project'" },
      ],
      kept: 1,
      lines: 3,
      backup: `${journal}.damaged-2030-01-02T03-04-05-678Z`,
    });
    expect(await readFile(`${journal}.damaged-2030-01-02T03-04-05-678Z`, 'utf8')).toMatch(/^garbage\n/);
    expect(await readFile(journal, 'utf8')).toBe('{"op":"delete","filename":"x","time":"t"}\n');
    const index = await startIndex({ storageDir, port: 0 });
    await index.close();
    expect((await repairStorage(storageDir)).damage).toEqual([]);
  });

  it('refuses to start when a file the journal records is missing or cut short; repair marks it deleted', async () => {
    const storageDir = await mkdtemp(join(work, 'lost-'));
    const paths = await makeDists(
      [
        { name: 'lost', version: '1.0.0' },
        { name: 'lost', version: '2.0.0' },
      ],
      await mkdtemp(join(work, 'lost-dist-')),
    );
    let index = await startIndex({ storageDir, port: 0 });
    for (const path of paths)
      expect((await rawUpload(index.uploadUrl, await twineForm(path), { path })).status).toBe(200);
    await index.close();
    const stored = (await filesUnder(join(storageDir, 'packages'))).filter((f) => f.endsWith('.whl'));
    const first = stored.find((f) => f.endsWith('lost-1.0.0-py3-none-any.whl')) as string;
    await writeFile(first, 'cut short');
    const relative = first
      .slice(storageDir.length + 1)
      .split(sep)
      .join('/');
    await expect(startIndex({ storageDir, port: 0 })).rejects.toThrow(
      new RegExp(
        `: line 1 records ${relative} of \\d+ bytes, which has 9; the index state is damaged\\. Run 'release-actions index repair`,
      ),
    );
    const report = await repairStorage(storageDir);
    expect(report.damage).toEqual([
      { line: 1, problem: expect.stringMatching(/which has 9$/), filename: 'lost-1.0.0-py3-none-any.whl' },
    ]);
    index = await startIndex({ storageDir, port: 0 });
    try {
      expect((await listing(index.simpleUrl, 'lost')).map((f) => f.filename)).toEqual([
        'lost-2.0.0-py3-none-any.whl',
      ]);
      const again = await rawUpload(index.uploadUrl, await twineForm(paths[0] as string), {
        path: paths[0] as string,
      });
      expect(again.reason).toMatch(
        /^This filename was previously used by a file that has since been deleted/,
      );
    } finally {
      await index.close();
    }
  });

  it('refuses a second index on the same storage directory', async () => {
    const storageDir = await mkdtemp(join(work, 'locked-'));
    const child = await startChildIndex(storageDir);
    try {
      await expect(startIndex({ storageDir, port: 0 })).rejects.toThrow(
        `storage directory ${storageDir} is in use by another index (pid ${child.child.pid}); stop it or choose another --storage`,
      );
    } finally {
      child.child.kill('SIGTERM');
      await child.exited;
    }
    const index = await startIndex({ storageDir, port: 0 }); // the lock went with it
    await index.close();
  });
});
