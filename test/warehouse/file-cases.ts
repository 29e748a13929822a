/**
 * warehouse's file-level upload cases (tests/unit/forklift/test_legacy.py: TestFileValidation and the file
 * rules of TestFileUpload, plus wheel.py's entry point and RECORD checks), each as a real file written by
 * make-case-files.py and warehouse's answer on its real code path. Where warehouse's test stubs
 * `_is_valid_dist_file`, the expected answer is what the unstubbed code gives for the real file (checked
 * against warehouse's own functions under Python 3.13 when these cases were written).
 */
import type { FormField } from '../../packages/dists/index.js';

const INVALID_EXTENSION =
  'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information';
const SPARSE =
  'Invalid distribution file. tar archive not accepted: Sparse members are not allowed. See https://docs.pypi.org/archives for more information';
const NOT_GZIP = 'Invalid distribution file. None (a tar archive, but not gzip-compressed)';
const DAMAGED = 'Invalid distribution file. None (the archive is truncated or damaged)';
const NON_PRINTABLE =
  'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.';

/** The form beside the file, when it is not what twine would send for it. */
export interface CaseForm {
  name: string;
  version: string;
  filetype?: 'sdist' | 'bdist_wheel' | string;
  pyversion?: string;
  metadataVersion?: string;
  extra?: FormField[];
}

/** One file case: the file, how it is sent, and warehouse's answer (status 200 and no message: taken). */
export interface FileCase {
  name: string;
  /** The id of the file make-case-files.py writes. */
  file: string;
  /** The filename sent, when it cannot be a file's name on disk. */
  uploadAs?: string;
  /** The form; absent: the form twine sends for the file (its own metadata). */
  form?: CaseForm;
  /** The file part's Content-Type; null sends none; absent: application/octet-stream, as twine. */
  contentType?: string | null;
  status: number;
  message: string;
  /** publish-pypi would pick this file up as it is: its dry run must answer the same. */
  publish?: boolean;
}

const refused = (name: string, file: string, message: string, more: Partial<FileCase> = {}): FileCase => ({
  name,
  file,
  status: 400,
  message,
  ...more,
});
const taken = (name: string, file: string, more: Partial<FileCase> = {}): FileCase => ({
  name,
  file,
  status: 200,
  message: '',
  ...more,
});
const sdistForm = (name: string, version = '1.0'): CaseForm => ({ name, version, filetype: 'sdist' });
const wheelForm = (name: string, version = '1.0', pyversion = 'py3'): CaseForm => ({
  name,
  version,
  filetype: 'bdist_wheel',
  pyversion,
});
const archives = sdistForm('archives');
const archivesWheel = wheelForm('archives');

