/** The version facts a build settles on, before anything is derived from them. */

/** What setuptools_scm's local schemes read (display only: the version never has a local part). */
export interface LocalFacts {
  /** HEAD is the tag's commit and setuptools_scm sees a clean tree. */
  exact: boolean;
  /** `g` and HEAD's id as describe printed it, or null. */
  node: string | null;
  /** The tree is dirty as setuptools_scm sees it (its describe command may not ask). */
  dirty: boolean;
  /** A local part the tag carries, which setuptools_scm 10 keeps, or null. */
  tagLocal: string | null;
}

/** The version facts before presentation. */
export interface Decision {
  /** Normalized PEP 440 without a local part. */
  version: string;
  tag: string | null;
  distance: number;
  /** Tracked files differ from HEAD. */
  dirty: boolean;
  isRelease: boolean;
  /** Version tags on HEAD a dev build ignored. */
  headTags: string[];
  local: LocalFacts;
}
