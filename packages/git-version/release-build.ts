/** Release builds of a pushed tag: the version is the tag's, the tag must name HEAD, the tree its content. */
import type { Decision } from './decision.js';
import { checkDirtyBuild } from './dirty-check.js';
import { VersionError } from './errors.js';
import type { Git } from './git.js';
import type { HeadInfo } from './head.js';
import { listLocalTags, type LocalTag } from './local-tags.js';
import type { ComputeOptions } from './options.js';
import type { VersionSettings } from './settings.js';
import { pickRemote } from './shallow-history.js';
import { describeCouldPick, versionFromTag } from './tag-rules.js';

/** Everything a tag build reads; the runs are the git processes computeVersion already started. */
export interface TagBuild {
  options: ComputeOptions;
  settings: VersionSettings;
  git: Git;
  head: HeadInfo;
  /** The pushed tag (from GITHUB_REF). */
  tag: string;
  tagRun?: Promise<LocalTag[]>;
  statusRun?: Promise<string[]>;
  notes: string[];
  warnings: string[];
}

/** The decision for a build of the pushed tag; throws VersionError when the tag cannot be released. */
export async function releaseFromTagRef(build: TagBuild): Promise<Decision> {
  const { options, settings, tag, notes } = build;
  const parsed = describeCouldPick(tag, settings.rules) ? versionFromTag(tag, settings.rules) : null;
  if (parsed === null || parsed.version === null) throw notAVersionTag(build);
  const version = parsed.version;
  const commit = await taggedCommit(build);
  if (commit !== build.head.commit) {
    throw new VersionError(
      `tag '${tag}' points at ${commit.slice(0, 12)} but HEAD is ${(build.head.commit ?? 'unborn').slice(0, 12)}; check out the tag (actions/checkout ref: ${options.event.ref}) or move the tag to the built commit`,
    );
  }
  const files = (await build.statusRun) ?? [];
  checkDirtyBuild({
    files,
    allowDirty: options.allowDirty ?? false,
    where: options.cwd,
    why: 'a release must be built from exactly the tagged content',
    allowed: `release ${version} of tag ${tag} is built from a work tree that differs from the tag`,
    warnings: build.warnings,
  });
  if (parsed.local !== null) {
    notes.push(
      `tag ${tag}: its local part '+${parsed.local}' is left out, since PyPI accepts no local versions`,
    );
  }
  notes.push(`release build of tag ${tag}: version ${version}`);
  const dirty = files.length > 0;
  return {
    version,
    tag,
    distance: 0,
    dirty,
    isRelease: true,
    headTags: [],
    local: { exact: !dirty, node: null, dirty, tagLocal: parsed.local },
  };
}

function notAVersionTag(build: TagBuild): VersionError {
  const { options, settings, tag } = build;
  const ref = `(GITHUB_REF ${options.event.ref})`;
  const prefix = settings.rules.inputPrefix;
  if (settings.tagKeys.length > 0) {
    return new VersionError(
      `tag '${tag}' ${ref} is not a version tag of this project by ${settings.tagKeys.join(' and ')}; push a tag those settings accept, or set the tag-prefix input`,
    );
  }
  const expected = prefix === null ? 'an optional prefix such as v' : `the prefix ${prefix}`;
  return new VersionError(
    `tag '${tag}' ${ref} is not ${expected} followed by a PEP 440 version; push a tag like ${prefix ?? 'v'}1.2.3 or set the tag-prefix input`,
  );
}

// The commit the tag names, fetching the tag when the checkout lacks it (actions/checkout of a branch ref).
async function taggedCommit(build: TagBuild): Promise<string> {
  const { options, git, tag } = build;
  const cwd = build.settings.gitDir;
  let commit = (await build.tagRun)?.[0]?.commit ?? null;
  if (commit === null && options.fetch === 'auto' && build.head.commit !== null) {
    const ref = `refs/tags/${tag}`;
    const remote = await pickRemote(git, cwd);
    const fetched = await git.run(
      ['fetch', '--no-tags', '--quiet', '--no-auto-gc', remote, `+${ref}:${ref}`],
      {
        cwd,
      },
    );
    if (fetched.code === 0) {
      build.notes.push(`fetched tag ${tag}, which the checkout did not have`);
      commit = (await listLocalTags(git, cwd, tag))[0]?.commit ?? null;
    }
  }
  if (commit === null) {
    throw new VersionError(
      `tag '${tag}' ${`(GITHUB_REF ${options.event.ref})`} is not in the checkout at ${options.cwd}; check out the tag with actions/checkout`,
    );
  }
  return commit;
}
