// The tag rules of a release-actions release (scripts/release/tags.mjs): which tags are releases, when the
// line's floating tag moves, and what a push may change on the remote.
import { describe, expect, it } from '@jest/globals';
import { parseReleaseTag, planTags, pushPlan, ReleaseError } from '../../scripts/release/tags.mjs';

describe('parseReleaseTag', () => {
  it('reads releases and pre-releases, with the line their floating tag follows', () => {
    expect(parseReleaseTag('v1.2.3')).toEqual({
      tag: 'v1.2.3',
      version: '1.2.3',
      prerelease: false,
      line: 'v1',
    });
    expect(parseReleaseTag('v2.0.0-rc.1')).toEqual({
      tag: 'v2.0.0-rc.1',
      version: '2.0.0-rc.1',
      prerelease: true,
      line: 'v2',
    });
    // Below 1.0.0 each minor may break, so 0.3.x releases move v0.3, not v0.
    expect(parseReleaseTag('v0.3.1').line).toBe('v0.3');
  });

  it.each([
    '1.2.3',
    'v1.2',
    'v1',
    'v01.2.3',
    'vv1.2.3',
    'v1.2.3+build.5',
    'v1.2.3.4',
    'release-1.2.3',
    'V1.2.3',
  ])('refuses %s in one line that says what a release tag is', (tag) => {
    expect(() => parseReleaseTag(tag)).toThrow(ReleaseError);
    expect(() => parseReleaseTag(tag)).toThrow(
      `tag ${tag} is not a release tag: name it v<major>.<minor>.<patch>, optionally with a pre-release (v1.2.0, v1.3.0-rc.1), without build metadata`,
    );
  });
});

describe('planTags', () => {
  it('moves the line to the newest release', () => {
    const plan = planTags('v1.3.0', ['v1.2.0', 'v1', 'v1.2.1', 'v0.9.0', 'v2.0.0-rc.1']);
    expect(plan.tags).toEqual(['v1.3.0', 'v1']);
    expect(plan.reason).toBe('v1 moves to v1.3.0');
  });

  it('leaves the line on a newer release when an older line gets a patch, comparing as SemVer', () => {
    // 1.10.0 is newer than 1.9.1, which a comparison of strings would get wrong.
    const plan = planTags('v1.9.1', ['v1.9.0', 'v1.10.0', 'v1', 'v2.0.0']);
    expect(plan.tags).toEqual(['v1.9.1']);
    expect(plan.reason).toBe('v1.10.0 is newer: v1 stays on it');
  });

  it('counts neither pre-releases nor other lines as newer, and ignores tags that are no release', () => {
    expect(planTags('v1.2.0', ['v1.3.0-rc.1', 'v2.0.0', 'v1', 'latest', 'v1.5']).tags).toEqual([
      'v1.2.0',
      'v1',
    ]);
    expect(planTags('v0.3.2', ['v0.4.0', 'v0.3.1']).tags).toEqual(['v0.3.2', 'v0.3']);
  });

  it('never moves the line for a pre-release', () => {
    const plan = planTags('v2.0.0-rc.1', ['v1.9.0']);
    expect(plan.tags).toEqual(['v2.0.0-rc.1']);
    expect(plan.reason).toBe('v2.0.0-rc.1 is a pre-release: v2 stays where it is');
  });
});

describe('pushPlan', () => {
  const source = 'a'.repeat(40);
  const release = 'b'.repeat(40);
  const tagObject = 'c'.repeat(40);
  const oldLine = 'd'.repeat(40);

  it('first run: the release tag moves from the source, each update leased on what the remote holds', () => {
    const remote = {
      'v1.2.0': { object: tagObject, commit: source },
      v1: { object: oldLine, commit: oldLine },
    };
    expect(pushPlan({ tags: ['v1.2.0', 'v1'], source, release, remote })).toEqual([
      { ref: 'refs/tags/v1.2.0', expect: tagObject },
      { ref: 'refs/tags/v1', expect: oldLine },
    ]);
  });

  it('a line tag that does not exist yet must still not exist when the push lands', () => {
    const remote = { 'v3.0.0': { object: source, commit: source } };
    expect(pushPlan({ tags: ['v3.0.0', 'v3'], source, release, remote })).toEqual([
      { ref: 'refs/tags/v3.0.0', expect: source },
      { ref: 'refs/tags/v3', expect: '' },
    ]);
  });

  it('a re-run after a complete release pushes nothing; after a partial one, only what is missing', () => {
    const done = { 'v1.2.0': { object: release, commit: release }, v1: { object: release, commit: release } };
    expect(pushPlan({ tags: ['v1.2.0', 'v1'], source, release, remote: done })).toEqual([]);
    const partial = {
      'v1.2.0': { object: release, commit: release },
      v1: { object: oldLine, commit: oldLine },
    };
    expect(pushPlan({ tags: ['v1.2.0', 'v1'], source, release, remote: partial })).toEqual([
      { ref: 'refs/tags/v1', expect: oldLine },
    ]);
  });

  it('refuses when the release tag was moved elsewhere or deleted meanwhile', () => {
    const moved = { 'v1.2.0': { object: oldLine, commit: oldLine } };
    expect(() => pushPlan({ tags: ['v1.2.0'], source, release, remote: moved })).toThrow(
      `v1.2.0 on the remote points at ${oldLine}, neither the tagged commit ${source} nor its release commit ${release}: it was moved meanwhile, so nothing is pushed`,
    );
    expect(() => pushPlan({ tags: ['v1.2.0'], source, release, remote: {} })).toThrow(
      'v1.2.0 is not on the remote: push the tag first, then release from it',
    );
  });
});
