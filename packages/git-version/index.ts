/** git-version: the version of a git checkout the way setuptools_scm 7.1 computes it, and the release/dev decision. */
export { computeVersion } from './compute.js';
export type { ComputeOptions, ComputeResult } from './options.js';
export { VersionError } from './errors.js';
export { createGit, gitEnvironment, type Git, type GitResult, type GitRunOptions } from './git.js';
export { applyVersionScheme, VERSION_SCHEMES, type SchemeInput, type VersionScheme } from './schemes.js';
export { tagPattern, versionFromTag, type TagPattern, type TagVersion } from './tag-pattern.js';
export { parseDescribe, describeArgs, type Described } from './describe.js';
export { localVersion } from './local-version.js';
export { dockerTag } from './docker-tag.js';
export { pretendVersionEnv, PRETEND_KEY } from './pretend-env.js';
export { publishDecision, type PublishDecision, type PublishFacts } from './publish-decision.js';
export { readProjectFacts, projectFactsFromToml, type ProjectFacts } from './pyproject.js';
