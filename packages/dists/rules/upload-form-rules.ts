/**
 * The request-level checks warehouse runs before anything else: its `sanitize` decorator, the protocol
 * version and `UploadForm` (name, filetype, pyversion, digests), each with warehouse's wording.
 */
import type { FormField } from '../upload-form.js';
import { pyRepr, pyStrip } from '../python-repr.js';
import { badRequest, type Problem } from './types.js';

const CORE_METADATA_HELP =
  'See https://packaging.python.org/specifications/core-metadata for more information.';
// warehouse's PROJECT_NAME_RE (re.ASCII, anchored with \Z: no trailing newline).
const PROJECT_NAME = /^(?:[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
// wtforms' Regexp uses re.match with `$`, which also matches before one trailing newline.
const HEX64 = /^[A-F0-9]{64}\n?$/i;

/** The last value of a field, as WebOb's MultiDict `get` answers. */
function last(fields: readonly FormField[], name: string): string | undefined {
  return fields.findLast(([key]) => key === name)?.[1];
}

/** The values of a field, in order (wtforms' `raw_data`). */
function all(fields: readonly FormField[], name: string): string[] {
  return fields.filter(([key]) => key === name).map(([, value]) => value);
}

/**
 * warehouse's `sanitize`: a field whose (last) value is `UNKNOWN` is dropped, NUL characters are escaped, and
 * a metadata field sent as a file part is refused. `fileFields` names the parts that came as files.
 */
export function sanitizeForm(
  fields: readonly FormField[],
  fileFields: readonly string[] = [],
): { fields: FormField[] } | { problem: Problem } {
  const tuple = fileFields.find((name) => name !== 'content' && name !== 'gpg_signature');
  if (tuple !== undefined)
    return { problem: badRequest('field-is-file', `${tuple}: Should not be a tuple.`) };
  let out = [...fields];
  for (const name of new Set(fields.map(([key]) => key))) {
    const value = last(out, name);
    if (value === undefined) continue;
    if (pyStrip(value) === 'UNKNOWN') out = out.filter(([key]) => key !== name);
    else if (value.includes('\x00')) {
      const at = out.findIndex(([key]) => key === name);
      out = out.filter(([key], i) => key !== name || i === at);
      out[at] = [name, value.replace(/\x00/g, '\\x00')];
    }
  }
  return { fields: out };
}

/** `protocol_version` defaults to 1 and must be 1. */
export function protocolProblem(fields: readonly FormField[]): Problem | null {
  return (last(fields, 'protocol_version') ?? '1') === '1'
    ? null
    : badRequest('unknown-protocol', 'Unknown protocol version.');
}

type FieldErrors = Map<string, string>;

function nameError(fields: readonly FormField[]): string | null {
  const raw = all(fields, 'name');
  if (!raw[0]) return 'This field is required.';
  return PROJECT_NAME.test(raw[0])
    ? null
    : "Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'.";
}

// wtforms' Optional(): a missing or blank first value stops the field's checks without an error.
function optionalHexError(fields: readonly FormField[], name: string, what: string): string | null {
  const first = all(fields, name)[0];
  if (first === undefined || pyStrip(first) === '') return null;
  return HEX64.test(first) ? null : `Use a valid, hex-encoded, ${what} message digest.`;
}

function fieldErrors(fields: readonly FormField[]): FieldErrors {
  const errors: FieldErrors = new Map();
  const name = nameError(fields);
  if (name) errors.set('name', name);
  const filetype = all(fields, 'filetype')[0];
  if (!filetype) errors.set('filetype', 'This field is required.');
  else if (filetype !== 'sdist' && filetype !== 'bdist_wheel')
    errors.set('filetype', 'Use a known file type.');
  const sha256 = optionalHexError(fields, 'sha256_digest', 'SHA256');
  if (sha256) errors.set('sha256_digest', sha256);
  const blake2 = optionalHexError(fields, 'blake2_256_digest', 'BLAKE2');
  if (blake2) errors.set('blake2_256_digest', blake2);
  return errors;
}

function formFieldMessage(fields: readonly FormField[], field: string, error: string): string {
  if (field !== 'name') return `Invalid value for ${field}. Error: ${error}`;
  const value = all(fields, 'name')[0] ?? '';
  const shown = value.length > 60 ? `${value.slice(0, 30)}...${value.slice(-30)}` : value;
  return `${pyRepr(shown)} is an invalid value for Name. Error: ${error} ${CORE_METADATA_HELP}`;
}

/**
 * warehouse's `UploadForm.validate()`: the first field in error (name first, then alphabetical), then the
 * checks across fields: pyversion for wheels, `source` for sdists, at least one digest.
 */
export function uploadFormProblem(fields: readonly FormField[]): Problem | null {
  const errors = fieldErrors(fields);
  if (errors.size > 0) {
    const field = errors.has('name') ? 'name' : ([...errors.keys()].sort()[0] ?? '');
    return badRequest('invalid-form', formFieldMessage(fields, field, errors.get(field) ?? ''));
  }
  const filetype = all(fields, 'filetype')[0];
  const pyversion = all(fields, 'pyversion')[0];
  if (filetype !== 'sdist' && !pyversion) {
    return badRequest(
      'invalid-form',
      'Invalid value for pyversion. Error: Python version is required for binary distribution uploads.',
    );
  }
  if (filetype === 'sdist' && pyversion && pyversion !== 'source') {
    return badRequest(
      'invalid-form',
      "Invalid value for pyversion. Error: Use 'source' as Python version for an sdist.",
    );
  }
  const digests = ['md5_digest', 'sha256_digest', 'blake2_256_digest'].map((n) => all(fields, n)[0]);
  if (!digests.some(Boolean))
    return badRequest('missing-digest', 'Error: Include at least one message digest.');
  return null;
}

/** The digests the form declares (wtforms' first value of each), for comparing with the file. */
export function declaredDigests(fields: readonly FormField[]): {
  md5?: string;
  sha256?: string;
  blake2_256?: string;
} {
  const pick = (name: string): string | undefined => all(fields, name)[0] || undefined;
  const out: { md5?: string; sha256?: string; blake2_256?: string } = {};
  const md5 = pick('md5_digest');
  const sha256 = pick('sha256_digest');
  const blake2 = pick('blake2_256_digest');
  if (md5) out.md5 = md5;
  if (sha256) out.sha256 = sha256;
  if (blake2) out.blake2_256 = blake2;
  return out;
}
