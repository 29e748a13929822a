/**
 * Rehearsing bad days: each injected fault as clients meet it (twine included), and a seeded mix where a
 * retrying client ends with every file stored exactly once, the faults falling exactly as the seed says.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { FaultPlan, type FaultOptions } from '../../packages/local-index/index.js';
import {
  get,
  makeDists,
  rawUpload,
  startTestIndex,
  twineForm,
  twineUpload,
  type Answer,
  type TestIndex,
} from './support/index-helpers.js';

const JSON_TYPE = 'application/vnd.pypi.simple.v1+json';
let work: string;
let wheel: string;

async function stored(index: TestIndex, project: string): Promise<string[]> {
  const answer = await get(`${index.simpleUrl}${project}/`, JSON_TYPE);
  return answer.status === 200
    ? JSON.parse(answer.body).files.map((f: { filename: string }) => f.filename)
    : [];
}

async function withFaults<T>(faults: FaultOptions, test: (index: TestIndex) => Promise<T>): Promise<T> {
  const index = await startTestIndex({ faults });
  try {
    return await test(index);
  } finally {
    await index.stop();
  }
}

/** The first seed whose plan starts with exactly `sequence` (null: no fault). */
function seedFor(options: Omit<FaultOptions, 'seed'>, sequence: (string | null)[]): number {
  for (let seed = 1; seed < 100_000; seed += 1) {
    const plan = new FaultPlan({ ...options, seed });
    if (sequence.every((expected) => plan.next('upload') === expected)) return seed;
  }
  throw new Error('no seed found');
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-faults-'));
  [wheel] = (await makeDists([{ name: 'flaky', version: '1.0.0' }], work)) as [string];
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('each fault', () => {
  it('503: twine retries five times, then fails; nothing is stored', async () => {
    await withFaults({ rate: 1, seed: 1, kinds: ['503'] }, async (index) => {
      const result = await twineUpload(index.uploadUrl, [wheel]);
      expect(result.code).not.toBe(0);
      expect(result.stdout + result.stderr).toContain('Received "503: Service Unavailable"');
      expect(index.log.filter((e) => e.path === '/legacy/')).toHaveLength(5);
      expect(await stored(index, 'flaky')).toEqual([]);
    });
  });

  it('429: answered with Retry-After, which twine does not retry', async () => {
    await withFaults({ rate: 1, seed: 1, kinds: ['429'] }, async (index) => {
      const answer = await rawUpload(index.uploadUrl, await twineForm(wheel), { path: wheel });
      expect([answer.status, answer.reason, answer.headers['retry-after']]).toEqual([
        429,
        'Too Many Requests',
        '1',
      ]);
      const result = await twineUpload(index.uploadUrl, [wheel]);
      expect(result.code).not.toBe(0);
      expect(await stored(index, 'flaky')).toEqual([]);
    });
  });

  it('reset: the connection drops mid-upload and nothing is kept, not even in tmp/', async () => {
    await withFaults({ rate: 1, seed: 1, kinds: ['reset'] }, async (index) => {
      await expect(rawUpload(index.uploadUrl, await twineForm(wheel), { path: wheel })).rejects.toThrow(
        /socket hang up|ECONNRESET|EPIPE/,
      );
      const result = await twineUpload(index.uploadUrl, [wheel]);
      expect(result.code).not.toBe(0);
      expect(result.stdout + result.stderr).toMatch(
        /ConnectionError|Connection aborted|RemoteDisconnected|reset/i,
      );
      expect(await stored(index, 'flaky')).toEqual([]);
      expect(await readdir(join(index.storageDir, 'tmp'))).toEqual([]);
    });
  });

  it('slow: the answer is held back', async () => {
    await withFaults({ rate: 1, seed: 1, kinds: ['slow'], slowMs: 600 }, async (index) => {
      const started = Date.now();
      const answer = await rawUpload(index.uploadUrl, await twineForm(wheel), { path: wheel });
      expect(answer.status).toBe(200);
      expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    });
  });

  it('stored-502: the file is stored though the answer says 502; twine’s retry then meets the identical file', async () => {
    const seed = seedFor({ rate: 0.5, kinds: ['stored-502'] }, ['stored-502', null]);
    await withFaults({ rate: 0.5, seed, kinds: ['stored-502'] }, async (index) => {
      const result = await twineUpload(index.uploadUrl, [wheel]);
      expect(result.stdout + result.stderr).toContain('Received "502: Bad Gateway"');
      expect(result.code).toBe(0);
      expect(index.log.filter((e) => e.path === '/legacy/').map((e) => [e.status, e.fault])).toEqual([
        [502, 'stored-502'],
        [200, null],
      ]);
      expect(await stored(index, 'flaky')).toEqual([basename(wheel)]);
    });
  });

  it('read faults: the simple API answers 503 when reads are in scope', async () => {
    await withFaults({ rate: 1, seed: 1, kinds: ['503'], scope: 'read' }, async (index) => {
      expect((await rawUpload(index.uploadUrl, await twineForm(wheel), { path: wheel })).status).toBe(200);
      expect((await get(`${index.simpleUrl}flaky/`)).status).toBe(503);
    });
  });
});

describe('a seeded mix', () => {
  it('ends with every file stored once when the client retries, faults falling as the seed says', async () => {
    const paths = await makeDists(
      Array.from({ length: 20 }, (_, i) => ({ name: 'mixed', version: `0.${i}.0` })),
      await mkdtemp(join(work, 'mix-')),
    );
    const faults: FaultOptions = {
      rate: 0.35,
      seed: 20240501,
      kinds: ['503', '429', 'reset', 'slow', 'stored-502'],
      slowMs: 50,
    };
    await withFaults(faults, async (index) => {
      for (const path of paths) {
        const form = await twineForm(path);
        for (let attempt = 1; ; attempt += 1) {
          const answer: Answer | null = await rawUpload(index.uploadUrl, form, { path }).catch(() => null);
          if (answer?.status === 200) break;
          if (answer && answer.status < 500 && answer.status !== 429)
            throw new Error(`${answer.status} ${answer.reason}`);
          if (attempt > 20) throw new Error(`gave up on ${basename(path)}`);
        }
      }
      expect((await stored(index, 'mixed')).sort()).toEqual(paths.map((p) => basename(p)).sort());
      const plan = new FaultPlan(faults);
      const uploads = index.log.filter((e) => e.path === '/legacy/');
      expect(uploads.map((e) => e.fault)).toEqual(uploads.map(() => plan.next('upload')));
      expect(new Set(uploads.map((e) => e.fault).filter(Boolean)).size).toBeGreaterThanOrEqual(4);
    });
  });
});
