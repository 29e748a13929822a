/** The one rule of verification: each expected file listed on both APIs with the same sha256 and size. */
import type { ExpectedFile, FileCheck, IndexEntry, IndexListing } from './types.js';

type Api = 'json' | 'simple';
const API_NAME: Record<Api, string> = { json: 'JSON API', simple: 'simple API' };

const short = (sha256: string): string => sha256.slice(0, 12);

/** Why one API's entry disagrees with the local file, or null when it agrees (or is absent). */
function disagreement(local: ExpectedFile, entry: IndexEntry): 'mismatch' | 'unverifiable' | null {
  if (entry.sha256 === undefined) return 'unverifiable';
  if (entry.sha256 !== local.sha256) return 'mismatch';
  if (entry.size !== undefined && entry.size !== local.size) return 'mismatch';
  return null;
}

function describe(api: Api, local: ExpectedFile, entry: IndexEntry): string {
  const where = `the ${API_NAME[api]}`;
  if (entry.sha256 === undefined)
    return `${local.filename}: ${where} lists it without a sha256 hash, so it cannot be compared`;
  if (entry.sha256 !== local.sha256) {
    return `${local.filename}: ${where} serves sha256 ${short(entry.sha256)}…, the local file has ${short(local.sha256)}… — a different file was uploaded under this name`;
  }
  return `${local.filename}: ${where} says ${entry.size} bytes, the local file has ${local.size}`;
}

/** Compare one expected file with what both APIs list. */
export function checkFile(local: ExpectedFile, listing: IndexListing): FileCheck {
  const json = listing.json?.get(local.filename) ?? null;
  const simple = listing.simple?.get(local.filename) ?? null;
  const base = { filename: local.filename, local, json, simple };
  // A wrong file is final whatever the other API says: PyPI never lets a filename be reused.
  for (const status of ['mismatch', 'unverifiable'] as const) {
    for (const api of ['json', 'simple'] as const) {
      const entry = api === 'json' ? json : simple;
      if (entry && disagreement(local, entry) === status) {
        return { ...base, status, problem: describe(api, local, entry) };
      }
    }
  }
  if (json && simple) return { ...base, status: 'ok' };
  const absent = [!json && API_NAME.json, !simple && API_NAME.simple].filter(Boolean).join(' or the ');
  return { ...base, status: 'missing', problem: `${local.filename}: not yet on the ${absent}` };
}

/**
 * Every expected file checked, in the given order, followed by the files the index lists for this release
 * that were not expected (sorted by name). `releaseFiles` decides which simple-page files belong to the
 * release (the JSON release page lists only its own).
 */
export function compareFiles(
  expected: readonly ExpectedFile[],
  listing: IndexListing,
  belongsToRelease: (filename: string) => boolean = () => true,
): FileCheck[] {
  const checks = expected.map((file) => checkFile(file, listing));
  const known = new Set(expected.map((file) => file.filename));
  const extra = new Set<string>();
  for (const name of listing.json?.keys() ?? []) if (!known.has(name)) extra.add(name);
  for (const name of listing.simple?.keys() ?? [])
    if (!known.has(name) && belongsToRelease(name)) extra.add(name);
  for (const filename of [...extra].sort()) {
    checks.push({
      filename,
      status: 'unexpected',
      local: null,
      json: listing.json?.get(filename) ?? null,
      simple: listing.simple?.get(filename) ?? null,
      problem: `${filename}: on the index for this release, but not among the expected files`,
    });
  }
  return checks;
}

/** True when the checks prove the release: every expected file `ok` (unexpected files do not count). */
export function allVerified(checks: readonly FileCheck[]): boolean {
  return checks.every((check) => check.status === 'ok' || check.status === 'unexpected');
}

/** The checks that end the wait at once: a file served with another hash or size, or without a hash. */
export function finalFailures(checks: readonly FileCheck[]): FileCheck[] {
  return checks.filter((check) => check.status === 'mismatch' || check.status === 'unverifiable');
}
