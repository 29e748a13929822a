// HashWorkers against dists' hashFile on real files: same digests, node's own error for a missing file,
// jobs queued behind a busy worker, and a clear failure (for the main thread to take over) once closed.
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { hashFile } from '../dists/index.js';
import { HashWorkerFailure, HashWorkers } from './hash-workers.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hash-workers-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('HashWorkers', () => {
  it('gives dists digests for files queued behind one worker, and node’s error for a missing one', async () => {
    const sizes = [0, 1, (1 << 20) - 1, 1 << 20, 3 * (1 << 20) + 17];
    const paths = await Promise.all(
      sizes.map(async (size, i) => {
        const path = join(dir, `f${i}`);
        await writeFile(path, Buffer.alloc(size, i + 1));
        return path;
      }),
    );
    const pool = await HashWorkers.start(1);
    try {
      const digests = await Promise.all(paths.map((path, i) => pool.hash(path, i % 2 ? ['md5'] : [])));
      const expected = await Promise.all(paths.map((path, i) => hashFile(path, i % 2 ? ['md5'] : [])));
      expect(digests).toEqual(expected);

      const missing = join(dir, 'missing.whl');
      const nodeSays = await open(missing, 'r').catch((error: NodeJS.ErrnoException) => error);
      await expect(pool.hash(missing, [])).rejects.toMatchObject({
        code: 'ENOENT',
        message: (nodeSays as Error).message,
      });
      expect(await pool.hash(paths[1] as string, [])).toEqual(await hashFile(paths[1] as string, []));
    } finally {
      await pool.close();
    }
  });

  it('fails with HashWorkerFailure for blake2b-256 and after closing', async () => {
    const path = join(dir, 'small');
    await writeFile(path, 'bytes');
    const pool = await HashWorkers.start(1);
    expect(HashWorkers.handles(['md5', 'blake2_256'])).toBe(false);
    await expect(pool.hash(path, ['blake2_256'])).rejects.toBeInstanceOf(HashWorkerFailure);
    await pool.close();
    await expect(pool.hash(path, [])).rejects.toBeInstanceOf(HashWorkerFailure);
  });
});
