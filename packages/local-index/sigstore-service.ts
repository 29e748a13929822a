/**
 * The index's Sigstore side, made on first use: the stand-in (Fulcio and Rekor for rehearsals, trusting the
 * OIDC issuers of the configured trusted publishers) and a verifier of attestations against its trust root.
 * Only an index with trusted publishers has one, as only trusted publishers may upload attestations.
 */
import { createAttestationVerifier, type AttestationVerifier } from '../attestations/index.js';
import { createSigstoreStandIn, type SigstoreStandIn } from './sigstore-stand-in.js';
import type { TrustedPublishing } from './trusted-publishing.js';

/** Where the stand-in answers, under the index's base URL. */
export const SIGSTORE_PREFIX = '/_/sigstore';

/** The stand-in and its verifier, each made once. */
export class SigstoreService {
  private standInMade: Promise<SigstoreStandIn> | undefined;
  private verifierMade: Promise<AttestationVerifier> | undefined;
  /** The index's base URL, known once it listens. */
  baseUrl = '';

  constructor(
    private readonly trusted: TrustedPublishing,
    private readonly certificateTime?: Date,
  ) {}

  /** False when no trusted publisher is configured: then there is no stand-in. */
  get enabled(): boolean {
    return this.trusted.enabled;
  }

  /** The stand-in serving at `<baseUrl>/_/sigstore`. */
  standIn(): Promise<SigstoreStandIn> {
    this.standInMade ??= createSigstoreStandIn(`${this.baseUrl}${SIGSTORE_PREFIX}`, {
      verifyToken: (token) => this.trusted.verifyIdToken(token, 'sigstore'),
      ...(this.certificateTime ? { certificateTime: this.certificateTime } : {}),
    });
    return this.standInMade;
  }

  /** A verifier trusting the stand-in's root. */
  verifier(): Promise<AttestationVerifier> {
    this.verifierMade ??= this.standIn().then((s) => createAttestationVerifier(s.trustedRoot));
    return this.verifierMade;
  }
}
