/** One index per storage directory: a lock file holding the owner's pid, taken over when that pid is gone. */
import { open, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { StorageError } from './storage-error.js';

/** A held lock; `release` removes it. */
export interface DirectoryLock {
  release(): Promise<void>;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means it exists but belongs to someone else: still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Takes `<dir>/.lock`, or throws naming the process that holds it. */
export async function lockDirectory(dir: string): Promise<DirectoryLock> {
  const path = join(dir, '.lock');
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return { release: () => rm(path, { force: true }) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number.parseInt(await readFile(path, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(owner) && owner > 0 && owner !== process.pid && isAlive(owner)) {
        throw new StorageError(
          `storage directory ${dir} is in use by another index (pid ${owner}); stop it or choose another --storage`,
        );
      }
      if (owner === process.pid) {
        throw new StorageError(
          `storage directory ${dir} is already served by this process; close that index first`,
        );
      }
      await rm(path, { force: true }); // stale: its owner died without cleaning up
    }
  }
  throw new StorageError(`storage directory ${dir}: could not take its lock file ${path}`);
}
