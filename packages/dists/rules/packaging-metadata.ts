/** packaging's `Metadata.from_raw(validate=True)`: each field's validator, with packaging's messages. */
import { parseVersion } from '../../pep440/index.js';
import { isValidLicenseExpression } from '../license-expression.js';
import { pyRepr } from '../python-repr.js';
import { isValidSpecifierSet, parseRequirement } from '../pep508.js';
import { EMAIL_NAMES, fieldAdded, type RawMetadata } from './raw-metadata.js';

/** One metadata error: packaging's field (email name) and message. */
export interface InvalidMetadata {
  field: string;
  message: string;
}

/** Metadata versions packaging knows, oldest first. */
export const METADATA_VERSIONS = ['1.0', '1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '2.5'];
const NAME = /^(?:[A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])\n?$/i;
const PY_KEYWORDS = new Set(
  'False None True and as assert async await break class continue def del elif else except finally for from global if import in is lambda nonlocal not or pass raise return try while with yield'.split(
    ' ',
  ),
);

type StringCheck = (value: string, field: string) => string | null;
type ListCheck = (values: string[], field: string) => string | null;

const invalidFor = (value: string, field: string): string =>
  `${pyRepr(value)} is invalid for ${pyRepr(field)}`;

const STRING_CHECKS: Record<string, StringCheck> = {
  name: (v, f) => (v === '' ? `${pyRepr(f)} is a required field` : NAME.test(v) ? null : invalidFor(v, f)),
  version: (v, f) =>
    v === '' ? `${pyRepr(f)} is a required field` : parseVersion(v) ? null : invalidFor(v, f),
  summary: (v, f) => (v.includes('\n') ? `${pyRepr(f)} must be a single line` : null),
  'description-content-type': contentTypeProblem,
  'requires-python': (v, f) => (isValidSpecifierSet(v) ? null : invalidFor(v, f)),
  'license-expression': (v, f) => (isValidLicenseExpression(v) ? null : invalidFor(v, f)),
};

const LIST_CHECKS: Record<string, ListCheck> = {
  dynamic: (values) => {
    for (const value of values.map((v) => v.toLowerCase())) {
      if (['name', 'version', 'metadata-version'].includes(value))
        return `${pyRepr(value)} is not allowed as a dynamic field`;
      if (!EMAIL_NAMES.has(value)) return `${pyRepr(value)} is not a valid dynamic field`;
    }
    return null;
  },
  'provides-extra': (values, f) => {
    const bad = values.find((v) => !NAME.test(v));
    return bad === undefined ? null : invalidFor(bad, f);
  },
  'requires-dist': (values, f) => {
    for (const value of values) {
      try {
        parseRequirement(value);
      } catch {
        return invalidFor(value, f);
      }
    }
    return null;
  },
  'license-file': (values, f) => values.map((v) => licenseFileProblem(v, f)).find((p) => p !== null) ?? null,
  'import-name': importNamesProblem,
  'import-namespace': importNamesProblem,
};

function licenseFileProblem(path: string, field: string): string | null {
  const head = `${pyRepr(path)} is invalid for ${pyRepr(field)}`;
  if (path.includes('..')) return `${head}, parent directory indicators are not allowed`;
  if (path.includes('*')) return `${head}, paths must be resolved`;
  if (path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\'))
    return `${head}, paths must be relative`;
  if (path.includes('\\')) return `${head}, paths must use '/' delimiter`;
  return null;
}

function importNamesProblem(values: string[], field: string): string | null {
  for (const value of values) {
    const semicolon = value.indexOf(';');
    const name = (semicolon < 0 ? value : value.slice(0, semicolon)).trimEnd();
    for (const identifier of name.split('.')) {
      if (!/^[\p{XID_Start}_][\p{XID_Continue}]*$/u.test(identifier))
        return `${pyRepr(name)} is invalid for ${pyRepr(field)}; ${pyRepr(identifier)} is not a valid identifier`;
      if (PY_KEYWORDS.has(identifier))
        return `${pyRepr(name)} is invalid for ${pyRepr(field)}; ${pyRepr(identifier)} is a keyword`;
    }
    if (semicolon >= 0 && value.slice(semicolon + 1).trimStart() !== 'private')
      return `${pyRepr(value)} is invalid for ${pyRepr(field)}; the only valid option is 'private'`;
  }
  return null;
}

// packaging reads the value as a Content-Type header; Python prints a set, whose order we fix as written.
function contentTypeProblem(value: string, field: string): string | null {
  const [type = '', ...params] = value.split(';');
  const contentType = /^\s*[!#$%&'*+.^_`|~0-9A-Za-z-]+\/[!#$%&'*+.^_`|~0-9A-Za-z-]+\s*$/.test(type)
    ? type.trim().toLowerCase()
    : 'text/plain';
  const known = ['text/plain', 'text/x-rst', 'text/markdown'];
  if (!known.includes(contentType) || !value.toLowerCase().includes(contentType))
    return `${pyRepr(field)} must be one of ['text/plain', 'text/x-rst', 'text/markdown'], not ${pyRepr(value)}`;
  const parameters = new Map(
    params.map((p) => {
      const eq = p.indexOf('=');
      return [
        p.slice(0, eq).trim().toLowerCase(),
        p
          .slice(eq + 1)
          .trim()
          .replace(/^"(.*)"$/, '$1'),
      ];
    }),
  );
  const charset = parameters.get('charset') ?? 'UTF-8';
  if (charset !== 'UTF-8')
    return `${pyRepr(field)} can only specify the UTF-8 charset, not ${pyRepr(charset)}`;
  const variant = parameters.get('variant') ?? 'GFM';
  if (contentType === 'text/markdown' && variant !== 'GFM' && variant !== 'CommonMark')
    return `valid Markdown variants for ${pyRepr(field)} are ['GFM', 'CommonMark'], not ${pyRepr(variant)}`;
  return null;
}

/** Every error packaging's validation finds in `raw` (metadata-version first, then each present or required field). */
export function packagingMetadataErrors(raw: RawMetadata): InvalidMetadata[] {
  const errors: InvalidMetadata[] = [];
  const metadataVersion = raw.strings.get('metadata-version');
  const age = METADATA_VERSIONS.indexOf(metadataVersion ?? '');
  if (age < 0)
    errors.push({
      field: 'metadata-version',
      message: `${pyRepr(metadataVersion)} is not a valid metadata version`,
    });
  const present = [
    ...raw.strings.keys(),
    ...raw.lists.keys(),
    ...(raw.keywords ? ['keywords'] : []),
    ...(raw.projectUrls ? ['project-url'] : []),
  ];
  for (const field of new Set([...present, 'name', 'version'])) {
    if (field === 'metadata-version') continue;
    const added = fieldAdded(field);
    if (age >= 0 && METADATA_VERSIONS.indexOf(added) > age) {
      errors.push({
        field,
        message: `${field} introduced in metadata version ${added}, not ${metadataVersion}`,
      });
      continue;
    }
    const value = raw.strings.get(field);
    const values = raw.lists.get(field);
    const message =
      value !== undefined || field === 'name' || field === 'version'
        ? (STRING_CHECKS[field]?.(value ?? '', field) ?? null)
        : values !== undefined
          ? (LIST_CHECKS[field]?.(values, field) ?? null)
          : null;
    if (message !== null) errors.push({ field, message });
  }
  return errors;
}
