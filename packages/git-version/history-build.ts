/** Dev builds (and release mode without a tag ref): setuptools_scm's describe, schemes and fallbacks. */
import { normalizeVersion } from '../pep440/index.js';
import type { Decision } from './decision.js';
import { VersionError } from './errors.js';
import type { Git, GitResult } from './git.js';
import type { HeadInfo } from './head.js';
import { listLocalTags, type LocalTag } from './local-tags.js';
import { findNearestTag, type NearestOutcome } from './nearest-tag.js';
import type { ComputeOptions } from './options.js';
import { applyVersionScheme, type VersionScheme } from './schemes.js';
import { deepenShallowHistory, readShallow } from './shallow-history.js';
import { matchVersionPart, versionFromTag, type TagPattern } from './tag-pattern.js';
import { countCommits, isDirty } from './work-tree.js';

// Dev builds (and release mode without a tag ref): setuptools_scm's describe, schemes and fallbacks.
/** The decision from history; `describeRun` is the describe computeVersion already started. */
export async function fromHistory(
  options: ComputeOptions,
  git: Git,
  head: HeadInfo,
  pattern: TagPattern,
  isRelease: boolean,
  describeRun: Promise<GitResult> | undefined,
  notes: string[],
): Promise<Decision> {
  const cwd = options.cwd;
  let tagList: Promise<LocalTag[]> | null = null;
  const query = {
    git,
    cwd,
    pattern,
    head: head.commit,
    ignoreHeadTags: !isRelease,
    tags: () => (tagList ??= listLocalTags(git, cwd)),
  };
  let outcome = await findNearestTag(query, describeRun);
  if (head.shallow && head.commit !== null && !(await coversNearest(git, cwd, head, outcome))) {
    outcome = await completeShallowClone(
      options,
      git,
      head,
      pattern,
      isRelease,
      outcome,
      query,
      () => (tagList = null),
      notes,
    );
  }
  if (outcome.skipped.length > 0) {
    notes.push(
      `ignored tags that are not PEP 440 versions (setuptools_scm would fail on them): ${outcome.skipped.join(', ')}`,
    );
  }
  if (outcome.headTags.length > 0) {
    notes.push(
      `HEAD carries ${outcome.headTags.join(', ')}; a branch build ignores tags on HEAD and stays a dev version`,
    );
  }
  const nearest = outcome.nearest;
  if (isRelease) {
    if (nearest === null || nearest.distance !== 0) {
      const where =
        nearest === null
          ? 'no version tag is reachable'
          : `the nearest version tag ${nearest.tag} is ${nearest.distance} commit(s) back`;
      throw new VersionError(
        `mode is release but HEAD ${(head.commit ?? 'unborn').slice(0, 12)} carries no version tag (${where}); tag HEAD or use mode auto`,
      );
    }
    if (nearest.dirty)
      notes.push(
        `the work tree has changes to tracked files; the release still carries the tag's version ${nearest.version}`,
      );
    notes.push(`release build of tag ${nearest.tag}: version ${nearest.version}`);
    return {
      version: nearest.version,
      tag: nearest.tag,
      distance: 0,
      dirty: nearest.dirty,
      node: null,
      isRelease: true,
      headTags: [],
    };
  }

  if (nearest !== null) {
    const number = options.devNumber === 'run-number' ? (options.runNumber ?? 0) : nearest.distance;
    const raw = applyVersionScheme(options.scheme, {
      tag: nearest.version,
      exact: nearest.distance === 0 && !nearest.dirty,
      number,
      branch: head.branch,
      branchVersion: (segment) => matchVersionPart(segment, pattern),
    });
    const version = checkSchemeResult(raw, options.scheme, nearest.tag);
    notes.push(
      `${nearest.distance} commit(s) since tag ${nearest.tag}: version ${version} (scheme ${options.scheme}${runNumberNote(options)})`,
    );
    return {
      version,
      tag: nearest.tag,
      distance: nearest.distance,
      dirty: nearest.dirty,
      node: nearest.abbrev,
      isRelease: false,
      headTags: outcome.headTags,
    };
  }

  // No version tag at all: setuptools_scm's "0.0" with every commit counted, or the fallback.
  const [count, dirty] = await Promise.all([
    head.commit === null || options.fallbackVersion !== null ? Promise.resolve(0) : countCommits(git, cwd),
    isDirty(git, cwd),
  ]);
  const node = head.commit === null ? null : head.commit.slice(0, 7);
  if (options.fallbackVersion !== null) {
    const version = normalizeVersion(options.fallbackVersion) ?? options.fallbackVersion;
    notes.push(`no version tag is reachable from HEAD: using fallback-version ${version}`);
    return { version, tag: null, distance: 0, dirty, node, isRelease: false, headTags: outcome.headTags };
  }
  const number = options.devNumber === 'run-number' ? (options.runNumber ?? 0) : count;
  const raw = applyVersionScheme(options.scheme, {
    tag: '0.0',
    exact: false,
    number,
    branch: head.branch,
    branchVersion: (s) => matchVersionPart(s, pattern),
  });
  const version = checkSchemeResult(raw, options.scheme, null);
  notes.push(
    `no version tag is reachable from HEAD: version ${version} from ${count} commit(s), as setuptools_scm (set fallback-version to choose another)`,
  );
  return { version, tag: null, distance: count, dirty, node, isRelease: false, headTags: outcome.headTags };
}

function runNumberNote(options: ComputeOptions): string {
  return options.devNumber === 'run-number'
    ? `, run number ${options.runNumber} in place of the distance`
    : '';
}

function checkSchemeResult(raw: string, scheme: VersionScheme, tag: string | null): string {
  const version = normalizeVersion(raw);
  if (version === null) {
    throw new VersionError(
      `version scheme ${scheme} turns tag ${tag ?? '(none)'} into '${raw}', which is not a PEP 440 version; choose another scheme or tag a new release`,
    );
  }
  return version;
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
  options: ComputeOptions,
  git: Git,
  head: HeadInfo,
  pattern: TagPattern,
  isRelease: boolean,
  outcome: NearestOutcome,
  query: Parameters<typeof findNearestTag>[0],
  forgetTags: () => void,
  notes: string[],
): Promise<NearestOutcome> {
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
  const report = await deepenShallowHistory({
    git,
    cwd: options.cwd,
    shallowFile: head.shallowFile,
    wanted: (tag) =>
      versionFromTag(tag.name, pattern)?.version != null && (isRelease || tag.commit !== head.commit),
    settled: async () => {
      forgetTags();
      current = await findNearestTag(query);
      return coversNearest(git, options.cwd, head, current);
    },
    tagsChanged: forgetTags,
    countWithoutTags: options.fallbackVersion === null,
    notes,
  });
  // Tags on HEAD that only the remote has (pushed after the shallow checkout or never fetched) still mean
  // "the tag's own build publishes this commit".
  if (!isRelease && head.commit !== null) {
    for (const tag of report.remoteTags) {
      const valid = versionFromTag(tag.name, pattern)?.version != null;
      if (valid && tag.commit === head.commit && !current.headTags.includes(tag.name))
        current.headTags.push(tag.name);
    }
  }
  return current;
}
