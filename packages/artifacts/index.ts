/** artifacts: the release's file set and its manifest, shared by collect-artifacts, publish-pypi and verify-pypi. See README.md. */
export {
  MANIFEST_SCHEMA,
  ManifestError,
  parseManifest,
  readManifest,
  serializeManifest,
  type Manifest,
  type ManifestFile,
} from './manifest.js';
export { selectDistFilenames } from './dist-files.js';
export { isPlainFileName } from './manifest.js';
export {
  releaseFiles,
  ReleaseFilesError,
  type ExpectedDigests,
  type ReleaseFile,
  type ReleaseFiles,
  type ReleaseFilesOptions,
  type ReleaseSource,
} from './release-files.js';
