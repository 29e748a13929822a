/** The files the release must consist of: from a manifest (trusted as written) or a directory (hashed here). */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { readManifest, ManifestError, selectDistFilenames } from '../artifacts/index.js';
import { VerifyError } from './errors.js';
import type { ExpectedFile } from './types.js';

/** An expected file and where it lies on disk (it need not exist when a manifest lists it). */
export interface LocalFile extends ExpectedFile {
  path: string;
}

/** The expected files and where they were described, for messages (`dist/manifest.json`, `dist`). */
export interface LocalRelease {
  files: LocalFile[];
  source: string;
}

const HASH_CONCURRENCY = 8;

/** The manifest's files, with the sizes and hashes it records (collect-artifacts checked them). */
export async function filesFromManifest(path: string): Promise<LocalRelease> {
  try {
    const { manifest, directory } = await readManifest(path);
    return {
      source: path,
      files: manifest.files.map(({ file, size, sha256 }) => ({
        filename: file,
        size,
        sha256,
        path: join(directory, file),
      })),
    };
  } catch (error) {
    if (error instanceof ManifestError) throw new VerifyError(error.message);
    throw error;
  }
}

// Reading a small file whole is several times cheaper than setting up a stream for it.
const WHOLE_FILE_LIMIT = 8 << 20;

/** Size and sha256 of a file: read whole when small, else in one streaming pass. */
export async function sha256File(path: string): Promise<{ size: number; sha256: string }> {
  if ((await stat(path)).size <= WHOLE_FILE_LIMIT) {
    const data = await readFile(path);
    return { size: data.length, sha256: createHash('sha256').update(data).digest('hex') };
  }
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) {
    size += (chunk as Buffer).length;
    hash.update(chunk as Buffer);
  }
  return { size, sha256: hash.digest('hex') };
}

/** Every wheel and sdist directly in `dir`, hashed (other files, like a manifest or signatures, are ignored). */
export async function filesFromDirectory(dir: string): Promise<LocalRelease> {
  const root = resolve(dir);
  const entries = await readdir(root, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    throw new VerifyError(
      `packages-dir '${dir}' cannot be read (${error.code ?? error.message}): point it at the directory of built files, or set manifest`,
    );
  });
  const names = selectDistFilenames(
    entries.filter((entry) => !entry.isDirectory()).map((entry) => entry.name),
  ).dists;
  if (names.length === 0) {
    throw new VerifyError(
      `packages-dir '${dir}' holds no wheels or sdists: build them there first, or set manifest`,
    );
  }
  const files: LocalFile[] = new Array<LocalFile>(names.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < names.length; i = next++) {
      const name = names[i] as string;
      const path = join(root, name);
      files[i] = { filename: name, path, ...(await sha256File(path)) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(HASH_CONCURRENCY, names.length) }, worker));
  return { source: dir, files: files.filter(Boolean) };
}
