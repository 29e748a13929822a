/** verify: proof that an index serves exactly a release's files (both read APIs, same sha256 and size), and that it installs. */
export { verifyRelease, type VerifyOptions, type VerifyResult } from './verify-release.js';
export { VerifyError } from './errors.js';
export type { ExpectedFile, FileCheck, FileRow, FileStatus, IndexEntry, IndexListing } from './types.js';
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
export { failureLines, fileRows, indexSha256, missingLines } from './report-lines.js';
export { expectedFiles, type ExpectedRelease } from './expected-files.js';
export { identifyRelease, type ReleaseIdentity } from './release-identity.js';
export { topLevelModules } from './top-level-modules.js';
export { createVenv, type Venv } from './venv.js';
export {
  checkInstall,
  type ImportResult,
  type InstallCheckOptions,
  type InstallReport,
  type PythonInfo,
} from './install-check.js';
export { checkLatest, judgeLatest, newestFinalRelease, type LatestReport } from './check-latest.js';
export { parsePipReport, type PipChoice } from './pip-report.js';
