/** Turning checks into what people and later steps read: the `files` rows and one line per problem. */
import type { FileCheck, FileRow } from './types.js';
import { seconds, type FirstSeen } from './wait-for-files.js';

/** The index's sha256 for a file: the one that disagrees with the local file if any, else whichever API has one. */
export function indexSha256(check: FileCheck): string | null {
  const hashes = [check.json?.sha256, check.simple?.sha256].filter((h): h is string => h !== undefined);
  const local = check.local?.sha256;
  return hashes.find((h) => h !== local) ?? hashes[0] ?? null;
}

/** The sha256 of the bytes the index served: one that disagrees with the local file if any, else the first. */
export function servedSha256(check: FileCheck): string | null {
  const hashes = (check.downloads ?? []).map((d) => d.sha256);
  const local = check.local?.sha256;
  return hashes.find((h) => h !== local) ?? hashes[0] ?? null;
}

/** One row per file for the `files` output. */
export function fileRows(checks: readonly FileCheck[]): FileRow[] {
  return checks.map((check) => ({
    filename: check.filename,
    local_sha256: check.local?.sha256 ?? null,
    index_sha256: indexSha256(check),
    served_sha256: servedSha256(check),
    status: check.status,
  }));
}

/**
 * One line per file still missing when the wait ended, with how long it was waited for and, when one API
 * already had it, since when; for a file listed on both, why it could not be downloaded.
 */
export function missingLines(checks: readonly FileCheck[], firstSeen: FirstSeen, waitedMs: number): string[] {
  return checks
    .filter((check) => check.status === 'missing')
    .map((check) => {
      const seen = firstSeen.get(check.filename) ?? {};
      if (check.json && check.simple)
        return `${check.problem ?? check.filename}; waited ${seconds(waitedMs)}`;
      if (check.json && !check.simple) {
        return `${check.filename}: not on the simple API after ${seconds(waitedMs)} (on the JSON API since ${seconds(seen.json ?? 0)})`;
      }
      if (check.simple && !check.json) {
        return `${check.filename}: not on the JSON API after ${seconds(waitedMs)} (on the simple API since ${seconds(seen.simple ?? 0)})`;
      }
      return `${check.filename}: not on the index after ${seconds(waitedMs)}`;
    });
}

/** One line per file the index serves wrongly (another hash or size, or no hash at all). */
export function failureLines(checks: readonly FileCheck[]): string[] {
  return checks
    .filter((check) => check.status === 'mismatch' || check.status === 'unverifiable')
    .map((check) => check.problem ?? check.filename);
}
