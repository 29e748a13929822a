/**
 * verify: proof that an index lists and serves exactly a release's files (both read APIs, same sha256 and
 * size, every file downloaded and hashed), and that it installs.
 */
export { verifyRelease, type VerifyOptions, type VerifyResult } from './verify-release.js';
export { downloadReport, type DownloadReport } from './download-report.js';
export { VerifyError } from './errors.js';
export {
  checkProvenance,
  type ProvenanceMode,
  type ProvenanceOptions,
  type ProvenanceReport,
  type ProvenanceRow,
} from './check-provenance.js';
export type {
  DownloadMode,
  ExpectedFile,
  FileCheck,
  FileRow,
  FileStatus,
  IndexEntry,
  IndexListing,
} from './types.js';
export { allVerified, checkFile, compareFiles, finalFailures } from './compare-files.js';
export { MAX_POLL_DELAY_MS, nextPollDelayMs, POLL_BACKOFF_FACTOR } from './poll-delay.js';
export { readListing, releaseFilter, type ListingRead } from './read-listing.js';
export {
  seconds,
  waitForFiles,
  type FirstSeen,
  type WaitOptions,
  type WaitResult,
} from './wait-for-files.js';
export { failureLines, fileRows, indexSha256, missingLines, servedSha256 } from './report-lines.js';
export { expectedFiles, type ExpectedRelease } from './expected-files.js';
export { identifyRelease, type ReleaseIdentity } from './release-identity.js';
export { topLevelModules } from './top-level-modules.js';
export { createVenv, firstInterpreter, type Venv, type VenvOptions } from './venv.js';
export {
  interpreterHints,
  interpreterLabel,
  interpreters,
  isStoreAlias,
  venvLayout,
  type Interpreter,
} from './interpreter.js';
export { REMOVE_RETRY_DELAYS_MS, removeTree, type RemoveDeps } from './remove-tree.js';
export {
  parseSmokeShell,
  SMOKE_SHELLS,
  smokeInvocation,
  smokeShellLabel,
  type SmokeInvocation,
  type SmokeShell,
} from './smoke-shell.js';
export {
  DOWNLOAD_CONCURRENCY,
  downloadFile,
  downloadFiles,
  type Download,
  type DownloadContext,
  type DownloadRequest,
} from './download-files.js';
export { isComplete, judgeDownloads, listedUrls, pendingDownloads } from './judge-downloads.js';
export {
  checkInstall,
  DEFAULT_SMOKE_TIMEOUT_MS,
  type ImportResult,
  type InstallCheckOptions,
  type InstallReport,
  type PythonInfo,
} from './install-check.js';
export { checkLatest, judgeLatest, newestFinalRelease, type LatestReport } from './check-latest.js';
export { parsePipReport, type PipChoice } from './pip-report.js';
