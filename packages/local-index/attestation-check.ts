/**
 * PEP 740 on upload, as warehouse does it: the `attestations` field is taken only from a trusted publisher,
 * must be a JSON list of one attestation per predicate type, and each must verify against the trust root,
 * be signed by the publisher the upload token was minted for, and name the uploaded file and its sha256.
 * What passes is kept as the file's provenance object.
 */
import {
  AttestationError,
  attestedStatement,
  parseAttestationsField,
  type Attestation,
  type AttestationVerifier,
  type Provenance,
} from '../attestations/index.js';
import type { UploadIdentity } from './auth.js';

/** An attestation problem as warehouse answers it: 400 and this text. */
export interface AttestationRefusal {
  status: 400;
  message: string;
}

const refusal = (problem: string): AttestationRefusal => ({
  status: 400,
  message: `Invalid attestations supplied during upload: ${problem}`,
});

/** Checks an upload's attestations field; the provenance to keep, or warehouse's refusal. */
export async function checkAttestations(
  field: string,
  identity: UploadIdentity,
  file: { filename: string; sha256: string },
  verifier: () => Promise<AttestationVerifier>,
): Promise<{ provenance: Provenance } | AttestationRefusal> {
  if (identity.kind !== 'trusted-publisher')
    return refusal('Attestations are only supported when using Trusted Publishing');
  const parsed = parseAttestationsField(field);
  if (!parsed.ok) return refusal(parsed.problem);
  const { publisher } = identity;
  const verify = await verifier();
  const seen = new Set<string>();
  for (const attestation of parsed.value) {
    try {
      verify(attestation, file, publisher);
    } catch (error) {
      if (!(error instanceof AttestationError)) throw error;
      return refusal(
        `Could not verify the uploaded artifact using the included attestation: ${error.message}`,
      );
    }
    const type = String(attestedStatement(attestation)?.predicateType);
    if (seen.has(type))
      return refusal(
        `Multiple attestations for the same file with the same predicate type (${type}) are not supported`,
      );
    seen.add(type);
  }
  return { provenance: provenanceOf(parsed.value, publisher) };
}

function provenanceOf(
  attestations: Attestation[],
  publisher: { repository: string; workflow: string; environment?: string },
): Provenance {
  return {
    version: 1,
    attestation_bundles: [
      {
        publisher: {
          kind: 'GitHub',
          repository: publisher.repository,
          workflow: publisher.workflow,
          environment: publisher.environment ?? null,
        },
        attestations,
      },
    ],
  };
}