/** TestFileValidation (`_is_valid_dist_file`), each through a whole upload. */
export const ARCHIVE_CASES: readonly FileCase[] = [
  refused(
    'a .zip sdist that is no zip',
    'zip-garbage-sdist',
    'Invalid distribution file. File is not a zipfile',
    {
      form: archives,
    },
  ),
  refused('a wheel that is no zip', 'zip-garbage-wheel', 'Invalid distribution file. File is not a zipfile', {
    form: archivesWheel,
    publish: true,
  }),
  refused('a one-byte .zip', 'zip-one-byte', 'Invalid distribution file. File is not a zipfile', {
    form: archives,
  }),
  refused('a .tar.gz that is no tar', 'tar-garbage', 'Invalid distribution file. File is not a tarfile', {
    form: archives,
    publish: true,
  }),
  refused(
    'nine bytes of gzip without its magic',
    'gzip-no-magic',
    'Invalid distribution file. File is not a tarfile',
    {
      form: archives,
      publish: true,
    },
  ),
  refused('a truncated plain tar named .tar.gz', 'plain-tar-truncated', NOT_GZIP, {
    form: archives,
    publish: true,
  }),
  refused('a plain tar named .tar.gz', 'plain-tar', NOT_GZIP, { form: archives, publish: true }),
  refused('a bzip2 tar named .tar.gz', 'bz2-tar', NOT_GZIP, { form: archives, publish: true }),
  refused('a truncated .tar.gz', 'gzip-truncated', DAMAGED, { form: archives, publish: true }),
  refused('a .tar.gz whose second gzip member is damaged (zlib error)', 'gzip-zlib-error', DAMAGED, {
    form: archives,
    publish: true,
  }),
  refused(
    'a .tar.gz without PKG-INFO',
    'tar-no-pkg-info',
    'Invalid distribution file. PKG-INFO not found at package/PKG-INFO',
    {
      form: archives,
      publish: true,
    },
  ),
  refused(
    'a .zip without PKG-INFO',
    'zip-no-pkg-info',
    'Invalid distribution file. PKG-INFO not found at package/PKG-INFO',
    {
      form: archives,
    },
  ),
  refused(
    'a bzip2 member',
    'zip-bzip2',
    'Invalid distribution file. File does not use a supported compression type',
    {
      form: archives,
    },
  ),
  refused(
    'an lzma member',
    'zip-lzma',
    'Invalid distribution file. File does not use a supported compression type',
    {
      form: archives,
    },
  ),
  refused(
    'past the compression ratio',
    'zip-ratio',
    'Invalid distribution file. File exceeds compression ratio of 50',
    {
      form: archives,
    },
  ),
  refused(
    'a wheel without WHEEL',
    'wheel-no-wheel-file',
    'Invalid distribution file. WHEEL not found at archives-1.0.dist-info/WHEEL',
    {
      form: archivesWheel,
      publish: true,
    },
  ),
  refused(
    'cheese.whl',
    'wheel-cheese',
    'Invalid distribution file. Unable to parse name and version from wheel filename',
    {
      form: wheelForm('cheese'),
    },
  ),
  refused(
    'a .tar.gz with two top-level directories',
    'tar-two-top-dirs',
    'Invalid distribution file. Incorrect number of top-level directories in sdist',
    {
      form: archives,
      publish: true,
    },
  ),
  refused(
    'a .zip with two top-level directories',
    'zip-two-top-dirs',
    'Invalid distribution file. Incorrect number of top-level directories in sdist',
    {
      form: archives,
    },
  ),
  refused('a sparse member (pax)', 'tar-sparse-pax', SPARSE, { publish: true }),
  refused('a sparse member (GNU)', 'tar-sparse-gnu', SPARSE, { publish: true }),
  refused(
    'a .tar.gz that is also a zip',
    'polyglot-tar-gz',
    'Invalid distribution file. File is both a zip and a tar file',
    {
      form: archives,
      publish: true,
    },
  ),
  refused(
    'a .zip that is also a tar',
    'polyglot-zip',
    'Invalid distribution file. File is both a zip and a tar file',
    {
      form: archives,
    },
  ),
];

const framing = (reason: string) =>
  `Invalid distribution file. ZIP archive not accepted: ${reason}. See https://docs.pypi.org/archives for more information`;

/** warehouse's ZIP framing check (utils/zipfiles.py): records read front to back must match the directory. */
export const FRAMING_CASES: readonly FileCase[] = [
  refused(
    'a zip written with data descriptors (to a stream)',
    'zip-data-descriptor',
    framing('ZIP contains a data descriptor'),
    {
      publish: true,
    },
  ),
  refused('bytes after the end record', 'zip-trailing-data', framing('Trailing data'), { publish: true }),
  refused('a comment on an entry', 'zip-entry-comment', framing('Comment in central directory'), {
    publish: true,
  }),
  // The directory keeps the last of two entries of one name; the first local header's sizes then disagree.
  refused('a name written twice', 'zip-duplicate-name', framing('Mis-matched data size'), { publish: true }),
  refused('a control character in a name', 'zip-unprintable-name', framing('Invalid character in filename'), {
    publish: true,
  }),
  taken('a comment on the archive', 'zip-archive-comment', { publish: true }),
];

