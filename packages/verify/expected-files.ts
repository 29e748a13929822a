/** The files the release must consist of (artifacts' releaseFiles), with the size and sha256 each must have. */
import { releaseFiles, type ReleaseFile, type ReleaseSource } from '../artifacts/index.js';
import { hashFile } from '../dists/index.js';
import { mapWithLimit } from '../common/index.js';
import type { ExpectedFile } from './types.js';

/** Files hashed at once: enough to keep a disk busy, few enough to keep memory flat. */
const HASH_CONCURRENCY = 8;

/** The expected files and where they were described, for messages (`dist/manifest.json`, `dist`). */
export interface ExpectedRelease {
  files: ExpectedFile[];
  source: string;
}

/** Size and sha256 of a file as the manifest records it, or as hashed now for a file found in a directory. */
async function expectedFile(file: ReleaseFile): Promise<ExpectedFile> {
  if (file.expected)
    return { filename: file.filename, size: file.expected.size, sha256: file.expected.sha256 };
  const { size, sha256 } = await hashFile(file.path, []);
  return { filename: file.filename, size, sha256 };
}

/** The release's files from a manifest (trusted as written) or a directory (hashed here, a few at a time). */
export async function expectedFiles(source: ReleaseSource): Promise<ExpectedRelease> {
  const release = await releaseFiles(source);
  const files = await mapWithLimit(release.files, HASH_CONCURRENCY, expectedFile);
  return { files: files as ExpectedFile[], source: release.source };
}
