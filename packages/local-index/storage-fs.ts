/**
 * The file operations the index's storage goes through, and the platform they run on: node's own by
 * default, a test's with injected failures (ENOSPC, EIO, Windows' EPERM) otherwise. Everything that makes
 * a change durable lives here: full writes, fsync of the file through its own write handle (Windows
 * refuses fsync on a read-only one), and fsync of a directory whose entries changed, where the platform
 * can (Windows cannot open a directory as a file; NTFS journals its metadata itself).
 */
import { constants } from 'node:fs';
import * as nodeFs from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/** An open file, as far as the storage uses one (node's FileHandle is one). */
export interface StorageHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesWritten: number }>;
  writev(buffers: Uint8Array[], position?: number | null): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  truncate(length: number): Promise<void>;
  stat(): Promise<{ size: number }>;
  close(): Promise<void>;
}

/** How a file is opened: `r` to read, `wx` to create, `r+` to change one in place. */
export type OpenMode = 'r' | 'wx' | 'r+';

/** The file-system calls of the storage (node's `fs/promises` is one). */
export interface StorageFs {
  open(path: string, mode: OpenMode): Promise<StorageHandle>;
  mkdir(path: string): Promise<unknown>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  rm(path: string, options: { recursive: boolean; force: boolean }): Promise<void>;
  readFile(path: string): Promise<Buffer>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ size: number; isFile(): boolean; isDirectory(): boolean }>;
  access(path: string, mode: number): Promise<void>;
}

/** The file system and the platform whose rules it follows. */
export interface StorageSystem {
  fs: StorageFs;
  platform: NodeJS.Platform;
}

/** Node's file system on this machine. */
export const NODE_STORAGE: StorageSystem = { fs: nodeFs, platform: process.platform };

/**
 * Whether a directory can be fsynced (opened read-only, then fsync) to make a new entry or a rename in it
 * durable: on POSIX systems yes; on Windows a directory cannot be opened that way, and NTFS commits
 * metadata changes through its own journal.
 */
export function syncsDirectories(platform: NodeJS.Platform): boolean {
  return platform !== 'win32';
}

/** Fsyncs a directory after an entry in it was created, renamed or removed; nothing where the platform cannot. */
export async function syncDirectory(system: StorageSystem, dir: string): Promise<void> {
  if (!syncsDirectories(system.platform)) return;
  const handle = await system.fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** Writes all of `bytes` at `position`, however short each write comes back; a write of nothing is an error. */
export async function writeFully(handle: StorageHandle, bytes: Uint8Array, position: number): Promise<void> {
  let done = 0;
  while (done < bytes.length) {
    const { bytesWritten } = await handle.write(bytes, done, bytes.length - done, position + done);
    if (bytesWritten <= 0) throw Object.assign(new Error('the write stored nothing'), { code: 'EIO' });
    done += bytesWritten;
  }
}

/** Creates `path` holding `bytes`, fsynced through its own handle before it is closed. */
export async function writeNewFile(system: StorageSystem, path: string, bytes: Uint8Array): Promise<void> {
  const handle = await system.fs.open(path, 'wx');
  try {
    await writeFully(handle, bytes, 0);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * `mkdir -p`, one level at a time, fsyncing the parent of each directory it creates (so the new entry is
 * durable). Node's recursive mkdir spins forever under /proc, and this way the first level that fails is the
 * one named in the error. Resolves with the directories it created.
 */
export async function makeDirectories(system: StorageSystem, dir: string): Promise<string[]> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    try {
      if (!(await system.fs.stat(at)).isDirectory())
        throw Object.assign(new Error(`${at} is not a directory`), { code: 'ENOTDIR' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.unshift(at);
      const parent = dirname(at);
      if (parent === at) break;
      at = parent;
    }
  }
  const created: string[] = [];
  for (const path of missing) {
    try {
      await system.fs.mkdir(path);
      created.push(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  for (const path of created) await syncDirectory(system, dirname(path));
  return created;
}

/** Whether the storage directory takes writes: root passes access() everywhere, so a real write decides. */
export async function probeWritable(system: StorageSystem, dir: string, probe: string): Promise<void> {
  await system.fs.access(dir, constants.W_OK);
  await writeNewFile(system, probe, new Uint8Array(0));
  await system.fs.rm(probe, { recursive: false, force: true });
}
