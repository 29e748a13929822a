import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fakeClock } from '../../test/support/clock.js';
import { REMOVE_RETRY_DELAYS_MS, removeTree } from './remove-tree.js';

const fsError = (code: string) =>
  Object.assign(new Error(`${code}: resource busy or locked, rmdir 'x'`), { code });

/** A deletion that fails with the given codes first, then succeeds. */
function failing(...codes: string[]) {
  const calls: string[] = [];
  return {
    calls,
    removeTree: async (path: string) => {
      calls.push(path);
      const code = codes.shift();
      if (code) throw fsError(code);
    },
  };
}

describe('removing the install check directory', () => {
  it('retries a directory Windows still holds (EBUSY, EPERM) until it goes', async () => {
    const clock = fakeClock(0);
    const fs = failing('EBUSY', 'EPERM', 'EBUSY');
    expect(await removeTree('/t/verify-pypi-1', { ...fs, clock })).toBeNull();
    expect(fs.calls).toHaveLength(4);
    expect(clock.sleeps).toEqual(REMOVE_RETRY_DELAYS_MS.slice(0, 3));
  });

  it('gives up after the last wait with a warning, never an exception', async () => {
    const clock = fakeClock(0);
    const fs = failing(...Array<string>(20).fill('EBUSY'));
    const warning = await removeTree('/t/verify-pypi-1', { ...fs, clock });
    expect(warning).toBe(
      "could not remove the install check's directory /t/verify-pypi-1 (EBUSY: resource busy or locked, rmdir 'x'); it is left for the runner to clean up",
    );
    expect(clock.sleeps).toEqual(REMOVE_RETRY_DELAYS_MS);
  });

  it('does not wait on an error time cannot cure', async () => {
    const clock = fakeClock(0);
    expect(await removeTree('/t/x', { ...failing('EIO'), clock })).toMatch(/^could not remove .* \(EIO: /);
    expect(clock.sleeps).toEqual([]);
  });

  it('deletes a real tree', async () => {
    const root = await mkdtemp(join(tmpdir(), 'remove-tree-'));
    await mkdir(join(root, 'venv', 'bin'), { recursive: true });
    await writeFile(join(root, 'venv', 'bin', 'python'), '');
    expect(await removeTree(root)).toBeNull();
    await expect(stat(root)).rejects.toThrow(/ENOENT/);
  });
});
