/** The inputs and output of PyPI's upload rules. */
import type { CoreMetadata } from '../core-metadata.js';

/** One reason PyPI would refuse (or, status 200, silently skip) an upload; `message` is PyPI's own text. */
export interface Problem {
  code: ProblemCode;
  /** The HTTP status PyPI answers with (400 for almost everything; 200 for an identical re-upload). */
  status: number;
  message: string;
}

/** Stable codes of the rules, one per PyPI refusal. */
export type ProblemCode =
  | 'field-is-file'
  | 'unknown-protocol'
  | 'invalid-form'
  | 'missing-digest'
  | 'invalid-metadata'
  | 'local-version'
  | 'no-file'
  | 'stdlib-project-name'
  | 'prohibited-project-name'
  | 'similar-project-name'
  | 'invalid-description'
  | 'invalid-content-type'
  | 'closed-release'
  | 'invalid-entry-points'
  | 'invalid-attestations'
  | 'invalid-filename-characters'
  | 'invalid-extension'
  | 'file-too-large'
  | 'project-too-large'
  | 'digest-mismatch'
  | 'file-exists'
  | 'file-exists-identical'
  | 'filename-reused'
  | 'duplicate-sdist'
  | 'invalid-distribution-file'
  | 'invalid-sdist-filename'
  | 'invalid-wheel-filename'
  | 'filename-project-mismatch'
  | 'filename-not-normalized'
  | 'filename-version-mismatch'
  | 'unsupported-platform-tag'
  | 'missing-license-file'
  | 'missing-record'
  | 'missing-metadata'
  | 'filename-too-long';

/** What an archive holds, as far as PyPI's checks look. */
export interface ArchiveFacts {
  format: 'zip' | 'tar.gz';
  /**
   * Null when readable; else PyPI's reason: `File is not a zipfile`, `File is not a tarfile`, or `None` (what
   * PyPI says when Python's archive modules fail mid-read) followed by the cause in parentheses.
   */
  unreadable: string | null;
  /** Every member name (zip namelist; tar names with directories' trailing `/` removed). */
  members: string[];
  /** Sum of uncompressed member sizes (zip) or inflated tar bytes. */
  uncompressedSize: number;
  /** True when a zip member uses a method other than stored or deflate. */
  unsupportedCompression: boolean;
  /** True when the file is both a zip and a tar archive (`zipfile.is_zipfile` and `tarfile.is_tarfile`). */
  polyglot?: boolean;
  /** True when a tar member is sparse (GNU or pax), which PyPI refuses in sdists. */
  sparse?: boolean;
  /** A wheel's `.dist-info/entry_points.txt` as bytes; null when it has none; absent when not read. */
  entryPoints?: Uint8Array | null;
  /** For a zip: warehouse's reason its records read front to back disagree with its directory; null when none. */
  framing?: string | null;
  /** True when a wheel's `.dist-info/RECORD` is not UTF-8, which warehouse takes for a missing RECORD. */
  recordUndecodable?: boolean;
}

/** Digests as the upload form declares them (lower or upper hex). */
export interface DeclaredDigests {
  md5?: string;
  sha256?: string;
  blake2_256?: string;
}

/** One file upload as the rules see it. */
export interface DistributionFacts {
  filename: string;
  size: number;
  /** blake2_256 and md5 are known on the index's side, and on a client's when it computed them. */
  hashes: { sha256: string; blake2_256?: string; md5?: string };
  /** The metadata PyPI validates (the form's; for a preflight, the archive's). Null skips metadata rules. */
  metadata: CoreMetadata | null;
  /** Absent when the archive was not inspected: the archive rules are then skipped. */
  archive?: ArchiveFacts;
  /** The `filetype` the client sends; by default what twine derives from the extension. */
  filetype?: 'sdist' | 'bdist_wheel';
  /** Digests sent in the form, checked against `hashes`. */
  declaredDigests?: DeclaredDigests;
  /** The Content-Type header of the file part; null when it had none; absent when unknown (a preflight). */
  contentType?: string | null;
}

/** A file already on the index. */
export interface ExistingFile {
  filename: string;
  packagetype: 'sdist' | 'bdist_wheel';
  sha256?: string;
  blake2_256?: string;
}

/** What the index already holds and its limits; everything optional. */
export interface ReleaseContext {
  /** Files of the release this upload joins (same canonical version). */
  releaseFiles?: ExistingFile[];
  /** Every file on the index, searched by filename and blake2 (PyPI searches globally); defaults to releaseFiles. */
  indexFiles?: ExistingFile[];
  /** Filenames of files since deleted: PyPI never takes them again. */
  deletedFilenames?: string[];
  /** Per-file limit in bytes; PyPI's default is 100 MiB. */
  maxFileSize?: number;
  /** Per-project limit in bytes; PyPI's default is 10 GiB. */
  maxProjectSize?: number;
  /** Bytes the project already stores. */
  projectTotalSize?: number;
  /** When the release this upload joins was created (ms since the epoch); absent for a new release. */
  releaseCreatedAt?: number;
  /** Now, in ms since the epoch (default Date.now()); PyPI closes a release to new files after 14 days. */
  now?: number;
}

/** PyPI's default per-file upload limit: 100 MiB. */
export const PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;
/** PyPI's default per-project limit: 10 GiB. */
export const PYPI_MAX_PROJECT_SIZE = 10 * 1024 * 1024 * 1024;

/** One rule: pure, no I/O; returns PyPI's answer or null when the rule has nothing to say. */
export type Rule = (dist: DistributionFacts, context: ReleaseContext) => Problem | null;

/** A 400 Bad Request problem. */
export function badRequest(code: ProblemCode, message: string): Problem {
  return { code, status: 400, message };
}
