/** The core metadata fields this package knows: their header name, typed key, use count and twine form name. */

/** Keys of single-use text fields in CoreMetadata. */
export type SingleField =
  | 'metadataVersion'
  | 'name'
  | 'version'
  | 'summary'
  | 'description'
  | 'descriptionContentType'
  | 'homePage'
  | 'downloadUrl'
  | 'author'
  | 'authorEmail'
  | 'maintainer'
  | 'maintainerEmail'
  | 'license'
  | 'licenseExpression'
  | 'requiresPython';

/** Keys of multiple-use fields in CoreMetadata, each an array in header order. */
export type MultiField =
  | 'dynamic'
  | 'platforms'
  | 'supportedPlatforms'
  | 'classifiers'
  | 'requiresDist'
  | 'requiresExternal'
  | 'providesExtra'
  | 'providesDist'
  | 'obsoletesDist'
  | 'licenseFiles'
  | 'requires'
  | 'provides'
  | 'obsoletes';

/** How one header maps to the typed object and to twine's upload form. */
export interface FieldSpec {
  header: string;
  key: SingleField | MultiField | 'keywords' | 'projectUrls';
  multiple: boolean;
  /** The form field twine's `metadata_dictionary` sends it as. */
  form: string;
}

// Order follows twine's mapping (metadata 1.0 → 2.4), which is also the order uploadFormFields emits.
export const FIELD_SPECS: readonly FieldSpec[] = [
  { header: 'Metadata-Version', key: 'metadataVersion', multiple: false, form: 'metadata_version' },
  { header: 'Name', key: 'name', multiple: false, form: 'name' },
  { header: 'Version', key: 'version', multiple: false, form: 'version' },
  { header: 'Platform', key: 'platforms', multiple: true, form: 'platform' },
  { header: 'Summary', key: 'summary', multiple: false, form: 'summary' },
  { header: 'Description', key: 'description', multiple: false, form: 'description' },
  { header: 'Keywords', key: 'keywords', multiple: false, form: 'keywords' },
  { header: 'Home-page', key: 'homePage', multiple: false, form: 'home_page' },
  { header: 'Author', key: 'author', multiple: false, form: 'author' },
  { header: 'Author-email', key: 'authorEmail', multiple: false, form: 'author_email' },
  { header: 'License', key: 'license', multiple: false, form: 'license' },
  { header: 'Supported-Platform', key: 'supportedPlatforms', multiple: true, form: 'supported_platform' },
  { header: 'Download-URL', key: 'downloadUrl', multiple: false, form: 'download_url' },
  { header: 'Classifier', key: 'classifiers', multiple: true, form: 'classifiers' },
  { header: 'Requires', key: 'requires', multiple: true, form: 'requires' },
  { header: 'Provides', key: 'provides', multiple: true, form: 'provides' },
  { header: 'Obsoletes', key: 'obsoletes', multiple: true, form: 'obsoletes' },
  { header: 'Maintainer', key: 'maintainer', multiple: false, form: 'maintainer' },
  { header: 'Maintainer-email', key: 'maintainerEmail', multiple: false, form: 'maintainer_email' },
  { header: 'Requires-Dist', key: 'requiresDist', multiple: true, form: 'requires_dist' },
  { header: 'Provides-Dist', key: 'providesDist', multiple: true, form: 'provides_dist' },
  { header: 'Obsoletes-Dist', key: 'obsoletesDist', multiple: true, form: 'obsoletes_dist' },
  { header: 'Requires-Python', key: 'requiresPython', multiple: false, form: 'requires_python' },
  { header: 'Requires-External', key: 'requiresExternal', multiple: true, form: 'requires_external' },
  { header: 'Project-URL', key: 'projectUrls', multiple: true, form: 'project_urls' },
  {
    header: 'Description-Content-Type',
    key: 'descriptionContentType',
    multiple: false,
    form: 'description_content_type',
  },
  { header: 'Provides-Extra', key: 'providesExtra', multiple: true, form: 'provides_extra' },
  { header: 'Dynamic', key: 'dynamic', multiple: true, form: 'dynamic' },
  { header: 'License-Expression', key: 'licenseExpression', multiple: false, form: 'license_expression' },
  { header: 'License-File', key: 'licenseFiles', multiple: true, form: 'license_file' },
];

const BY_HEADER = new Map(FIELD_SPECS.map((spec) => [spec.header.toLowerCase(), spec]));
const BY_FORM = new Map(FIELD_SPECS.map((spec) => [spec.form, spec]));

/** The spec of a header, matched case-insensitively as RFC 822 headers are; undefined for unknown fields. */
export function fieldSpecOfHeader(header: string): FieldSpec | undefined {
  return BY_HEADER.get(header.toLowerCase());
}

/** The spec of a twine/warehouse upload form field name; undefined for non-metadata fields. */
export function fieldSpecOfForm(form: string): FieldSpec | undefined {
  return BY_FORM.get(form);
}
