/**
 * Builds from history (dev builds, and mode release without a tag ref): the nearest version tag by the project's
 * describe command and tag regex, then one case each: a release of the tag on HEAD, a dev version after a tag,
 * a dev version without any tag.
 */
import { formatVersion, parseVersion } from '../pep440/index.js';
import type { Decision } from './decision.js';
import { checkDirtyBuild } from './dirty-check.js';
import { VersionError } from './errors.js';
import type { GitResult } from './git.js';
import { noteOutcome, searchHistory } from './history-search.js';
import { refusesDirtyTree } from './local-version.js';
import type { NearestOutcome, NearestTag } from './nearest-tag.js';
import { runNumberNote, schemeVersion, type SchemeBase, type SchemeRun } from './scheme-version.js';
import { countCommits, modifiedFiles } from './work-tree.js';

/** Everything a build from history reads. */
export interface HistoryBuild extends SchemeRun {
  /** Mode release without a tag ref: HEAD must carry a version tag. */
  isRelease: boolean;
  /** The describe computeVersion already started. */
  describeRun?: Promise<GitResult>;
  warnings: string[];
}

/** The decision for a build from history. */
export async function fromHistory(build: HistoryBuild): Promise<Decision> {
  const outcome = await searchHistory({
    ...build,
    cwd: build.settings.gitDir,
    rules: build.settings.rules,
  });
  noteOutcome(outcome, build.notes);
  if (build.isRelease) return releaseAtHead(build, outcome);
  if (outcome.nearest !== null) return devAfterTag(build, outcome.nearest, outcome.headTags);
  return devWithoutTag(build, outcome.headTags);
}

// Mode release: the tag on HEAD is the version, and the tree must hold exactly the tagged content.
async function releaseAtHead(build: HistoryBuild, outcome: NearestOutcome): Promise<Decision> {
  const nearest = outcome.nearest;
  if (nearest === null || nearest.distance !== 0) {
    const where =
      nearest === null
        ? 'no version tag is reachable'
        : `the nearest version tag ${nearest.tag} is ${nearest.distance} commit(s) back`;
    throw new VersionError(
      `mode is release but HEAD ${(build.head.commit ?? 'unborn').slice(0, 12)} carries no version tag (${where}); tag HEAD or use mode auto`,
    );
  }
  const version = nearest.version.version;
  const files = nearest.dirty ? await modifiedFiles(build.git, build.settings.gitDir) : [];
  checkDirtyBuild({
    files,
    allowDirty: build.options.allowDirty ?? false,
    where: build.options.cwd,
    why: 'a release must be built from exactly the tagged content',
    allowed: `release ${version} of tag ${nearest.tag} is built from a work tree that differs from the tag`,
    warnings: build.warnings,
  });
  build.notes.push(`release build of tag ${nearest.tag}: version ${version}`);
  return {
    version,
    tag: nearest.tag,
    distance: 0,
    dirty: nearest.dirty,
    isRelease: true,
    headTags: [],
    local: { exact: !nearest.dirty, node: null, dirty: nearest.dirty, tagLocal: nearest.version.local },
  };
}

async function devAfterTag(build: HistoryBuild, nearest: NearestTag, headTags: string[]): Promise<Decision> {
  const { settings } = build;
  // setuptools_scm only knows the tree is dirty when its describe command asks (--dirty).
  const dirty = settings.rules.describe.dirty && nearest.dirty;
  await checkStrictLocalScheme(build, dirty);
  const base: SchemeBase = {
    text: nearest.version.text,
    normalized: nearest.version.version,
    tag: nearest.tag,
  };
  const version = await schemeVersion(build, base, nearest.distance, dirty);
  build.notes.push(
    `${nearest.distance} commit(s) since tag ${nearest.tag}: version ${version} (scheme ${settings.scheme}${runNumberNote(build.options)})`,
  );
  return {
    version,
    tag: nearest.tag,
    distance: nearest.distance,
    dirty: nearest.dirty,
    isRelease: false,
    headTags,
    local: {
      exact: nearest.distance === 0 && !dirty,
      node: nearest.abbrev === null ? null : `g${nearest.abbrev}`,
      dirty,
      tagLocal: nearest.version.local,
    },
  };
}

// No version tag: setuptools_scm starts from fallback_version (else 0.0) with every commit counted.
async function devWithoutTag(build: HistoryBuild, headTags: string[]): Promise<Decision> {
  const { settings, head, git } = build;
  const [count, files] = await Promise.all([
    head.commit === null ? Promise.resolve(0) : countCommits(git, settings.gitDir),
    modifiedFiles(git, settings.gitDir),
  ]);
  // An unborn branch counts as dirty for setuptools_scm, whatever the index holds.
  const dirty = head.commit === null || files.length > 0;
  await checkStrictLocalScheme(build, files.length > 0, files);
  const fallback = settings.fallbackVersion;
  const parsed = parseVersion(fallback?.value ?? '0.0');
  if (parsed === null)
    throw new VersionError(`${fallback?.key} '${fallback?.value}' is not a PEP 440 version`);
  const normalized = formatVersion({ ...parsed, local: null });
  const text = settings.rules.keepSpelling ? (fallback?.value.split('+')[0] ?? normalized) : normalized;
  const version = await schemeVersion(build, { text, normalized, tag: null }, count, dirty);
  build.notes.push(
    fallback === null
      ? `no version tag is reachable from HEAD: version ${version} from ${count} commit(s), as setuptools_scm (set fallback-version to start elsewhere)`
      : `no version tag is reachable from HEAD: version ${version} from fallback version ${fallback.value} (${fallback.key}) and ${count} commit(s), as setuptools_scm`,
  );
  return {
    version,
    tag: null,
    distance: count,
    dirty: files.length > 0,
    isRelease: false,
    headTags,
    local: {
      exact: false,
      node: head.commit === null ? null : `g${head.commit}`,
      dirty,
      tagLocal: parsed.local,
    },
  };
}

// A local scheme like no-local-version-strict makes the project's own build fail on a dirty tree: so must we.
async function checkStrictLocalScheme(build: HistoryBuild, dirty: boolean, known?: string[]): Promise<void> {
  const { settings } = build;
  if (!dirty || !refusesDirtyTree(settings.localSchemes)) return;
  const files = known ?? (await modifiedFiles(build.git, settings.gitDir));
  const key = settings.localSchemeKey ?? 'local_scheme';
  checkDirtyBuild({
    files,
    allowDirty: build.options.allowDirty ?? false,
    where: build.options.cwd,
    why: `the project's ${key} (${settings.localSchemes.join(', ')}) refuses to build from them`,
    allowed: `building ${settings.localSchemes.join(', ')} from a dirty work tree`,
    warnings: build.warnings,
  });
}
