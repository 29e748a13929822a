/** computeVersion: from a checkout and a GitHub event to the version a build must carry, and whether it publishes. */
import { baseVersion, isPrerelease, normalizeVersion, parseVersion, toSemver } from '../pep440/index.js';
import { dockerTag } from './docker-tag.js';
import { VersionError } from './errors.js';
import { createGit, firstLine, type Git, type GitResult } from './git.js';
import { readHead, type HeadInfo } from './head.js';
import { listLocalTags, type LocalTag } from './local-tags.js';
import { localVersion } from './local-version.js';
import { findNearestTag, runDescribe, type NearestOutcome } from './nearest-tag.js';
import { pretendVersionEnv } from './pretend-env.js';
import { publishDecision } from './publish-decision.js';
import { readProjectFacts, type ProjectFacts } from './pyproject.js';
import { applyVersionScheme, VERSION_SCHEMES, type VersionScheme } from './schemes.js';
import { deepenShallowHistory, pickRemote, readShallow } from './shallow-history.js';
import { matchVersionPart, tagPattern, versionFromTag, type TagPattern } from './tag-pattern.js';

/** Everything computeVersion reads; the action shell fills it from inputs and the runner's environment. */
export interface ComputeOptions {
  /** Working directory: a git checkout, possibly a subdirectory of it, where pyproject.toml lives. */
  cwd: string;
  /** auto: a `refs/tags/*` ref is a release build, everything else a dev build. */
  mode: 'auto' | 'release' | 'dev';
  scheme: VersionScheme;
  /** null: setuptools_scm's default tags (optional `word-` prefix, optional v); `mypkg-v` for monorepo tags. */
  tagPrefix: string | null;
  /** `run-number` puts the run number where setuptools_scm puts the distance (deliberately different). */
  devNumber: 'distance' | 'run-number';
  /** GITHUB_RUN_NUMBER, used when devNumber is `run-number`. */
  runNumber?: number;
  /** The version when no version tag is reachable (or cwd is no git checkout); null: setuptools_scm's 0.1.devN. */
  fallbackVersion: string | null;
  /** auto: complete a shallow clone as far as needed; never: fail on one that is too shallow. */
  fetch: 'auto' | 'never';
  /** Distributions to set SETUPTOOLS_SCM_PRETEND_VERSION_FOR_<NAME> for; null: `[project].name` of cwd's pyproject.toml. */
  distNames: string[] | null;
  /** GITHUB_EVENT_NAME, GITHUB_REF, GITHUB_SHA and whether a pull request comes from a fork. */
  event: { name: string; ref: string; sha?: string; headRepoFork?: boolean };
  /** Injectable git; default runs real git without a shell. */
  git?: Git;
  /** The build time for the local version's `.dYYYYMMDD` (default now; pass SOURCE_DATE_EPOCH's time to pin it). */
  now?: Date;
}

/** The decision and everything derived from it. */
export interface ComputeResult {
  /** Normalized PEP 440 without a local part: what the dists carry and PyPI accepts. */
  version: string;
  /** version plus `+g<sha>` (and `.d<date>` when dirty), for display only. */
  localVersion: string;
  /** Epoch and release of version, e.g. `1.2.4` for `1.2.4.dev5`. */
  baseVersion: string;
  /** The tag the version comes from or builds on; null when none. */
  tag: string | null;
  /** Commits from that tag to HEAD (all commits when there is no tag). */
  distance: number;
  /** Full id of HEAD ('' for an unborn branch or no repository). */
  commit: string;
  /** Tracked files differ from HEAD (untracked files do not count). */
  dirty: boolean;
  /** The build carries a release tag's version. */
  isRelease: boolean;
  /** packaging's is_prerelease (a pre or dev release). */
  isPrerelease: boolean;
  /** A development build: not a release build. */
  isDev: boolean;
  shouldPublish: boolean;
  publishReason: string;
  /** version as a Docker tag. */
  dockerTag: string;
  /** version as SemVer 2 ('' when it has no SemVer form, e.g. with an epoch). */
  semver: string;
  distNames: string[];
  /** SETUPTOOLS_SCM_PRETEND_VERSION and SETUPTOOLS_SCM_PRETEND_VERSION_FOR_<NAME> per dist name. */
  env: Record<string, string>;
  /** Facts worth a line in the log or job summary. */
  notes: string[];
}

