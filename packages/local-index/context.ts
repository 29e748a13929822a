/** What every request handler of one running index shares. */
import type { FaultKind, FaultPlan } from './faults.js';
import type { IndexStore } from './store.js';
import type { TrustedPublishing } from './trusted-publishing.js';

/** The running index's parts and settings. */
export interface IndexContext {
  store: IndexStore;
  trusted: TrustedPublishing;
  faults: FaultPlan | null;
  token: string | undefined;
  maxFileSize: number;
  visibilityDelayMs: number;
  simpleFormats: 'both' | 'html' | 'json';
  /** Uploads in flight, so `close()` can wait for them. */
  inFlight: Set<Promise<unknown>>;
}

/** Per-request notes for the access log. */
export interface RequestNotes {
  fault: FaultKind | null;
}
