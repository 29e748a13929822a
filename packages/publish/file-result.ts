import type { FileResult, FileStatus, InspectedFile } from './types.js';

/** A file's row in the result before anything was sent for it: what it is, its digests, where it stands. */
export function fileResult(file: InspectedFile, status: FileStatus, url = ''): FileResult {
  const blake2_256 = file.hashes?.blake2_256;
  return {
    filename: file.filename,
    path: file.path,
    size: file.hashes?.size ?? 0,
    sha256: file.hashes?.sha256 ?? '',
    ...(blake2_256 ? { blake2_256 } : {}),
    status,
    url,
    seconds: 0,
    attempts: 0,
  };
}
