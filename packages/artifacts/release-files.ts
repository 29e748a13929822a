/**
 * Which files make up a release, from a manifest or from a directory: one answer, one type and one
 * message per failure for every action that asks (publish-pypi, verify-pypi, collect-artifacts).
 */
import type { Stats } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { selectDistFilenames } from './dist-files.js';
import { ManifestError, readManifest } from './manifest.js';

/** Where the release is described: a manifest.json (its files lie beside it) or a directory of dists. */
export type ReleaseSource = { manifest: string } | { directory: string };

/** What a manifest records of a file: it must still have this size and these digests. */
export interface ExpectedDigests {
  size: number;
  sha256: string;
  blake2b_256: string;
}

/** One distribution file of the release. */
export interface ReleaseFile {
  /** Its name, which is also its name on the index. */
  filename: string;
  /** Where it is on disk. A manifest's file may be missing: whoever reads it says so. */
  path: string;
  /** Set when the file came from a manifest. */
  expected?: ExpectedDigests;
}

/** The release's files, sorted by name. */
export interface ReleaseFiles {
  files: ReleaseFile[];
  /** Other names in the directory (not distributions, not uploaded); empty for a manifest. */
  ignored: string[];
  /** The manifest's path or the directory, as given, for messages. */
  source: string;
}

/** How to name things in messages. */
export interface ReleaseFilesOptions {
  /** The input that names the directory, for the fix a message suggests (default `packages-dir`). */
  directoryInput?: string;
}

/** A release that cannot be read; the message is one line naming the file or directory and the fix. */
export class ReleaseFilesError extends Error {
  override readonly name = 'ReleaseFilesError';
}

/** What kind of thing a non-regular entry is, in words. */
function kindOf(stats: Stats): string {
  if (stats.isDirectory()) return 'a directory';
  if (stats.isFIFO()) return 'a named pipe (FIFO)';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'not a regular file';
}

/** Null for a regular file (after following links), else what it is instead; null too when it does not exist. */
async function notRegular(path: string): Promise<string | null> {
  try {
    const stats = await stat(path);
    return stats.isFile() ? null : kindOf(stats);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    return code === 'ELOOP' ? 'a symbolic link loop' : `unreadable (${code ?? (error as Error).message})`;
  }
}

async function listDirectory(dir: string, input: string): Promise<string[]> {
  try {
    return (await readdir(dir, { withFileTypes: true })).map((entry) => entry.name);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT')
      throw new ReleaseFilesError(
        `${input} ${dir} does not exist: build the distributions into it first (python -m build), or set ${input} to where they are`,
      );
    if (code === 'ENOTDIR') throw new ReleaseFilesError(`${input} ${dir} is a file, not a directory`);
    throw new ReleaseFilesError(`${input} ${dir} cannot be read (${code ?? (error as Error).message})`);
  }
}

/** Every wheel and sdist directly in `dir`; a name that looks like one but is no regular file is an error. */
async function fromDirectory(dir: string, input: string): Promise<ReleaseFiles> {
  const root = resolve(dir);
  const { dists, ignored } = selectDistFilenames(await listDirectory(root, input));
  for (const name of dists) {
    const what = await notRegular(join(root, name));
    if (what)
      throw new ReleaseFilesError(
        `${input} ${dir}: ${name} is ${what}, not a distribution file: remove it or move it out of ${input}`,
      );
  }
  if (dists.length === 0) {
    const seen =
      ignored.length > 0
        ? ` (it holds ${ignored.slice(0, 3).join(', ')}${ignored.length > 3 ? ', …' : ''})`
        : '';
    throw new ReleaseFilesError(
      `${input} ${dir} holds no wheel (.whl) or sdist (.tar.gz)${seen}: build them first, or set ${input} to where they are`,
    );
  }
  return { files: dists.map((filename) => ({ filename, path: join(root, filename) })), ignored, source: dir };
}

/** Exactly the files a manifest lists, beside it, each with the size and digests it must still have. */
async function fromManifest(path: string): Promise<ReleaseFiles> {
  let read;
  try {
    read = await readManifest(path);
  } catch (error) {
    if (error instanceof ManifestError)
      throw new ReleaseFilesError(`manifest ${error.message}`, { cause: error });
    throw error;
  }
  const files = read.manifest.files.map(({ file, size, sha256, blake2b_256 }) => ({
    filename: file,
    path: join(read.directory, file),
    expected: { size, sha256, blake2b_256 },
  }));
  for (const file of files) {
    const what = await notRegular(file.path);
    if (what)
      throw new ReleaseFilesError(
        `manifest ${path}: ${file.filename} is ${what} in ${read.directory}, not a distribution file: collect the artifacts again`,
      );
  }
  return { files, ignored: [], source: path };
}

/** The release's files from a manifest or a directory; throws ReleaseFilesError with the fix when it cannot. */
export function releaseFiles(
  source: ReleaseSource,
  options: ReleaseFilesOptions = {},
): Promise<ReleaseFiles> {
  return 'manifest' in source
    ? fromManifest(source.manifest)
    : fromDirectory(source.directory, options.directoryInput ?? 'packages-dir');
}
