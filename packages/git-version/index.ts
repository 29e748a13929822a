/** git-version: the version of a git checkout the way setuptools_scm 10 computes it from the project's own configuration, and the release/dev decision. */
export { computeVersion } from './compute.js';
export type { ComputeOptions, ComputeResult } from './options.js';
export type { SettingOrigin, SettingSource } from './settings.js';
export { VersionError } from './errors.js';
export { createGit, gitEnvironment, type Git, type GitResult, type GitRunOptions } from './git.js';
export {
  applyVersionScheme,
  isVersionScheme,
  VERSION_SCHEMES,
  type SchemeInput,
  type VersionScheme,
} from './schemes.js';
export {
  DEFAULT_TAG_REGEX,
  prefixRules,
  tagRules,
  versionFromTag,
  type TagRules,
  type TagVersion,
} from './tag-rules.js';
export {
  parseDescribe,
  describeArgs,
  describeSpecFromCommand,
  type Described,
  type DescribeSpec,
} from './describe.js';
export { localVersion, LOCAL_SCHEMES } from './local-version.js';
export { dockerTag } from './docker-tag.js';
export { pretendVersionEnv, PRETEND_KEY } from './pretend-env.js';
export { publishDecision, type PublishDecision, type PublishFacts } from './publish-decision.js';
export { readProjectFacts, projectFactsFromToml, type ProjectFacts } from './pyproject.js';
