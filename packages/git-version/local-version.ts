/**
 * The display-only local version: setuptools_scm 10's local schemes (node-and-date by default), joined with a
 * local part the tag kept. Never exported: the version a build carries has no local part.
 */

/** Every local scheme setuptools_scm 10.2.1 ships. */
export const LOCAL_SCHEMES = [
  'node-and-date',
  'node-and-timestamp',
  'dirty-tag',
  'no-local-version',
  'no-local-version-strict',
  'fail-on-uncommitted-changes',
] as const;

/** What the local schemes read. */
export interface LocalInput {
  /** The configured local_scheme, in order (the first that answers wins). */
  schemes: readonly string[];
  /** HEAD is the tag's commit and the tree is clean (setuptools_scm's `exact`). */
  exact: boolean;
  /** `g` and the commit id as describe printed it (cut to 10 characters), or null. */
  node: string | null;
  dirty: boolean;
  /** The build time: now, or SOURCE_DATE_EPOCH's. */
  now: Date;
  /** A local part the nearest tag carries (setuptools_scm 10 keeps it), or null. */
  tagLocal: string | null;
}

/** True when the configured local schemes refuse a dirty tree before any other answers (a strict scheme). */
export function refusesDirtyTree(schemes: readonly string[]): boolean {
  for (const scheme of schemes) {
    if (scheme === 'fail-on-uncommitted-changes' || scheme === 'no-local-version-strict') return true;
    if ((LOCAL_SCHEMES as readonly string[]).includes(scheme)) return false;
  }
  return false;
}

/** `version` with the local part setuptools_scm would add; `schemes` without a known one read as node-and-date. */
export function localVersion(version: string, input: LocalInput): string {
  const parts: string[] = [];
  for (const segment of [...(input.tagLocal ?? '').split('.'), ...localPart(input).split('.')]) {
    if (segment !== '' && !parts.includes(segment)) parts.push(segment);
  }
  return parts.length === 0 ? version : `${version}+${parts.join('.')}`;
}

function localPart(input: LocalInput): string {
  for (const scheme of input.schemes) {
    switch (scheme) {
      case 'node-and-date':
        return withTime(input, stamp(input.now, 8));
      case 'node-and-timestamp':
        return withTime(input, stamp(input.now, 14));
      case 'dirty-tag':
        return input.dirty ? 'dirty' : '';
      case 'no-local-version':
      case 'no-local-version-strict':
        return '';
      case 'fail-on-uncommitted-changes':
        continue;
    }
  }
  return withTime(input, stamp(input.now, 8));
}

function withTime(input: LocalInput, time: string): string {
  const node = input.exact || input.node === null ? null : input.node.slice(0, 10);
  if (node === null) return input.dirty ? `d${time}` : '';
  return input.dirty ? `${node}.d${time}` : node;
}

// %Y%m%d (8) or %Y%m%d%H%M%S (14) in UTC.
function stamp(now: Date, length: number): string {
  return now.toISOString().replace(/[-:T]/g, '').slice(0, length);
}
