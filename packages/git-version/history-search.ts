/**
 * The nearest version tag for a build from history: describe's answer, and on a shallow clone, as much more
 * history as it takes for that answer to be the one a full clone gives.
 */
import { VersionError } from './errors.js';
import type { Git, GitResult } from './git.js';
import type { HeadInfo } from './head.js';
import { listLocalTags, type LocalTag } from './local-tags.js';
import { findNearestTag, type NearestOutcome, type NearestQuery } from './nearest-tag.js';
import type { ComputeOptions } from './options.js';
import { deepenShallowHistory, readShallow } from './shallow-history.js';
import { describeCouldPick, versionFromTag, type TagRules } from './tag-rules.js';

/** What the search reads. */
export interface HistorySearch {
  options: ComputeOptions;
  git: Git;
  /** The directory git runs in. */
  cwd: string;
  head: HeadInfo;
  rules: TagRules;
  /** A release from history (mode release): tags on HEAD count. */
  isRelease: boolean;
  /** The describe computeVersion already started. */
  describeRun?: Promise<GitResult>;
  notes: string[];
}

/** The nearest usable tag, completing a shallow clone first when its answer could differ from a full clone's. */
export async function searchHistory(search: HistorySearch): Promise<NearestOutcome> {
  const { git, cwd, head } = search;
  let tagList: Promise<LocalTag[]> | null = null;
  const query: NearestQuery = {
    git,
    cwd,
    rules: search.rules,
    head: head.commit,
    ignoreHeadTags: !search.isRelease,
    tags: () => (tagList ??= listLocalTags(git, cwd)),
  };
  const outcome = await findNearestTag(query, search.describeRun);
  if (!head.shallow || head.commit === null || (await coversNearest(git, cwd, head, outcome))) return outcome;
  return completeShallowClone(search, outcome, query, () => (tagList = null));
}

/** The notes every search leaves: tags skipped and tags on HEAD a dev build ignored. */
export function noteOutcome(outcome: NearestOutcome, notes: string[]): void {
  if (outcome.skipped.length > 0) {
    notes.push(
      `ignored tags the tag regex reads no PEP 440 version from (setuptools_scm would fail on them; a --match in the describe command keeps them out): ${outcome.skipped.join(', ')}`,
    );
  }
  if (outcome.headTags.length > 0) {
    notes.push(
      `HEAD carries ${outcome.headTags.join(', ')}; a branch build ignores tags on HEAD and stays a dev version`,
    );
  }
}

// On a shallow clone, describe's answer stands only if no commit between HEAD and the tag is a cut-off boundary.
async function coversNearest(
  git: Git,
  cwd: string,
  head: HeadInfo,
  outcome: NearestOutcome,
): Promise<boolean> {
  const boundary = await readShallow(head.shallowFile);
  if (boundary.length === 0) return true;
  if (outcome.nearest === null) return false;
  const between = await git.run(['rev-list', 'HEAD', '--not', `refs/tags/${outcome.nearest.tag}`], { cwd });
  if (between.code !== 0) return false;
  const cut = new Set(boundary);
  return !between.stdout.split('\n').some((oid) => cut.has(oid));
}

async function completeShallowClone(
  search: HistorySearch,
  outcome: NearestOutcome,
  query: NearestQuery,
  forgetTags: () => void,
): Promise<NearestOutcome> {
  const { options, git, cwd, head, rules, isRelease } = search;
  if (options.fetch === 'never') {
    const what =
      outcome.nearest === null
        ? 'has no version tag in it'
        : `may not reach the nearest version tag (found ${outcome.nearest.tag})`;
    throw new VersionError(
      `the checkout at ${options.cwd} is a shallow clone that ${what}; give actions/checkout \`fetch-depth: 0\` or set fetch: auto`,
    );
  }
  let current = outcome;
  const isVersionTag = (name: string): boolean =>
    describeCouldPick(name, rules) && versionFromTag(name, rules)?.version != null;
  const report = await deepenShallowHistory({
    git,
    cwd,
    shallowFile: head.shallowFile,
    wanted: (tag) => isVersionTag(tag.name) && (isRelease || tag.commit !== head.commit),
    settled: async () => {
      forgetTags();
      current = await findNearestTag(query);
      return coversNearest(git, cwd, head, current);
    },
    tagsChanged: forgetTags,
    notes: search.notes,
  });
  // Tags on HEAD that only the remote has (pushed after the shallow checkout or never fetched) still mean
  // "the tag's own build publishes this commit".
  if (!isRelease && head.commit !== null) {
    for (const tag of report.remoteTags) {
      if (isVersionTag(tag.name) && tag.commit === head.commit && !current.headTags.includes(tag.name))
        current.headTags.push(tag.name);
    }
  }
  return current;
}
