/**
 * collect: every job's artifacts gathered into one checked, hashed release set and its manifest (what
 * publish-pypi and verify-pypi read). Pure planning and checks over an injected artifact source. See README.md.
 */
export { collectArtifacts, type CollectOptions, type CollectReport } from './collect.js';
export { CollectError } from './errors.js';
export { directorySource } from './directory-source.js';
export { zipArtifactSource, type ZipSourceOptions } from './zip-source.js';
export { artifactNameMatches, nameList, selectArtifacts } from './select.js';
export { entryPathProblem } from './entry-paths.js';
export { flatten, type CollectedFile } from './flatten.js';
export {
  checkRelease,
  type ReleaseIdentity,
  type ReleaseMember,
  type ReleaseRules,
} from './release-check.js';
export {
  checkExpected,
  type ExpectedReport,
  type MissingJob,
  type UnexpectedFile,
} from './expected-check.js';
export { platformOf } from './platforms.js';
export { MANIFEST_NAME } from './place.js';
export type { InspectedFile } from './inspect.js';
export type { ArtifactOutcome, ExtraFile } from './read-artifact.js';
export type { StagedFile } from './stage.js';
export type {
  ArtifactDownloader,
  ArtifactEntry,
  ArtifactRef,
  ArtifactSource,
  EntryKind,
  OpenedArtifact,
} from './types.js';
