/** computeVersion: from a checkout and a GitHub event to the version a build must carry, and whether it publishes. */
import { realpathSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { formatVersion, parseVersion } from '../pep440/index.js';
import type { Decision } from './decision.js';
import { VersionError } from './errors.js';
import { createGit } from './git.js';
import { readHead, type HeadInfo } from './head.js';
import { fromHistory } from './history-build.js';
import { listLocalTags } from './local-tags.js';
import { runDescribe } from './nearest-tag.js';
import { validateOptions, type ComputeOptions, type ComputeResult } from './options.js';
import { readProjectFacts } from './pyproject.js';
import { releaseFromTagRef } from './release-build.js';
import { checkProjectVersion, present } from './result.js';
import { resolveSettings, type VersionSettings } from './settings.js';
import { versionFromTag } from './tag-rules.js';
import { modifiedFiles } from './work-tree.js';

export type { ComputeOptions, ComputeResult } from './options.js';

/** Computes the version of the checkout in `options.cwd` for the build described by `options.event`. */
export async function computeVersion(options: ComputeOptions): Promise<ComputeResult> {
  validateOptions(options);
  const git = options.git ?? createGit();
  const tagRef = options.event.ref.startsWith('refs/tags/')
    ? options.event.ref.slice('refs/tags/'.length)
    : null;
  const isRelease = options.mode === 'release' || (options.mode === 'auto' && tagRef !== null);
  const releaseTag = isRelease ? tagRef : null;
  const project = readProjectFacts(options.cwd);
  const settings = resolveSettings(options, project);
  const notes: string[] = [...(project?.versioning.notes ?? [])];
  const warnings: string[] = [];

  // Everything that depends on nothing else starts now; most runs need nothing more. The slowest process
  // (describe walks history) starts first: spawning from Node takes milliseconds each. (Starting a default
  // describe before the configuration is read was tried: in a monorepo that unwanted describe cost more than
  // the whole run.)
  const cwd = settings.gitDir;
  if (cwd !== options.cwd) checkRootExists(settings);
  const describeRun = releaseTag === null ? quiet(runDescribe(git, cwd, settings.rules)) : undefined;
  const tagRun = releaseTag !== null ? quiet(listLocalTags(git, cwd, releaseTag)) : undefined;
  const statusRun = releaseTag !== null ? quiet(modifiedFiles(git, cwd)) : undefined;
  const head = await readHead(git, cwd);
  if (head !== null) checkToplevel(settings, head);

  let decision: Decision;
  if (head === null) {
    decision = withoutRepository(options, settings, notes);
  } else if (releaseTag !== null) {
    const build = { options, settings, git, head, tag: releaseTag, tagRun, statusRun, notes, warnings };
    decision = await releaseFromTagRef(build);
  } else {
    decision = await fromHistory({ options, settings, git, head, isRelease, describeRun, notes, warnings });
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
  return present({ options, settings, decision, head, project, notes, warnings });
}

// Starts a promise whose failure is read later: no unhandled rejection if an earlier await throws first.
function quiet<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

// git cannot start in a directory that does not exist; say which setting pointed there.
function checkRootExists(settings: VersionSettings): void {
  if (!statSync(settings.gitDir, { throwIfNoEntry: false })?.isDirectory()) {
    const key = settings.toplevel?.key ?? 'root';
    throw new VersionError(`${key} leads to ${settings.gitDir}, which is no directory; fix root`);
  }
}

// setuptools_scm reads git only where root leads to the top of the checkout (unless it searches parents).
function checkToplevel(settings: VersionSettings, head: HeadInfo): void {
  if (settings.toplevel === null || realpathSync(settings.toplevel.value) === realpathSync(head.toplevel))
    return;
  throw new VersionError(
    `${settings.toplevel.key} leads to ${settings.toplevel.value}, which is not the top of the git checkout ${head.toplevel}, so setuptools_scm would not read git there; set root to the checkout (e.g. root = "..") or search_parent_directories = true`,
  );
}

// No git checkout: setuptools_scm's parentdir_prefix_version, then fallback_version, as they are.
function withoutRepository(options: ComputeOptions, settings: VersionSettings, notes: string[]): Decision {
  const fromDirectory = directoryVersion(options.cwd, settings);
  const fallback = fromDirectory ?? settings.fallbackVersion;
  if (fallback === null) {
    throw new VersionError(
      `${options.cwd} is not inside a git checkout; check out the repository with actions/checkout (fetch-depth: 0) or set fallback-version`,
    );
  }
  const parsed = parseVersion(fallback.value);
  if (parsed === null) throw new VersionError(`${fallback.key} '${fallback.value}' is not a PEP 440 version`);
  const version = formatVersion({ ...parsed, local: null });
  notes.push(`${options.cwd} is not a git checkout: version ${version} from ${fallback.key}`);
  return {
    version,
    tag: null,
    distance: 0,
    dirty: false,
    isRelease: false,
    headTags: [],
    local: { exact: true, node: null, dirty: false, tagLocal: parsed.local },
  };
}

function directoryVersion(cwd: string, settings: VersionSettings): { value: string; key: string } | null {
  const prefix = settings.parentdirPrefix;
  const name = basename(cwd);
  if (prefix === null || !name.startsWith(prefix.value)) return null;
  const found = versionFromTag(name.slice(prefix.value.length), settings.rules);
  if (found?.version == null) return null;
  const value = found.local === null ? found.version : `${found.version}+${found.local}`;
  return { value, key: `${prefix.key} (directory ${name})` };
}
