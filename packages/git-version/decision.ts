/** The version facts a build settles on, before anything is derived from them. */

/** The version facts before presentation. */
export interface Decision {
  version: string;
  tag: string | null;
  distance: number;
  dirty: boolean;
  /** Abbreviated HEAD id for the local version, or null. */
  node: string | null;
  isRelease: boolean;
  /** Version tags on HEAD a dev build ignored. */
  headTags: string[];
}
