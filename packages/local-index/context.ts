/** What every request handler of one running index shares. */
import type { PythonRstRenderer } from '../dists/index.js';
import type { FaultKind, FaultPlan } from './faults.js';
import type { SigstoreService } from './sigstore-service.js';
import type { IndexStore } from './store.js';
import type { TrustedPublishing } from './trusted-publishing.js';
import type { UploadSlots } from './upload-slots.js';

/** The running index's parts and settings. */
export interface IndexContext {
  store: IndexStore;
  trusted: TrustedPublishing;
  /** The Sigstore stand-in and the verifier of uploaded attestations. */
  sigstore: SigstoreService;
  faults: FaultPlan | null;
  token: string | undefined;
  maxFileSize: number;
  visibilityDelayMs: number;
  simpleFormats: 'both' | 'html' | 'json';
  /** Renders reStructuredText descriptions as PyPI does (a Python worker started on first use). */
  descriptions: PythonRstRenderer;
  /** Uploads in flight, so `close()` can wait for them. */
  inFlight: Set<Promise<unknown>>;
  /** The upload slots: the cap on uploads at once and the account of what they hold. */
  uploads: UploadSlots;
  /** How long a connection may stay silent while the index waits for it. */
  idleTimeoutMs: number;
  /** Now, in ms since the epoch: upload times, closed releases and token lifetimes all follow it. */
  now: () => number;
}

/** Per-request notes for the access log. */
export interface RequestNotes {
  fault: FaultKind | null;
}
