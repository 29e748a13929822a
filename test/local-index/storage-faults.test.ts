/**
 * Failed writes, injected at every write an upload or an admin change makes (the file system is passed in,
 * so this needs no mounting and runs on any OS): ENOSPC answers 503 with Retry-After, EIO answers 500,
 * nothing of the change stays (not served, not in tmp/ or packages/, not in the journal), the same change
 * succeeds once the disk is sound, and a restart finds the state the answers described. Also the platform's
 * rules: Windows gets no directory fsync and no fsync through a read-only handle.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  startIndex,
  syncsDirectories,
  type RunningIndex,
  type StorageSystem,
} from '../../packages/local-index/index.js';
import { FaultyFs, type FaultRule } from './support/faulty-fs.js';
import { get, makeDists, rawUpload, twineForm, type Answer } from './support/index-helpers.js';

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
let work: string;
let wheel: string;
let other: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-faults-'));
  [wheel, other] = (await makeDists(
    [
      { name: 'faulty', version: '1.0.0' },
      { name: 'faulty', version: '2.0.0' },
    ],
    await mkdtemp(join(work, 'dists-')),
  )) as [string, string];
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const sha256 = async (path: string): Promise<string> =>
  createHash('sha256')
    .update(await readFile(path))
    .digest('hex');

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

interface Listed {
  filename: string;
  sha256: string;
  yanked: unknown;
  url: string;
}

/** What the simple API lists for the project (without the host: indexes on other ports compare equal). */
async function listed(index: RunningIndex): Promise<Listed[]> {
  const answer = await get(`${index.simpleUrl}faulty/`, JSON_TYPE);
  if (answer.status === 404) return [];
  const files = JSON.parse(answer.body).files as (Listed & { hashes: { sha256: string } })[];
  return files.map((f) => ({ filename: f.filename, sha256: f.hashes.sha256, yanked: f.yanked, url: f.url }));
}

const withoutUrls = (files: Listed[]): Omit<Listed, 'url'>[] => files.map(({ url: _url, ...rest }) => rest);

const upload = async (index: RunningIndex, path: string): Promise<Answer> =>
  rawUpload(index.uploadUrl, await twineForm(path), { path });

const journalSize = (storageDir: string): Promise<number> =>
  stat(join(storageDir, 'journal.jsonl')).then((s) => s.size);

/** An index on a fresh storage directory whose file system is `faulty`. */
async function faultyIndex(
  faulty: FaultyFs,
  platform: NodeJS.Platform = 'linux',
): Promise<{ index: RunningIndex; storageDir: string }> {
  const storageDir = await mkdtemp(join(work, 'store-'));
  const storageSystem: StorageSystem = { fs: faulty, platform };
  return { index: await startIndex({ storageDir, port: 0, storageSystem }), storageDir };
}

/** Asserts a failed write's answer: 503 with Retry-After for a full disk, 500 for a failing one. */
function expectWriteFailure(answer: Answer, code: string): void {
  if (code === 'ENOSPC') {
    expect(answer.status).toBe(503);
    expect(answer.headers['retry-after']).toMatch(/^\d+$/);
    expect(answer.reason).toMatch(
      /^The index's storage is full \(ENOSPC while [a-z ]+\); nothing was stored/,
    );
  } else {
    expect(answer.status).toBe(500);
    expect(answer.reason).toMatch(
      /^The index could not write its storage \(EIO while [a-z ]+\); nothing was stored/,
    );
  }
}

// Every write of an upload, in the order it happens (a wheel: its bytes, then its core metadata file).
const UPLOAD_WRITES: [string, Omit<FaultRule, 'code'>][] = [
  ['making its directory under tmp/', { call: 'mkdir', path: /[/\\]tmp[/\\][^/\\]+$/ }],
  ['writing the received bytes', { call: 'writev', path: /[/\\]tmp[/\\].+\.whl$/, short: true }],
  ['fsyncing the received bytes', { call: 'sync', path: /[/\\]tmp[/\\].+\.whl$/ }],
  ['writing the core metadata file', { call: 'write', path: /\.part$/, short: true }],
  ['fsyncing the core metadata file', { call: 'sync', path: /\.part$/ }],
  ['making its directory under packages/', { call: 'mkdir', path: /[/\\]packages[/\\]/ }],
  ['moving the core metadata file into place', { call: 'rename', path: /\.metadata$/ }],
  ['moving the file into place', { call: 'rename', path: /[/\\]packages[/\\].+\.whl$/ }],
  ['fsyncing its directory', { call: 'sync', path: /[/\\]packages[/\\]/, directory: true }],
  ['appending to the journal', { call: 'write', path: /journal\.jsonl$/, short: true }],
  // Once: the line is then cut back off and that fsync succeeds (a persistent failure is tested below).
  ['fsyncing the journal', { call: 'sync', path: /journal\.jsonl$/, times: 1 }],
];

