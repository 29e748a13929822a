/**
 * The index's Sigstore side, made on first use: the stand-in (Fulcio and Rekor for rehearsals, trusting the
 * OIDC issuers of the configured trusted publishers) and a verifier of attestations against its trust root.
 * Only an index with trusted publishers has one, as only trusted publishers may upload attestations.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createAttestationVerifier, type AttestationVerifier } from '../attestations/index.js';
import { createSigstoreStandIn, type SigstoreStandIn } from './sigstore-stand-in.js';
import type { TrustedPublishing } from './trusted-publishing.js';

/** The storage directory's record of the stand-in's trust roots, across restarts. */
export const SIGSTORE_TRUST_FILE = 'sigstore-trust.json';

/** Where the stand-in answers, under the index's base URL. */
export const SIGSTORE_PREFIX = '/_/sigstore';

/** The stand-in and its verifier, each made once. */
export class SigstoreService {
  private standInMade: Promise<SigstoreStandIn> | undefined;
  private verifierMade: Promise<AttestationVerifier> | undefined;
  /** The index's base URL, known once it listens. */
  baseUrl = '';

  /**
   * @param trustFile where the trust roots of earlier runs on this storage are kept (keys live in memory
   *   only, so each start is a new CA and logs; provenance kept from before must still verify)
   */
  constructor(
    private readonly trusted: TrustedPublishing,
    private readonly trustFile: string,
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
    }).then((standIn) => this.withEarlierRoots(standIn));
    return this.standInMade;
  }

  /** The stand-in trusting its own CA and logs and those of earlier runs on this storage (then kept with them). */
  private async withEarlierRoots(standIn: SigstoreStandIn): Promise<SigstoreStandIn> {
    const earlier = await readFile(this.trustFile, 'utf8').then(
      (text) => JSON.parse(text) as Record<string, unknown[]>,
      () => ({}) as Record<string, unknown[]>,
    );
    const merged: Record<string, unknown> = { ...standIn.trustedRoot };
    for (const key of ['tlogs', 'certificateAuthorities', 'ctlogs']) {
      const own = (standIn.trustedRoot[key] as unknown[] | undefined) ?? [];
      merged[key] = [...own, ...(Array.isArray(earlier[key]) ? earlier[key] : [])];
    }
    const temp = `${this.trustFile}.tmp`;
    await writeFile(temp, JSON.stringify(merged));
    await rename(temp, this.trustFile);
    return { ...standIn, trustedRoot: merged };
  }

  /** A verifier trusting the stand-in's root. */
  verifier(): Promise<AttestationVerifier> {
    this.verifierMade ??= this.standIn().then((s) => createAttestationVerifier(s.trustedRoot));
    return this.verifierMade;
  }
}
