/**
 * Deleting the install check's directory. On Windows a process that has just exited (python, or an
 * antivirus scanning what it wrote) can hold a file for a moment, and deleting fails with EBUSY or EPERM:
 * that is retried with growing waits, and a directory that still cannot go is reported, never thrown, so
 * that cleaning up can never undo a verification.
 */
import { rm } from 'node:fs/promises';
import { systemClock, type Clock } from '../pypi/index.js';

/** Codes a moment's wait can cure. */
const BUSY = new Set(['EBUSY', 'EPERM', 'EACCES', 'ENOTEMPTY', 'EMFILE', 'ENFILE']);
/** Waits between attempts: about 4 s in all before giving up. */
export const REMOVE_RETRY_DELAYS_MS: readonly number[] = [100, 200, 400, 800, 1_000, 1_500];

/** What removal needs: the deletion itself and a clock to wait with (both replaced in tests). */
export interface RemoveDeps {
  removeTree?: (path: string) => Promise<void>;
  clock?: Clock;
}

const removeRecursively = (path: string): Promise<void> => rm(path, { recursive: true, force: true });

/** Delete `path` and everything in it; resolves with a warning line when it could not, else null. */
export async function removeTree(path: string, deps: RemoveDeps = {}): Promise<string | null> {
  const remove = deps.removeTree ?? removeRecursively;
  const clock = deps.clock ?? systemClock;
  for (let attempt = 0; ; attempt++) {
    try {
      await remove(path);
      return null;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? '';
      const delay = REMOVE_RETRY_DELAYS_MS[attempt];
      if (BUSY.has(code) && delay !== undefined) {
        await clock.sleep(delay);
        continue;
      }
      const why = error instanceof Error ? error.message : String(error);
      return `could not remove the install check's directory ${path} (${why}); it is left for the runner to clean up`;
    }
  }
}
