/**
 * Load limits: 1,000 stalled uploads against `index serve` take at most the cap (32) of slots, the rest are
 * answered 503 with Retry-After before their bodies are read, the memory they hold stays within the cap's
 * bound (the index's own account, and its peak RSS), reads are answered meanwhile, and everything is
 * given back when they go. A silent upload is cut off after the idle timeout, a trickling one after the
 * request timeout; the cap frees a slot as an upload ends.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startIndex, type RunningIndex, type UploadLoad } from '../../packages/local-index/index.js';
import { startChildIndex } from './support/child-index.js';
import { get, makeDists, rawUpload, twineForm } from './support/index-helpers.js';
import { stalledUpload, type StalledUpload } from './support/stalled-upload.js';

const TOKEN = 'load-admin-token';
const MIB = 1024 * 1024;
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'li-load-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Polls `probe` every 50 ms until it returns true (the test's timeout bounds the wait). */
async function until(probe: () => Promise<boolean> | boolean): Promise<void> {
  while (!(await probe())) await new Promise((resolve) => setTimeout(resolve, 50));
}

async function adminLoad(url: string): Promise<UploadLoad> {
  const answer = await fetch(`${url}/_admin/load`, { headers: { Authorization: `Bearer ${TOKEN}` } });
  return (await answer.json()) as UploadLoad;
}

/** A process's resident memory now (VmRSS) or at its peak (VmHWM), in bytes; null off Linux. */
async function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null);
  const kib = status && new RegExp(`${field}:\\s+(\\d+) kB`).exec(status)?.[1];
  return kib ? Number(kib) * 1024 : null;
}

describe('1,000 stalled uploads', () => {
  it('take at most the cap, the rest 503 with Retry-After; memory within the bound, reads answered', async () => {
    const storage = await mkdtemp(join(work, 'stalled-'));
    const index = await startChildIndex(storage, ['--token', TOKEN]);
    const stalled: StalledUpload[] = [];
    try {
      const idle = await memoryOf(index.child.pid, 'VmRSS');
      for (let i = 0; i < 1000; i += 1)
        stalled.push(await stalledUpload(index.uploadUrl, { fileBytes: 300 * 1024, password: TOKEN }));
      await until(async () => {
        const load = await adminLoad(index.url);
        return load.active + load.refused >= 1000;
      });
      // Reads are answered while every slot is held by an upload that sends nothing more.
      expect((await get(`${index.url}/`)).status).toBe(200);
      expect((await get(`${index.simpleUrl}`)).status).toBe(200);

      const load = await adminLoad(index.url);
      expect(load).toMatchObject({ cap: 32, active: 32, peakActive: 32, refused: 968 });
      expect(load.heldBytes).toBeGreaterThan(0);
      expect(load.peakHeldBytes).toBeLessThanOrEqual(load.boundBytes);
      await until(() => stalled.filter((s) => s.status() === 503).length === 968);
      expect(
        stalled
          .filter((s) => s.status() === 503)
          .every((s) => /\r\nRetry-After: \d+\r\n/i.test(s.received())),
      ).toBe(true);

      const peak = await memoryOf(index.child.pid, 'VmHWM');
      if (idle !== null && peak !== null) {
        // What the uploads may hold, plus what a thousand open connections cost node (well under 64 KiB
        // each), plus room for the collector's lag: 1,000 uploads unbounded took 1.3 GB here.
        expect(peak - idle).toBeLessThan(load.boundBytes + 1000 * 64 * 1024 + 64 * MIB);
      }
    } finally {
      for (const upload of stalled) upload.socket.destroy();
    }
    try {
      await until(async () => (await adminLoad(index.url)).active === 0);
      expect((await adminLoad(index.url)).heldBytes).toBe(0);
      await until(async () => (await readdir(join(storage, 'tmp'))).length === 0);
    } finally {
      index.child.kill('SIGTERM');
      await index.exited;
    }
  });
});

describe('timeouts and the cap', () => {
  let wheel: string;
  let index: RunningIndex | null = null;
  beforeAll(async () => {
    [wheel] = (await makeDists([{ name: 'capped', version: '1.0.0' }], await mkdtemp(join(work, 'd-')))) as [
      string,
    ];
  });
  afterAll(async () => {
    await index?.close();
  });

  it('closes an upload silent for the idle timeout and frees its slot', async () => {
    const storageDir = await mkdtemp(join(work, 'idle-'));
    index = await startIndex({ storageDir, port: 0, idleTimeoutMs: 300 });
    const upload = await stalledUpload(index.uploadUrl, { fileBytes: 100 * 1024 });
    await until(() => index?.load().active === 1);
    await upload.closed;
    await until(() => index?.load().active === 0);
    expect(index.load().heldBytes).toBe(0);
    await until(async () => (await readdir(join(storageDir, 'tmp'))).length === 0);
    expect((await get(`${index.url}/`)).status).toBe(200);
    await index.close();
  });

  it('answers 408 to an upload still arriving at the request timeout, however steadily it trickles', async () => {
    const storageDir = await mkdtemp(join(work, 'total-'));
    index = await startIndex({ storageDir, port: 0, idleTimeoutMs: 60_000, requestTimeoutMs: 800 });
    const upload = await stalledUpload(index.uploadUrl, { fileBytes: 10 * 1024 });
    const trickling = setInterval(() => upload.trickle(), 50);
    try {
      await upload.closed;
    } finally {
      clearInterval(trickling);
    }
    expect(upload.status()).toBe(408);
    await until(() => index?.load().active === 0);
    await index.close();
  });

  it('answers 503 with Retry-After beyond the cap, before reading the body, and takes it once a slot is free', async () => {
    const storageDir = await mkdtemp(join(work, 'cap-'));
    index = await startIndex({ storageDir, port: 0, maxConcurrentUploads: 2 });
    const first = await stalledUpload(index.uploadUrl, { fileBytes: 1024 });
    const second = await stalledUpload(index.uploadUrl, { fileBytes: 1024 });
    await until(() => index?.load().active === 2);
    const form = await twineForm(wheel);
    const refused = await rawUpload(index.uploadUrl, form, { path: wheel });
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('2');
    expect(refused.reason).toBe('The index is receiving its limit of 2 uploads at once; retry shortly.');
    first.socket.destroy();
    await until(() => index?.load().active === 1);
    expect((await rawUpload(index.uploadUrl, form, { path: wheel })).status).toBe(200);
    second.socket.destroy();
    expect(index.load()).toMatchObject({ cap: 2, peakActive: 2, refused: 1 });
    await index.close();
  });
});
