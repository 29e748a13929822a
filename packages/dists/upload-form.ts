/** The legacy upload form (`POST /legacy/`) as twine builds it, and back again for an index receiving it. */
import { FIELD_SPECS, fieldSpecOfForm, type MultiField, type SingleField } from './core-metadata-fields.js';
import { buildMetadata, type CoreMetadata, type MetadataField } from './core-metadata.js';
import type { FileHashes } from './hash-file.js';

/** One form field, in order; repeated names carry multi-use values. */
export type FormField = [name: string, value: string];

/** What the form says about the file itself, beside its metadata. */
export interface UploadFileInfo {
  filetype: 'bdist_wheel' | 'sdist';
  /** `source` for an sdist; the wheel's python tag (e.g. `py3`, `cp312`) for a wheel. */
  pyversion: string;
  hashes?: Partial<FileHashes>;
  comment?: string;
}

/** twine's `_safe_name`: runs of characters other than ASCII letters, digits and `.` become `-`. */
export function twineSafeName(name: string): string {
  return name.replace(/[^A-Za-z0-9.]+/g, '-');
}

/**
 * The form fields twine 6 sends for a file (everything but `content`): `:action`, `protocol_version`, the
 * metadata in lower_snake_case (lists repeated, `project_urls` as `Label, URL`, keywords joined with `, `),
 * then `pyversion`, `filetype`, digests. License-File is dropped below Metadata-Version 2.4, as twine does.
 */
export function uploadFormFields(metadata: CoreMetadata, file?: UploadFileInfo): FormField[] {
  const out: FormField[] = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
  ];
  const singles = metadata as { [K in SingleField]?: string };
  for (const spec of FIELD_SPECS) {
    if (spec.key === 'projectUrls') {
      for (const { label, url } of metadata.projectUrls) out.push([spec.form, `${label}, ${url}`]);
    } else if (spec.key === 'keywords') {
      if (metadata.keywords) out.push([spec.form, metadata.keywords.join(', ')]);
    } else if (spec.key === 'licenseFiles') {
      if (metadataVersionAtLeast(metadata.metadataVersion, 2, 4)) {
        for (const value of metadata.licenseFiles) out.push([spec.form, value]);
      }
    } else if (spec.multiple) {
      for (const value of metadata[spec.key as MultiField]) out.push([spec.form, value]);
    } else {
      const value = singles[spec.key as SingleField];
      if (value === undefined) continue;
      out.push([spec.form, spec.key === 'name' ? twineSafeName(value) : value]);
    }
  }
  if (file) {
    out.push(['pyversion', file.pyversion], ['filetype', file.filetype]);
    if (file.comment !== undefined) out.push(['comment', file.comment]);
    if (file.hashes?.sha256) out.push(['sha256_digest', file.hashes.sha256]);
    if (file.hashes?.md5) out.push(['md5_digest', file.hashes.md5]);
    if (file.hashes?.blake2_256) out.push(['blake2_256_digest', file.hashes.blake2_256]);
  }
  return out;
}

/** Read core metadata back out of upload form fields, as warehouse's `parse_form_metadata` does (empty values skipped). */
export function metadataFromUploadForm(form: Iterable<FormField>): CoreMetadata {
  const fields: MetadataField[] = [];
  let description: string | null = null;
  for (const [name, value] of form) {
    const spec = fieldSpecOfForm(name);
    if (!spec || value === '') continue;
    if (spec.key === 'description') description = value;
    else fields.push({ name: spec.header, value });
  }
  return buildMetadata(fields, description);
}

/** True when a Metadata-Version string is at least major.minor. */
export function metadataVersionAtLeast(version: string | undefined, major: number, minor: number): boolean {
  const match = /^(\d+)\.(\d+)$/.exec(version ?? '');
  if (!match) return false;
  const [maj, min] = [Number(match[1]), Number(match[2])];
  return maj > major || (maj === major && min >= minor);
}
