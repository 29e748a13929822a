/**
 * Copying a file out of an artifact into the staging directory, hashed on the way: the digests are those of
 * the bytes written. It is written under a temporary name and renamed only when complete, so a job killed
 * midway leaves a `.partial` file no reader takes for a distribution (dotfiles are no release's).
 */
import { mkdir, open, rename, rm, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { DigestAccumulator } from '../dists/index.js';
import type { ArtifactEntry } from './types.js';

/** A distribution copied out of an artifact, with what the manifest records of it. */
export interface StagedFile {
  filename: string;
  /** The artifact it came from, and its path there. */
  artifact: string;
  entryPath: string;
  /** Where the copy is. */
  path: string;
  size: number;
  sha256: string;
  blake2b_256: string;
}

async function writeAll(handle: FileHandle, chunk: Uint8Array): Promise<void> {
  for (let offset = 0; offset < chunk.length;) {
    const { bytesWritten } = await handle.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

/** Copies `entry` to `directory/filename`, hashing sha256 and blake2b-256 while each chunk is being written. */
export async function stageEntry(
  entry: ArtifactEntry,
  artifact: string,
  filename: string,
  directory: string,
): Promise<StagedFile> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, filename);
  const partial = join(directory, `.${filename}.partial`);
  const digests = await DigestAccumulator.create(['blake2_256']);
  const handle = await open(partial, 'wx');
  try {
    for await (const chunk of entry.read()) {
      const writing = writeAll(handle, chunk);
      digests.update(chunk); // on this thread while the write runs on libuv's
      await writing;
    }
  } catch (error) {
    await handle.close();
    await rm(partial, { force: true });
    throw error;
  }
  await handle.close();
  await rename(partial, path);
  const { size, sha256, blake2_256 } = digests.digest();
  return { filename, artifact, entryPath: entry.path, path, size, sha256, blake2b_256: blake2_256 ?? '' };
}
