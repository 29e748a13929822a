/** Finding the tag a version builds on: setuptools_scm's `git describe`, minus tags we must not use. */
import { describeArgs, parseDescribe, type Described } from './describe.js';
import type { Git, GitResult } from './git.js';
import type { LocalTag } from './local-tags.js';
import {
  describeCouldPick,
  escapeGlob,
  versionFromTag,
  type TagRules,
  type TagVersion,
} from './tag-rules.js';

/** The tag describe chose, with its version. */
export interface NearestTag extends Described {
  /** The version in the tag as setuptools_scm reads it. */
  version: TagVersion & { version: string };
}

/** What the search found and what it left out on the way. */
export interface NearestOutcome {
  /** null when no usable tag is reachable from HEAD. */
  nearest: NearestTag | null;
  /** Tags describe could pick that are not PEP 440 versions (setuptools_scm would fail on them). */
  skipped: string[];
  /** Version tags on HEAD that a dev build ignored. */
  headTags: string[];
}

/** How to search. */
export interface NearestQuery {
  git: Git;
  cwd: string;
  rules: TagRules;
  /** HEAD's commit, to recognise tags on HEAD. */
  head: string | null;
  /** Dev builds ignore tags on HEAD: they may have been pushed while the branch build ran. */
  ignoreHeadTags: boolean;
  /** The local tags, listed on first need (most runs never need them). */
  tags: () => Promise<LocalTag[]>;
}

/** Runs the describe command the rules call for, plus `--exclude` for tags we skip. */
export function runDescribe(
  git: Git,
  cwd: string,
  rules: TagRules,
  exclude: Iterable<string> = [],
): Promise<GitResult> {
  return git.run(describeArgs(rules.describe, exclude), { cwd });
}

/**
 * The nearest usable tag. Starts from `first` (a describe already running) and describes again, with `--exclude`,
 * only when the answer is a tag that is not a PEP 440 version or, for dev builds, a tag on HEAD.
 */
export async function findNearestTag(
  query: NearestQuery,
  first?: Promise<GitResult>,
): Promise<NearestOutcome> {
  const { git, cwd, rules } = query;
  const excluded = new Set<string>();
  const skipped: string[] = [];
  const headTags: string[] = [];
  let result = await (first ?? runDescribe(git, cwd, rules));
  for (;;) {
    const described = result.code === 0 ? parseDescribe(result.stdout) : null;
    if (described === null) return { nearest: null, skipped, headTags };
    const version = versionFromTag(described.tag, rules);
    const onHead = query.ignoreHeadTags && described.distance === 0;
    if (version?.version != null && !onHead) {
      return {
        nearest: { ...described, version: { ...version, version: version.version } },
        skipped,
        headTags,
      };
    }
    const before = excluded.size;
    for (const tag of await query.tags()) {
      if (excluded.has(tag.name) || !describeCouldPick(tag.name, rules)) continue;
      const valid = versionFromTag(tag.name, rules)?.version != null;
      if (!valid) {
        excluded.add(tag.name);
        skipped.push(tag.name);
      } else if (onHead && tag.commit === query.head) {
        excluded.add(tag.name);
        headTags.push(tag.name);
      }
    }
    // Describe named a tag the listing did not explain (it changed meanwhile): exclude it directly.
    if (excluded.size === before) excluded.add(described.tag);
    result = await runDescribe(git, cwd, rules, [...excluded].map(escapeGlob));
  }
}
