/**
 * Signing publish attestations with Sigstore: an in-toto statement per file, signed in a DSSE envelope by a
 * short-lived Fulcio certificate for the job's OIDC identity, witnessed by a Rekor entry, then converted to
 * PEP 740's attestation object. @sigstore/sign loads on first use, so bundles that never sign skip it.
 */
import { AttestationError, causeLine } from './errors.js';
import {
  attestationFromBundle,
  INTOTO_PAYLOAD_TYPE,
  publishStatement,
  statementBytes,
  type Attestation,
  type SerializedDsseBundle,
} from './model.js';

/** Sigstore's public-good instance. */
export const PUBLIC_GOOD_SIGSTORE = {
  fulcioUrl: 'https://fulcio.sigstore.dev',
  rekorUrl: 'https://rekor.sigstore.dev',
} as const;

const TOKEN_REUSE_MS = 60_000;

/** Where to sign and as whom. */
export interface SigningOptions {
  fulcioUrl: string;
  rekorUrl: string;
  /** The job's OIDC token with audience `sigstore`; reused for a minute across files. */
  getIdToken: () => Promise<string>;
  /** Per request (default 30 s). */
  timeoutMs?: number;
}

/** Signs one file's publish statement; throws AttestationError naming the file. */
export type AttestationSigner = (file: { filename: string; sha256: string }) => Promise<Attestation>;

/** A signer for a whole release: one OIDC token, one certificate and one Rekor entry per file. */
export async function createAttestationSigner(options: SigningOptions): Promise<AttestationSigner> {
  const [{ DSSEBundleBuilder, FulcioSigner, RekorWitness }, { bundleToJSON }] = await Promise.all([
    import('@sigstore/sign'),
    import('@sigstore/bundle'),
  ]);
  // One token for many files, asked again after a minute: GitHub's expire after a few minutes.
  let token: { value: Promise<string>; at: number } | undefined;
  const identityProvider = {
    getToken: () => {
      if (!token || Date.now() - token.at > TOKEN_REUSE_MS)
        token = { value: options.getIdToken(), at: Date.now() };
      return token.value;
    },
  };
  const timeout = options.timeoutMs ?? 30_000;
  const builder = new DSSEBundleBuilder({
    signer: new FulcioSigner({ fulcioBaseURL: options.fulcioUrl, identityProvider, timeout, retry: 2 }),
    witnesses: [new RekorWitness({ rekorBaseURL: options.rekorUrl, entryType: 'dsse', timeout, retry: 2 })],
  });
  return async (file) => {
    const data = statementBytes(publishStatement(file.filename, file.sha256));
    try {
      const bundle = await builder.create({ data, type: INTOTO_PAYLOAD_TYPE });
      return attestationFromBundle(bundleToJSON(bundle) as unknown as SerializedDsseBundle);
    } catch (error) {
      throw new AttestationError(`${file.filename}: signing failed: ${causeLine(error)}`, { cause: error });
    }
  };
}
