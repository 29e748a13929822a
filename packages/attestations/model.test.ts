// The PEP 740 model against pypi-attestations' own published attestation (test/fixtures/attestations).
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  attestationFromBundle,
  attestedStatement,
  bundleFromAttestation,
  ConversionError,
  logIndexOf,
  parseAttestationsField,
  publishStatement,
  statementBytes,
  statementProblem,
  type Attestation,
} from './index.js';

const FIXTURE = join(
  'test',
  'fixtures',
  'attestations',
  'pypi_attestations-0.0.19.tar.gz.publish.attestation',
);
const reference = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Attestation;
const SDIST = 'pypi_attestations-0.0.19.tar.gz';
const SHA256 = '9bb1add04b1b4e182be6b0b80931593f7a291eb49d69b4fd728a5d4cbcdc4bd3';

describe('the publish statement', () => {
  it('is byte for byte the statement pypi-attestations signed for the same file', () => {
    const ours = statementBytes(publishStatement(SDIST, SHA256));
    expect(ours.toString('base64')).toBe(reference.envelope.statement);
  });
});

describe('attestation <-> Sigstore bundle', () => {
  it('round-trips the reference attestation through a v0.3 DSSE bundle unchanged', () => {
    const bundle = bundleFromAttestation(reference);
    expect(bundle.mediaType).toBe('application/vnd.dev.sigstore.bundle.v0.3+json');
    expect(bundle.dsseEnvelope).toEqual({
      payload: reference.envelope.statement,
      payloadType: 'application/vnd.in-toto+json',
      signatures: [{ sig: reference.envelope.signature, keyid: '' }],
    });
    expect(bundle.verificationMaterial.certificate?.rawBytes).toBe(
      reference.verification_material.certificate,
    );
    expect(attestationFromBundle(bundle)).toEqual(reference);
  });

  it('takes the leaf of a certificate chain, and refuses what PEP 740 cannot hold', () => {
    const bundle = bundleFromAttestation(reference);
    const chain = {
      ...bundle,
      verificationMaterial: {
        ...bundle.verificationMaterial,
        certificate: undefined,
        x509CertificateChain: { certificates: [{ rawBytes: 'bGVhZg==' }, { rawBytes: 'cm9vdA==' }] },
      },
    };
    expect(attestationFromBundle(chain).verification_material.certificate).toBe('bGVhZg==');
    const twoSignatures = {
      ...bundle,
      dsseEnvelope: {
        ...(bundle.dsseEnvelope as object),
        payload: '',
        payloadType: '',
        signatures: [{ sig: 'YQ==' }, { sig: 'Yg==' }],
      },
    };
    expect(() => attestationFromBundle(twoSignatures)).toThrow(
      new ConversionError('expected exactly one signature, got 2'),
    );
    expect(() => attestationFromBundle({ ...bundle, dsseEnvelope: undefined })).toThrow(
      'bundle does not contain a DSSE envelope',
    );
  });

  it('reads the statement and the Rekor log index', () => {
    expect(attestedStatement(reference)?.subject).toEqual([{ name: SDIST, digest: { sha256: SHA256 } }]);
    expect(logIndexOf(reference)).toBe(598461431);
  });
});

describe("the upload's attestations field, as warehouse reads it", () => {
  const field = (value: unknown) => parseAttestationsField(JSON.stringify(value));
  it('takes a JSON list of one or two attestation objects', () => {
    expect(field([reference])).toEqual({ ok: true, value: [reference] });
  });
  it.each([
    ['not JSON', '{', /^Malformed attestations: invalid JSON/],
    ['an object', JSON.stringify(reference), /^Malformed attestations: a JSON list/],
    ['empty', '[]', /^Malformed attestations: an empty attestation set is not permitted$/],
    [
      'three',
      JSON.stringify([reference, reference, reference]),
      /^A maximum of 2 attestations per file are supported$/,
    ],
    [
      'version 2',
      JSON.stringify([{ ...reference, version: 2 }]),
      /^Malformed attestations: \[0\]\.version: must be 1$/,
    ],
    [
      'no transparency entry',
      JSON.stringify([
        {
          ...reference,
          verification_material: { ...reference.verification_material, transparency_entries: [] },
        },
      ]),
      /transparency_entries: a list of at least one object is required$/,
    ],
    [
      'a signature that is no base64',
      JSON.stringify([{ ...reference, envelope: { ...reference.envelope, signature: 'not base64!' } }]),
      /^Malformed attestations: \[0\]\.envelope\.signature: not valid base64$/,
    ],
  ])('refuses %s', (_name, text, message) => {
    const parsed = parseAttestationsField(text);
    expect(parsed.ok).toBe(false);
    expect(parsed.ok ? '' : parsed.problem).toMatch(message);
  });
});

describe('the statement against the file, in pypi-attestations words', () => {
  const file = { filename: SDIST, sha256: SHA256 };
  const statement = publishStatement(SDIST, SHA256);
  const check = (s: unknown, f = file) =>
    statementProblem('application/vnd.in-toto+json', s as ReturnType<typeof publishStatement>, f);
  it('accepts the file it names, however its name is spelled', () => {
    expect(check(statement)).toBeNull();
    expect(check(publishStatement('PyPI.Attestations-0.0.19.tar.gz', SHA256))).toBeNull();
  });
  it.each([
    [
      'another file',
      { ...file, filename: 'pypi_attestations-0.0.20.tar.gz' },
      'subject does not match distribution name: pypi_attestations-0.0.19.tar.gz != pypi_attestations-0.0.20.tar.gz',
    ],
    ['another digest', { ...file, sha256: '0'.repeat(64) }, 'subject does not match distribution digest'],
  ])('refuses %s', (_name, other, message) => {
    expect(check(statement, other)).toBe(message);
  });
  it('refuses two subjects, a subject that is no distribution, an unknown predicate', () => {
    expect(check({ ...statement, subject: [...statement.subject, ...statement.subject] })).toBe(
      'too many subjects in statement (must be exactly one)',
    );
    expect(check({ ...statement, subject: [{ name: 'notes.txt', digest: { sha256: SHA256 } }] })).toMatch(
      /^invalid subject: /,
    );
    expect(check({ ...statement, predicateType: 'https://example.com/x' })).toBe(
      'unknown attestation type: https://example.com/x',
    );
  });
});
