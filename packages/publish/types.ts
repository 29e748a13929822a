/** The shapes a release passes through: files on disk, what the index has, the plan, and what happened. */
import type { ReleaseFile } from '../artifacts/index.js';
import type { CoreMetadata, DistributionFacts, FileDigests } from '../dists/index.js';
import type { FileFormInfo } from './upload-file-info.js';

/** A release file after hashing and reading: everything the plan needs, no I/O left. */
export interface InspectedFile extends ReleaseFile {
  /** Null when the file could not be read at all (then `problems` says why). */
  hashes: FileDigests | null;
  /** Null for a file that is no wheel or sdist by its name. */
  form: FileFormInfo | null;
  /** The core metadata the upload form is built from; null when unreadable. */
  metadata: CoreMetadata | null;
  /** The facts PyPI's rules look at; null when metadata verification is off or the file is unreadable. */
  facts: DistributionFacts | null;
  /** Problems found while reading the file, one line each. */
  problems: string[];
  /** True when the description is reStructuredText and no renderer could check it as PyPI will. */
  descriptionUnchecked?: boolean;
}

/** A file the index already lists for the project. */
export interface RemoteFile {
  filename: string;
  sha256?: string;
  blake2_256?: string;
  size?: number;
  /** Download URL. */
  url?: string;
  packagetype: 'sdist' | 'bdist_wheel';
  /** True when the file belongs to the release being published. */
  inRelease: boolean;
}

/** What the index already has for the project. */
export interface IndexState {
  /** The project's files by filename (the release page and the project page together). */
  files: Map<string, RemoteFile>;
  /** True when the release already holds at least one file. */
  releaseExists: boolean;
  /** False when the index does not have the project (the first upload creates it); absent when unknown. */
  projectExists?: boolean;
}

/** Something that stops the release before any upload; `filename` is empty for the release as a whole. */
export interface FileProblem {
  filename: string;
  message: string;
}

/** What to do with a file: upload it, or nothing because it is there (same hash) or skipped (other hash). */
export type PlannedAction = 'upload' | 'already-present' | 'skip';

/**
 * When an upload runs: `first` alone (it creates the release), then every `wheel` with bounded concurrency,
 * then the `sdist` once all wheels are up; `none` for files not uploaded.
 */
export type UploadPhase = 'first' | 'wheel' | 'sdist' | 'none';

/** One file in the plan. */
export interface PlanEntry {
  file: InspectedFile;
  action: PlannedAction;
  phase: UploadPhase;
  /** The index's copy, when it has one. */
  remote?: RemoteFile;
}

/** The whole release, decided before the first byte goes up. */
export interface ReleasePlan {
  /** Project name as the metadata spells it. */
  project: string;
  version: string;
  /** Every file, uploads in the order they start, then the files left alone. */
  entries: PlanEntry[];
  /** Anything here means nothing is uploaded. */
  problems: FileProblem[];
  /** Worth telling, not worth stopping for. */
  warnings: string[];
}

/**
 * A file's final state. `would-upload` is a dry run's; `failed` was tried and refused or given up on;
 * `pending` was never tried because the release stopped first.
 */
export type FileStatus = 'uploaded' | 'already-present' | 'skipped' | 'would-upload' | 'failed' | 'pending';

/** One file of the result. */
export interface FileResult {
  filename: string;
  path: string;
  size: number;
  sha256: string;
  /** When blake2b-256 was computed (the digests setting). */
  blake2_256?: string;
  status: FileStatus;
  /** Download URL on the index, when the index listed one; empty otherwise. */
  url: string;
  /** Wall time of this file's upload, retries included (0 when nothing was sent). */
  seconds: number;
  /** Upload attempts made. */
  attempts: number;
  /** Why it failed or was skipped, or what a retry had to get through. */
  message?: string;
}

/** What a release run did. */
export interface PublishResult {
  project: string;
  version: string;
  dryRun: boolean;
  files: FileResult[];
  /** One line saying why the release is not complete; absent when it is. */
  failure?: string;
  /** Problems found before any upload (then nothing was uploaded). */
  problems: FileProblem[];
  warnings: string[];
  /** Files that the directory held but are no distributions (not uploaded). */
  ignored: string[];
  /** The Rekor log index of each file's attestation, by filename, when the release was attested. */
  attestations?: Record<string, number | null>;
}

/** Progress of a release, for the log. */
export type PublishEvent =
  | { type: 'planned'; plan: ReleasePlan }
  | { type: 'attested'; filename: string; logIndex: number | null; path: string }
  | { type: 'authenticated'; method: 'password' | 'trusted-publishing'; expiresAt?: number }
  | { type: 'upload-started'; filename: string; size: number; phase: PlanEntry['phase'] }
  | { type: 'upload-retry'; filename: string; attempt: number; delayMs: number; reason: string }
  | { type: 'upload-finished'; result: FileResult }
  | { type: 'warning'; message: string };
