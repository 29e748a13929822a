/**
 * Putting the checked release into place: the staged copies are renamed into `path` (the same file system, so
 * each arrives whole) and `manifest.json` is written last, under a temporary name first. A `path` that already
 * holds other distributions stops the collection instead: a later step reading the directory would take them
 * for part of the release.
 */
import { readdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { selectDistFilenames, serializeManifest } from '../artifacts/index.js';
import { hashFile } from '../dists/index.js';
import type { CollectedFile } from './flatten.js';

/** The manifest's name inside `path`. */
export const MANIFEST_NAME = 'manifest.json';

/** Problems with distributions `path` already holds: another file, or one of ours with other bytes. */
export async function existingFileProblems(
  path: string,
  pathInput: string,
  files: readonly CollectedFile[],
): Promise<string[]> {
  const names = await readdir(path).catch(() => [] as string[]);
  const ours = new Map(files.map((file) => [file.filename, file]));
  const problems: string[] = [];
  for (const name of selectDistFilenames(names).dists) {
    const file = ours.get(name);
    const fix = `collect into an empty directory (or empty ${pathInput} first), so that the release is exactly what the artifacts hold`;
    if (!file) problems.push(`${pathInput} ${path} already holds ${name}, which no artifact has: ${fix}`);
    else if ((await hashFile(join(path, name), [])).sha256 !== file.sha256)
      problems.push(
        `${pathInput} ${path} already holds ${name} with other bytes than artifact ${file.artifact}'s: ${fix}`,
      );
  }
  return problems;
}

/** Moves the staged files into `path` and writes the manifest; resolves with the manifest's path. */
export async function placeRelease(path: string, files: readonly CollectedFile[]): Promise<string> {
  for (const file of files) await rename(file.path, join(path, file.filename));
  const manifest = join(path, MANIFEST_NAME);
  const text = serializeManifest({
    schema: 'release-actions/manifest@1',
    files: files.map(({ filename, size, sha256, blake2b_256, artifact }) => ({
      file: filename,
      size,
      sha256,
      blake2b_256,
      origin: artifact,
    })),
  });
  await writeFile(`${manifest}.partial`, text);
  await rename(`${manifest}.partial`, manifest);
  return manifest;
}
