/** A release result as the action reports it: counts and the `files` output. */
import type { FileResult, FileStatus } from './types.js';

/** One entry of the `files` output. */
export interface FileRecord {
  filename: string;
  sha256: string;
  size: number;
  status: FileStatus;
  url: string;
}

/** How many files ended in each status (every status present, zero when none). */
export function countStatuses(files: readonly FileResult[]): Record<FileStatus, number> {
  const counts: Record<FileStatus, number> = {
    uploaded: 0,
    'already-present': 0,
    skipped: 0,
    'would-upload': 0,
    failed: 0,
    pending: 0,
  };
  for (const file of files) counts[file.status]++;
  return counts;
}

/** The `files` output: one record per file, in upload order. */
export function filesOutput(files: readonly FileResult[]): FileRecord[] {
  return files.map(({ filename, sha256, size, status, url }) => ({ filename, sha256, size, status, url }));
}
