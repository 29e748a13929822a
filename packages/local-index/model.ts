/** The index's data: projects, releases and files, as kept in memory and written to the journal. */
import type { CoreMetadata } from '../dists/index.js';

/** The three digests PyPI records for every file (hex). */
export interface Digests {
  sha256: string;
  blake2b_256: string;
  md5: string;
}

/** One stored distribution file. */
export interface StoredFile {
  filename: string;
  /** PEP 503 normalized project name. */
  project: string;
  /** The release's version as it was uploaded. */
  version: string;
  /** `bdist_wheel` or `sdist` (the form's `filetype`). */
  packagetype: string;
  /** The form's `pyversion` (`source` for an sdist). */
  pythonVersion: string;
  requiresPython: string | null;
  size: number;
  digests: Digests;
  /** ISO 8601 with microseconds, as PyPI writes it: `2024-05-01T12:00:00.123000Z`. */
  uploadTime: string;
  /** Path of the bytes under the storage directory, also the download URL's path. */
  path: string;
  /** Digests of the PEP 658 core metadata file served at `<file>.metadata`, or null when not served. */
  coreMetadata: Digests | null;
  /** True when PEP 740 provenance is kept at `<path>.provenance` (uploaded with attestations). */
  provenance?: true;
}

/** The metadata of a release (summary, classifiers, requires_dist…), read from its first upload's form. */
export type ReleaseMetadata = CoreMetadata;

/** One release of a project. */
export interface Release {
  version: string;
  /** The key releases are matched on: the normalized version. */
  key: string;
  metadata: ReleaseMetadata;
  yanked: boolean;
  yankedReason: string;
  files: StoredFile[];
}

/** One project. */
export interface Project {
  /** The display name: the spelling of the latest upload, as warehouse renames projects. */
  name: string;
  normalized: string;
  releases: Map<string, Release>;
}

/** One journal line. */
export type JournalEntry =
  | {
      op: 'add';
      projectName: string;
      version: string;
      versionKey: string;
      metadata: ReleaseMetadata;
      file: StoredFile;
    }
  | { op: 'delete'; filename: string; time: string }
  | { op: 'yank'; project: string; versionKey: string; reason: string; time: string }
  | { op: 'unyank'; project: string; versionKey: string; time: string };