/** test_upload_fails_with_invalid_filename, the platform tags, names and versions in filenames, PEP 427 and 625. */
export const FILENAME_CASES: readonly FileCase[] = [
  refused(
    'foo-1.0.whl',
    'wheel-two-parts',
    'Invalid distribution file. Unable to parse name and version from wheel filename',
    {
      form: wheelForm('foo'),
    },
  ),
  refused(
    'a build tag that is no number',
    'wheel-build-q',
    "Invalid build number: q in 'foo-1.0-q-py3-none-any'",
    {
      form: wheelForm('foo'),
    },
  ),
  refused(
    'a wheel version that is no PEP 440 version',
    'wheel-bad-version',
    "Invalid wheel filename (invalid version): 'foo-0.0.4test1-py3-none-any'",
    {
      form: wheelForm('foo'),
    },
  ),
  refused('something.tar.gz', 'sdist-no-version', 'Invalid source distribution filename: something.tar.gz', {
    form: sdistForm('something'),
  }),
  refused(
    'a wheel of another project',
    'wheel-nope',
    "Start filename for 'something_else' with 'something_else'.",
    {
      form: wheelForm('something_else'),
    },
  ),
  refused('a wheel of a project with a longer name', 'wheel-nope', "Start filename for 'no' with 'no'.", {
    form: wheelForm('no'),
  }),
  refused(
    'a wheel whose name continues after a hyphen',
    'wheel-no-way',
    "Start filename for 'no' with 'no'.",
    {
      form: wheelForm('no'),
    },
  ),
  refused(
    'a wheel without the delimiters of foo-.bar',
    'wheel-foobar',
    "Start filename for 'foo-.bar' with 'foo_bar'.",
    {
      form: wheelForm('foo-.bar'),
    },
  ),
  refused(
    'an sdist of another project',
    'sdist-nope',
    "Start filename for 'something_else' with 'something_else'.",
    {
      form: sdistForm('something_else'),
    },
  ),
  refused('an sdist of a project with a longer name', 'sdist-nope', "Start filename for 'no' with 'no'.", {
    form: sdistForm('no'),
  }),
  refused(
    'an sdist whose name continues after a hyphen',
    'sdist-no-way',
    "Start filename for 'no' with 'no'.",
    {
      form: sdistForm('no'),
    },
  ),
  refused(
    'a wheel of another version',
    'wheel-wutang',
    "Version in filename should be '1.2.3' not '6.6.6'.",
    {
      form: wheelForm('wutang', '1.2.3'),
    },
  ),
  refused(
    'an sdist of another version',
    'sdist-wutang',
    "Filename 'wutang-6.6.6.tar.gz' is invalid, should be 'wutang-1.2.3.tar.gz'.",
    {
      form: sdistForm('wutang', '1.2.3'),
    },
  ),
  taken('version 1 in the filename equals 1.0.0 in the metadata', 'wheel-version-1', { publish: true }),
  taken('flufl_enum for flufl.enum (PEP 427)', 'wheel-flufl', { publish: true }),
  taken('foo_bar for foo-.bar (PEP 427)', 'wheel-foo-bar', { publish: true }),
  taken('flufl_enum for flufl.enum (PEP 625)', 'sdist-flufl', { publish: true }),
  taken('foo_bar for foo-.bar (PEP 625)', 'sdist-foo-bar', { publish: true }),
  refused(
    'Some_Thing in a wheel filename',
    'wheel-Some_Thing',
    "Filename 'Some_Thing-1.0-py3-none-any.whl' should contain the normalized project name 'some_thing', not 'Some_Thing'.",
    {
      publish: true,
    },
  ),
  refused(
    'some.thing in a wheel filename',
    'wheel-some.thing',
    "Filename 'some.thing-1.0-py3-none-any.whl' should contain the normalized project name 'some_thing', not 'some.thing'.",
    {
      publish: true,
    },
  ),
  ...[
    ['some_thing-1.0.post9.zip', '1.0.post9', 'some_thing-1.0.post9.tar.gz'],
    ['some-thing-1.0.post9.tar.gz', '1.0.post9', 'some_thing-1.0.post9.tar.gz'],
    ['some-thing-1.0-9.tar.gz', '1.0.post9', 'some_thing-1.0.post9.tar.gz'],
    ['some_thing-1.0-9.tar.gz', '1.0.post9', 'some_thing-1.0.post9.tar.gz'],
    ['some_thing-1.02.3.tar.gz', '1.2.3', 'some_thing-1.2.3.tar.gz'],
    ['Some_Thing-1.0.tar.gz', '1.0', 'some_thing-1.0.tar.gz'],
    ['some_thing-1.o-9.tar.gz', '1.0.post9', 'some_thing-1.0.post9.tar.gz'],
  ].map(([filename = '', version = '', expected = ''], i) =>
    refused(
      `PEP 625: ${filename}`,
      `pep625-${i}`,
      `Filename '${filename}' is invalid, should be '${expected}'.`,
      {
        form: sdistForm('some_thing', version),
        publish: filename.endsWith('.tar.gz'),
      },
    ),
  ),
  refused(
    'a .whl sent as an sdist',
    'extension.whl',
    'Invalid file extension: Extension .whl is invalid for filetype sdist. See https://www.python.org/dev/peps/pep-0527 for more information.',
    {
      form: sdistForm('rehearsal'),
    },
  ),
  refused(
    'a .tar.gz sent as a wheel',
    'extension.tar.gz',
    'Invalid file extension: Extension .tar.gz is invalid for filetype bdist_wheel. See https://www.python.org/dev/peps/pep-0527 for more information.',
    {
      form: wheelForm('rehearsal', '1.0', '1.0'),
    },
  ),
  refused(
    'a .zip sent as a wheel',
    'extension.zip',
    'Invalid file extension: Extension .zip is invalid for filetype bdist_wheel. See https://www.python.org/dev/peps/pep-0527 for more information.',
    {
      form: wheelForm('rehearsal', '1.0', '1.0'),
    },
  ),
  refused('a .tar.wat', 'extension.tar.wat', INVALID_EXTENSION, { form: sdistForm('rehearsal') }),
  refused('a .tar.bz2 (a legacy extension)', 'extension.tar.bz2', INVALID_EXTENSION, {
    form: sdistForm('rehearsal'),
  }),
  ...['/', '\\'].map((c) =>
    refused(
      `a filename with ${c}`,
      'extension.tar.gz',
      "Cannot upload a file with '/' or '\\' in the name.",
      {
        form: sdistForm('rehearsal'),
        uploadAs: `${c}rehearsal-1.0.tar.gz`,
      },
    ),
  ),
  ...[0x01, 0x09, 0x1f, 0x7f].map((code) =>
    refused(`a filename with character ${code}`, 'extension.tar.wat', NON_PRINTABLE, {
      form: sdistForm('rehearsal'),
      uploadAs: `rehearsal${String.fromCharCode(code)}-1.0.tar.wat`,
    }),
  ),
];

