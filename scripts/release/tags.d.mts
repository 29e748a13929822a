/** A release that cannot go ahead; the message is one line naming the tag or ref and the fix. */
export declare class ReleaseError extends Error {}

/** A release tag read: its version, whether it is a pre-release, and the floating tag of its line. */
export interface ReleaseTag {
  tag: string;
  version: string;
  prerelease: boolean;
  /** `v1` for 1.x releases, `v0.3` for 0.3.x (each 0.minor may break). */
  line: string;
}

/** `vX.Y.Z` or `vX.Y.Z-pre`: the version, and the floating tag that follows its line. */
export declare function parseReleaseTag(tag: string): ReleaseTag;

/** The tags a release writes (its own, then its line's unless it stays) and why. */
export declare function planTags(
  tag: string,
  existingTags: readonly string[],
): { release: ReleaseTag; tags: string[]; reason: string };

/** Where a tag points on the remote: the object the ref names and the commit it peels to. */
export interface RemoteTag {
  object: string;
  commit: string;
}

/** One tag update, forced only while the remote still holds `expect` (empty: the tag must not exist). */
export interface TagUpdate {
  ref: string;
  expect: string;
}

/** What to push, given where the remote's tags point; none when the release is already there. */
export declare function pushPlan(options: {
  tags: readonly string[];
  source: string;
  release: string;
  remote: Readonly<Record<string, RemoteTag | undefined>>;
}): TagUpdate[];
