/**
 * A Sigstore stand-in for rehearsals: Fulcio (a certificate for a verified GitHub OIDC token, with the
 * extensions real Fulcio derives from its claims) and Rekor (a signed entry with an inclusion proof), from
 * @sigstore/mock's CA, CT log and transparency log, under one base URL with their own trust root. It stands
 * in for the public-good instance, which rehearsals cannot reach and whose certificates they cannot get.
 */
import { createHash, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import type { Claims } from './jwt.js';

/** One answer of the stand-in. */
export interface StandInResponse {
  status: number;
  body: string;
  contentType: string;
}

/** The stand-in: its trust root and its two services. */
export interface SigstoreStandIn {
  /** trusted_root.json (protobuf JSON) naming this CA, CT log and transparency log. */
  trustedRoot: Record<string, unknown>;
  /** Answers `POST /api/v2/signingCert` (Fulcio) and `POST /api/v1/log/entries` (Rekor); null for other paths. */
  handle(path: string, body: string): Promise<StandInResponse> | null;
}

/** How the stand-in checks tokens and keeps time. */
export interface StandInOptions {
  /** The token's claims when it is valid for audience `sigstore`, else a one-line reason. */
  verifyToken: (token: string) => Claims | string;
  /** Certificates are issued as of this time (an expired certificate rehearsed); default now. */
  certificateTime?: Date;
}

const GITHUB = 'https://github.com';
// Fulcio's GitHub Actions mapping (docs/oid-info.md); issuer (V1) is a raw string, the rest UTF8String.
const CLAIM_EXTENSIONS: [oid: string, value: (c: Claims) => unknown][] = [
  ['1.3.6.1.4.1.57264.1.8', (c) => c.iss],
  ['1.3.6.1.4.1.57264.1.9', (c) => c.job_workflow_ref && `${GITHUB}/${String(c.job_workflow_ref)}`],
  ['1.3.6.1.4.1.57264.1.10', (c) => c.job_workflow_sha],
  ['1.3.6.1.4.1.57264.1.11', (c) => c.runner_environment],
  ['1.3.6.1.4.1.57264.1.12', (c) => c.repository && `${GITHUB}/${String(c.repository)}`],
  ['1.3.6.1.4.1.57264.1.13', (c) => c.sha],
  ['1.3.6.1.4.1.57264.1.14', (c) => c.ref],
  ['1.3.6.1.4.1.57264.1.18', (c) => c.workflow_ref && `${GITHUB}/${String(c.workflow_ref)}`],
  ['1.3.6.1.4.1.57264.1.20', (c) => c.event_name],
];

function extensionsFor(claims: Claims): { oid: string; value: string; legacy?: boolean }[] {
  const extensions = [{ oid: '1.3.6.1.4.1.57264.1.1', value: String(claims.iss), legacy: true }];
  for (const [oid, value] of CLAIM_EXTENSIONS) {
    const v = value(claims);
    if (typeof v === 'string' && v !== '') extensions.push({ oid, value: v, legacy: false });
  }
  return extensions;
}

function uint(value: number, bytes: number): Buffer {
  const out = Buffer.alloc(8);
  out.writeBigUInt64BE(BigInt(value));
  return out.subarray(8 - bytes);
}

/**
 * An RFC 6962 v1 SCT for a precertificate (`tbsOf` gives its TBSCertificate's DER): what the certificate's
 * SCT list extension carries.
 */
function signedCertificateTimestamp(
  tbsOf: (certificate: Buffer) => Buffer,
  precertificate: Buffer,
  issuerKeyHash: Buffer,
  logId: Buffer,
  key: KeyObject,
  timestampMs: number,
): Buffer {
  const tbs = tbsOf(precertificate);
  const timestamp = uint(timestampMs, 8);
  const signed = Buffer.concat([
    Buffer.from([0, 0]), // v1, certificate_timestamp
    timestamp,
    uint(1, 2), // precert_entry
    issuerKeyHash,
    uint(tbs.length, 3),
    tbs,
    uint(0, 2), // no extensions
  ]);
  const signature = sign('sha256', signed, key);
  return Buffer.concat([
    Buffer.from([0]),
    logId,
    timestamp,
    uint(0, 2),
    Buffer.from([4, 3]), // sha256, ecdsa
    uint(signature.length, 2),
    signature,
  ]);
}

/**
 * A proposed `dsse` entry in the form Rekor stores and logs it (hashes of the envelope and payload, the
 * signature with its verifier), which the mock would log as proposed; other kinds pass through.
 */
function canonicalEntry(body: string): string {
  let entry: {
    kind?: string;
    apiVersion?: string;
    spec?: { proposedContent?: { envelope?: string; verifiers?: string[] } };
  };
  try {
    entry = JSON.parse(body) as typeof entry;
  } catch {
    return body;
  }
  const proposed = entry.spec?.proposedContent;
  if (entry.kind !== 'dsse' || !proposed?.envelope) return body;
  const envelope = JSON.parse(proposed.envelope) as { payload: string; signatures: { sig: string }[] };
  const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
  return JSON.stringify({
    apiVersion: entry.apiVersion,
    kind: 'dsse',
    spec: {
      envelopeHash: { algorithm: 'sha256', value: sha256(proposed.envelope) },
      payloadHash: { algorithm: 'sha256', value: sha256(Buffer.from(envelope.payload, 'base64')) },
      signatures: envelope.signatures.map((s, i) => ({
        signature: s.sig,
        verifier: proposed.verifiers?.[i] ?? '',
      })),
    },
  });
}

const pem = (der: Buffer): string =>
  `-----BEGIN CERTIFICATE-----\n${der.toString('base64').replace(/.{64}/g, '$&\n')}\n-----END CERTIFICATE-----\n`.replace(
    /\n\n/g,
    '\n',
  );
const fromPem = (text: string): Buffer => Buffer.from(text.replace(/-----[^-]+-----|\s/g, ''), 'base64');
const json = (status: number, value: unknown): StandInResponse => ({
  status,
  body: typeof value === 'string' ? value : JSON.stringify(value),
  contentType: typeof value === 'string' ? 'text/plain' : 'application/json',
});

/** Fulcio's `POST /api/v2/signingCert`: a certificate for the key of a request with a valid OIDC token. */
function fulcioSigningCert(
  ca: {
    rootCertificate: Buffer;
    issueCertificate: (o: {
      publicKey: Buffer;
      subjectAltName: string;
      extensions: { oid: string; value: string; legacy?: boolean }[];
    }) => Promise<Buffer>;
  },
  verifyToken: StandInOptions['verifyToken'],
): (body: string) => Promise<StandInResponse> {
  return async (body) => {
    let token: string;
    let publicKey: string;
    try {
      const request = JSON.parse(body) as {
        credentials?: { oidcIdentityToken?: string };
        publicKeyRequest?: { publicKey?: { content?: string } };
      };
      token = request.credentials?.oidcIdentityToken ?? '';
      publicKey = request.publicKeyRequest?.publicKey?.content ?? '';
      if (!token || !publicKey) throw new Error('missing');
    } catch {
      return json(
        400,
        'There was an error processing the identity token: a JSON body with credentials.oidcIdentityToken and publicKeyRequest.publicKey is required',
      );
    }
    const claims = verifyToken(token);
    if (typeof claims === 'string')
      return json(401, `There was an error processing the identity token: ${claims}`);
    const leaf = await ca.issueCertificate({
      publicKey: fromPem(publicKey),
      subjectAltName: `${GITHUB}/${String(claims.job_workflow_ref ?? claims.sub)}`,
      extensions: extensionsFor(claims),
    });
    return json(201, {
      signedCertificateEmbeddedSct: { chain: { certificates: [pem(leaf), pem(ca.rootCertificate)] } },
    });
  };
}

/** The stand-in's trusted_root.json: its CA, transparency log and CT log, valid since 2020. */
function standInTrustedRoot(
  baseUrl: string,
  rootCertificate: Buffer,
  tlogKey: Buffer,
  ctlog: { publicKey: Buffer; logID: Buffer },
): Record<string, unknown> {
  const start = new Date(Date.UTC(2020, 0, 1)).toISOString();
  const key = (rawBytes: Buffer) => ({
    rawBytes: rawBytes.toString('base64'),
    keyDetails: 'PKIX_ECDSA_P256_SHA_256',
    validFor: { start },
  });
  return {
    mediaType: 'application/vnd.dev.sigstore.trustedroot+json;version=0.1',
    tlogs: [
      {
        baseUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: key(tlogKey),
        logId: { keyId: createHash('sha256').update(tlogKey).digest('base64') },
      },
    ],
    certificateAuthorities: [
      {
        subject: { organization: 'sigstore.mock', commonName: 'sigstore' },
        uri: baseUrl,
        certChain: { certificates: [{ rawBytes: rootCertificate.toString('base64') }] },
        validFor: { start },
      },
    ],
    ctlogs: [
      {
        baseUrl,
        hashAlgorithm: 'SHA2_256',
        publicKey: key(ctlog.publicKey),
        logId: { keyId: ctlog.logID.toString('base64') },
      },
    ],
    timestampAuthorities: [],
  };
}

/** Starts the stand-in's CA and logs (keys made now, kept in memory: a restart is a new trust root). */
export async function createSigstoreStandIn(
  baseUrl: string,
  options: StandInOptions,
): Promise<SigstoreStandIn> {
  // @sigstore/mock's parts, not its entry point, which would load nock and patch node's http for the process.
  const [{ initializeCA, initializeCTLog }, { initializeTLog, rekorHandler }, { X509Certificate }] =
    await Promise.all([
      import('@sigstore/mock/dist/fulcio/index.js'),
      import('@sigstore/mock/dist/rekor/index.js'),
      import('@sigstore/core'),
    ]);
  const tbsOf = (certificate: Buffer): Buffer =>
    X509Certificate.parse(Buffer.from(certificate) as Buffer<ArrayBuffer>).tbsCertificate.toDER();
  const ecKey = () => generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
  const ctlogKey = ecKey();
  const ctlog = await initializeCTLog(ctlogKey);
  // The mock's own SCT comes out with an empty signature and unframed in the list (RFC 6962 3.3), which
  // @sigstore/verify rightly refuses: the SCT is made here instead, with the CT log's key and log ID.
  const signedCtlog = {
    ...ctlog,
    log: async (precertificate: ArrayBuffer, issuerKeyHash: ArrayBuffer): Promise<ArrayBuffer> => {
      const sct = signedCertificateTimestamp(
        tbsOf,
        Buffer.from(precertificate),
        Buffer.from(issuerKeyHash),
        ctlog.logID,
        ctlogKey.privateKey,
        (options.certificateTime ?? new Date()).getTime(),
      );
      const framed = Buffer.concat([uint(sct.length, 2), sct]);
      return framed.buffer.slice(framed.byteOffset, framed.byteOffset + framed.length);
    },
  };
  const ca = await initializeCA(ecKey(), signedCtlog, options.certificateTime);
  const tlog = await initializeTLog(baseUrl, ecKey());
  const rekor = rekorHandler(tlog);

  const trustedRoot = standInTrustedRoot(baseUrl, ca.rootCertificate, tlog.publicKey, ctlog);
  const signingCert = fulcioSigningCert(ca, options.verifyToken);

  return {
    trustedRoot,
    handle(path, body) {
      if (path === '/api/v2/signingCert') return signingCert(body);
      if (path === rekor.path)
        return rekor.fn(canonicalEntry(body)).then((r) => ({
          status: r.statusCode,
          body: r.response.toString(),
          contentType: r.contentType ?? 'text/plain',
        }));
      return null;
    },
  };
}
