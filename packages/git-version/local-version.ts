/** The display-only local version: setuptools_scm's `node-and-date` local scheme. */

/** What node-and-date reads. */
export interface LocalInput {
  /** HEAD is the tag's commit (setuptools_scm: `distance is None`, before the dirty rule). */
  exact: boolean;
  /** Abbreviated commit id of HEAD, or null (unborn HEAD). */
  node: string | null;
  dirty: boolean;
  /** The build time; setuptools_scm uses now (or SOURCE_DATE_EPOCH), not the commit date. */
  now: Date;
}

/** `version` plus `+g<sha>` and `.d<YYYYMMDD>` when dirty, as setuptools_scm's node-and-date. */
export function localVersion(version: string, input: LocalInput): string {
  const date = `d${input.now.toISOString().slice(0, 10).replace(/-/g, '')}`;
  const parts: string[] = [];
  if (!input.exact && input.node !== null) parts.push(`g${input.node}`);
  if (input.dirty) parts.push(date);
  return parts.length === 0 ? version : `${version}+${parts.join('.')}`;
}
