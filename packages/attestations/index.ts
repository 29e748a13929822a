/**
 * attestations: PEP 740 for publish-pypi, verify-pypi and the local index — the publish statement, the
 * attestation object and its Sigstore bundle, PyPI's checks of both, and Sigstore signing and verifying
 * (the Sigstore libraries load only when a signer, verifier or trust root is first made).
 */
export { AttestationError } from './errors.js';
export {
  FULCIO_OIDS,
  GITHUB_ACTIONS_ISSUER,
  publisherProblem,
  signingWorkflow,
  type CertificateClaims,
  type ExpectedPublisher,
} from './identity.js';
export {
  attestationFromBundle,
  attestedStatement,
  BUNDLE_MEDIA_TYPE,
  bundleFromAttestation,
  ConversionError,
  INTOTO_PAYLOAD_TYPE,
  logIndexOf,
  PUBLISH_PREDICATE_TYPE,
  publishStatement,
  statementBytes,
  STATEMENT_TYPE,
  SUPPORTED_PREDICATE_TYPES,
  type Attestation,
  type Provenance,
  type Publisher,
  type SerializedDsseBundle,
  type Statement,
  type TransparencyEntry,
} from './model.js';
export {
  attestationShapeProblem,
  parseAttestationsField,
  parseProvenance,
  statementProblem,
  type Parsed,
} from './parse.js';
export {
  createAttestationSigner,
  PUBLIC_GOOD_SIGSTORE,
  type AttestationSigner,
  type SigningOptions,
} from './sign.js';
export { SIGSTORE_URL_ENV, sigstoreStandInUrl, standInTrustRoot } from './stand-in.js';
export { loadTrustedRoot, type TrustRootSource } from './trust-root.js';
export { createAttestationVerifier, type AttestationVerifier, type VerifiedAttestation } from './verify.js';
