/** warehouse's `parse_form_metadata`: upload form fields to packaging's RawMetadata, or the fields it cannot parse. */
import type { FormField } from '../upload-form.js';

/** How a metadata field travels: its form name, packaging's email name, kind, and the metadata version that added it. */
export interface RawFieldSpec {
  form: string;
  email: string;
  kind: 'string' | 'list' | 'keywords' | 'urls';
  added: string;
}

function spec(form: string, email: string, kind: RawFieldSpec['kind'], added = '1.0'): RawFieldSpec {
  return { form, email, kind, added };
}

/** Every field packaging's Metadata knows, by twine's form name. */
export const RAW_FIELDS: readonly RawFieldSpec[] = [
  spec('metadata_version', 'metadata-version', 'string'),
  spec('name', 'name', 'string'),
  spec('version', 'version', 'string'),
  spec('dynamic', 'dynamic', 'list', '2.2'),
  spec('platform', 'platform', 'list'),
  spec('supported_platform', 'supported-platform', 'list', '1.1'),
  spec('summary', 'summary', 'string'),
  spec('description', 'description', 'string'),
  spec('description_content_type', 'description-content-type', 'string', '2.1'),
  spec('keywords', 'keywords', 'keywords'),
  spec('home_page', 'home-page', 'string'),
  spec('download_url', 'download-url', 'string', '1.1'),
  spec('author', 'author', 'string'),
  spec('author_email', 'author-email', 'string'),
  spec('maintainer', 'maintainer', 'string', '1.2'),
  spec('maintainer_email', 'maintainer-email', 'string', '1.2'),
  spec('license', 'license', 'string'),
  spec('license_expression', 'license-expression', 'string', '2.4'),
  spec('license_file', 'license-file', 'list', '2.4'),
  spec('classifiers', 'classifier', 'list', '1.1'),
  spec('requires_dist', 'requires-dist', 'list', '1.2'),
  spec('requires_python', 'requires-python', 'string', '1.2'),
  spec('requires_external', 'requires-external', 'list', '1.2'),
  spec('project_urls', 'project-url', 'urls', '1.2'),
  spec('provides_extra', 'provides-extra', 'list', '2.1'),
  spec('provides_dist', 'provides-dist', 'list', '1.2'),
  spec('obsoletes_dist', 'obsoletes-dist', 'list', '1.2'),
  spec('import_name', 'import-name', 'list', '2.5'),
  spec('import_namespace', 'import-namespace', 'list', '2.5'),
  spec('requires', 'requires', 'list', '1.1'),
  spec('provides', 'provides', 'list', '1.1'),
  spec('obsoletes', 'obsoletes', 'list', '1.1'),
];

const BY_FORM = new Map(RAW_FIELDS.map((s) => [s.form, s]));

/** packaging's email names of every field (what `Dynamic` may name). */
export const EMAIL_NAMES: ReadonlySet<string> = new Set(RAW_FIELDS.map((s) => s.email));

/** Parsed form metadata, keyed by email name: strings, lists, keywords as a list, project URLs as pairs. */
export interface RawMetadata {
  strings: Map<string, string>;
  lists: Map<string, string[]>;
  keywords?: string[];
  projectUrls?: Array<[label: string, url: string]>;
}

/** One field warehouse could not parse: a single-use field sent twice, or Project-URL labels repeated. */
export interface UnparsedField {
  form: string;
}

/** RawMetadata from form fields as warehouse builds it (a lone empty value counts as absent), or what it cannot parse. */
export function rawMetadataFromForm(
  fields: readonly FormField[],
): { raw: RawMetadata } | { unparsed: UnparsedField[] } {
  const raw: RawMetadata = { strings: new Map(), lists: new Map() };
  const unparsed: UnparsedField[] = [];
  for (const name of new Set(fields.map(([key]) => key))) {
    const field = BY_FORM.get(name);
    if (!field) continue;
    const values = fields.filter(([key]) => key === name).map(([, value]) => value);
    if (values.length === 1 && values[0] === '') continue;
    if (field.kind === 'string' && values.length === 1) raw.strings.set(field.email, values[0] ?? '');
    else if (field.kind === 'list') raw.lists.set(field.email, values);
    else if (field.kind === 'keywords' && values.length === 1)
      raw.keywords = (values[0] ?? '').split(',').map((k) => k.trim());
    else if (field.kind === 'urls') {
      const urls = projectUrls(values);
      if (urls) raw.projectUrls = urls;
      else unparsed.push({ form: name });
    } else unparsed.push({ form: name });
  }
  return unparsed.length > 0 ? { unparsed } : { raw };
}

// packaging's _parse_project_urls: `label, url` split at the first comma; a repeated label is unparsable.
function projectUrls(values: string[]): Array<[string, string]> | null {
  const out: Array<[string, string]> = [];
  for (const pair of values) {
    const comma = pair.indexOf(',');
    const label = (comma < 0 ? pair : pair.slice(0, comma)).trim();
    const url = comma < 0 ? '' : pair.slice(comma + 1).trim();
    if (out.some(([seen]) => seen === label)) return null;
    out.push([label, url]);
  }
  return out;
}

/** The metadata version that introduced a field (by email name). */
export function fieldAdded(email: string): string {
  return RAW_FIELDS.find((s) => s.email === email)?.added ?? '1.0';
}
