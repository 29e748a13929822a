/** Whether a build should publish: the whole rule on one screen. */

/** The facts the rule reads. */
export interface PublishFacts {
  /** GITHUB_EVENT_NAME. */
  eventName: string;
  /** GITHUB_REF, e.g. `refs/heads/main`, `refs/tags/v1.2.0`, `refs/pull/7/merge`. */
  ref: string;
  /** The build produces a tag's release version. */
  isRelease: boolean;
  /** The tag the release version comes from (release builds). */
  tag: string | null;
  /** Version tags on HEAD that a dev build ignored. */
  headTags: readonly string[];
  /** The pull request comes from a fork. */
  headRepoFork?: boolean;
  /** A build that is no release but whose version is no dev or post release (only-version): that version. */
  steadyVersion?: string | null;
}

/** The verdict and the reason to show beside it. */
export interface PublishDecision {
  shouldPublish: boolean;
  publishReason: string;
}

const PULL_REQUEST_EVENTS = new Set([
  'pull_request',
  'pull_request_target',
  'pull_request_review',
  'pull_request_review_comment',
]);

/**
 * Pull requests and merge-queue runs never publish; a tag build publishes its release; a branch build publishes a
 * dev (or post) release unless HEAD carries a version tag (that tag's own build publishes it) or its scheme gives
 * a plain release version; anything else does not.
 */
export function publishDecision(facts: PublishFacts): PublishDecision {
  if (PULL_REQUEST_EVENTS.has(facts.eventName)) {
    const origin = facts.headRepoFork ? 'a pull request from a fork' : 'a pull request';
    return {
      shouldPublish: false,
      publishReason: `${facts.eventName} event: ${origin} builds a dev version but never publishes`,
    };
  }
  if (facts.eventName === 'merge_group') {
    return {
      shouldPublish: false,
      publishReason: 'merge_group event: merge-queue builds are checked, not published',
    };
  }
  if (facts.isRelease) {
    return { shouldPublish: true, publishReason: `release build of tag ${facts.tag ?? '(unknown)'}` };
  }
  if (facts.headTags.length > 0) {
    const tags = facts.headTags.join(', ');
    return {
      shouldPublish: false,
      publishReason: `HEAD is tagged ${tags}; this branch build stays a dev version and the tag's own build publishes the release`,
    };
  }
  if (facts.steadyVersion) {
    return {
      shouldPublish: false,
      publishReason: `${facts.steadyVersion} is a release version, and the next commit would carry it too; only a tag build publishes it`,
    };
  }
  if (facts.ref.startsWith('refs/heads/')) {
    return {
      shouldPublish: true,
      publishReason: `dev release from branch ${facts.ref.slice('refs/heads/'.length)}`,
    };
  }
  const what = facts.ref === '' ? 'no ref' : `ref ${facts.ref}`;
  return {
    shouldPublish: false,
    publishReason: `${facts.eventName} event on ${what}: only branch and tag builds publish`,
  };
}
