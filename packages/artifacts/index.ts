/** artifacts: the release's file set and its manifest, shared by collect-artifacts, publish-pypi and verify-pypi. */
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
