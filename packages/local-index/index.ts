/** local-index: an embedded PyPI-compatible index for rehearsing releases and testing publish and verify. */
export { startIndex, IndexStartError, type RunningIndex } from './server.js';
export { type IndexOptions, type RequestLogEntry } from './options.js';
export type { IndexAdmin } from './admin-api.js';
export {
  FAULT_KINDS,
  FaultPlan,
  parseFaultSpec,
  seededRandom,
  type FaultKind,
  type FaultOptions,
  type FaultScope,
} from './faults.js';
export { MINTED_TOKEN_LIFETIME, type TrustedPublisher } from './trusted-publishing.js';
export type { Claims, JwtAlgorithm } from './jwt.js';
export { StorageError, StorageWriteError } from './storage-error.js';
export { repairStorage, type RepairOptions, type RepairReport } from './repair.js';
export { repairCommand, type Damage } from './storage-check.js';
export type { UploadLoad } from './upload-slots.js';
export {
  NODE_STORAGE,
  syncsDirectories,
  type OpenMode,
  type StorageFs,
  type StorageHandle,
  type StorageSystem,
} from './storage-fs.js';