describe('an upload meeting a failed write', () => {
  const cases = UPLOAD_WRITES.flatMap(([what, rule]) =>
    ['ENOSPC', 'EIO'].map((code) => [what, code, rule] as const),
  );
  it.each(cases)(
    '%s fails with %s: answered so, nothing kept, taken whole once the disk is sound',
    async (_what, code, rule) => {
      const faulty = new FaultyFs();
      const { index, storageDir } = await faultyIndex(faulty);
      let restarted: RunningIndex | null = null;
      try {
        const journalBefore = await journalSize(storageDir);
        faulty.fail({ ...rule, code });
        expectWriteFailure(await upload(index, wheel), code);
        expect(await listed(index)).toEqual([]);
        expect(await filesUnder(join(storageDir, 'tmp'))).toEqual([]);
        expect(await filesUnder(join(storageDir, 'packages'))).toEqual([]);
        expect(await journalSize(storageDir)).toBe(journalBefore);

        faulty.clear();
        expect((await upload(index, wheel)).status).toBe(200);
        await index.close();
        expect(faulty.openHandles).toBe(0);
        restarted = await startIndex({ storageDir, port: 0 });
        expect(withoutUrls(await listed(restarted))).toEqual([
          { filename: 'faulty-1.0.0-py3-none-any.whl', sha256: await sha256(wheel), yanked: false },
        ]);
      } finally {
        await index.close();
        await restarted?.close();
      }
    },
  );
});

