/**
 * wheel-matrix: plans the wheel jobs of a release (platform × architecture × Python) with cibuildwheel
 * 4.2.0's own selection, and the files the release must contain. No runner knowledge: the action maps
 * the planned jobs to runner labels and writes the outputs.
 */
export { PlanError } from './errors.js';
export {
  ENABLE_GROUPS,
  IDENTIFIERS,
  PLATFORM_ARCHS,
  PLATFORMS,
  type EnableGroup,
  type Platform,
} from './cibuildwheel/data.js';
export { expandBraces, BraceExpansionError } from './cibuildwheel/brace-expand.js';
export { selectorMatches } from './cibuildwheel/selector.js';
export { parseArchs, ArchitectureError, type BuildMachine } from './cibuildwheel/architectures.js';
export { CibuildwheelConfigError, type Environment, type Setting } from './cibuildwheel/options.js';
export {
  platformConfiguration,
  printBuildIdentifiers,
  type PlatformConfiguration,
} from './cibuildwheel/configuration.js';
export { unmatchedSelectors } from './cibuildwheel/selector-checks.js';
export { directorySource, memorySource, type ProjectSource } from './project/source.js';
export { readProjectFiles, type ProjectFiles } from './project/project-files.js';
export { detectPure, type PureDetection } from './project/pure.js';
export { parsePlatforms, TARGETS, COARSE_TOKENS, type RequestedTargets, type Target } from './targets.js';
export { pythonVersionsFilter } from './python-versions.js';
export { forbiddenArtifactCharacter } from './artifact-names.js';
export { GROUPINGS, type GroupBy, type PlannedJob } from './jobs.js';
export type { PlatformSelection, TargetSelection } from './select-targets.js';
export type { SelectionStage } from './cibuildwheel/selection-trace.js';
export { planBuild, type Plan, type PlanRequest } from './plan.js';
export {
  EXPECTED_FORMAT,
  matchesExpectedPattern,
  parseExpected,
  type ExpectedDocument,
  type ExpectedJob,
  type ExpectedWheel,
} from './expected.js';