/** The version facts before presentation. */
interface Decision {
  version: string;
  tag: string | null;
  distance: number;
  dirty: boolean;
  /** Abbreviated HEAD id for the local version, or null. */
  node: string | null;
  isRelease: boolean;
  /** Version tags on HEAD a dev build ignored. */
  headTags: string[];
}

/** Computes the version of the checkout in `options.cwd` for the build described by `options.event`. */
export async function computeVersion(options: ComputeOptions): Promise<ComputeResult> {
  validateOptions(options);
  const git = options.git ?? createGit();
  const pattern = tagPattern(options.tagPrefix);
  const notes: string[] = [];
  const tagRef = options.event.ref.startsWith('refs/tags/')
    ? options.event.ref.slice('refs/tags/'.length)
    : null;
  const isRelease = options.mode === 'release' || (options.mode === 'auto' && tagRef !== null);
  const releaseTag = isRelease ? tagRef : null;

  // Everything that depends on nothing else starts now; most runs need nothing more. The slowest process
  // (describe walks history) starts first: spawning from Node takes milliseconds each.
  const describeRun = releaseTag === null ? quiet(runDescribe(git, options.cwd, pattern)) : undefined;
  const tagRun = releaseTag !== null ? quiet(listLocalTags(git, options.cwd, releaseTag)) : undefined;
  const statusRun = releaseTag !== null ? quiet(isDirty(git, options.cwd)) : undefined;
  const headRun = quiet(readHead(git, options.cwd));
  const projectRun = quiet(readProjectFacts(options.cwd));

  const head = await headRun;
  const project = await projectRun;
  let decision: Decision;
  if (head === null) {
    decision = withoutRepository(options, notes);
  } else if (releaseTag !== null) {
    decision = await releaseFromTagRef(options, git, head, pattern, releaseTag, tagRun, statusRun, notes);
  } else {
    decision = await fromHistory(options, git, head, pattern, isRelease, describeRun, notes);
  }
  checkProjectVersion(project, decision, notes);
  if (head?.commit && options.event.sha && options.event.sha !== head.commit) {
    notes.push(
      `HEAD ${head.commit.slice(0, 12)} is not GITHUB_SHA ${options.event.sha.slice(0, 12)}: the version is for the checked-out commit`,
    );
  }
  if (decision.dirty && !decision.isRelease) {
    notes.push('the work tree has changes to tracked files (untracked files do not count)');
  }
  return present(options, decision, head, project, notes);
}

