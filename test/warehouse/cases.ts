/**
 * Cases from warehouse's own upload tests (tests/unit/forklift/test_legacy.py, test_metadata.py), each as a
 * change to a sound twine form and warehouse's answer on its real code path (where a test stubs a check,
 * the answer the unstubbed code gives). Shared by the index and the preflight runs.
 */
import type { FormField } from '../../packages/dists/index.js';

const META = 'See https://packaging.python.org/specifications/core-metadata for more information.';
const LOCAL =
  'See https://packaging.python.org/en/latest/specifications/version-specifiers/#local-version-identifiers for more information.';

/** One case: how the form differs from twine's, and warehouse's status and message. */
export interface WarehouseCase {
  name: string;
  /** Fields replaced (all values of the name) or, with `null`, removed. */
  set?: Record<string, string | string[] | null>;
  /** Fields added at the end. */
  add?: FormField[];
  status: number;
  message: string;
}

/** Applies a case to the form twine would send. */
export function applyCase(form: readonly FormField[], c: WarehouseCase): FormField[] {
  let out = [...form];
  for (const [name, value] of Object.entries(c.set ?? {})) {
    out = out.filter(([key]) => key !== name);
    if (value !== null) for (const v of Array.isArray(value) ? value : [value]) out.push([name, v]);
  }
  return [...out, ...(c.add ?? [])];
}

const bad = (
  name: string,
  message: string,
  change: Omit<WarehouseCase, 'name' | 'status' | 'message'>,
): WarehouseCase => ({
  name,
  status: 400,
  message,
  ...change,
});

const good = (name: string, change: Omit<WarehouseCase, 'name' | 'status' | 'message'>): WarehouseCase => ({
  name,
  status: 200,
  message: '',
  ...change,
});

