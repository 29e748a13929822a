/** Which files make up the release: every wheel and sdist in a directory, or exactly what a manifest lists. */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ManifestError, readManifest, selectDistFilenames } from '../artifacts/index.js';
import { PublishError } from './errors.js';
import type { LocalFile } from './types.js';

/** Every wheel and sdist directly in `dir` (not in subdirectories), and the other file names found there. */
export async function filesFromDirectory(dir: string): Promise<{ files: LocalFile[]; ignored: string[] }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new PublishError(
        `packages-dir ${dir} does not exist: build the distributions into it first (python -m build), or set packages-dir to where they are`,
      );
    if (code === 'ENOTDIR') throw new PublishError(`packages-dir ${dir} is a file, not a directory`);
    throw new PublishError(`packages-dir ${dir} cannot be read: ${code ?? (error as Error).message}`);
  }
  const names = entries.filter((entry) => entry.isFile() || entry.isSymbolicLink()).map((e) => e.name);
  const { dists, ignored } = selectDistFilenames(names);
  if (dists.length === 0) {
    const seen =
      ignored.length > 0
        ? ` (it holds ${ignored.slice(0, 3).join(', ')}${ignored.length > 3 ? ', …' : ''})`
        : '';
    throw new PublishError(
      `packages-dir ${dir} holds no wheel (.whl) or sdist (.tar.gz)${seen}: build them first, or set packages-dir to where they are`,
    );
  }
  return { files: dists.map((filename) => ({ path: join(dir, filename), filename })), ignored };
}

/** The files a manifest lists, each with the size and digests it must still have. */
export async function filesFromManifest(path: string): Promise<LocalFile[]> {
  let read;
  try {
    read = await readManifest(path);
  } catch (error) {
    if (error instanceof ManifestError) throw new PublishError(`manifest ${error.message}`, { cause: error });
    throw error;
  }
  return read.manifest.files.map((entry) => ({
    path: join(read.directory, entry.file),
    filename: entry.file,
    expected: { size: entry.size, sha256: entry.sha256, blake2_256: entry.blake2b_256 },
  }));
}
