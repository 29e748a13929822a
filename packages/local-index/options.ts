/** The options of `startIndex` and their defaults. */
import type { FaultOptions } from './faults.js';
import type { StorageSystem } from './storage-fs.js';
import type { TrustedPublisher } from './trusted-publishing.js';

/** One request as the index saw it, for access logs and tests. */
export interface RequestLogEntry {
  method: string;
  path: string;
  status: number;
  /** The Content-Type answered (tells which simple API format was served). */
  contentType: string | null;
  /** The fault injected into this request, if any. */
  fault: string | null;
  durationMs: number;
}

/** How to run an index. */
export interface IndexOptions {
  /** Interface to listen on; default `127.0.0.1`. */
  host?: string;
  /** Port; 0 (the default) picks a free one. */
  port?: number;
  /** Directory holding the index's files and state; created if missing. Required. */
  storageDir: string;
  /** When set, uploads need HTTP Basic auth `__token__:<token>` (or a token minted by trusted publishing). */
  token?: string;
  /** Largest file accepted, in bytes; default 100 MiB as on PyPI (`PYPI_MAX_FILE_SIZE`). */
  maxFileSize?: number;
  /** Uploads received at once; one more is answered 503 with Retry-After before its body is read. Default 32. */
  maxConcurrentUploads?: number;
  /** A connection silent this long while the index waits for it (a request, a body, a read of the answer) is closed. Default 60 s. */
  idleTimeoutMs?: number;
  /** A request (headers and body) not received in full within this long is answered 408 and closed. Default 15 min. */
  requestTimeoutMs?: number;
  /** Inject faults at a seeded rate. */
  faults?: FaultOptions;
  /** Files show on the read APIs only this many ms after their upload, as behind PyPI's CDN; default 0. */
  visibilityDelayMs?: number;
  /** Publishers whose OIDC tokens `/_/oidc/mint-token` exchanges for upload tokens. */
  trustedPublishers?: TrustedPublisher[];
  /** The audience OIDC tokens must name; default `pypi`. */
  oidcAudience?: string;
  /**
   * The Sigstore stand-in (served at `/_/sigstore/` when trusted publishers are configured) issues its
   * certificates as of this time instead of now: rehearses an expired signing certificate.
   */
  sigstoreCertificateTime?: Date;
  /** Which simple API formats to serve; default both. `html` rehearses a PEP 503-only mirror. */
  simpleFormats?: 'both' | 'html' | 'json';
  /**
   * The clock (ms since the epoch) for upload times, the 14 days a release takes new files, and token
   * lifetimes; rehearses them without waiting. Default Date.now.
   */
  clock?: () => number;
  /** The file system the storage is written through, and its platform; default node's on this machine. Tests inject failures. */
  storageSystem?: StorageSystem;
  /** Called after every request. */
  onRequest?: (entry: RequestLogEntry) => void;
  /**
   * Told once at start-up what the index cannot check here (today: reStructuredText descriptions, when no
   * Python with readme_renderer runs). Without it the renderer starts on the first such description.
   */
  onNotice?: (message: string) => void;
}
