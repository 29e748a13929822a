/** Release builds of a pushed tag: the version is the tag's, and the tag must name HEAD. */
import type { Decision } from './decision.js';
import { VersionError } from './errors.js';
import type { Git } from './git.js';
import type { HeadInfo } from './head.js';
import { listLocalTags, type LocalTag } from './local-tags.js';
import type { ComputeOptions } from './options.js';
import { pickRemote } from './shallow-history.js';
import { versionFromTag, type TagPattern } from './tag-pattern.js';

// A tag build: the version is the pushed tag's, and that tag must name HEAD.
/** The decision for a build of tag `tag` (from GITHUB_REF); throws VersionError when the tag cannot be released. */
export async function releaseFromTagRef(
  options: ComputeOptions,
  git: Git,
  head: HeadInfo,
  pattern: TagPattern,
  tag: string,
  tagRun: Promise<LocalTag[]> | undefined,
  statusRun: Promise<boolean> | undefined,
  notes: string[],
): Promise<Decision> {
  const parsed = versionFromTag(tag, pattern);
  if (parsed === null || parsed.version === null) {
    const expected =
      pattern.prefix === null ? 'an optional prefix such as v' : `the prefix ${pattern.prefix}`;
    throw new VersionError(
      `tag '${tag}' (GITHUB_REF ${options.event.ref}) is not ${expected} followed by a PEP 440 version; push a tag like ${pattern.prefix ?? 'v'}1.2.3 or set the tag-prefix input`,
    );
  }
  let commit = (await tagRun)?.[0]?.commit ?? null;
  if (commit === null && options.fetch === 'auto' && head.commit !== null) {
    const ref = `refs/tags/${tag}`;
    const remote = await pickRemote(git, options.cwd);
    const fetched = await git.run(
      ['fetch', '--no-tags', '--quiet', '--no-auto-gc', remote, `+${ref}:${ref}`],
      { cwd: options.cwd },
    );
    if (fetched.code === 0) {
      notes.push(`fetched tag ${tag}, which the checkout did not have`);
      commit = (await listLocalTags(git, options.cwd, tag))[0]?.commit ?? null;
    }
  }
  if (commit === null) {
    throw new VersionError(
      `tag '${tag}' (GITHUB_REF ${options.event.ref}) is not in the checkout at ${options.cwd}; check out the tag with actions/checkout`,
    );
  }
  if (commit !== head.commit) {
    throw new VersionError(
      `tag '${tag}' points at ${commit.slice(0, 12)} but HEAD is ${(head.commit ?? 'unborn').slice(0, 12)}; check out the tag (actions/checkout ref: ${options.event.ref}) or move the tag to the built commit`,
    );
  }
  const dirty = (await statusRun) ?? false;
  if (parsed.dropped !== '')
    notes.push(`tag ${tag}: dropped '+${parsed.dropped}' (a local version part), as setuptools_scm does`);
  if (dirty)
    notes.push(
      `the work tree has changes to tracked files; the release still carries the tag's version ${parsed.version}`,
    );
  notes.push(`release build of tag ${tag}: version ${parsed.version}`);
  return { version: parsed.version, tag, distance: 0, dirty, node: null, isRelease: true, headTags: [] };
}
