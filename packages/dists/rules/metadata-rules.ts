/** PyPI's metadata check of an upload form: packaging's validation, then warehouse's, answered as warehouse words it. */
import type { CoreMetadata } from '../core-metadata.js';
import { metadataFromUploadForm, type FormField } from '../upload-form.js';
import { pyRepr } from '../python-repr.js';
import { METADATA_VERSIONS, packagingMetadataErrors, type InvalidMetadata } from './packaging-metadata.js';
import { rawMetadataFromForm } from './raw-metadata.js';
import { badRequest, type Problem } from './types.js';
import { warehouseMetadataErrors } from './warehouse-metadata.js';

/** Metadata versions warehouse accepts (`SUPPORTED_METADATA_VERSIONS`); 2.0 never existed as a spec and is refused. */
export const SUPPORTED_METADATA_VERSIONS = METADATA_VERSIONS;

const CORE_METADATA_HELP = 'https://packaging.python.org/specifications/core-metadata';
const LOCAL_VERSION_HELP =
  'https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers';
// These errors tend to cause the others, so warehouse answers with them first.
const FIELD_ORDER = ['metadata-version', 'name', 'version'];

/** warehouse's answer for a group of errors: the first error of the most important field, with its help link. */
export function metadataErrorProblem(errors: readonly InvalidMetadata[]): Problem {
  const fields = [...new Set(errors.map((e) => e.field))];
  const field = FIELD_ORDER.find((f) => fields.includes(f)) ?? fields.sort()[0];
  const ofField = errors.filter((e) => e.field === field);
  const message = ofField[0]?.message ?? '';
  const help =
    field === 'version' && ofField.some((e) => e.message.includes('use of local versions'))
      ? LOCAL_VERSION_HELP
      : CORE_METADATA_HELP;
  const code = field === 'version' && help === LOCAL_VERSION_HELP ? 'local-version' : 'invalid-metadata';
  return badRequest(code, `${message}${message.endsWith('.') ? '' : '.'} See ${help} for more information.`);
}

/**
 * warehouse's `metadata.parse(None, form_data=...)`: the form's metadata, or PyPI's refusal. Fields sent twice
 * and repeated Project-URL labels are refused first, then packaging's checks, then warehouse's own.
 */
export function metadataFromForm(
  fields: readonly FormField[],
): { metadata: CoreMetadata } | { problem: Problem } {
  const parsed = rawMetadataFromForm(fields);
  if ('unparsed' in parsed) {
    return {
      problem: metadataErrorProblem(
        parsed.unparsed.map(({ form }) => ({ field: form, message: `${pyRepr(form)} has invalid data` })),
      ),
    };
  }
  const packaging = packagingMetadataErrors(parsed.raw);
  if (packaging.length > 0) return { problem: metadataErrorProblem(packaging) };
  const warehouse = warehouseMetadataErrors(parsed.raw);
  if (warehouse.length > 0) return { problem: metadataErrorProblem(warehouse) };
  return { metadata: metadataFromUploadForm(fields) };
}