/** test_legacy.py TestFileUpload.test_fails_invalid_post_data and neighbours, test_metadata.py TestValidation. */
export const WAREHOUSE_CASES: readonly WarehouseCase[] = [
  bad('no metadata_version', `None is not a valid metadata version. ${META}`, {
    set: { metadata_version: null },
  }),
  bad('metadata_version -1', `'-1' is not a valid metadata version. ${META}`, {
    set: { metadata_version: '-1' },
  }),
  bad('no name', `'' is an invalid value for Name. Error: This field is required. ${META}`, {
    set: { name: null },
  }),
  bad(
    'name foo-',
    `'foo-' is an invalid value for Name. Error: Start and end with a letter or numeral containing only ASCII numeric and '.', '_' and '-'. ${META}`,
    { set: { name: 'foo-' } },
  ),
  bad('empty version', `'version' is a required field. ${META}`, { set: { version: '' } }),
  bad('version dog', `'dog' is invalid for 'version'. ${META}`, { set: { version: 'dog' } }),
  bad('version 1.0.dev.a1', `'1.0.dev.a1' is invalid for 'version'. ${META}`, {
    set: { version: '1.0.dev.a1' },
  }),
  bad('no filetype', 'Invalid value for filetype. Error: This field is required.', {
    set: { filetype: null },
  }),
  bad('filetype bdist_wat', 'Invalid value for filetype. Error: Use a known file type.', {
    set: { filetype: 'bdist_wat' },
  }),
  bad('filetype bdist_dumb', 'Invalid value for filetype. Error: Use a known file type.', {
    set: { filetype: 'bdist_dumb' },
  }),
  bad(
    'wheel without pyversion',
    'Invalid value for pyversion. Error: Python version is required for binary distribution uploads.',
    { set: { pyversion: null } },
  ),
  bad(
    'sdist with pyversion 1.0',
    "Invalid value for pyversion. Error: Use 'source' as Python version for an sdist.",
    {
      set: { filetype: 'sdist', pyversion: '1.0' },
    },
  ),
  bad('no digest', 'Error: Include at least one message digest.', {
    set: { md5_digest: null, sha256_digest: null, blake2_256_digest: null },
  }),
  bad(
    'sha256 not hex',
    'Invalid value for sha256_digest. Error: Use a valid, hex-encoded, SHA256 message digest.',
    {
      set: { sha256_digest: 'an invalid sha256 digest' },
    },
  ),
  bad(
    'blake2_256 not hex',
    'Invalid value for blake2_256_digest. Error: Use a valid, hex-encoded, BLAKE2 message digest.',
    { set: { blake2_256_digest: 'z'.repeat(64) } },
  ),
  bad('summary of 513', `'summary' field must be 512 characters or less. ${META}`, {
    set: { summary: 'A'.repeat(513) },
  }),
  bad('summary of two lines', `'summary' must be a single line. ${META}`, { set: { summary: 'A\nB' } }),
  bad('local version', `The use of local versions in '1.0+local' is not allowed. ${LOCAL}`, {
    set: { version: '1.0+local' },
  }),
  bad('invalid classifier', `'Invalid :: Classifier' is not a valid classifier. ${META}`, {
    add: [['classifiers', 'Invalid :: Classifier']],
  }),
  bad(
    'deprecated classifier with replacement',
    `The classifier 'Natural Language :: Ukranian' has been deprecated, use one of ['Natural Language :: Ukrainian'] instead. ${META}`,
    { add: [['classifiers', 'Natural Language :: Ukranian']] },
  ),
  bad(
    'deprecated classifier',
    `The classifier 'Topic :: Communications :: Chat :: AOL Instant Messenger' has been deprecated. ${META}`,
    { add: [['classifiers', 'Topic :: Communications :: Chat :: AOL Instant Messenger']] },
  ),
  bad(
    'author_email Foo <test>',
    `'test' is not a valid email address: An email address must have an @-sign. ${META}`,
    { set: { author_email: 'Foo <test>' } },
  ),
  bad('home_page irc://', `'irc://example.com/' is not a valid url. ${META}`, {
    set: { home_page: 'irc://example.com/' },
  }),
  bad('project URL without label', `Must have a label. ${META}`, {
    set: { project_urls: ', https://example.com/' },
  }),
  bad('project URL label of 100', `'${'a'.repeat(100)}' must be 32 characters or less. ${META}`, {
    set: { project_urls: `${'a'.repeat(100)}, https://example.com/` },
  }),
  bad('project URL without URL', `Must have a URL. ${META}`, { set: { project_urls: 'IRC,' } }),
  bad('project URL irc://', `'irc://example.com/' is not a valid url. ${META}`, {
    set: { project_urls: 'IRC, irc://example.com/' },
  }),
  bad('project URL labels repeated', `'project_urls' has invalid data. ${META}`, {
    set: { project_urls: ['one, https://example.com/1/', 'one, https://example.com/2/'] },
  }),
  bad('summary sent twice', `'summary' has invalid data. ${META}`, { set: { summary: ['one', 'two'] } }),
  bad(
    'provides_dist direct URL',
    `Can't have direct dependency: 'foo @ https://example.com/foo-1.0.tar.gz'. ${META}`,
    { add: [['provides_dist', 'foo @ https://example.com/foo-1.0.tar.gz']] },
  ),
  bad(
    'requires_dist direct URL',
    `Can't have direct dependency: foo @ https://example.com/foo-1.0.tar.gz. ${META}`,
    {
      add: [['requires_dist', 'foo @ https://example.com/foo-1.0.tar.gz']],
    },
  ),
  bad('dynamic Invalid', `'invalid' is not a valid dynamic field. ${META}`, {
    set: { metadata_version: '2.2' },
    add: [['dynamic', 'Invalid']],
  }),
  bad(
    'License with License-Expression',
    `License is deprecated when License-Expression is present. Only License-Expression should be present. ${META}`,
    { set: { metadata_version: '2.4', license: 'MIT License', license_expression: 'MIT' } },
  ),
  ...['2', '3', '-1', '0', 'dog', 'cat'].map((version) =>
    bad(`protocol_version ${version}`, 'Unknown protocol version.', { set: { protocol_version: version } }),
  ),
  good('summary of 512', { set: { summary: 'A'.repeat(512) } }),
  bad(
    'maintainer_email Foo <test>',
    `'test' is not a valid email address: An email address must have an @-sign. ${META}`,
    { set: { maintainer_email: 'Foo <test>' } },
  ),
  good('author_email Foo <>', { set: { author_email: 'Foo <>' } }),
  // Python's parseaddr (strict since 3.13) finds no single address in a list, and warehouse checks none.
  good('author_email of two people', { set: { author_email: 'Ann <ann@example.com>, Bo <bo@example.com>' } }),
  bad(
    'author_email foo@bar',
    `'foo@bar' is not a valid email address: The part after the @-sign is not valid. It should have a period. ${META}`,
    { set: { author_email: 'foo@bar' } },
  ),
  bad('project URL ","', `Must have a label. ${META}`, { set: { project_urls: ',' } }),
  good('project URL empty (an empty form value is no value)', { set: { project_urls: '' } }),
  good('description_content_type empty', { set: { description_content_type: '' } }),
  good('a field warehouse does not know', { add: [['unknown', 'lol']] }),
  good('keywords foo, bar', { set: { keywords: 'foo, bar' } }),
  good('dynamic keywords and author', {
    set: { metadata_version: '2.2' },
    add: [
      ['dynamic', 'keywords'],
      ['dynamic', 'author'],
    ],
  }),
  bad("dynamic 'name'", `'name' is not allowed as a dynamic field. ${META}`, {
    set: { metadata_version: '2.2' },
    add: [['dynamic', 'name']],
  }),
  bad(
    "dynamic 'dynamic' (packaging's field, not warehouse's)",
    `Dynamic field 'dynamic' is not a valid dynamic field. ${META}`,
    {
      set: { metadata_version: '2.2' },
      add: [['dynamic', 'dynamic']],
    },
  ),
  bad('metadata_version 2.0', `'2.0' is not a valid metadata version. ${META}`, {
    set: { metadata_version: '2.0' },
  }),
  bad('metadata_version 100000.0', `'100000.0' is not a valid metadata version. ${META}`, {
    set: { metadata_version: '100000.0' },
  }),
  bad(
    'license_file below metadata 2.4',
    `license-file introduced in metadata version 2.4, not 2.1. ${META}`,
    {
      add: [['license_file', 'LICENSE']],
    },
  ),
  bad('license_expression MIT OR', `'MIT OR' is invalid for 'license-expression'. ${META}`, {
    set: { metadata_version: '2.4', license_expression: 'MIT OR' },
  }),
  bad('requires_python >=3.x', `'>=3.x' is invalid for 'requires-python'. ${META}`, {
    set: { requires_python: '>=3.x' },
  }),
  bad('provides_extra foo bar', `'foo bar' is invalid for 'provides-extra'. ${META}`, {
    add: [['provides_extra', 'foo bar']],
  }),
  bad('requires_dist foo >= dog', `'foo >= dog' is invalid for 'requires-dist'. ${META}`, {
    add: [['requires_dist', 'foo >= dog']],
  }),
  ...['provides_dist', 'obsoletes_dist'].flatMap((field) => [
    bad(
      `${field} foo >= dog`,
      `'foo >= dog' is invalid: Expected semicolon (after name with no version specifier) or end. ${META}`,
      {
        add: [[field, 'foo >= dog']],
      },
    ),
    bad(
      `${field} direct URL`,
      `Can't have direct dependency: 'foo @ https://example.com/foo-1.0.tar.gz'. ${META}`,
      {
        add: [[field, 'foo @ https://example.com/foo-1.0.tar.gz']],
      },
    ),
  ]),
  bad('download_url ftp://', `'ftp://example.com/' is not a valid url. ${META}`, {
    set: { download_url: 'ftp://example.com/' },
  }),
  bad(
    'two invalid classifiers: the first in sorted order',
    `'A :: Made Up' is not a valid classifier. ${META}`,
    {
      add: [
        ['classifiers', 'Z :: Made Up'],
        ['classifiers', 'A :: Made Up'],
      ],
    },
  ),
  bad(
    'errors in two fields: the first field in sorted order',
    `'irc://example.com/' is not a valid url. ${META}`,
    {
      set: { summary: 'A'.repeat(513), home_page: 'irc://example.com/' },
    },
  ),
  bad('errors in version and summary: version first', `'dog' is invalid for 'version'. ${META}`, {
    set: { summary: 'A'.repeat(513), version: 'dog' },
  }),
];

