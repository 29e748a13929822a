/** computeVersion: from a checkout and a GitHub event to the version a build must carry, and whether it publishes. */
import { normalizeVersion } from '../pep440/index.js';
import type { Decision } from './decision.js';
import { VersionError } from './errors.js';
import { createGit } from './git.js';
import { readHead } from './head.js';
import { fromHistory } from './history-build.js';
import { listLocalTags } from './local-tags.js';
import { runDescribe } from './nearest-tag.js';
import { validateOptions, type ComputeOptions, type ComputeResult } from './options.js';
import { readProjectFacts } from './pyproject.js';
import { releaseFromTagRef } from './release-build.js';
import { checkProjectVersion, present } from './result.js';
import { tagPattern } from './tag-pattern.js';
import { isDirty } from './work-tree.js';

export type { ComputeOptions, ComputeResult } from './options.js';

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
