/** A small tmpfs to fill up, where the machine lets a test mount one (Linux, as root); else why not. */
import { mkdtemp, open, rm, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecked, runProcess } from '../../../packages/process/index.js';

/** A mounted tmpfs: `fill` leaves only `freeBytes` free, `unmount` removes it. */
export interface Tmpfs {
  dir: string;
  /** Writes a filler file until the disk is full, then gives back `freeBytes` (whole pages). */
  fill(freeBytes: number): Promise<void>;
  /** Removes the filler: the disk has room again. */
  empty(): Promise<void>;
  unmount(): Promise<void>;
}

/** Mounts a tmpfs of `bytes`, or says why it cannot be done here. */
export async function mountTmpfs(bytes: number): Promise<Tmpfs | { unavailable: string }> {
  if (process.platform !== 'linux') return { unavailable: `tmpfs is Linux's; this is ${process.platform}` };
  if (process.getuid?.() !== 0) return { unavailable: 'mounting a tmpfs needs root' };
  const dir = await mkdtemp(join(tmpdir(), 'li-tmpfs-'));
  const mounted = await runProcess('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir]).catch(
    (error: Error) => ({ code: -1, stdout: '', stderr: error.message }),
  );
  if (mounted.code !== 0) {
    await rm(dir, { recursive: true, force: true });
    return { unavailable: `mount -t tmpfs failed: ${mounted.stderr.trim() || `exit ${mounted.code}`}` };
  }
  const filler = join(dir, 'filler');
  return {
    dir,
    async fill(freeBytes) {
      const handle = await open(filler, 'a');
      const block = Buffer.alloc(64 * 1024, 0x5a);
      let size = (await handle.stat()).size;
      try {
        for (;;) size += (await handle.write(block)).bytesWritten;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
      } finally {
        await handle.close();
      }
      await truncate(filler, Math.max(0, size - freeBytes));
    },
    empty: () => rm(filler, { force: true }),
    async unmount() {
      await runChecked('umount', [dir]); // 'target is busy' when the index left a file open
      await rm(dir, { recursive: true, force: true });
    },
  };
}