const PROJECT_HELP = 'See https://pypi.org/help/#project-name for more information.';

/** A new project's name (test_fails_with_invalid_names, ..._ultranormalized_names, ..._stdlib_names). */
export interface NameCase {
  name: string;
  message: string;
}

/** The projects on the index when NAME_CASES are tried. */
export const EXISTING_PROJECTS = ['toasting'];

/** warehouse's name cases: each refused, with its message. */
export const NAME_CASES: readonly NameCase[] = [
  ...['requirements.txt', 'rrequirements.txt'].map((name) => ({
    name,
    message: `The name '${name}' isn't allowed. ${PROJECT_HELP}`,
  })),
  ...['toast1ng', 'toastlng', 't0asting', 'toast-ing', 'toast.ing', 'toast_ing'].map((name) => ({
    name,
    message: `The name '${name}' is too similar to an existing project. ${PROJECT_HELP}`,
  })),
  ...[
    'xml',
    'XML',
    'pickle',
    'PiCKle',
    'main',
    'future',
    'al',
    'uU',
    'test',
    'encodings.utf_8_sig',
    'distutils.command.build_clib',
    'xmlrpc',
    'xmlrpc.server',
    'xml.etree',
    'xml.etree.ElementTree',
    'xml.parsers',
    'xml.parsers.expat',
    'xml.parsers.expat.errors',
    'encodings.idna',
    'encodings',
    'CGIHTTPServer',
    'cgihttpserver',
  ].map((name) => ({
    name,
    message: `The name '${name}' isn't allowed (conflict with Python Standard Library module name). ${PROJECT_HELP}`,
  })),
];
