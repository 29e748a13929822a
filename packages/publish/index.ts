/** publish: the release core of publish-pypi — preflight, plan, resumable uploads, and what happened. */
export { PublishError } from './errors.js';
export {
  attestPlan,
  AttestationFailure,
  type AttestationOptions,
  type FileAttestation,
} from './attest-files.js';
export {
  executePlan,
  settle,
  UPLOAD_RETRY_POLICY,
  type ExecuteOptions,
  type UploadFunction,
} from './execute.js';
export { mergeIndexState, readIndexState } from './index-state.js';
export { inspectFiles, type HashFunction, type InspectFilesOptions } from './inspect-files.js';
export {
  identifyRelease,
  planRelease,
  preflightFailure,
  type PlanOptions,
  type ReleaseIdentity,
} from './plan.js';
export { publishRelease, type Credentials, type PublishOptions } from './publish.js';
export { countStatuses, filesOutput, type FileRecord } from './report.js';
export type {
  FileProblem,
  FileResult,
  FileStatus,
  IndexState,
  InspectedFile,
  PlanEntry,
  PlannedAction,
  PublishEvent,
  PublishResult,
  ReleasePlan,
  RemoteFile,
  UploadPhase,
} from './types.js';
export { uploadFileInfo, type FileFormInfo } from './upload-file-info.js';
