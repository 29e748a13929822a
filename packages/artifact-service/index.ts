/**
 * artifact-service: a local stand-in for GitHub's artifact service (Results API over Twirp, blob storage
 * behind signed URLs) that the official @actions/artifact client uploads to and downloads from. See README.md.
 */
export {
  startArtifactService,
  type ArtifactService,
  type ArtifactServiceOptions,
  type ServiceRequest,
} from './service.js';
export type { BlobFault } from './faults.js';
export type { JobIdentity } from './runtime-token.js';
export type { StoredArtifact } from './store.js';