/** The platform tags warehouse's tests accept and refuse (test_upload_succeeds_with_wheel, ..._unsupported_wheel_plat). */
export const PLATFORM_TAGS = {
  accepted: [
    'any',
    'win32',
    'win_amd64',
    'win_ia64',
    'manylinux1_i686',
    'manylinux1_x86_64',
    'manylinux2010_i686',
    'manylinux2010_x86_64',
    'manylinux2014_i686',
    'manylinux2014_x86_64',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'manylinux_2_5_i686',
    'manylinux_2_12_x86_64',
    'manylinux_2_17_aarch64',
    'manylinux_2_17_armv7l',
    'manylinux_2_17_ppc64',
    'manylinux_2_17_ppc64le',
    'manylinux_2_39_riscv64',
    'manylinux_3_0_s390x',
    'musllinux_1_1_x86_64',
    'macosx_10_5_ppc',
    'macosx_10_5_ppc64',
    'macosx_10_5_i386',
    'macosx_10_5_intel',
    'macosx_10_5_fat',
    'macosx_10_5_fat3',
    'macosx_10_5_fat64',
    'macosx_10_5_universal',
    'macosx_10_13_x86_64',
    'macosx_11_0_x86_64',
    'macosx_10_15_arm64',
    'macosx_15_0_universal2',
    'macosx_26_0_arm64',
    'ios_13_0_arm64_iphoneos',
    'ios_13_0_arm64_iphonesimulator',
    'ios_13_0_x86_64_iphonesimulator',
    'ios_15_4_arm64_iphoneos',
    'ios_15_4_arm64_iphonesimulator',
    'ios_15_4_x86_64_iphonesimulator',
    'android_27_armeabi_v7a',
    'android_27_arm64_v8a',
    'android_27_x86',
    'android_27_x86_64',
    'macosx_10_6_intel.macosx_10_9_intel.macosx_10_9_x86_64.macosx_10_10_intel.macosx_10_10_x86_64',
    'pyemscripten_2026_0_wasm32',
  ],
  refused: [
    ['linux_x86_64', 'linux_x86_64'],
    ['linux_x86_64.win32', 'linux_x86_64'],
    ['macosx_9_2_x86_64', 'macosx_9_2_x86_64'],
    ['macosx_11_2_arm64', 'macosx_11_2_arm64'],
    ['macosx_16_2_arm64', 'macosx_16_2_arm64'],
    ['macosx_10_15_amd64', 'macosx_10_15_amd64'],
    ['macosx_27_0_arm64', 'macosx_27_0_arm64'],
  ],
} as const;

