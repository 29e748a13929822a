/** dists: Python distribution files — filenames, core metadata, archive reading, hashing, and PyPI's upload rules. */
export { filenameProjectName, isValidProjectName, normalizeProjectName } from './names.js';
export { DistError, type DistErrorCode } from './errors.js';
export type { BuildTag, DistFilename, DistKind, WheelTag } from './dist-filename-types.js';
export { expandTags, parseWheelFilename } from './wheel-filename.js';
export { parseSdistFilename } from './sdist-filename.js';
export { filetypeOf, parseDistFilename } from './dist-filename.js';
export {
  buildMetadata,
  emptyCoreMetadata,
  parseCoreMetadata,
  type CoreMetadata,
  type MetadataField,
  type ProjectUrl,
} from './core-metadata.js';
export { FIELD_SPECS, type FieldSpec } from './core-metadata-fields.js';
export {
  metadataFromUploadForm,
  twineSafeName,
  uploadFormFields,
  type FormField,
  type UploadFileInfo,
} from './upload-form.js';
export { DigestAccumulator, hashBytes, hashFile, type FileDigests, type FileHashes } from './hash-file.js';
export { EXTRA_DIGESTS, type ExtraDigest } from './digest-names.js';
export { BufferPool } from './buffer-pool.js';
export { readChunks } from './read-chunks.js';
export { loadCrypto, loadZlib } from './lazy-modules.js';
export { PARALLEL_DIGESTS_MAX_HELD, ParallelDigests } from './parallel-digests.js';
export {
  DEFAULT_ZIP_LIMITS,
  ZipArchive,
  zipEntryKind,
  type ZipEntry,
  type ZipEntryKind,
  type ZipLimits,
} from './zip-reader.js';
export { writeZip, type ZipMember } from './zip-writer.js';
export {
  DEFAULT_TAR_LIMITS,
  walkTarGz,
  type TarDecision,
  type TarEntry,
  type TarLimits,
  type TarVisitor,
} from './tar-reader.js';
export { parseWheelFile, type WheelInfo } from './wheel-info.js';
export { distKindOf, readDistMetadata, type DistMetadata, type ReadLimits } from './read-dist.js';
export { inspectDistribution, type InspectedDistribution, type InspectOptions } from './inspect-dist.js';
export { isPyPIPlatformTag } from './platform-tags.js';
export { checkDistribution, PYPI_RULES } from './rules/check-distribution.js';
export {
  checkUpload,
  type DescriptionRenderer,
  type UploadContext,
  type UploadDecision,
  type UploadedFile,
  type UploadRequest,
} from './rules/check-upload.js';
export { metadataFromForm, SUPPORTED_METADATA_VERSIONS } from './rules/metadata-rules.js';
export { sanitizeForm } from './rules/upload-form-rules.js';
export { newProjectNameProblem, ultranormalizeName } from './rules/project-name-rules.js';
export { needsRstRender } from './rules/description-rules.js';
export { PythonRstRenderer, type RendererStatus, type RstRendererOptions } from './readme-renderer.js';
export { TROVE_SOURCE } from './data/trove-classifiers.js';
export { STDLIB_SOURCE } from './data/stdlib-modules.js';
export { SPDX_SOURCE } from './data/spdx-licenses.js';
export { COMPRESSION_RATIO_MIN_SIZE, COMPRESSION_RATIO_THRESHOLD } from './rules/archive-rules.js';
export {
  PYPI_MAX_FILE_SIZE,
  PYPI_MAX_PROJECT_SIZE,
  type ArchiveFacts,
  type DeclaredDigests,
  type DistributionFacts,
  type ExistingFile,
  type Problem,
  type ProblemCode,
  type ReleaseContext,
  type Rule,
} from './rules/types.js';
