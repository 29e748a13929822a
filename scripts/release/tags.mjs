// The tag rules of a release-actions release, with SemVer's own comparison (the semver package): which tag
// is a release, which floating tag follows it, and what a push may move on the remote.
import semver from 'semver';

/** A release that cannot go ahead; the message is one line naming the tag or ref and the fix. */
export class ReleaseError extends Error {
  name = 'ReleaseError';
}

/** `vX.Y.Z` or `vX.Y.Z-pre`: the version, and the floating tag that follows its line. */
export function parseReleaseTag(tag) {
  const text = /^v(.+)$/.exec(tag)?.[1];
  const version = text === undefined ? null : semver.valid(text);
  // semver.valid drops build metadata and a second v; a tag must be exactly v + the version it names.
  if (version === null || version !== text) {
    throw new ReleaseError(
      `tag ${tag} is not a release tag: name it v<major>.<minor>.<patch>, optionally with a pre-release (v1.2.0, v1.3.0-rc.1), without build metadata`,
    );
  }
  const { major, minor, prerelease } = semver.parse(version);
  // Under 1.0.0 each minor may break (^0.2.3 means <0.3.0), so the line to follow is v0.<minor>.
  return { tag, version, prerelease: prerelease.length > 0, line: major === 0 ? `v0.${minor}` : `v${major}` };
}

/** The release versions (no pre-releases) among tag names; other tags are ignored. */
function releaseVersions(tags) {
  return tags
    .map((tag) => /^v(.+)$/.exec(tag)?.[1])
    .filter((text) => text !== undefined && semver.valid(text) === text && semver.prerelease(text) === null);
}

/**
 * The tags a release writes: its own, and its line's floating tag (`v1`, or `v0.3` before 1.0.0) unless it
 * is a pre-release or a newer release of that line already exists. `reason` says which, for the log.
 */
export function planTags(tag, existingTags) {
  const release = parseReleaseTag(tag);
  if (release.prerelease) {
    return { release, tags: [tag], reason: `${tag} is a pre-release: ${release.line} stays where it is` };
  }
  const newer = releaseVersions(existingTags)
    .filter(
      (version) =>
        parseReleaseTag(`v${version}`).line === release.line && semver.gt(version, release.version),
    )
    .sort(semver.rcompare);
  if (newer.length > 0) {
    return { release, tags: [tag], reason: `v${newer[0]} is newer: ${release.line} stays on it` };
  }
  return { release, tags: [tag, release.line], reason: `${release.line} moves to ${tag}` };
}

/**
 * What to push, given where the remote's tags point (`remote`: tag → { object, commit }, the object the ref
 * names and the commit it peels to). The release tag must still name the source commit (first run) or the
 * release commit (a re-run): anything else was moved by someone else, and nothing is pushed. Returns the
 * updates, each with the object the remote must still hold (empty: must not exist); none when done.
 */
export function pushPlan({ tags, source, release, remote }) {
  const [releaseTag] = tags;
  const current = remote[releaseTag];
  if (current === undefined) {
    throw new ReleaseError(`${releaseTag} is not on the remote: push the tag first, then release from it`);
  }
  if (current.commit !== source && current.commit !== release) {
    throw new ReleaseError(
      `${releaseTag} on the remote points at ${current.commit}, neither the tagged commit ${source} nor its release commit ${release}: it was moved meanwhile, so nothing is pushed`,
    );
  }
  return tags
    .filter((tag) => remote[tag]?.commit !== release)
    .map((tag) => ({ ref: `refs/tags/${tag}`, expect: remote[tag]?.object ?? '' }));
}
