/**
 * Verifying an attestation as PyPI does: the Sigstore signature, certificate and transparency log entry
 * against a trust root, the signer against the expected publisher, then the statement against the file.
 * The Sigstore libraries load on first use.
 */
import { AttestationError, causeLine } from './errors.js';
import {
  publisherProblem,
  signingWorkflow,
  type CertificateClaims,
  type ExpectedPublisher,
} from './identity.js';
import { FULCIO_OIDS } from './identity.js';
import { attestedStatement, bundleFromAttestation, logIndexOf, type Attestation } from './model.js';
import { statementProblem } from './parse.js';

/** What a verified attestation proves. */
export interface VerifiedAttestation {
  predicateType: string;
  /** Rekor log index of its entry, when it has one. */
  logIndex: number | null;
  /** The workflow that signed, `owner/repo/.github/workflows/x.yml@ref`. */
  signer: string;
}

/** Verifies one attestation of one file; throws AttestationError worded as pypi-attestations words it. */
export type AttestationVerifier = (
  attestation: Attestation,
  file: { filename: string; sha256: string },
  publisher: ExpectedPublisher,
) => VerifiedAttestation;

/** A verifier trusting `trustedRoot` (a Sigstore trusted_root.json, parsed). */
export async function createAttestationVerifier(trustedRoot: unknown): Promise<AttestationVerifier> {
  const [
    { Verifier, toSignedEntity, toTrustMaterial },
    { bundleFromJSON },
    { TrustedRoot },
    { X509Certificate },
  ] = await Promise.all([
    import('@sigstore/verify'),
    import('@sigstore/bundle'),
    import('@sigstore/protobuf-specs'),
    import('@sigstore/core'),
  ]);
  let verifier: InstanceType<typeof Verifier>;
  try {
    verifier = new Verifier(toTrustMaterial(TrustedRoot.fromJSON(trustedRoot)));
  } catch (error) {
    throw new AttestationError(`the Sigstore trust root cannot be read: ${causeLine(error)}`, {
      cause: error,
    });
  }
  const fail = (message: string): never => {
    throw new AttestationError(`Verification failed: ${message}`);
  };
  return (attestation, file, publisher) => {
    let bundle;
    try {
      bundle = bundleFromJSON(bundleFromAttestation(attestation));
    } catch (error) {
      return fail(`invalid attestation: ${causeLine(error)}`);
    }
    try {
      verifier.verify(toSignedEntity(bundle));
    } catch (error) {
      return fail(causeLine(error));
    }
    const certificate = X509Certificate.parse(
      Buffer.from(attestation.verification_material.certificate, 'base64'),
    );
    const claims: Record<string, string> = {};
    for (const oid of Object.values(FULCIO_OIDS)) {
      const value = certificate.extension(oid)?.value;
      if (value) claims[oid] = utf8StringValue(value);
    }
    const identity = publisherProblem(claims, publisher);
    if (identity) fail(identity);
    const problem = statementProblem(INTOTO, attestedStatement(attestation), file);
    if (problem) fail(problem);
    return {
      predicateType: String(attestedStatement(attestation)?.predicateType),
      logIndex: logIndexOf(attestation),
      signer: signingWorkflow(claims as CertificateClaims),
    };
  };
}

// bundleFromAttestation always says in-toto; the signature covers the type, so a different one fails above.
const INTOTO = 'application/vnd.in-toto+json';

/** A DER UTF8String's text (Fulcio's extensions from .8 on); a legacy raw value as it is. */
function utf8StringValue(der: Buffer): string {
  if (der[0] !== 0x0c || der.length < 2) return der.toString('utf8');
  const first = der[1] as number;
  if (first < 0x80) return der.subarray(2, 2 + first).toString('utf8');
  const lengthBytes = first & 0x7f;
  const length = der.subarray(2, 2 + lengthBytes).reduce((n, byte) => n * 256 + byte, 0);
  return der.subarray(2 + lengthBytes, 2 + lengthBytes + length).toString('utf8');
}