/** POSTs an admin change with the index's token. */
const adminPost = (index: RunningIndex, action: string, body: unknown): Promise<Response> =>
  fetch(`${index.url}/_admin/${action}`, {
    method: 'POST',
    headers: { Authorization: 'Bearer admin-token', 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('an admin change meeting a failed journal write', () => {
  it.each([
    ['yank', { project: 'faulty', version: '1.0.0', reason: 'x'.repeat(5000) }, 'ENOSPC'],
    ['yank', { project: 'faulty', version: '1.0.0' }, 'EIO'],
    ['delete', { filename: 'faulty-1.0.0-py3-none-any.whl' }, 'ENOSPC'],
    ['delete', { filename: 'faulty-1.0.0-py3-none-any.whl' }, 'EIO'],
  ])('%s, %#: answered so and nothing changes', async (action, body, code) => {
    const faulty = new FaultyFs();
    const storageDir = await mkdtemp(join(work, 'admin-'));
    const storageSystem: StorageSystem = { fs: faulty, platform: 'linux' };
    const index = await startIndex({ storageDir, port: 0, storageSystem, token: 'admin-token' });
    let restarted: RunningIndex | null = null;
    try {
      expect(
        (
          await rawUpload(
            index.uploadUrl,
            await twineForm(wheel),
            { path: wheel },
            { password: 'admin-token' },
          )
        ).status,
      ).toBe(200);
      const before = await listed(index);
      const journalBefore = await journalSize(storageDir);
      faulty.fail(
        code === 'ENOSPC'
          ? { call: 'write', path: /journal\.jsonl$/, code, short: true }
          : { call: 'sync', path: /journal\.jsonl$/, code, times: 1 },
      );
      const answer = await adminPost(index, action, body);
      expect(answer.status).toBe(code === 'ENOSPC' ? 503 : 500);
      if (code === 'ENOSPC') expect(answer.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(await listed(index)).toEqual(before);
      const [served] = before;
      expect((await get(served?.url ?? '')).bytes.equals(await readFile(wheel))).toBe(true);
      expect(await journalSize(storageDir)).toBe(journalBefore);

      faulty.clear();
      expect((await adminPost(index, action, body)).status).toBe(200);
      const after = await listed(index);
      await index.close();
      restarted = await startIndex({ storageDir, port: 0 });
      expect(withoutUrls(await listed(restarted))).toEqual(withoutUrls(after));
      expect(after).not.toEqual(before);
    } finally {
      await index.close();
      await restarted?.close();
    }
  });
});

describe('a failed journal write that cannot be cut back off', () => {
  it.each([
    [
      'a short write, then the cut fails',
      'ENOSPC',
      [
        { call: 'write', path: /journal\.jsonl$/, code: 'ENOSPC', short: true },
        { call: 'truncate', path: /journal\.jsonl$/, code: 'EIO' },
      ],
    ],
    ['every fsync fails', 'EIO', [{ call: 'sync', path: /journal\.jsonl$/, code: 'EIO' }]],
  ] as [string, string, FaultRule[]][])(
    '%s: takes no changes until restarted, keeps answering reads, starts again as it was',
    async (_case, code, rules) => {
      const faulty = new FaultyFs();
      const { index, storageDir } = await faultyIndex(faulty);
      let restarted: RunningIndex | null = null;
      try {
        expect((await upload(index, wheel)).status).toBe(200);
        for (const rule of rules) faulty.fail(rule);
        expectWriteFailure(await upload(index, other), code);
        faulty.clear();
        // The journal's tail is unknown now: every change is refused until a restart, reads go on.
        const refused = await upload(index, other);
        expect(refused.status).toBe(503);
        expect(refused.reason).toMatch(/takes no changes until it is restarted; nothing was stored/);
        expect((await listed(index)).map((f) => f.filename)).toEqual(['faulty-1.0.0-py3-none-any.whl']);
        await index.close();

        restarted = await startIndex({ storageDir, port: 0 });
        expect((await listed(restarted)).map((f) => f.filename)).toEqual(['faulty-1.0.0-py3-none-any.whl']);
        expect((await readFile(join(storageDir, 'journal.jsonl'), 'utf8')).endsWith('}\n')).toBe(true);
        // The second file's bytes were left for this start's sweep: only the first one's remain.
        expect(await filesUnder(join(storageDir, 'packages'))).toHaveLength(2);
        expect((await upload(restarted, other)).status).toBe(200);
      } finally {
        await index.close();
        await restarted?.close();
      }
    },
  );
});

describe("the platform's rules for fsync", () => {
  it('fsyncs directories on POSIX systems, not on Windows', () => {
    expect(syncsDirectories('linux')).toBe(true);
    expect(syncsDirectories('darwin')).toBe(true);
    expect(syncsDirectories('freebsd')).toBe(true);
    expect(syncsDirectories('win32')).toBe(false);
  });

  it("works under Windows' rules: no directory opened, no fsync through a read-only handle", async () => {
    const faulty = new FaultyFs({ windows: true });
    const { index, storageDir } = await faultyIndex(faulty, 'win32');
    let restarted: RunningIndex | null = null;
    try {
      expect((await upload(index, wheel)).status).toBe(200);
      expect(await index.admin.yank('faulty', '1.0.0', 'broken')).toBe(true);
      expect(await index.admin.deleteFile('faulty-1.0.0-py3-none-any.whl')).toBe(true);
      expect((await upload(index, other)).status).toBe(200);
      await index.close();
      restarted = await startIndex({ storageDir, port: 0, storageSystem: { fs: faulty, platform: 'win32' } });
      expect((await listed(restarted)).map((f) => f.filename)).toEqual(['faulty-2.0.0-py3-none-any.whl']);
      expect(faulty.events.some((e) => e.directory)).toBe(false);
    } finally {
      await index.close();
      await restarted?.close();
    }
  });

  it('on Linux, fsyncs each directory an upload created or renamed into, and the journal through its own handle', async () => {
    const faulty = new FaultyFs();
    const { index, storageDir } = await faultyIndex(faulty, 'linux');
    try {
      const startEvents = faulty.events.length;
      expect((await upload(index, wheel)).status).toBe(200);
      const synced = faulty.events
        .slice(startEvents)
        .filter((e) => e.call === 'sync')
        .map((e) =>
          e.directory ? `dir ${e.path.slice(storageDir.length)}` : e.path.slice(storageDir.length),
        );
      const [file] = await filesUnder(join(storageDir, 'packages')).then((f) =>
        f.filter((p) => p.endsWith('.whl')),
      );
      const blobDir = (file as string).slice(storageDir.length).split(/[/\\]/).slice(0, -1);
      // packages/ab, packages/ab/cd and packages/ab/cd/<rest> are new: each parent fsynced, then the last.
      for (let depth = 1; depth <= 4; depth += 1)
        expect(synced).toContain(`dir ${blobDir.slice(0, depth + 1).join('/')}`);
      expect(synced.at(-1)).toBe('/journal.jsonl');
    } finally {
      await index.close();
    }
  });
});
