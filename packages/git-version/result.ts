/** From a decision to the result: the static-version check, publish rule and every derived form. */
import {
  baseVersion,
  isDevrelease,
  isPostrelease,
  isPrerelease,
  normalizeVersion,
  toSemver,
} from '../pep440/index.js';
import type { Decision } from './decision.js';
import { dockerTag } from './docker-tag.js';
import { VersionError } from './errors.js';
import type { HeadInfo } from './head.js';
import { localVersion } from './local-version.js';
import type { ComputeOptions, ComputeResult } from './options.js';
import { pretendVersionEnv } from './pretend-env.js';
import { publishDecision } from './publish-decision.js';
import type { ProjectFacts } from './pyproject.js';
import type { VersionSettings } from './settings.js';

/** A release must agree with a static `[project].version`; a dev build only notes that one exists. */
export function checkProjectVersion(project: ProjectFacts | null, decision: Decision, notes: string[]): void {
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

/** What the result is made from. */
export interface Presentation {
  options: ComputeOptions;
  settings: VersionSettings;
  decision: Decision;
  head: HeadInfo | null;
  project: ProjectFacts | null;
  notes: string[];
  warnings: string[];
}

/** The result for a decision, with everything derived from it. */
export function present(facts: Presentation): ComputeResult {
  const { options, decision, project, notes } = facts;
  const projectName = project?.versioning.distName ?? project?.name ?? null;
  const distNames = options.distNames ?? (projectName ? [projectName] : []);
  if (options.distNames === null && distNames.length === 0) {
    notes.push(
      `no [project].name in ${project?.path ?? `${options.cwd}/pyproject.toml`}: only SETUPTOOLS_SCM_PRETEND_VERSION is set`,
    );
  }
  const steady = !decision.isRelease && !isDevrelease(decision.version) && !isPostrelease(decision.version);
  const { shouldPublish, publishReason } = publishDecision({
    eventName: options.event.name,
    ref: options.event.ref,
    isRelease: decision.isRelease,
    tag: decision.tag,
    headTags: decision.headTags,
    headRepoFork: options.event.headRepoFork,
    steadyVersion: steady ? decision.version : null,
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
      ...decision.local,
      schemes: facts.settings.localSchemes,
      now: options.now ?? new Date(),
    }),
    baseVersion: baseVersion(decision.version),
    tag: decision.tag,
    distance: decision.distance,
    commit: facts.head?.commit ?? '',
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
    scheme: facts.settings.scheme,
    settings: facts.settings.sources,
    notes,
    warnings: facts.warnings,
  };
}