/** One case per platform tag; make-case-files.py writes the wheels in the same order. */
export const PLATFORM_CASES: readonly FileCase[] = [
  ...PLATFORM_TAGS.accepted.map((tag, i) => taken(`platform ${tag}`, `platform-ok-${i}`, { publish: true })),
  ...PLATFORM_TAGS.refused.map(([tag, bad], i) =>
    refused(
      `platform ${tag}`,
      `platform-refused-${i}`,
      `Binary wheel 'plat-1.0-cp34-none-${tag}.whl' has an unsupported platform tag '${bad}'.`,
      { publish: true },
    ),
  ),
];

const contents = 'contents-1.0-py3-none-any.whl';
const LONG_NAME = `l${'o'.repeat(247 - 'l-1.0-py3-none-any.whl'.length - 2)}ng`;
const badEntryPoints = `Wheel '${contents}' has invalid entry points defined in the entry_points.txt file`;

/** What a wheel must hold (RECORD, METADATA, entry points, License-File), and the file part's content type. */
export const CONTENT_CASES: readonly FileCase[] = [
  refused(
    'a wheel without RECORD',
    'wheel-no-record',
    `Wheel '${contents}' does not contain the required RECORD file: contents-1.0.dist-info/RECORD`,
    { form: wheelForm('contents'), publish: true },
  ),
  refused(
    'a RECORD that is not UTF-8',
    'wheel-record-latin1',
    `Wheel '${contents}' does not contain the required RECORD file: contents-1.0.dist-info/RECORD`,
    {
      publish: true,
    },
  ),
  refused(
    'a wheel without METADATA',
    'wheel-no-metadata',
    `Wheel '${contents}' does not contain the required METADATA file: contents-1.0.dist-info/METADATA`,
    {
      form: wheelForm('contents'),
      publish: true,
    },
  ),
  ...[
    'absolute',
    'relative',
    'gui-path',
    'space',
    'no-section',
    'colon',
    'twice',
    'sections-twice',
    'bom',
    'latin1',
  ].map((label) =>
    refused(`entry points: ${label}`, `entry-points-${label}`, badEntryPoints, { publish: true }),
  ),
  taken('entry points: dotted names, and paths outside the script sections', 'entry-points-fine', {
    publish: true,
  }),
  refused(
    'a wheel without one of its License-Files',
    'wheel-license-missing',
    `License-File LICENSE does not exist in distribution file ${contents} at contents-1.0.dist-info/licenses/LICENSE`,
    {
      publish: true,
    },
  ),
  refused(
    'an sdist without one of its License-Files',
    'sdist-license-missing',
    'License-File LICENSE does not exist in distribution file contents-1.0.tar.gz at contents-1.0/LICENSE',
    {
      publish: true,
    },
  ),
  refused('the file part sent as image/foobar', 'wheel-plain', 'Invalid distribution file.', {
    contentType: 'image/foobar',
  }),
  refused('the file part sent as image/png with a parameter', 'wheel-plain', 'Invalid distribution file.', {
    contentType: 'image/png; charset=binary',
  }),
  refused('the file part with an empty Content-Type', 'wheel-plain', 'Invalid distribution file.', {
    contentType: '',
  }),
  refused('the file part with parameters only', 'wheel-plain', 'Invalid distribution file.', {
    contentType: '; charset=binary',
  }),
  taken('a RECORD that misses members (PyPI only e-mails the owners)', 'wheel-record-mismatch', {
    publish: true,
  }),
  taken('metadata 2.4 with License-Expression and its License-File', 'wheel-license-present', {
    publish: true,
  }),
  taken('a wheel filename of 246 bytes', 'wheel-name-246', { publish: true }),
  refused(
    "a wheel filename of 247 bytes (no room for warehouse's .metadata beside it)",
    'wheel-name-247',
    `Filename is too long: '${LONG_NAME}-1.0-py3-none-any.whl'`,
    { publish: true },
  ),
  // cgi.FieldStorage gives a part without a Content-Type text/plain, which warehouse takes.
  taken('the file part without a Content-Type', 'wheel-plain', { contentType: null }),
];

/** Every file case, in the order they are sent to one index. */
export const FILE_CASES: readonly FileCase[] = [
  ...ARCHIVE_CASES,
  ...FRAMING_CASES,
  ...FILENAME_CASES,
  ...PLATFORM_CASES,
  ...CONTENT_CASES,
];
