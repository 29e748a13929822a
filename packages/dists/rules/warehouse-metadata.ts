/** warehouse's own metadata checks (`forklift/metadata.py` `_validate_metadata`), run once packaging found nothing. */
import { formatVersion, parseVersion } from '../../pep440/index.js';
import { DEPRECATED_CLASSIFIERS, TROVE_CLASSIFIERS } from '../data/trove-classifiers.js';
import { addressOf, emailAddressProblem } from '../email-address.js';
import { isValidHttpUri } from '../http-uri.js';
import { parseRequirement, RequirementSyntaxError } from '../pep508.js';
import { pyRepr } from '../python-repr.js';
import type { InvalidMetadata } from './packaging-metadata.js';
import type { RawMetadata } from './raw-metadata.js';

const CLASSIFIERS = new Set(TROVE_CLASSIFIERS);
/** warehouse's DYNAMIC_FIELDS, lower-cased. */
const DYNAMIC_FIELDS = new Set(
  [
    'Platform',
    'Supported-Platform',
    'Summary',
    'Description',
    'Description-Content-Type',
    'Keywords',
    'Home-Page',
    'Download-Url',
    'Author',
    'Author-Email',
    'Maintainer',
    'Maintainer-Email',
    'License',
    'License-Expression',
    'License-File',
    'Classifier',
    'Requires-Dist',
    'Requires-Python',
    'Requires-External',
    'Project-Url',
    'Provides-Extra',
    'Provides-Dist',
    'Obsoletes-Dist',
    'Requires',
    'Provides',
    'Obsoletes',
    'Import-Name',
    'Import-Namespace',
  ].map((f) => f.toLowerCase()),
);

const pyList = (items: readonly string[]): string => `[${items.map(pyRepr).join(', ')}]`;

function classifierErrors(classifiers: string[]): InvalidMetadata[] {
  const unique = [...new Set(classifiers)].sort();
  const invalid = unique
    .filter((c) => !CLASSIFIERS.has(c))
    .map((c) => ({ field: 'classifier', message: `${pyRepr(c)} is not a valid classifier.` }));
  const deprecated = unique
    .filter((c) => DEPRECATED_CLASSIFIERS[c] !== undefined)
    .map((c) => {
      const by = DEPRECATED_CLASSIFIERS[c] ?? [];
      const message = by.length
        ? `The classifier ${pyRepr(c)} has been deprecated, use one of ${pyList(by)} instead.`
        : `The classifier ${pyRepr(c)} has been deprecated.`;
      return { field: 'classifier', message };
    });
  return [...invalid, ...deprecated];
}

function urlErrors(raw: RawMetadata): InvalidMetadata[] {
  const errors: InvalidMetadata[] = [];
  for (const field of ['home-page', 'download-url']) {
    const url = raw.strings.get(field);
    if (url !== undefined && !isValidHttpUri(url))
      errors.push({ field, message: `${pyRepr(url)} is not a valid url.` });
  }
  for (const [label, url] of raw.projectUrls ?? []) {
    const message =
      label === ''
        ? 'Must have a label'
        : label.length > 32
          ? `${pyRepr(label)} must be 32 characters or less.`
          : url === ''
            ? 'Must have a URL'
            : isValidHttpUri(url)
              ? null
              : `${pyRepr(url)} is not a valid url`;
    if (message) errors.push({ field: 'project-url', message });
  }
  return errors;
}

function dependencyErrors(raw: RawMetadata): InvalidMetadata[] {
  const errors: InvalidMetadata[] = [];
  for (const field of ['provides-dist', 'obsoletes-dist']) {
    for (const value of raw.lists.get(field) ?? []) {
      try {
        if (parseRequirement(value).url !== null)
          errors.push({ field, message: `Can't have direct dependency: ${pyRepr(value)}` });
      } catch (error) {
        const detail = error instanceof RequirementSyntaxError ? error.message : String(error);
        errors.push({ field, message: `${pyRepr(value)} is invalid: ${detail}` });
      }
    }
  }
  for (const value of raw.lists.get('requires-dist') ?? []) {
    const parsed = parseRequirement(value);
    if (parsed.url !== null)
      errors.push({ field: 'requires-dist', message: `Can't have direct dependency: ${parsed.text}` });
  }
  return errors;
}

function emailErrors(raw: RawMetadata): InvalidMetadata[] {
  const errors: InvalidMetadata[] = [];
  for (const field of ['author-email', 'maintainer-email']) {
    const value = raw.strings.get(field);
    const address = value === undefined ? null : addressOf(value);
    const problem = address === null ? null : emailAddressProblem(address);
    if (problem)
      errors.push({ field, message: `${pyRepr(address)} is not a valid email address: ${problem}` });
  }
  return errors;
}

/** Every error of warehouse's `_validate_metadata`, in its order. */
export function warehouseMetadataErrors(raw: RawMetadata): InvalidMetadata[] {
  const errors: InvalidMetadata[] = [];
  const version = parseVersion(raw.strings.get('version') ?? '');
  if (version?.local)
    errors.push({
      field: 'version',
      message: `The use of local versions in ${pyRepr(formatVersion(version))} is not allowed.`,
    });
  if ((raw.strings.get('summary') ?? '').length > 512)
    errors.push({ field: 'summary', message: "'summary' field must be 512 characters or less." });
  errors.push(...emailErrors(raw), ...classifierErrors(raw.lists.get('classifier') ?? []));
  errors.push(...urlErrors(raw), ...dependencyErrors(raw));
  for (const key of raw.lists.get('dynamic') ?? []) {
    if (!DYNAMIC_FIELDS.has(key.toLowerCase()))
      errors.push({
        field: 'dynamic',
        message: `Dynamic field ${pyRepr(key.toLowerCase())} is not a valid dynamic field.`,
      });
  }
  if (raw.strings.get('license') && raw.strings.get('license-expression'))
    errors.push({
      field: 'license',
      message:
        'License is deprecated when License-Expression is present. Only License-Expression should be present.',
    });
  return errors;
}
