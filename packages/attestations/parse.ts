/**
 * Reading attestations from untrusted JSON (an upload's `attestations` field, an index's provenance) and
 * the checks of a statement against the file it claims to be about, with pypi-attestations' messages.
 */
import { parseDistFilename } from '../dists/index.js';
import {
  INTOTO_PAYLOAD_TYPE,
  SUPPORTED_PREDICATE_TYPES,
  type Attestation,
  type Provenance,
  type Statement,
} from './model.js';

/** The result of reading: the value, or one line saying what is wrong with it. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function base64Problem(value: unknown, where: string): string | null {
  if (typeof value !== 'string') return `${where}: a base64 string is required`;
  return value.length % 4 === 0 && BASE64.test(value) ? null : `${where}: not valid base64`;
}

/** What is wrong with one attestation object (null: its shape is PEP 740's). */
export function attestationShapeProblem(value: unknown, where: string): string | null {
  if (!isObject(value)) return `${where}: an object is required`;
  if (value['version'] !== 1) return `${where}.version: must be 1`;
  const material = value['verification_material'];
  if (!isObject(material)) return `${where}.verification_material: an object is required`;
  const entries = material['transparency_entries'];
  if (!Array.isArray(entries) || entries.length === 0 || !entries.every(isObject))
    return `${where}.verification_material.transparency_entries: a list of at least one object is required`;
  const envelope = value['envelope'];
  if (!isObject(envelope)) return `${where}.envelope: an object is required`;
  return (
    base64Problem(material['certificate'], `${where}.verification_material.certificate`) ??
    base64Problem(envelope['statement'], `${where}.envelope.statement`) ??
    base64Problem(envelope['signature'], `${where}.envelope.signature`)
  );
}

/**
 * An upload's `attestations` field as warehouse reads it: a JSON list of attestation objects, not empty,
 * at most one per supported predicate type. The problem is worded as warehouse's (after its prefix).
 */
export function parseAttestationsField(text: string): Parsed<Attestation[]> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { ok: false, problem: `Malformed attestations: invalid JSON (${(error as Error).message})` };
  }
  if (!Array.isArray(value))
    return { ok: false, problem: 'Malformed attestations: a JSON list of attestation objects is required' };
  for (const [i, item] of value.entries()) {
    const problem = attestationShapeProblem(item, `[${i}]`);
    if (problem) return { ok: false, problem: `Malformed attestations: ${problem}` };
  }
  if (value.length === 0)
    return { ok: false, problem: 'Malformed attestations: an empty attestation set is not permitted' };
  const max = SUPPORTED_PREDICATE_TYPES.length;
  if (value.length > max)
    return { ok: false, problem: `A maximum of ${max} attestations per file are supported` };
  return { ok: true, value: value as Attestation[] };
}

/** A PEP 740 provenance object read from an index (null fields and all), or what is wrong with it. */
export function parseProvenance(value: unknown): Parsed<Provenance> {
  if (!isObject(value) || value['version'] !== 1 || !Array.isArray(value['attestation_bundles']))
    return { ok: false, problem: 'not a PEP 740 provenance object (version 1, attestation_bundles)' };
  for (const [i, bundle] of (value['attestation_bundles'] as unknown[]).entries()) {
    const where = `attestation_bundles[${i}]`;
    if (!isObject(bundle) || !isObject(bundle['publisher']) || !Array.isArray(bundle['attestations']))
      return { ok: false, problem: `${where}: a publisher and a list of attestations are required` };
    for (const [j, attestation] of (bundle['attestations'] as unknown[]).entries()) {
      const problem = attestationShapeProblem(attestation, `${where}.attestations[${j}]`);
      if (problem) return { ok: false, problem };
    }
  }
  return { ok: true, value: value as unknown as Provenance };
}

/** The same distribution by name: both parse, to the same project, version (and wheel tags). */
function sameDistribution(a: string, b: string): boolean {
  const key = (filename: string): string => {
    const d = parseDistFilename(filename);
    const tags = d.tags.map((t) => `${t.interpreter}-${t.abi}-${t.platform}`).sort();
    return JSON.stringify([d.kind, d.name, d.version, d.buildTag, [...new Set(tags)]]);
  };
  return key(a) === key(b);
}

/**
 * What is wrong with a verified statement about `filename` with `sha256` (null: it is about that file),
 * in pypi-attestations' words (each prefixed `Verification failed: ` there).
 */
export function statementProblem(
  payloadType: string,
  statement: Partial<Statement> | null,
  file: { filename: string; sha256: string },
): string | null {
  if (payloadType !== INTOTO_PAYLOAD_TYPE) return `expected JSON envelope, got ${payloadType}`;
  if (
    !statement ||
    statement._type !== 'https://in-toto.io/Statement/v1' ||
    !Array.isArray(statement.subject)
  )
    return 'invalid statement: not an in-toto v1 statement';
  if (statement.subject.length !== 1) return 'too many subjects in statement (must be exactly one)';
  const subject = statement.subject[0];
  if (!subject?.name) return 'invalid subject: missing name';
  try {
    parseDistFilename(subject.name);
  } catch (error) {
    return `invalid subject: ${(error as Error).message}`;
  }
  if (!sameDistribution(subject.name, file.filename))
    return `subject does not match distribution name: ${subject.name} != ${file.filename}`;
  if (subject.digest?.['sha256'] !== file.sha256) return 'subject does not match distribution digest';
  if (!SUPPORTED_PREDICATE_TYPES.includes(String(statement.predicateType)))
    return `unknown attestation type: ${String(statement.predicateType)}`;
  return null;
}
