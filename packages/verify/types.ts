/** The shapes verification passes around: what the release should be, what the index lists, and the verdict. */
import type { Download } from './download-files.js';

/** One file the release must consist of, as the manifest or the local file says. */
export interface ExpectedFile {
  filename: string;
  size: number;
  sha256: string;
}

/** A file as one API of the index lists it. */
export interface IndexEntry {
  /** Where the file is downloaded from, absolute; absent when the API gives no URL. */
  url?: string;
  /** Lower-case hex; absent when a PEP 503 page gives no sha256 fragment. */
  sha256?: string;
  /** Absent on simple pages without PEP 700 sizes. */
  size?: number;
  yanked: boolean;
}

/** What the two read APIs list for the release, by filename; null when the API has no such project/release yet. */
export interface IndexListing {
  json: Map<string, IndexEntry> | null;
  simple: Map<string, IndexEntry> | null;
}

/**
 * A file's state: `ok` listed on both APIs with the local sha256 and size (and, when files are downloaded,
 * served with them); `missing` not yet listed on one or both, or listed but not downloadable yet; `mismatch`
 * listed or served with another hash or size (a different file under that name); `unverifiable` listed
 * without a sha256 or a URL to check; `unexpected` on the index for this release but not among the expected
 * files.
 */
export type FileStatus = 'ok' | 'missing' | 'mismatch' | 'unverifiable' | 'unexpected';

/** The verdict on one file after one look at the index. */
export interface FileCheck {
  filename: string;
  status: FileStatus;
  /** Null for `unexpected` files. */
  local: ExpectedFile | null;
  json: IndexEntry | null;
  simple: IndexEntry | null;
  /** For every status but `ok`: one line saying what is wrong, naming the API. */
  problem?: string;
  /** What each listed URL served, once downloaded (absent when files are not downloaded). */
  downloads?: Download[];
}

/** One row of the `files` output. */
export interface FileRow {
  filename: string;
  local_sha256: string | null;
  index_sha256: string | null;
  /** sha256 of the bytes the index served, null when the file was not downloaded. */
  served_sha256: string | null;
  status: FileStatus;
}

/**
 * Which files verify-pypi downloads and hashes itself: `all` (each file of the release), `installed` (only
 * what the install check installs, downloaded by pip, which checks it against the release's sha256), `none`.
 */
export type DownloadMode = 'all' | 'installed' | 'none';
