/**
 * PEP 740's attestation object and the in-toto statement inside it, as pypi-attestations writes them, and
 * the conversion to and from the Sigstore bundle (v0.3, DSSE) that signs and verifies them. Pure data.
 */

/** The predicate of a PyPI publish attestation. */
export const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
/** The predicate types PyPI accepts, at most one attestation of each per file. */
export const SUPPORTED_PREDICATE_TYPES = [PUBLISH_PREDICATE_TYPE, 'https://slsa.dev/provenance/v1'];
/** The in-toto statement type. */
export const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
export const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The media type of the Sigstore bundles made from attestations. */
export const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';

/** An in-toto v1 statement about one file. */
export interface Statement {
  _type: string;
  subject: { name: string; digest: Record<string, string> }[];
  predicateType: string;
  predicate: Record<string, unknown> | null;
}

/** A Rekor entry as the bundle's protobuf JSON spells it (logIndex, logId, integratedTime…). */
export type TransparencyEntry = Record<string, unknown> & { logIndex?: string };

/** PEP 740's attestation object (version 1). */
export interface Attestation {
  version: 1;
  verification_material: {
    /** base64 of the DER signing certificate. */
    certificate: string;
    transparency_entries: TransparencyEntry[];
    /** base64 RFC 3161 timestamps, when a timestamp authority signed too. */
    timestamps?: string[];
  };
  envelope: {
    /** base64 of the statement's JSON bytes (the DSSE payload). */
    statement: string;
    /** base64 of the DSSE signature. */
    signature: string;
  };
}

/** The Sigstore bundle (protobuf JSON form) an attestation converts to and from. */
export interface SerializedDsseBundle {
  mediaType: string;
  verificationMaterial: {
    certificate?: { rawBytes: string };
    x509CertificateChain?: { certificates: { rawBytes: string }[] };
    tlogEntries: TransparencyEntry[];
    timestampVerificationData?: { rfc3161Timestamps?: { signedTimestamp: string }[] };
  };
  dsseEnvelope?: { payload: string; payloadType: string; signatures: { sig: string; keyid?: string }[] };
}

/** A PEP 740 provenance object: the attestations of one file, grouped by the publisher that uploaded them. */
export interface Provenance {
  version: 1;
  attestation_bundles: { publisher: Publisher; attestations: Attestation[] }[];
}

/** A GitHub trusted publisher as provenance names it. */
export interface Publisher {
  kind: 'GitHub';
  repository: string;
  workflow: string;
  environment: string | null;
}

/** A conversion that cannot be made, with pypi-attestations' reason. */
export class ConversionError extends Error {
  override readonly name = 'ConversionError';
}

/** The publish statement for a file, as pypi-attestations builds it: one subject, its sha256, no predicate. */
export function publishStatement(filename: string, sha256: string): Statement {
  return {
    _type: STATEMENT_TYPE,
    subject: [{ name: filename, digest: { sha256 } }],
    predicateType: PUBLISH_PREDICATE_TYPE,
    predicate: null,
  };
}

/** The statement's bytes as signed: compact JSON in the field order pypi-attestations writes. */
export function statementBytes(statement: Statement): Buffer {
  return Buffer.from(JSON.stringify(statement), 'utf8');
}

/** PEP 740's attestation from a Sigstore bundle holding a DSSE envelope with exactly one signature. */
export function attestationFromBundle(bundle: SerializedDsseBundle): Attestation {
  const material = bundle.verificationMaterial;
  const certificate =
    material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
  if (!certificate) throw new ConversionError('bundle does not contain a signing certificate');
  const envelope = bundle.dsseEnvelope;
  if (!envelope) throw new ConversionError('bundle does not contain a DSSE envelope');
  const [signature, ...others] = envelope.signatures;
  if (!signature || others.length > 0)
    throw new ConversionError(`expected exactly one signature, got ${envelope.signatures.length}`);
  if (material.tlogEntries.length === 0) throw new ConversionError('bundle has no transparency log entry');
  const timestamps = material.timestampVerificationData?.rfc3161Timestamps?.map((t) => t.signedTimestamp);
  return {
    version: 1,
    verification_material: {
      certificate,
      transparency_entries: material.tlogEntries,
      ...(timestamps?.length ? { timestamps } : {}),
    },
    envelope: { statement: envelope.payload, signature: signature.sig },
  };
}

/** The Sigstore bundle (v0.3) an attestation stands for: what a Sigstore verifier checks. */
export function bundleFromAttestation(attestation: Attestation): SerializedDsseBundle {
  const material = attestation.verification_material;
  return {
    mediaType: BUNDLE_MEDIA_TYPE,
    verificationMaterial: {
      certificate: { rawBytes: material.certificate },
      // pypi-attestations turns the first entry into the bundle; the others are not checked.
      tlogEntries: material.transparency_entries.slice(0, 1),
      ...(material.timestamps?.length
        ? {
            timestampVerificationData: {
              rfc3161Timestamps: material.timestamps.map((signedTimestamp) => ({ signedTimestamp })),
            },
          }
        : {}),
    },
    dsseEnvelope: {
      payload: attestation.envelope.statement,
      payloadType: INTOTO_PAYLOAD_TYPE,
      signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
    },
  };
}

/** The statement an attestation carries, parsed; null when its bytes are not a JSON object. */
export function attestedStatement(attestation: Attestation): Partial<Statement> | null {
  try {
    const parsed = JSON.parse(
      Buffer.from(attestation.envelope.statement, 'base64').toString('utf8'),
    ) as unknown;
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
      ? (parsed as Partial<Statement>)
      : null;
  } catch {
    return null;
  }
}

/** The Rekor log index of an attestation's first transparency entry, or null. */
export function logIndexOf(attestation: Attestation): number | null {
  const raw = attestation.verification_material.transparency_entries[0]?.logIndex;
  const index = raw === undefined ? NaN : Number(raw);
  return Number.isSafeInteger(index) ? index : null;
}