function validateOptions(options: ComputeOptions): void {
  if (!['auto', 'release', 'dev'].includes(options.mode)) {
    throw new VersionError(`input mode is '${options.mode}'; use auto, release or dev`);
  }
  if (!VERSION_SCHEMES.includes(options.scheme)) {
    throw new VersionError(
      `input version-scheme is '${options.scheme}'; use one of ${VERSION_SCHEMES.join(', ')}`,
    );
  }
  if (!['distance', 'run-number'].includes(options.devNumber)) {
    throw new VersionError(`input dev-number is '${options.devNumber}'; use distance or run-number`);
  }
  if (
    options.devNumber === 'run-number' &&
    !(Number.isSafeInteger(options.runNumber) && (options.runNumber ?? -1) >= 0)
  ) {
    throw new VersionError(
      `dev-number is run-number but the run number is '${options.runNumber}'; run inside GitHub Actions or use dev-number: distance`,
    );
  }
  if (!['auto', 'never'].includes(options.fetch)) {
    throw new VersionError(`input fetch is '${options.fetch}'; use auto or never`);
  }
  if (options.tagPrefix !== null && /[\s\\*?[~^:]/.test(options.tagPrefix)) {
    throw new VersionError(
      `input tag-prefix '${options.tagPrefix}' contains characters git forbids in tag names; use the literal start of your tags, e.g. mypkg-v`,
    );
  }
  if (options.fallbackVersion !== null) {
    const parsed = parseVersion(options.fallbackVersion);
    if (parsed === null || parsed.local !== null) {
      throw new VersionError(
        `input fallback-version '${options.fallbackVersion}' is not a PEP 440 version without a local part; use e.g. 0.0.0`,
      );
    }
  }
}

// Starts a promise whose failure is read later: no unhandled rejection if an earlier await throws first.
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

function withoutRepository(options: ComputeOptions, notes: string[]): Decision {
  if (options.fallbackVersion === null) {
    throw new VersionError(
      `${options.cwd} is not inside a git checkout; check out the repository with actions/checkout (fetch-depth: 0) or set fallback-version`,
    );
  }
  const version = normalizeVersion(options.fallbackVersion) ?? options.fallbackVersion;
  notes.push(`${options.cwd} is not a git checkout: using fallback-version ${version}`);
  return { version, tag: null, distance: 0, dirty: false, node: null, isRelease: false, headTags: [] };
}

// A tag build: the version is the pushed tag's, and that tag must name HEAD.
async function releaseFromTagRef(
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

// Dev builds (and release mode without a tag ref): setuptools_scm's describe, schemes and fallbacks.
async function fromHistory(
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
      `version scheme ${scheme} turns tag ${tag ?? '(none)'} into '${raw}', which is not a PEP 440 version; choose another version-scheme or tag a new release`,
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

async function countCommits(git: Git, cwd: string): Promise<number> {
  const result = await git.run(['rev-list', '--count', 'HEAD'], { cwd });
  if (result.code !== 0)
    throw new VersionError(`counting commits in ${cwd} failed: ${firstLine(result.stderr)}`);
  return Number(result.stdout.trim());
}

// setuptools_scm's test when describe has nothing: tracked changes only, untracked files do not count.
async function isDirty(git: Git, cwd: string): Promise<boolean> {
  const result = await git.run(['status', '--porcelain', '--untracked-files=no'], { cwd });
  return result.code === 0 && result.stdout.trim() !== '';
}

function checkProjectVersion(project: ProjectFacts | null, decision: Decision, notes: string[]): void {
  if (project === null || project.version === null || project.dynamicVersion) return;
  const declared = normalizeVersion(project.version);
  if (decision.isRelease) {
    if (declared !== decision.version) {
      throw new VersionError(
        `${project.path}: [project].version is ${project.version} but tag ${decision.tag ?? ''} says ${decision.version}; make them agree (or list version in [project].dynamic)`,
      );
    }
    return;
  }
  notes.push(
    `${project.path} sets a static [project].version ${project.version}, so builds carry it, not ${decision.version}; list version in [project].dynamic to use setuptools_scm`,
  );
}

function present(
  options: ComputeOptions,
  decision: Decision,
  head: HeadInfo | null,
  project: ProjectFacts | null,
  notes: string[],
): ComputeResult {
  const distNames = options.distNames ?? (project?.name ? [project.name] : []);
  if (options.distNames === null && distNames.length === 0) {
    notes.push(
      `no [project].name in ${project?.path ?? `${options.cwd}/pyproject.toml`}: only SETUPTOOLS_SCM_PRETEND_VERSION is set`,
    );
  }
  const { shouldPublish, publishReason } = publishDecision({
    eventName: options.event.name,
    ref: options.event.ref,
    isRelease: decision.isRelease,
    tag: decision.tag,
    headTags: decision.headTags,
    headRepoFork: options.event.headRepoFork,
  });
  let semver = '';
  try {
    semver = toSemver(decision.version);
  } catch (error) {
    notes.push(`no SemVer form: ${(error as Error).message}`);
  }
  return {
    version: decision.version,
    localVersion: localVersion(decision.version, {
      exact: decision.isRelease,
      node: decision.node,
      dirty: decision.dirty,
      now: options.now ?? new Date(),
    }),
    baseVersion: baseVersion(decision.version),
    tag: decision.tag,
    distance: decision.distance,
    commit: head?.commit ?? '',
    dirty: decision.dirty,
    isRelease: decision.isRelease,
    isPrerelease: isPrerelease(decision.version),
    isDev: !decision.isRelease,
    shouldPublish,
    publishReason,
    dockerTag: dockerTag(decision.version),
    semver,
    distNames,
    env: pretendVersionEnv(decision.version, distNames),
    notes,
  };
}
