export const id = 747;
export const ids = [747];
export const modules = {

/***/ 253:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  d: () => (/* binding */ checkDistribution)
});

// UNUSED EXPORTS: PYPI_RULES

// EXTERNAL MODULE: ./packages/dists/rules/types.ts
var types = __webpack_require__(4029);
;// CONCATENATED MODULE: ./packages/dists/rules/archive-rules.ts

/** Past this many uncompressed bytes PyPI checks the compression ratio (64 MiB). */
const COMPRESSION_RATIO_MIN_SIZE = 64 * 1024 * 1024;
/** An archive inflating to more than 50 × its size (past the minimum) is a zip bomb to PyPI. */
const COMPRESSION_RATIO_THRESHOLD = 50;
/**
 * Python's `os.path.commonpath` of member names (path components, `.` and empty ones dropped); null where
 * Python raises (absolute and relative names mixed).
 */
function commonPath(names) {
    if (names.length === 0)
        return '';
    const absolute = new Set(names.map((n) => n.startsWith('/')));
    if (absolute.size > 1)
        return null;
    const split = names.map((n) => n.split('/').filter((c) => c !== '' && c !== '.'));
    let common = split[0] ?? [];
    for (const parts of split) {
        let i = 0;
        while (i < common.length && i < parts.length && common[i] === parts[i])
            i++;
        common = common.slice(0, i);
    }
    return (absolute.has(true) ? '/' : '') + common.join('/');
}
const ARCHIVES_HELP = 'See https://docs.pypi.org/archives for more information';
/** PyPI's reason an archive is not a valid distribution file, or null when it is. */
function invalidDistReason(filename, size, archive) {
    if (archive.polyglot)
        return 'File is both a zip and a tar file';
    if (archive.unreadable !== null)
        return archive.unreadable;
    const { members } = archive;
    if (archive.format === 'zip') {
        if (archive.uncompressedSize > COMPRESSION_RATIO_MIN_SIZE &&
            archive.uncompressedSize / Math.max(size, 1) > COMPRESSION_RATIO_THRESHOLD) {
            return `File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}`;
        }
        if (archive.unsupportedCompression)
            return 'File does not use a supported compression type';
        const required = filename.endsWith('.whl')
            ? wheelFileReason(filename, members)
            : sdistTopLevelReason(members);
        if (required !== null)
            return required;
        return archive.framing ? `ZIP archive not accepted: ${archive.framing}. ${ARCHIVES_HELP}` : null;
    }
    if (archive.sparse)
        return `tar archive not accepted: Sparse members are not allowed. ${ARCHIVES_HELP}`;
    return sdistTopLevelReason(members);
}
// warehouse splits the raw filename: `name, version, _ = filename.split("-", 2)`.
function wheelFileReason(filename, members) {
    const parts = filename.split('-');
    if (parts.length < 3)
        return 'Unable to parse name and version from wheel filename';
    const target = `${parts[0]}-${parts[1]}.dist-info/WHEEL`;
    return members.includes(target) ? null : `WHEEL not found at ${target}`;
}
function sdistTopLevelReason(members) {
    const top = commonPath(members);
    if (top === null || top === '' || top === '/')
        return 'Incorrect number of top-level directories in sdist';
    const target = `${top}/PKG-INFO`;
    return members.includes(target) ? null : `PKG-INFO not found at ${target}`;
}
/** The archive must be a valid distribution file (answers `Invalid distribution file. <reason>`). */
const distFileRule = ({ filename, size, archive }) => {
    if (!archive)
        return null;
    const reason = invalidDistReason(filename, size, archive);
    return reason === null
        ? null
        : (0,types/* badRequest */.li)('invalid-distribution-file', `Invalid distribution file. ${reason}`);
};

// EXTERNAL MODULE: ./packages/dists/dist-filename.ts
var dist_filename = __webpack_require__(1118);
// EXTERNAL MODULE: ./packages/dists/python-repr.ts
var python_repr = __webpack_require__(6186);
;// CONCATENATED MODULE: ./packages/dists/rules/file-rules.ts
/** PyPI's checks of the uploaded file itself: its name's characters and extension, size and digests. */



const EXTENSION = /^.+?(\.(tar\.gz|zip|whl))$/is;
const EXTENSIONS_OF = {
    sdist: ['.zip', '.tar.gz'],
    bdist_wheel: ['.whl'],
};
const MIB = 1024 * 1024;
const GIB = 1024 * MIB;
/** The filetype the client claims, else the one twine derives from the extension. */
function filetypeFor(dist) {
    return dist.filetype ?? (0,dist_filename/* filetypeOf */.c)(dist.filename);
}
/** No control characters, DEL, or path separators in the filename. */
const filenameCharactersRule = ({ filename }) => {
    if (/[\x00-\x1f\x7f]/.test(filename)) {
        return (0,types/* badRequest */.li)('invalid-filename-characters', 'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.');
    }
    if (/[/\\]/.test(filename)) {
        return (0,types/* badRequest */.li)('invalid-filename-characters', "Cannot upload a file with '/' or '\\' in the name.");
    }
    return null;
};
/** Only .tar.gz, .zip (sdist) and .whl (wheel) are taken, matching the filetype (PEP 527, PEP 715). */
const extensionRule = (dist) => {
    const match = EXTENSION.exec(dist.filename);
    if (!match) {
        return (0,types/* badRequest */.li)('invalid-extension', 'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information');
    }
    const extension = match[1] ?? '';
    const filetype = filetypeFor(dist) ?? (extension.toLowerCase() === '.whl' ? 'bdist_wheel' : 'sdist');
    if (EXTENSIONS_OF[filetype].includes(extension))
        return null;
    return (0,types/* badRequest */.li)('invalid-extension', `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. See https://www.python.org/dev/peps/pep-0527 for more information.`);
};
/**
 * The file part's media type must not be empty or an image (twine sends application/octet-stream). As
 * Python's cgi reads it: the part before `;`, trimmed, compared case-sensitively; a part without the
 * header is text/plain, which passes.
 */
const contentTypeRule = ({ contentType }) => {
    if (contentType === undefined || contentType === null)
        return null;
    const media = (contentType.split(';')[0] ?? '').trim();
    if (media !== '' && !media.startsWith('image/'))
        return null;
    return (0,types/* badRequest */.li)('invalid-content-type', 'Invalid distribution file.');
};
/** The per-file size limit (PyPI: 100 MiB unless raised for the project). */
const fileSizeRule = (dist, context) => {
    const limit = context.maxFileSize ?? types/* PYPI_MAX_FILE_SIZE */.zT;
    if (dist.size <= limit)
        return null;
    const project = dist.metadata?.name ?? '';
    return (0,types/* badRequest */.li)('file-too-large', `File too large. Limit for project ${(0,python_repr/* pyRepr */.n3)(project)} is ${Math.floor(limit / MIB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`);
};
/** The per-project total size limit (PyPI: 10 GiB). */
const projectSizeRule = (dist, context) => {
    const limit = context.maxProjectSize ?? types/* PYPI_MAX_PROJECT_SIZE */.UC;
    if (dist.size + (context.projectTotalSize ?? 0) <= limit)
        return null;
    const project = dist.metadata?.name ?? '';
    // PyPI's message really ends without a period.
    return (0,types/* badRequest */.li)('project-too-large', `Project size too large. Limit for project ${(0,python_repr/* pyRepr */.n3)(project)} total size is ${Math.floor(limit / GIB)} GB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-project-size-limit-increase`);
};
/** Every digest the form declares must match the file. */
const digestRule = ({ declaredDigests, hashes }) => {
    if (!declaredDigests)
        return null;
    const pairs = [
        [declaredDigests.md5, hashes.md5],
        [declaredDigests.sha256, hashes.sha256],
        [declaredDigests.blake2_256, hashes.blake2_256],
    ];
    const ok = pairs.every(([declared, actual]) => !declared || declared.toLowerCase() === actual?.toLowerCase());
    if (ok)
        return null;
    return (0,types/* badRequest */.li)('digest-mismatch', 'The digest supplied does not match a digest calculated from the uploaded file.');
};

;// CONCATENATED MODULE: ./packages/dists/rules/release-rules.ts
/** PyPI's checks against what the index already holds: duplicates, reused filenames, one sdist per release. */



/**
 * A file with the same name or blake2 digest exists: identical name and digests → PyPI answers 200 and stores
 * nothing (code `file-exists-identical`, what twine's --skip-existing relies on); otherwise 400. A client
 * that computed no blake2b-256 predicts this from sha256, which tells the same bytes apart as well.
 */
const duplicateFileRule = (dist, context) => {
    const files = context.indexFiles ?? context.releaseFiles ?? [];
    const sameBytes = (file) => file.blake2_256 && dist.hashes.blake2_256
        ? file.blake2_256 === dist.hashes.blake2_256
        : file.sha256 === dist.hashes.sha256;
    const existing = files.find((f) => f.filename === dist.filename || sameBytes(f));
    if (!existing)
        return null;
    if (existing.filename === dist.filename && existing.sha256 === dist.hashes.sha256 && sameBytes(existing)) {
        return { code: 'file-exists-identical', status: 200, message: '' };
    }
    const hash = dist.hashes.blake2_256
        ? `blake2_256 hash ${(0,python_repr/* pyRepr */.n3)(dist.hashes.blake2_256)}`
        : `sha256 hash ${(0,python_repr/* pyRepr */.n3)(dist.hashes.sha256)}`;
    return (0,types/* badRequest */.li)('file-exists', `File already exists (${(0,python_repr/* pyRepr */.n3)(dist.filename)}, with ${hash}). See https://pypi.org/help/#file-name-reuse for more information.`);
};
/** A filename once used (and since deleted) is never accepted again. */
const filenameReuseRule = (dist, context) => {
    if (!context.deletedFilenames?.includes(dist.filename))
        return null;
    return (0,types/* badRequest */.li)('filename-reused', 'This filename was previously used by a file that has since been deleted. Use a different version. See https://pypi.org/help/#file-name-reuse for more information.');
};
/** A release holds at most one sdist. */
const oneSdistRule = (dist, context) => {
    if (filetypeFor(dist) !== 'sdist')
        return null;
    if (!(context.releaseFiles ?? []).some((f) => f.packagetype === 'sdist'))
        return null;
    return (0,types/* badRequest */.li)('duplicate-sdist', 'Only one sdist may be uploaded per release.');
};
const MAXIMUM_AGE_DAYS = 14;
/** A release takes new files for 14 days after it was created. */
const closedReleaseRule = (_dist, context) => {
    if (context.releaseCreatedAt === undefined)
        return null;
    const age = (context.now ?? Date.now()) - context.releaseCreatedAt;
    if (age <= MAXIMUM_AGE_DAYS * 24 * 60 * 60 * 1000)
        return null;
    return (0,types/* badRequest */.li)('closed-release', `Uploading new files to releases older than ${MAXIMUM_AGE_DAYS} days is not allowed.`);
};

// EXTERNAL MODULE: ./packages/pep440/parse.ts
var parse = __webpack_require__(1695);
;// CONCATENATED MODULE: ./packages/pep440/kinds.ts
/** What kind of release a version is, with packaging's definitions. */

/** packaging's is_prerelease: true for pre-releases and for dev releases (1.0.dev1 is a pre-release). */
function isPrerelease(v) {
    const { pre, dev } = toVersion(v);
    return pre !== null || dev !== null;
}
/** True when the version has a .devN segment. */
function isDevrelease(v) {
    return toVersion(v).dev !== null;
}
/** True when the version has a .postN segment (including the implicit form 1.0-1). */
function isPostrelease(v) {
    return (0,parse/* toVersion */.OO)(v).post !== null;
}

// EXTERNAL MODULE: ./packages/pep440/format.ts
var format = __webpack_require__(2621);
// EXTERNAL MODULE: ./packages/dists/upload-form.ts
var upload_form = __webpack_require__(6162);
// EXTERNAL MODULE: ./packages/dists/names.ts
var names = __webpack_require__(8888);
// EXTERNAL MODULE: ./packages/dists/sdist-filename.ts
var sdist_filename = __webpack_require__(1739);
;// CONCATENATED MODULE: ./packages/dists/rules/sdist-rules.ts
/** PyPI's sdist filename checks: parseable, the project's name, and exactly the PEP 625 form. */








function parsedSdist(dist) {
    try {
        return (0,sdist_filename/* parseSdistFilename */.s)(dist.filename);
    }
    catch {
        return null;
    }
}
const isSdist = (dist) => filetypeFor(dist) === 'sdist';
/** The sdist filename must parse as packaging's parse_sdist_filename does. */
const sdistFilenameRule = (dist) => {
    if (!isSdist(dist) || parsedSdist(dist))
        return null;
    return (0,types/* badRequest */.li)('invalid-sdist-filename', `Invalid source distribution filename: ${dist.filename}`);
};
/**
 * warehouse retries a post-release whose version was written with a hyphen (`name-1.0-1.tar.gz`), taking the
 * name before the second-to-last hyphen. It assigns that name before it checks the version between, so the
 * name stands even when that version is invalid (`some_thing-1.o-9.tar.gz` is then refused by PEP 625).
 */
function nameFromSdistFilename(dist, parsed, metaName) {
    const version = dist.metadata?.version;
    const dashes = dist.filename.split('-').length - 1;
    if (version && isPostrelease(version) && parsed.name !== (0,names/* normalizeProjectName */.yz)(metaName) && dashes >= 2) {
        const withoutLast = dist.filename.slice(0, dist.filename.lastIndexOf('-'));
        return withoutLast.slice(0, withoutLast.lastIndexOf('-'));
    }
    return parsed.nameInFilename;
}
/** The sdist must start with the project's name. */
const sdistProjectRule = (dist) => {
    const parsed = isSdist(dist) ? parsedSdist(dist) : null;
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const normalized = (0,names/* normalizeProjectName */.yz)(metaName);
    if ((0,names/* normalizeProjectName */.yz)(nameFromSdistFilename(dist, parsed, metaName)) === normalized)
        return null;
    return (0,types/* badRequest */.li)('filename-project-mismatch', `Start filename for ${(0,python_repr/* pyRepr */.n3)(metaName)} with ${(0,python_repr/* pyRepr */.n3)(normalized.replace(/-/g, '_'))}.`);
};
/** PEP 625: exactly `{normalized_name}-{normalized_version}.tar.gz` (so legacy .zip sdists are refused here). */
const sdistNormalizedRule = (dist) => {
    const metaName = dist.metadata?.name;
    const version = (0,format/* normalizeVersion */.Qj)(dist.metadata?.version ?? '');
    if (!isSdist(dist) || !parsedSdist(dist) || !metaName || version === null)
        return null;
    const expected = `${(0,names/* normalizeProjectName */.yz)(metaName).replace(/-/g, '_')}-${version}.tar.gz`;
    if (dist.filename === expected)
        return null;
    return (0,types/* badRequest */.li)('filename-not-normalized', `Filename ${(0,python_repr/* pyRepr */.n3)(dist.filename)} is invalid, should be ${(0,python_repr/* pyRepr */.n3)(expected)}.`);
};
/** Each License-File (metadata 2.4+, the only ones twine sends) must be in the sdist. */
const sdistLicenseFilesRule = (dist) => {
    const meta = dist.metadata;
    if (!isSdist(dist) || !dist.archive || !meta || !(0,upload_form/* metadataVersionAtLeast */.gS)(meta.metadataVersion, 2, 4))
        return null;
    const { members } = dist.archive;
    const top = commonPath(members) ?? '';
    for (const licenseFile of meta.licenseFiles) {
        const target = top === '' ? licenseFile : `${top}/${licenseFile}`;
        if (!members.includes(target)) {
            return (0,types/* badRequest */.li)('missing-license-file', `License-File ${licenseFile} does not exist in distribution file ${dist.filename} at ${target}`);
        }
    }
    return null;
};

;// CONCATENATED MODULE: ./packages/pep440/compare.ts
/** PEP 440 ordering, following packaging's `_cmpkey` term by term. */

// Sentinels standing in for packaging's Infinity / NegativeInfinity.
const BELOW = -Infinity;
const ABOVE = Infinity;
// Comparison rather than subtraction: Infinity - Infinity is NaN.
function cmp(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}
function compareNumberLists(a, b) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const d = cmp(a[i], b[i]);
        if (d !== 0)
            return d;
    }
    return cmp(a.length, b.length);
}
/** The release with trailing zeros dropped: 1.2.0 and 1.2 are the same release. */
function withoutTrailingZeros(release) {
    let end = release.length;
    while (end > 0 && release[end - 1] === 0)
        end--;
    return release.slice(0, end);
}
// The pre-release key: a lone .devN sorts below every pre-release of its release (1.0.dev0 < 1.0a0),
// no pre-release sorts above all of them.
function preKey(v) {
    if (v.pre === null)
        return [v.post === null && v.dev !== null ? BELOW : ABOVE];
    return [['a', 'b', 'rc'].indexOf(v.pre.label), v.pre.number];
}
function compareDigitStrings(a, b) {
    const x = (0,parse/* canonicalDigits */.Dq)(a);
    const y = (0,parse/* canonicalDigits */.Dq)(b);
    return cmp(x.length, y.length) || cmp(x, y);
}
// Local segments: numbers compare numerically and above any word; words compare as strings;
// a shorter list sorts first when it is a prefix of the other. No local part sorts below any.
function compareLocals(a, b) {
    if (a === null || b === null)
        return a === b ? 0 : a === null ? -1 : 1;
    const xs = a.split('.');
    const ys = b.split('.');
    for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
        const x = xs[i];
        const y = ys[i];
        const xNum = /^[0-9]+$/.test(x);
        const yNum = /^[0-9]+$/.test(y);
        let d;
        if (xNum && yNum)
            d = compareDigitStrings(x, y);
        else if (xNum !== yNum)
            d = xNum ? 1 : -1;
        else
            d = cmp(x, y);
        if (d !== 0)
            return d;
    }
    return cmp(xs.length, ys.length);
}
/** Negative, zero or positive as `a` sorts before, equal to or after `b` in PEP 440 order (local part included). */
function compareVersions(a, b) {
    const x = (0,parse/* toVersion */.OO)(a);
    const y = (0,parse/* toVersion */.OO)(b);
    return (cmp(x.epoch, y.epoch) ||
        compareNumberLists(withoutTrailingZeros(x.release), withoutTrailingZeros(y.release)) ||
        compareNumberLists(preKey(x), preKey(y)) ||
        compareNumberLists([x.post ?? BELOW], [y.post ?? BELOW]) ||
        compareNumberLists([x.dev ?? ABOVE], [y.dev ?? ABOVE]) ||
        compareLocals(x.local, y.local));
}

;// CONCATENATED MODULE: ./packages/dists/entry-points.ts
/** A wheel's `entry_points.txt` as warehouse checks it: strict INI (Python's configparser, `=` only), script names without paths. */

// An entry point name (packaging's data model, `[\w.-]+` with Python's \w: letters, numbers, underscore).
const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
const SCRIPT_SECTIONS = new Set(['console_scripts', 'gui_scripts']);
// One significant line: a section header or an option. False when configparser raises.
function readLine(state, clean) {
    const header = /^\[(.+)\]/.exec(clean);
    if (header) {
        const name = header[1] ?? '';
        // strict: a section read twice raises, except DEFAULT, whose options merge.
        if (name !== 'DEFAULT' && state.sections.has(name))
            return false;
        if (!state.sections.has(name))
            state.sections.set(name, []);
        state.current = state.sections.get(name) ?? null;
        state.inValue = false;
        return true;
    }
    if (state.current === null)
        return false;
    const eq = clean.indexOf('=');
    const option = eq < 0 ? '' : (0,python_repr/* pyStrip */.m0)(clean.slice(0, eq));
    if (option === '' || state.current.includes(option))
        return false;
    state.current.push(option);
    state.inValue = true;
    return true;
}
// configparser's `read_string` (strict, `=` only, comments `#` and `;` on their own line): sections and options.
function parseIni(text) {
    const state = { sections: new Map([['DEFAULT', []]]), current: null, inValue: false, indent: 0 };
    // StringIO yields lines at '\n' only; a '\r' before it is stripped as whitespace.
    for (const line of text.split('\n')) {
        const stripped = (0,python_repr/* pyStrip */.m0)(line);
        if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';'))
            continue;
        // configparser's indentation: the offset of the first character Python's \S matches.
        const indent = (0,python_repr/* pyLeadingSpace */.Ec)(line);
        if (state.current !== null && state.inValue && indent > state.indent)
            continue;
        state.indent = indent;
        if (!readLine(state, stripped))
            return null;
    }
    return state.sections;
}
/** True when warehouse would refuse the wheel for this entry_points.txt (not UTF-8, not strict INI, a script name with a path). */
function entryPointsInvalid(bytes) {
    let text;
    try {
        // Python's bytes.decode() keeps a byte order mark, and configparser then finds no section header.
        text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    }
    catch {
        return true;
    }
    const sections = parseIni(text);
    if (sections === null)
        return true;
    const defaults = sections.get('DEFAULT') ?? [];
    return [...SCRIPT_SECTIONS].some((name) => {
        const options = sections.get(name);
        return options !== undefined && [...defaults, ...options].some((option) => !SCRIPT_NAME.test(option));
    });
}

// EXTERNAL MODULE: ./packages/dists/errors.ts
var errors = __webpack_require__(8809);
;// CONCATENATED MODULE: ./packages/dists/platform-tags.ts
/** Which wheel platform tags PyPI accepts (warehouse `_valid_platform_tag`, as of 2026). */
const STATIC = new Set([
    'any',
    'win32',
    'win_arm64',
    'win_amd64',
    'win_ia64',
    'manylinux1_x86_64',
    'manylinux1_i686',
    'manylinux2010_x86_64',
    'manylinux2010_i686',
    'manylinux2014_x86_64',
    'manylinux2014_i686',
    'manylinux2014_aarch64',
    'manylinux2014_armv7l',
    'manylinux2014_ppc64',
    'manylinux2014_ppc64le',
    'manylinux2014_s390x',
    'linux_armv6l',
    'linux_armv7l',
]);
const MACOSX = /^macosx_(\d+)_(\d+)_(.*)$/s;
const MACOSX_ARCHES = new Set([
    'ppc',
    'ppc64',
    'i386',
    'x86_64',
    'arm64',
    'intel',
    'fat',
    'fat3',
    'fat64',
    'universal',
    'universal2',
]);
// macOS 11 and later only ever use minor 0 in tags; 10.x uses any minor.
const MACOSX_MAJORS = new Set(['11', '12', '13', '14', '15', '26']);
const LINUX = /^(many|musl)linux_(\d+)_(\d+)_(.*)$/s;
const JOINT_LINUX_ARCHES = ['x86_64', 'i686', 'aarch64', 'armv7l', 'ppc64le', 's390x', 'riscv64'];
const MANYLINUX_ARCHES = new Set([...JOINT_LINUX_ARCHES, 'ppc64']);
const MUSLLINUX_ARCHES = new Set(JOINT_LINUX_ARCHES);
// No end anchor: warehouse uses re.match, so text after the SDK name is tolerated.
const IOS = /^ios_(\d+)_(\d+)_(.*)_(iphoneos|iphonesimulator)/s;
const IOS_ARCHES = new Set(['arm64', 'x86_64']);
const ANDROID = /^android_(\d+)_(.*)$/s;
const ANDROID_ARCHES = new Set(['armeabi_v7a', 'arm64_v8a', 'x86', 'x86_64']);
// Prefix match, as warehouse's re.match.
const PYEMSCRIPTEN = /^pyemscripten_\d+_\d+_wasm32/;
/** True when PyPI accepts a wheel with this platform tag: any, win*, manylinux*, musllinux_x_y, macosx, ios, android, pyemscripten; never plain linux_x86_64. */
function isPyPIPlatformTag(platform) {
    if (STATIC.has(platform))
        return true;
    const mac = MACOSX.exec(platform);
    if (mac && mac[1] === '10' && MACOSX_ARCHES.has(mac[3] ?? ''))
        return true;
    if (mac && MACOSX_MAJORS.has(mac[1] ?? '') && mac[2] === '0' && MACOSX_ARCHES.has(mac[3] ?? ''))
        return true;
    const linux = LINUX.exec(platform);
    if (linux)
        return (linux[1] === 'musl' ? MUSLLINUX_ARCHES : MANYLINUX_ARCHES).has(linux[4] ?? '');
    const ios = IOS.exec(platform);
    if (ios && IOS_ARCHES.has(ios[3] ?? ''))
        return true;
    const android = ANDROID.exec(platform);
    if (android !== null && ANDROID_ARCHES.has(android[2] ?? ''))
        return true;
    return PYEMSCRIPTEN.test(platform);
}

// EXTERNAL MODULE: ./packages/dists/wheel-filename.ts
var wheel_filename = __webpack_require__(2337);
;// CONCATENATED MODULE: ./packages/dists/rules/wheel-rules.ts
/** PyPI's wheel checks: a PEP 427 filename, supported platforms, the project's normalized name and version, required members. */









function parsedWheel(dist) {
    if (!dist.filename.endsWith('.whl'))
        return null;
    try {
        return (0,wheel_filename/* parseWheelFilename */.e)(dist.filename);
    }
    catch (error) {
        if (error instanceof errors/* DistError */.b)
            return error;
        throw error;
    }
}
function validWheel(dist) {
    const parsed = parsedWheel(dist);
    return parsed instanceof errors/* DistError */.b ? null : parsed;
}
// warehouse finds the dist-info directory from the raw filename: `name, version, _ = filename.split("-", 2)`.
function distInfoDir(filename) {
    const [name, version] = filename.split('-');
    return `${name}-${version}.dist-info`;
}
/** The filename must be a valid PEP 427 wheel name (packaging's message). */
const wheelFilenameRule = (dist) => {
    const parsed = parsedWheel(dist);
    return parsed instanceof errors/* DistError */.b ? (0,types/* badRequest */.li)('invalid-wheel-filename', parsed.message) : null;
};
/** Every platform tag must be on PyPI's allow-list (no plain `linux_x86_64`). */
const platformTagRule = (dist) => {
    const bad = validWheel(dist)?.tags.find((tag) => !isPyPIPlatformTag(tag.platform));
    if (!bad)
        return null;
    return (0,types/* badRequest */.li)('unsupported-platform-tag', `Binary wheel '${dist.filename}' has an unsupported platform tag '${bad.platform}'.`);
};
/** The wheel's name must be the project's (compared normalized). */
const wheelProjectRule = (dist) => {
    const parsed = validWheel(dist);
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const canonical = (0,names/* normalizeProjectName */.yz)(metaName);
    if (parsed.name === canonical)
        return null;
    return (0,types/* badRequest */.li)('filename-project-mismatch', `Start filename for ${(0,python_repr/* pyRepr */.n3)(metaName)} with ${(0,python_repr/* pyRepr */.n3)(canonical.replace(/-/g, '_'))}.`);
};
/** The name part must be written normalized (`foo_bar`, not `Foo.Bar`). */
const wheelNormalizedNameRule = (dist) => {
    const parsed = validWheel(dist);
    const metaName = dist.metadata?.name;
    if (!parsed || !metaName)
        return null;
    const expected = (0,names/* normalizeProjectName */.yz)(metaName).replace(/-/g, '_');
    const written = dist.filename.split('-')[0] ?? '';
    if (written === expected)
        return null;
    return (0,types/* badRequest */.li)('filename-not-normalized', `Filename ${(0,python_repr/* pyRepr */.n3)(dist.filename)} should contain the normalized project name ${(0,python_repr/* pyRepr */.n3)(expected)}, not ${(0,python_repr/* pyRepr */.n3)(written)}.`);
};
/** The version in the filename must equal the metadata's as PEP 440 versions (`1` equals `1.0.0`). */
const wheelVersionRule = (dist) => {
    const parsed = validWheel(dist);
    const version = (0,format/* normalizeVersion */.Qj)(dist.metadata?.version ?? '');
    if (!parsed || version === null || compareVersions(version, parsed.version) === 0)
        return null;
    return (0,types/* badRequest */.li)('filename-version-mismatch', `Version in filename should be ${(0,python_repr/* pyRepr */.n3)(version)} not ${(0,python_repr/* pyRepr */.n3)(parsed.version)}.`);
};
/** Each License-File (metadata 2.4+) must be under `.dist-info/licenses/`. */
const wheelLicenseFilesRule = (dist) => {
    const meta = dist.metadata;
    if (!validWheel(dist) || !dist.archive || !meta || !(0,upload_form/* metadataVersionAtLeast */.gS)(meta.metadataVersion, 2, 4))
        return null;
    const dir = distInfoDir(dist.filename);
    for (const licenseFile of meta.licenseFiles) {
        const target = `${dir}/licenses/${licenseFile}`;
        if (!dist.archive.members.includes(target)) {
            return (0,types/* badRequest */.li)('missing-license-file', `License-File ${licenseFile} does not exist in distribution file ${dist.filename} at ${target}`);
        }
    }
    return null;
};
/** The wheel must hold `.dist-info/RECORD`, readable as UTF-8 (warehouse says "missing" for both). */
const wheelRecordRule = (dist) => {
    if (!validWheel(dist) || !dist.archive)
        return null;
    const target = `${distInfoDir(dist.filename)}/RECORD`;
    if (dist.archive.members.includes(target) && !dist.archive.recordUndecodable)
        return null;
    return (0,types/* badRequest */.li)('missing-record', `Wheel '${dist.filename}' does not contain the required RECORD file: ${target}`);
};
/** The wheel must hold `.dist-info/METADATA`. */
const wheelMetadataRule = (dist) => {
    if (!validWheel(dist) || !dist.archive)
        return null;
    const target = `${distInfoDir(dist.filename)}/METADATA`;
    if (dist.archive.members.includes(target))
        return null;
    return (0,types/* badRequest */.li)('missing-metadata', `Wheel '${dist.filename}' does not contain the required METADATA file: ${target}`);
};
/** `entry_points.txt`, when present, must be strict INI with script names that are not paths. */
const wheelEntryPointsRule = (dist) => {
    const entryPoints = dist.archive?.entryPoints;
    if (!validWheel(dist) || !entryPoints || !entryPointsInvalid(entryPoints))
        return null;
    return (0,types/* badRequest */.li)('invalid-entry-points', `Wheel '${dist.filename}' has invalid entry points defined in the entry_points.txt file`);
};
// warehouse writes `<tmpdir>/<filename>.metadata`; a name past 255 bytes with that suffix fails to be written.
const NAME_MAX = 255;
/** The wheel's name plus `.metadata` must fit in a file name (PyPI answers "Filename is too long"). */
const wheelFilenameLengthRule = (dist) => {
    if (!validWheel(dist) || Buffer.byteLength(`${dist.filename}.metadata`) <= NAME_MAX)
        return null;
    return (0,types/* badRequest */.li)('filename-too-long', `Filename is too long: '${dist.filename}'`);
};

;// CONCATENATED MODULE: ./packages/dists/rules/check-distribution.ts
/** All of PyPI's upload rules, in the order warehouse applies them. */





/**
 * The file's rules in warehouse's order: PyPI answers with the first that fails. The form and metadata come
 * before these (`checkUpload`); here the metadata is taken as already validated.
 */
const PYPI_RULES = [
    filenameCharactersRule,
    extensionRule,
    contentTypeRule,
    fileSizeRule,
    projectSizeRule,
    digestRule,
    duplicateFileRule,
    filenameReuseRule,
    closedReleaseRule,
    oneSdistRule,
    distFileRule,
    sdistFilenameRule,
    sdistProjectRule,
    sdistNormalizedRule,
    sdistLicenseFilesRule,
    wheelFilenameRule,
    platformTagRule,
    wheelProjectRule,
    wheelNormalizedNameRule,
    wheelVersionRule,
    wheelLicenseFilesRule,
    wheelRecordRule,
    wheelEntryPointsRule,
    wheelMetadataRule,
    wheelFilenameLengthRule,
];
/**
 * Every problem PyPI's file rules find with one upload, in warehouse's order: `problems[0]` is what PyPI would
 * answer (status and message). Empty means PyPI would take the file. Pure: no I/O.
 */
function checkDistribution(dist, context = {}) {
    const problems = [];
    for (const rule of PYPI_RULES) {
        const problem = rule(dist, context);
        if (problem)
            problems.push(problem);
    }
    return problems;
}


/***/ }),

/***/ 9743:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ newProjectNameProblem)
});

// UNUSED EXPORTS: ultranormalizeName

;// CONCATENATED MODULE: ./packages/dists/data/stdlib-modules.ts
// Generated by scripts/data/warehouse-data.mjs — do not edit.
/** Standard-library module names (and their dotted prefixes), canonicalized: PyPI refuses them as project names. */
const STDLIB_SOURCE = "Debian python3-stdlib-list 0.12.0-1 (unstable; Python 2.6, 2.7, 3.2, 3.3, 3.4, 3.5, 3.6, 3.7, 3.8, 3.9, 3.10, 3.11, 3.12, 3.13, 3.14) and sys.stdlib_module_names of Debian's Python 3.11";
const STDLIB_MODULE_NAMES = [
    'abc',
    'abcoll',
    'aepack',
    'aetools',
    'aetypes',
    'aifc',
    'aix-support',
    'al',
    'android-support',
    'annotationlib',
    'antigravity',
    'anydbm',
    'apple-support',
    'applesingle',
    'argparse',
    'array',
    'ast',
    'ast-unparse',
    'asynchat',
    'asyncio',
    'asyncio-base-events',
    'asyncio-base-futures',
    'asyncio-base-subprocess',
    'asyncio-base-tasks',
    'asyncio-compat',
    'asyncio-constants',
    'asyncio-coroutines',
    'asyncio-events',
    'asyncio-exceptions',
    'asyncio-format-helpers',
    'asyncio-futures',
    'asyncio-graph',
    'asyncio-locks',
    'asyncio-log',
    'asyncio-main',
    'asyncio-mixins',
    'asyncio-proactor-events',
    'asyncio-protocols',
    'asyncio-queues',
    'asyncio-runners',
    'asyncio-selector-events',
    'asyncio-sslproto',
    'asyncio-staggered',
    'asyncio-streams',
    'asyncio-subprocess',
    'asyncio-taskgroups',
    'asyncio-tasks',
    'asyncio-test-utils',
    'asyncio-threads',
    'asyncio-timeouts',
    'asyncio-tools',
    'asyncio-transports',
    'asyncio-trsock',
    'asyncio-unix-events',
    'asyncio-windows-events',
    'asyncio-windows-utils',
    'asyncore',
    'atexit',
    'audiodev',
    'audioop',
    'autogil',
    'base64',
    'basehttpserver',
    'bastion',
    'bdb',
    'binascii',
    'binhex',
    'bisect',
    'blake2',
    'bootlocale',
    'bootsubprocess',
    'bsddb',
    'bsddb-db',
    'bsddb-dbobj',
    'bsddb-dbrecio',
    'bsddb-dbshelve',
    'bsddb-dbtables',
    'bsddb-dbutils',
    'bsddb-test',
    'bsddb-test-test-all',
    'bsddb-test-test-associate',
    'bsddb-test-test-basics',
    'bsddb-test-test-compare',
    'bsddb-test-test-compat',
    'bsddb-test-test-cursor-pget-bug',
    'bsddb-test-test-db',
    'bsddb-test-test-dbenv',
    'bsddb-test-test-dbobj',
    'bsddb-test-test-dbshelve',
    'bsddb-test-test-dbtables',
    'bsddb-test-test-distributed-transactions',
    'bsddb-test-test-early-close',
    'bsddb-test-test-fileid',
    'bsddb-test-test-get-none',
    'bsddb-test-test-join',
    'bsddb-test-test-lock',
    'bsddb-test-test-misc',
    'bsddb-test-test-pickle',
    'bsddb-test-test-queue',
    'bsddb-test-test-recno',
    'bsddb-test-test-replication',
    'bsddb-test-test-sequence',
    'bsddb-test-test-thread',
    'buildtools',
    'builtin',
    'builtins',
    'bz2',
    'calendar',
    'canvas',
    'carbon',
    'carbon-ae',
    'carbon-ah',
    'carbon-app',
    'carbon-appearance',
    'carbon-carbonevents',
    'carbon-carbonevt',
    'carbon-cf',
    'carbon-cg',
    'carbon-cm',
    'carbon-components',
    'carbon-controlaccessor',
    'carbon-controls',
    'carbon-corefounation',
    'carbon-coregraphics',
    'carbon-ctl',
    'carbon-dialogs',
    'carbon-dlg',
    'carbon-drag',
    'carbon-dragconst',
    'carbon-events',
    'carbon-evt',
    'carbon-file',
    'carbon-files',
    'carbon-fm',
    'carbon-folder',
    'carbon-folders',
    'carbon-fonts',
    'carbon-help',
    'carbon-ibcarbon',
    'carbon-ibcarbonruntime',
    'carbon-icns',
    'carbon-icons',
    'carbon-launch',
    'carbon-launchservices',
    'carbon-list',
    'carbon-lists',
    'carbon-machelp',
    'carbon-mediadescr',
    'carbon-menu',
    'carbon-menus',
    'carbon-mlte',
    'carbon-osa',
    'carbon-osaconst',
    'carbon-qd',
    'carbon-qdoffs',
    'carbon-qdoffscreen',
    'carbon-qt',
    'carbon-quickdraw',
    'carbon-quicktime',
    'carbon-res',
    'carbon-resources',
    'carbon-scrap',
    'carbon-snd',
    'carbon-sound',
    'carbon-te',
    'carbon-textedit',
    'carbon-win',
    'carbon-windows',
    'cd',
    'cfmfile',
    'cgi',
    'cgihttpserver',
    'cgitb',
    'chunk',
    'cmath',
    'cmd',
    'code',
    'codecs',
    'codecs-cn',
    'codecs-hk',
    'codecs-iso2022',
    'codecs-jp',
    'codecs-kr',
    'codecs-tw',
    'codeop',
    'collections',
    'collections-abc',
    'collections-main',
    'colorize',
    'colorpicker',
    'colorsys',
    'commands',
    'compat-pickle',
    'compileall',
    'compiler',
    'compiler-ast',
    'compiler-consts',
    'compiler-future',
    'compiler-misc',
    'compiler-pyassem',
    'compiler-pycodegen',
    'compiler-symbols',
    'compiler-syntax',
    'compiler-transformer',
    'compiler-visitor',
    'compression',
    'compression-bz2',
    'compression-common',
    'compression-common-streams',
    'compression-gzip',
    'compression-lzma',
    'compression-zlib',
    'compression-zstd',
    'compression-zstd-zstdfile',
    'concurrent',
    'concurrent-futures',
    'concurrent-futures-base',
    'concurrent-futures-interpreter',
    'concurrent-futures-process',
    'concurrent-futures-thread',
    'concurrent-interpreters',
    'concurrent-interpreters-crossinterp',
    'concurrent-interpreters-queues',
    'configparser',
    'contextlib',
    'contextvars',
    'cookie',
    'cookielib',
    'copy',
    'copy-reg',
    'copyreg',
    'cpickle',
    'cprofile',
    'crypt',
    'cstringio',
    'csv',
    'ctypes',
    'ctypes-aix',
    'ctypes-endian',
    'ctypes-layout',
    'ctypes-macholib',
    'ctypes-macholib-dyld',
    'ctypes-macholib-dylib',
    'ctypes-macholib-framework',
    'ctypes-test',
    'ctypes-test-main',
    'ctypes-test-runtests',
    'ctypes-test-test-anon',
    'ctypes-test-test-array-in-pointer',
    'ctypes-test-test-arrays',
    'ctypes-test-test-as-parameter',
    'ctypes-test-test-bitfields',
    'ctypes-test-test-buffers',
    'ctypes-test-test-bytes',
    'ctypes-test-test-byteswap',
    'ctypes-test-test-callbacks',
    'ctypes-test-test-cast',
    'ctypes-test-test-cfuncs',
    'ctypes-test-test-checkretval',
    'ctypes-test-test-delattr',
    'ctypes-test-test-errno',
    'ctypes-test-test-find',
    'ctypes-test-test-frombuffer',
    'ctypes-test-test-funcptr',
    'ctypes-test-test-functions',
    'ctypes-test-test-incomplete',
    'ctypes-test-test-init',
    'ctypes-test-test-internals',
    'ctypes-test-test-keeprefs',
    'ctypes-test-test-libc',
    'ctypes-test-test-loading',
    'ctypes-test-test-macholib',
    'ctypes-test-test-memfunctions',
    'ctypes-test-test-numbers',
    'ctypes-test-test-objects',
    'ctypes-test-test-parameters',
    'ctypes-test-test-pep3118',
    'ctypes-test-test-pickling',
    'ctypes-test-test-pointers',
    'ctypes-test-test-prototypes',
    'ctypes-test-test-python-api',
    'ctypes-test-test-random-things',
    'ctypes-test-test-refcounts',
    'ctypes-test-test-repr',
    'ctypes-test-test-returnfuncptrs',
    'ctypes-test-test-simplesubclasses',
    'ctypes-test-test-sizes',
    'ctypes-test-test-slicing',
    'ctypes-test-test-stringptr',
    'ctypes-test-test-strings',
    'ctypes-test-test-struct-fields',
    'ctypes-test-test-structures',
    'ctypes-test-test-unaligned-structures',
    'ctypes-test-test-unicode',
    'ctypes-test-test-values',
    'ctypes-test-test-varsize-struct',
    'ctypes-test-test-win32',
    'ctypes-test-test-wintypes',
    'ctypes-util',
    'ctypes-wintypes',
    'curses',
    'curses-ascii',
    'curses-has-key',
    'curses-panel',
    'curses-textpad',
    'curses-wrapper',
    'dataclasses',
    'datetime',
    'dbhash',
    'dbm',
    'dbm-dumb',
    'dbm-gnu',
    'dbm-ndbm',
    'dbm-sqlite3',
    'decimal',
    'device',
    'dialog',
    'difflib',
    'dircache',
    'dis',
    'distutils',
    'distutils-archive-util',
    'distutils-bcppcompiler',
    'distutils-ccompiler',
    'distutils-cmd',
    'distutils-collections',
    'distutils-command',
    'distutils-command-bdist',
    'distutils-command-bdist-dumb',
    'distutils-command-bdist-msi',
    'distutils-command-bdist-packager',
    'distutils-command-bdist-rpm',
    'distutils-command-bdist-wininst',
    'distutils-command-build',
    'distutils-command-build-clib',
    'distutils-command-build-ext',
    'distutils-command-build-py',
    'distutils-command-build-scripts',
    'distutils-command-check',
    'distutils-command-clean',
    'distutils-command-config',
    'distutils-command-framework-compat',
    'distutils-command-install',
    'distutils-command-install-data',
    'distutils-command-install-egg-info',
    'distutils-command-install-headers',
    'distutils-command-install-lib',
    'distutils-command-install-scripts',
    'distutils-command-py37compat',
    'distutils-command-register',
    'distutils-command-sdist',
    'distutils-command-upload',
    'distutils-config',
    'distutils-core',
    'distutils-cygwinccompiler',
    'distutils-debug',
    'distutils-dep-util',
    'distutils-dir-util',
    'distutils-dist',
    'distutils-emxccompiler',
    'distutils-errors',
    'distutils-extension',
    'distutils-fancy-getopt',
    'distutils-file-util',
    'distutils-filelist',
    'distutils-functools',
    'distutils-log',
    'distutils-macos-compat',
    'distutils-msvc9compiler',
    'distutils-msvccompiler',
    'distutils-mwerkscompiler',
    'distutils-py38compat',
    'distutils-py39compat',
    'distutils-spawn',
    'distutils-sysconfig',
    'distutils-tests',
    'distutils-tests-setuptools-build-ext',
    'distutils-tests-setuptools-extension',
    'distutils-tests-support',
    'distutils-tests-test-archive-util',
    'distutils-tests-test-bdist',
    'distutils-tests-test-bdist-dumb',
    'distutils-tests-test-bdist-msi',
    'distutils-tests-test-bdist-rpm',
    'distutils-tests-test-bdist-wininst',
    'distutils-tests-test-build',
    'distutils-tests-test-build-clib',
    'distutils-tests-test-build-ext',
    'distutils-tests-test-build-py',
    'distutils-tests-test-build-scripts',
    'distutils-tests-test-ccompiler',
    'distutils-tests-test-check',
    'distutils-tests-test-clean',
    'distutils-tests-test-cmd',
    'distutils-tests-test-config',
    'distutils-tests-test-config-cmd',
    'distutils-tests-test-core',
    'distutils-tests-test-cygwinccompiler',
    'distutils-tests-test-dep-util',
    'distutils-tests-test-dir-util',
    'distutils-tests-test-dist',
    'distutils-tests-test-extension',
    'distutils-tests-test-file-util',
    'distutils-tests-test-filelist',
    'distutils-tests-test-install',
    'distutils-tests-test-install-data',
    'distutils-tests-test-install-headers',
    'distutils-tests-test-install-lib',
    'distutils-tests-test-install-scripts',
    'distutils-tests-test-log',
    'distutils-tests-test-msvc9compiler',
    'distutils-tests-test-msvccompiler',
    'distutils-tests-test-register',
    'distutils-tests-test-sdist',
    'distutils-tests-test-spawn',
    'distutils-tests-test-sysconfig',
    'distutils-tests-test-text-file',
    'distutils-tests-test-unixccompiler',
    'distutils-tests-test-upload',
    'distutils-tests-test-util',
    'distutils-tests-test-version',
    'distutils-tests-test-versionpredicate',
    'distutils-text-file',
    'distutils-unixccompiler',
    'distutils-util',
    'distutils-version',
    'distutils-versionpredicate',
    'dl',
    'doctest',
    'docxmlrpcserver',
    'dumbdbm',
    'dummy-thread',
    'dummy-threading',
    'easydialogs',
    'elementtree',
    'email',
    'email-base64mime',
    'email-charset',
    'email-contentmanager',
    'email-encoded-words',
    'email-encoders',
    'email-errors',
    'email-feedparser',
    'email-generator',
    'email-header',
    'email-header-value-parser',
    'email-headerregistry',
    'email-iterators',
    'email-message',
    'email-mime',
    'email-mime-application',
    'email-mime-audio',
    'email-mime-base',
    'email-mime-image',
    'email-mime-message',
    'email-mime-multipart',
    'email-mime-nonmultipart',
    'email-mime-text',
    'email-parseaddr',
    'email-parser',
    'email-policy',
    'email-policybase',
    'email-quoprimime',
    'email-test',
    'email-test-test-email',
    'email-test-test-email-codecs',
    'email-test-test-email-codecs-renamed',
    'email-test-test-email-renamed',
    'email-test-test-email-torture',
    'email-utils',
    'encodings',
    'encodings-aliases',
    'encodings-ascii',
    'encodings-base64-codec',
    'encodings-big5',
    'encodings-big5hkscs',
    'encodings-builtin',
    'encodings-bz2-codec',
    'encodings-charmap',
    'encodings-codecs',
    'encodings-cp037',
    'encodings-cp1006',
    'encodings-cp1026',
    'encodings-cp1125',
    'encodings-cp1140',
    'encodings-cp1250',
    'encodings-cp1251',
    'encodings-cp1252',
    'encodings-cp1253',
    'encodings-cp1254',
    'encodings-cp1255',
    'encodings-cp1256',
    'encodings-cp1257',
    'encodings-cp1258',
    'encodings-cp273',
    'encodings-cp424',
    'encodings-cp437',
    'encodings-cp500',
    'encodings-cp65001',
    'encodings-cp720',
    'encodings-cp737',
    'encodings-cp775',
    'encodings-cp850',
    'encodings-cp852',
    'encodings-cp855',
    'encodings-cp856',
    'encodings-cp857',
    'encodings-cp858',
    'encodings-cp860',
    'encodings-cp861',
    'encodings-cp862',
    'encodings-cp863',
    'encodings-cp864',
    'encodings-cp865',
    'encodings-cp866',
    'encodings-cp869',
    'encodings-cp874',
    'encodings-cp875',
    'encodings-cp932',
    'encodings-cp949',
    'encodings-cp950',
    'encodings-encodings',
    'encodings-euc-jis-2004',
    'encodings-euc-jisx0213',
    'encodings-euc-jp',
    'encodings-euc-kr',
    'encodings-gb18030',
    'encodings-gb2312',
    'encodings-gbk',
    'encodings-hex-codec',
    'encodings-hp-roman8',
    'encodings-hz',
    'encodings-idna',
    'encodings-iso2022-jp',
    'encodings-iso2022-jp-1',
    'encodings-iso2022-jp-2',
    'encodings-iso2022-jp-2004',
    'encodings-iso2022-jp-3',
    'encodings-iso2022-jp-ext',
    'encodings-iso2022-kr',
    'encodings-iso8859-1',
    'encodings-iso8859-10',
    'encodings-iso8859-11',
    'encodings-iso8859-13',
    'encodings-iso8859-14',
    'encodings-iso8859-15',
    'encodings-iso8859-16',
    'encodings-iso8859-2',
    'encodings-iso8859-3',
    'encodings-iso8859-4',
    'encodings-iso8859-5',
    'encodings-iso8859-6',
    'encodings-iso8859-7',
    'encodings-iso8859-8',
    'encodings-iso8859-9',
    'encodings-johab',
    'encodings-koi8-r',
    'encodings-koi8-t',
    'encodings-koi8-u',
    'encodings-kz1048',
    'encodings-latin-1',
    'encodings-mac-arabic',
    'encodings-mac-centeuro',
    'encodings-mac-croatian',
    'encodings-mac-cyrillic',
    'encodings-mac-farsi',
    'encodings-mac-greek',
    'encodings-mac-iceland',
    'encodings-mac-latin2',
    'encodings-mac-roman',
    'encodings-mac-romanian',
    'encodings-mac-turkish',
    'encodings-mbcs',
    'encodings-oem',
    'encodings-palmos',
    'encodings-ptcp154',
    'encodings-punycode',
    'encodings-quopri-codec',
    'encodings-raw-unicode-escape',
    'encodings-rot-13',
    'encodings-shift-jis',
    'encodings-shift-jis-2004',
    'encodings-shift-jisx0213',
    'encodings-string-escape',
    'encodings-tis-620',
    'encodings-undefined',
    'encodings-unicode-escape',
    'encodings-unicode-internal',
    'encodings-utf-16',
    'encodings-utf-16-be',
    'encodings-utf-16-le',
    'encodings-utf-32',
    'encodings-utf-32-be',
    'encodings-utf-32-le',
    'encodings-utf-7',
    'encodings-utf-8',
    'encodings-utf-8-sig',
    'encodings-uu-codec',
    'encodings-win-cp-codecs',
    'encodings-zlib-codec',
    'ensurepip',
    'ensurepip-bundled',
    'ensurepip-main',
    'ensurepip-uninstall',
    'enum',
    'errno',
    'exceptions',
    'faulthandler',
    'fcntl',
    'filecmp',
    'filedialog',
    'fileinput',
    'findertools',
    'fixtk',
    'fl',
    'flp',
    'fm',
    'fnmatch',
    'formatter',
    'fpectl',
    'fpformat',
    'fractions',
    'framework',
    'frozen-importlib',
    'frozen-importlib-external',
    'ftplib',
    'functools',
    'future',
    'future-builtins',
    'gc',
    'gdbm',
    'genericpath',
    'gensuitemodule',
    'getopt',
    'getpass',
    'gettext',
    'gl',
    'glob',
    'graphlib',
    'grp',
    'gzip',
    'hashlib',
    'heapq',
    'hmac',
    'hotshot',
    'hotshot-log',
    'hotshot-stats',
    'hotshot-stones',
    'html',
    'html-entities',
    'html-parser',
    'htmlentitydefs',
    'htmllib',
    'htmlparser',
    'http',
    'http-client',
    'http-cookiejar',
    'http-cookies',
    'http-server',
    'httplib',
    'ic',
    'icopen',
    'idlelib',
    'idlelib-aboutdialog',
    'idlelib-autocomplete',
    'idlelib-autocomplete-w',
    'idlelib-autocompletewindow',
    'idlelib-autoexpand',
    'idlelib-bindings',
    'idlelib-browser',
    'idlelib-calltip',
    'idlelib-calltip-w',
    'idlelib-calltips',
    'idlelib-calltipwindow',
    'idlelib-classbrowser',
    'idlelib-codecontext',
    'idlelib-colordelegator',
    'idlelib-colorizer',
    'idlelib-config',
    'idlelib-config-key',
    'idlelib-configdialog',
    'idlelib-confighandler',
    'idlelib-confighelpsourceedit',
    'idlelib-configsectionnamedialog',
    'idlelib-debugger',
    'idlelib-debugger-r',
    'idlelib-debugobj',
    'idlelib-debugobj-r',
    'idlelib-delegator',
    'idlelib-dynoption',
    'idlelib-dynoptionmenuwidget',
    'idlelib-editor',
    'idlelib-editorwindow',
    'idlelib-filelist',
    'idlelib-format',
    'idlelib-formatparagraph',
    'idlelib-grep',
    'idlelib-grepdialog',
    'idlelib-help',
    'idlelib-help-about',
    'idlelib-history',
    'idlelib-hyperparser',
    'idlelib-idle',
    'idlelib-idle-test',
    'idlelib-idle-test-htest',
    'idlelib-idle-test-mock-idle',
    'idlelib-idle-test-mock-tk',
    'idlelib-idle-test-template',
    'idlelib-idle-test-test-autocomplete',
    'idlelib-idle-test-test-autocomplete-w',
    'idlelib-idle-test-test-autoexpand',
    'idlelib-idle-test-test-browser',
    'idlelib-idle-test-test-calltip',
    'idlelib-idle-test-test-calltip-w',
    'idlelib-idle-test-test-calltips',
    'idlelib-idle-test-test-codecontext',
    'idlelib-idle-test-test-colorizer',
    'idlelib-idle-test-test-config',
    'idlelib-idle-test-test-config-help',
    'idlelib-idle-test-test-config-key',
    'idlelib-idle-test-test-config-name',
    'idlelib-idle-test-test-configdialog',
    'idlelib-idle-test-test-debugger',
    'idlelib-idle-test-test-debugger-r',
    'idlelib-idle-test-test-debugobj',
    'idlelib-idle-test-test-debugobj-r',
    'idlelib-idle-test-test-delegator',
    'idlelib-idle-test-test-editmenu',
    'idlelib-idle-test-test-editor',
    'idlelib-idle-test-test-filelist',
    'idlelib-idle-test-test-format',
    'idlelib-idle-test-test-formatparagraph',
    'idlelib-idle-test-test-grep',
    'idlelib-idle-test-test-help',
    'idlelib-idle-test-test-help-about',
    'idlelib-idle-test-test-helpabout',
    'idlelib-idle-test-test-history',
    'idlelib-idle-test-test-hyperparser',
    'idlelib-idle-test-test-idlehistory',
    'idlelib-idle-test-test-io',
    'idlelib-idle-test-test-iomenu',
    'idlelib-idle-test-test-macosx',
    'idlelib-idle-test-test-mainmenu',
    'idlelib-idle-test-test-multicall',
    'idlelib-idle-test-test-outwin',
    'idlelib-idle-test-test-paragraph',
    'idlelib-idle-test-test-parenmatch',
    'idlelib-idle-test-test-pathbrowser',
    'idlelib-idle-test-test-percolator',
    'idlelib-idle-test-test-pyparse',
    'idlelib-idle-test-test-pyshell',
    'idlelib-idle-test-test-query',
    'idlelib-idle-test-test-redirector',
    'idlelib-idle-test-test-replace',
    'idlelib-idle-test-test-replacedialog',
    'idlelib-idle-test-test-rpc',
    'idlelib-idle-test-test-rstrip',
    'idlelib-idle-test-test-run',
    'idlelib-idle-test-test-runscript',
    'idlelib-idle-test-test-scrolledlist',
    'idlelib-idle-test-test-search',
    'idlelib-idle-test-test-searchbase',
    'idlelib-idle-test-test-searchdialog',
    'idlelib-idle-test-test-searchdialogbase',
    'idlelib-idle-test-test-searchengine',
    'idlelib-idle-test-test-sidebar',
    'idlelib-idle-test-test-squeezer',
    'idlelib-idle-test-test-stackviewer',
    'idlelib-idle-test-test-statusbar',
    'idlelib-idle-test-test-text',
    'idlelib-idle-test-test-textview',
    'idlelib-idle-test-test-tooltip',
    'idlelib-idle-test-test-tree',
    'idlelib-idle-test-test-undo',
    'idlelib-idle-test-test-undodelegator',
    'idlelib-idle-test-test-util',
    'idlelib-idle-test-test-warning',
    'idlelib-idle-test-test-widgetredir',
    'idlelib-idle-test-test-window',
    'idlelib-idle-test-test-zoomheight',
    'idlelib-idle-test-test-zzdummy',
    'idlelib-idle-test-tkinter-testing-utils',
    'idlelib-idlehistory',
    'idlelib-idlever',
    'idlelib-iobinding',
    'idlelib-iomenu',
    'idlelib-keybindingdialog',
    'idlelib-macosx',
    'idlelib-macosxsupport',
    'idlelib-main',
    'idlelib-mainmenu',
    'idlelib-multicall',
    'idlelib-multistatusbar',
    'idlelib-objectbrowser',
    'idlelib-outputwindow',
    'idlelib-outwin',
    'idlelib-paragraph',
    'idlelib-parenmatch',
    'idlelib-pathbrowser',
    'idlelib-percolator',
    'idlelib-pyclbr',
    'idlelib-pyparse',
    'idlelib-pyshell',
    'idlelib-query',
    'idlelib-redirector',
    'idlelib-remotedebugger',
    'idlelib-remoteobjectbrowser',
    'idlelib-replace',
    'idlelib-replacedialog',
    'idlelib-rpc',
    'idlelib-rstrip',
    'idlelib-rstripextension',
    'idlelib-run',
    'idlelib-runscript',
    'idlelib-scriptbinding',
    'idlelib-scrolledlist',
    'idlelib-search',
    'idlelib-searchbase',
    'idlelib-searchdialog',
    'idlelib-searchdialogbase',
    'idlelib-searchengine',
    'idlelib-sidebar',
    'idlelib-squeezer',
    'idlelib-stackviewer',
    'idlelib-statusbar',
    'idlelib-tabbedpages',
    'idlelib-textview',
    'idlelib-tooltip',
    'idlelib-tree',
    'idlelib-treewidget',
    'idlelib-undo',
    'idlelib-undodelegator',
    'idlelib-util',
    'idlelib-widgetredirector',
    'idlelib-window',
    'idlelib-windowlist',
    'idlelib-zoomheight',
    'idlelib-zzdummy',
    'ihooks',
    'imageop',
    'imaplib',
    'imgfile',
    'imghdr',
    'imp',
    'importlib',
    'importlib-abc',
    'importlib-adapters',
    'importlib-bootstrap',
    'importlib-bootstrap-external',
    'importlib-common',
    'importlib-machinery',
    'importlib-metadata',
    'importlib-metadata-adapters',
    'importlib-metadata-collections',
    'importlib-metadata-diagnose',
    'importlib-metadata-functools',
    'importlib-metadata-itertools',
    'importlib-metadata-meta',
    'importlib-metadata-text',
    'importlib-readers',
    'importlib-resources',
    'importlib-resources-abc',
    'importlib-resources-adapters',
    'importlib-resources-common',
    'importlib-resources-functional',
    'importlib-resources-itertools',
    'importlib-resources-legacy',
    'importlib-resources-readers',
    'importlib-resources-simple',
    'importlib-simple',
    'importlib-util',
    'imputil',
    'inspect',
    'interpchannels',
    'interpqueues',
    'interpreters',
    'io',
    'ios-support',
    'ipaddress',
    'itertools',
    'jpeg',
    'json',
    'json-decoder',
    'json-encoder',
    'json-json',
    'json-main',
    'json-re',
    'json-scanner',
    'json-struct',
    'json-sys',
    'json-tests',
    'json-tests-test-check-circular',
    'json-tests-test-decode',
    'json-tests-test-default',
    'json-tests-test-dump',
    'json-tests-test-encode-basestring-ascii',
    'json-tests-test-fail',
    'json-tests-test-float',
    'json-tests-test-indent',
    'json-tests-test-pass1',
    'json-tests-test-pass2',
    'json-tests-test-pass3',
    'json-tests-test-recursion',
    'json-tests-test-scanstring',
    'json-tests-test-separators',
    'json-tests-test-speedups',
    'json-tests-test-tool',
    'json-tests-test-unicode',
    'json-tool',
    'keyword',
    'lib',
    'lib-libpython3',
    'lib2to3',
    'lib2to3-btm-matcher',
    'lib2to3-btm-utils',
    'lib2to3-fixer-base',
    'lib2to3-fixer-util',
    'lib2to3-fixes',
    'lib2to3-fixes-fix-apply',
    'lib2to3-fixes-fix-asserts',
    'lib2to3-fixes-fix-basestring',
    'lib2to3-fixes-fix-buffer',
    'lib2to3-fixes-fix-callable',
    'lib2to3-fixes-fix-dict',
    'lib2to3-fixes-fix-except',
    'lib2to3-fixes-fix-exec',
    'lib2to3-fixes-fix-execfile',
    'lib2to3-fixes-fix-exitfunc',
    'lib2to3-fixes-fix-filter',
    'lib2to3-fixes-fix-funcattrs',
    'lib2to3-fixes-fix-future',
    'lib2to3-fixes-fix-getcwdu',
    'lib2to3-fixes-fix-has-key',
    'lib2to3-fixes-fix-idioms',
    'lib2to3-fixes-fix-import',
    'lib2to3-fixes-fix-imports',
    'lib2to3-fixes-fix-imports2',
    'lib2to3-fixes-fix-input',
    'lib2to3-fixes-fix-intern',
    'lib2to3-fixes-fix-isinstance',
    'lib2to3-fixes-fix-itertools',
    'lib2to3-fixes-fix-itertools-imports',
    'lib2to3-fixes-fix-long',
    'lib2to3-fixes-fix-map',
    'lib2to3-fixes-fix-metaclass',
    'lib2to3-fixes-fix-methodattrs',
    'lib2to3-fixes-fix-ne',
    'lib2to3-fixes-fix-next',
    'lib2to3-fixes-fix-nonzero',
    'lib2to3-fixes-fix-numliterals',
    'lib2to3-fixes-fix-operator',
    'lib2to3-fixes-fix-paren',
    'lib2to3-fixes-fix-print',
    'lib2to3-fixes-fix-raise',
    'lib2to3-fixes-fix-raw-input',
    'lib2to3-fixes-fix-reduce',
    'lib2to3-fixes-fix-reload',
    'lib2to3-fixes-fix-renames',
    'lib2to3-fixes-fix-repr',
    'lib2to3-fixes-fix-set-literal',
    'lib2to3-fixes-fix-standarderror',
    'lib2to3-fixes-fix-sys-exc',
    'lib2to3-fixes-fix-throw',
    'lib2to3-fixes-fix-tuple-params',
    'lib2to3-fixes-fix-types',
    'lib2to3-fixes-fix-unicode',
    'lib2to3-fixes-fix-urllib',
    'lib2to3-fixes-fix-ws-comma',
    'lib2to3-fixes-fix-xrange',
    'lib2to3-fixes-fix-xreadlines',
    'lib2to3-fixes-fix-zip',
    'lib2to3-main',
    'lib2to3-patcomp',
    'lib2to3-pgen2',
    'lib2to3-pgen2-conv',
    'lib2to3-pgen2-driver',
    'lib2to3-pgen2-grammar',
    'lib2to3-pgen2-literals',
    'lib2to3-pgen2-parse',
    'lib2to3-pgen2-pgen',
    'lib2to3-pgen2-token',
    'lib2to3-pgen2-tokenize',
    'lib2to3-pygram',
    'lib2to3-pytree',
    'lib2to3-refactor',
    'lib2to3-tests',
    'lib2to3-tests-data',
    'lib2to3-tests-data-bom',
    'lib2to3-tests-data-crlf',
    'lib2to3-tests-data-different-encoding',
    'lib2to3-tests-data-false-encoding',
    'lib2to3-tests-data-fixers',
    'lib2to3-tests-data-fixers-bad-order',
    'lib2to3-tests-data-fixers-myfixes',
    'lib2to3-tests-data-fixers-myfixes-fix-explicit',
    'lib2to3-tests-data-fixers-myfixes-fix-first',
    'lib2to3-tests-data-fixers-myfixes-fix-last',
    'lib2to3-tests-data-fixers-myfixes-fix-parrot',
    'lib2to3-tests-data-fixers-myfixes-fix-preorder',
    'lib2to3-tests-data-fixers-no-fixer-cls',
    'lib2to3-tests-data-fixers-parrot-example',
    'lib2to3-tests-data-infinite-recursion',
    'lib2to3-tests-data-py2-test-grammar',
    'lib2to3-tests-data-py3-test-grammar',
    'lib2to3-tests-main',
    'lib2to3-tests-pytree-idempotency',
    'lib2to3-tests-support',
    'lib2to3-tests-test-all-fixers',
    'lib2to3-tests-test-fixers',
    'lib2to3-tests-test-main',
    'lib2to3-tests-test-parser',
    'lib2to3-tests-test-pytree',
    'lib2to3-tests-test-refactor',
    'lib2to3-tests-test-util',
    'linecache',
    'linuxaudiodev',
    'locale',
    'logging',
    'logging-config',
    'logging-handlers',
    'lsprof',
    'lwpcookiejar',
    'lzma',
    'macerrors',
    'macos',
    'macostools',
    'macpath',
    'macresource',
    'macurl2path',
    'mailbox',
    'mailcap',
    'main',
    'markupbase',
    'marshal',
    'math',
    'md5',
    'mhlib',
    'mimetools',
    'mimetypes',
    'mimewriter',
    'mimify',
    'miniaeframe',
    'mmap',
    'modulefinder',
    'mozillacookiejar',
    'msi',
    'msilib',
    'msvcrt',
    'multibytecodec',
    'multifile',
    'multiprocessing',
    'multiprocessing-connection',
    'multiprocessing-context',
    'multiprocessing-dummy',
    'multiprocessing-dummy-connection',
    'multiprocessing-forking',
    'multiprocessing-forkserver',
    'multiprocessing-heap',
    'multiprocessing-managers',
    'multiprocessing-pool',
    'multiprocessing-popen-fork',
    'multiprocessing-popen-forkserver',
    'multiprocessing-popen-spawn-posix',
    'multiprocessing-popen-spawn-win32',
    'multiprocessing-process',
    'multiprocessing-queues',
    'multiprocessing-reduction',
    'multiprocessing-resource-sharer',
    'multiprocessing-resource-tracker',
    'multiprocessing-semaphore-tracker',
    'multiprocessing-shared-memory',
    'multiprocessing-sharedctypes',
    'multiprocessing-spawn',
    'multiprocessing-synchronize',
    'multiprocessing-util',
    'mutex',
    'nav',
    'netrc',
    'new',
    'nis',
    'nntplib',
    'nt',
    'ntpath',
    'nturl2path',
    'numbers',
    'opcode',
    'opcode-metadata',
    'operator',
    'optparse',
    'os',
    'os-path',
    'os2emxpath',
    'ossaudiodev',
    'osx-support',
    'overlapped',
    'parser',
    'pathlib',
    'pathlib-abc',
    'pathlib-local',
    'pathlib-os',
    'pathlib-types',
    'pdb',
    'peg-parser',
    'phello',
    'phello-foo',
    'pickle',
    'pickletools',
    'pipes',
    'pixmapwrapper',
    'pkgutil',
    'platform',
    'plistlib',
    'popen2',
    'poplib',
    'posix',
    'posixfile',
    'posixpath',
    'posixshmem',
    'posixsubprocess',
    'pprint',
    'profile',
    'pstats',
    'pty',
    'pwd',
    'py-abc',
    'py-compile',
    'py-warnings',
    'pyclbr',
    'pydatetime',
    'pydecimal',
    'pydoc',
    'pydoc-data',
    'pydoc-data-topics',
    'pyexpat',
    'pyexpat-errors',
    'pyexpat-model',
    'pyio',
    'pylong',
    'pyrepl',
    'pyrepl-base-eventqueue',
    'pyrepl-commands',
    'pyrepl-completing-reader',
    'pyrepl-console',
    'pyrepl-curses',
    'pyrepl-fancy-termios',
    'pyrepl-historical-reader',
    'pyrepl-input',
    'pyrepl-keymap',
    'pyrepl-main',
    'pyrepl-minimal-curses',
    'pyrepl-module-completer',
    'pyrepl-pager',
    'pyrepl-reader',
    'pyrepl-readline',
    'pyrepl-simple-interact',
    'pyrepl-terminfo',
    'pyrepl-threading-handler',
    'pyrepl-trace',
    'pyrepl-types',
    'pyrepl-unix-console',
    'pyrepl-unix-eventqueue',
    'pyrepl-utils',
    'pyrepl-windows-console',
    'pyrepl-windows-eventqueue',
    'queue',
    'quopri',
    'random',
    're',
    're-casefix',
    're-compiler',
    're-constants',
    're-parser',
    'readline',
    'remote-debugging',
    'repr',
    'reprlib',
    'resource',
    'rexec',
    'rfc822',
    'rlcompleter',
    'robotparser',
    'runpy',
    'sched',
    'scproxy',
    'scrolledtext',
    'secrets',
    'select',
    'selectors',
    'sets',
    'sgmllib',
    'sha',
    'sha1',
    'sha2',
    'sha256',
    'sha3',
    'sha512',
    'shelve',
    'shlex',
    'shutil',
    'signal',
    'simpledialog',
    'simplehttpserver',
    'simplexmlrpcserver',
    'site',
    'sitebuiltins',
    'smtpd',
    'smtplib',
    'sndhdr',
    'socket',
    'socketserver',
    'spwd',
    'sqlite3',
    'sqlite3-dbapi2',
    'sqlite3-dump',
    'sqlite3-main',
    'sqlite3-test',
    'sqlite3-test-backup',
    'sqlite3-test-dbapi',
    'sqlite3-test-dump',
    'sqlite3-test-factory',
    'sqlite3-test-hooks',
    'sqlite3-test-py25tests',
    'sqlite3-test-regression',
    'sqlite3-test-transactions',
    'sqlite3-test-types',
    'sqlite3-test-userfunctions',
    'sre',
    'sre-compile',
    'sre-constants',
    'sre-parse',
    'ssl',
    'stat',
    'statistics',
    'statvfs',
    'string',
    'string-templatelib',
    'stringio',
    'stringold',
    'stringprep',
    'strop',
    'strptime',
    'struct',
    'subprocess',
    'suggestions',
    'sunau',
    'sunaudio',
    'sunaudiodev',
    'symbol',
    'symtable',
    'sys',
    'sysconfig',
    'sysconfig-main',
    'sysconfigdata',
    'sysconfigdata-x86-64-conda-cos6-linux-gnu',
    'sysconfigdata-x86-64-conda-linux-gnu',
    'syslog',
    'tabnanny',
    'tarfile',
    'telnetlib',
    'tempfile',
    'termios',
    'test',
    'test-ann-module',
    'test-ann-module2',
    'test-ann-module3',
    'test-ann-module5',
    'test-ann-module6',
    'test-ann-module7',
    'test-audiotests',
    'test-audit-tests',
    'test-autotest',
    'test-bad-coding',
    'test-bad-coding2',
    'test-bad-coding3',
    'test-bad-getattr',
    'test-bad-getattr2',
    'test-bad-getattr3',
    'test-badsyntax-3131',
    'test-badsyntax-async1',
    'test-badsyntax-async2',
    'test-badsyntax-async3',
    'test-badsyntax-async4',
    'test-badsyntax-async5',
    'test-badsyntax-async6',
    'test-badsyntax-async7',
    'test-badsyntax-async8',
    'test-badsyntax-future10',
    'test-badsyntax-future3',
    'test-badsyntax-future4',
    'test-badsyntax-future5',
    'test-badsyntax-future6',
    'test-badsyntax-future7',
    'test-badsyntax-future8',
    'test-badsyntax-future9',
    'test-badsyntax-nocaret',
    'test-badsyntax-pep3120',
    'test-bisect',
    'test-bisect-cmd',
    'test-buffer-tests',
    'test-bytecode-helper',
    'test-coding20731',
    'test-curses-tests',
    'test-dataclass-module-1',
    'test-dataclass-module-1-str',
    'test-dataclass-module-2',
    'test-dataclass-module-2-str',
    'test-dataclass-textanno',
    'test-datetimetester',
    'test-dis-module',
    'test-doctest-aliases',
    'test-double-const',
    'test-dtracedata',
    'test-dtracedata-call-stack',
    'test-dtracedata-gc',
    'test-dtracedata-instance',
    'test-dtracedata-line',
    'test-eintrdata',
    'test-eintrdata-eintr-tester',
    'test-encoded-modules',
    'test-encoded-modules-module-iso-8859-1',
    'test-encoded-modules-module-koi8-r',
    'test-final-a',
    'test-final-b',
    'test-fork-wait',
    'test-future-test1',
    'test-future-test2',
    'test-gdb-sample',
    'test-good-getattr',
    'test-imp-dummy',
    'test-infinite-reload',
    'test-inspect-fodder',
    'test-inspect-fodder2',
    'test-libregrtest',
    'test-libregrtest-cmdline',
    'test-libregrtest-main',
    'test-libregrtest-pgo',
    'test-libregrtest-refleak',
    'test-libregrtest-runtest',
    'test-libregrtest-runtest-mp',
    'test-libregrtest-save-env',
    'test-libregrtest-setup',
    'test-libregrtest-utils',
    'test-libregrtest-win-utils',
    'test-list-tests',
    'test-lock-tests',
    'test-main',
    'test-make-ssl-certs',
    'test-mapping-tests',
    'test-memory-watchdog',
    'test-mock-backport',
    'test-mock-socket',
    'test-mod-generics-cache',
    'test-mp-fork-bomb',
    'test-mp-preload',
    'test-multibytecodec-support',
    'test-outstanding-bugs',
    'test-pickletester',
    'test-profilee',
    'test-pyclbr-input',
    'test-pydoc-mod',
    'test-pydocfodder',
    'test-pystone',
    'test-pythoninfo',
    'test-re-tests',
    'test-regrtest',
    'test-relimport',
    'test-reperf',
    'test-sample-doctest',
    'test-sample-doctest-no-docstrings',
    'test-sample-doctest-no-doctests',
    'test-script-helper',
    'test-seq-tests',
    'test-signalinterproctester',
    'test-sortperf',
    'test-ssl-servers',
    'test-ssltests',
    'test-string-tests',
    'test-subprocessdata',
    'test-subprocessdata-fd-status',
    'test-subprocessdata-input-reader',
    'test-subprocessdata-qcat',
    'test-subprocessdata-qgrep',
    'test-subprocessdata-sigchild-ignore',
    'test-support',
    'test-support-bytecode-helper',
    'test-support-hashlib-helper',
    'test-support-logging-helper',
    'test-support-script-helper',
    'test-support-socket-helper',
    'test-support-testresult',
    'test-support-warnings-helper',
    'test-symlink-support',
    'test-test-abc',
    'test-test-abstract-numbers',
    'test-test-aepack',
    'test-test-aifc',
    'test-test-al',
    'test-test-all',
    'test-test-anydbm',
    'test-test-applesingle',
    'test-test-argparse',
    'test-test-array',
    'test-test-ascii-formatd',
    'test-test-asdl-parser',
    'test-test-ast',
    'test-test-asyncgen',
    'test-test-asynchat',
    'test-test-asyncio',
    'test-test-asyncio-echo',
    'test-test-asyncio-echo2',
    'test-test-asyncio-echo3',
    'test-test-asyncio-functional',
    'test-test-asyncio-main',
    'test-test-asyncio-test-asyncio-waitfor',
    'test-test-asyncio-test-base-events',
    'test-test-asyncio-test-buffered-proto',
    'test-test-asyncio-test-context',
    'test-test-asyncio-test-events',
    'test-test-asyncio-test-futures',
    'test-test-asyncio-test-futures2',
    'test-test-asyncio-test-locks',
    'test-test-asyncio-test-pep492',
    'test-test-asyncio-test-proactor-events',
    'test-test-asyncio-test-protocols',
    'test-test-asyncio-test-queues',
    'test-test-asyncio-test-runners',
    'test-test-asyncio-test-selector-events',
    'test-test-asyncio-test-sendfile',
    'test-test-asyncio-test-server',
    'test-test-asyncio-test-sock-lowlevel',
    'test-test-asyncio-test-sslproto',
    'test-test-asyncio-test-streams',
    'test-test-asyncio-test-subprocess',
    'test-test-asyncio-test-tasks',
    'test-test-asyncio-test-threads',
    'test-test-asyncio-test-transports',
    'test-test-asyncio-test-unix-events',
    'test-test-asyncio-test-waitfor',
    'test-test-asyncio-test-windows-events',
    'test-test-asyncio-test-windows-utils',
    'test-test-asyncio-utils',
    'test-test-asyncore',
    'test-test-atexit',
    'test-test-audioop',
    'test-test-audit',
    'test-test-augassign',
    'test-test-base64',
    'test-test-baseexception',
    'test-test-bastion',
    'test-test-bdb',
    'test-test-bigaddrspace',
    'test-test-bigmem',
    'test-test-binascii',
    'test-test-binhex',
    'test-test-binop',
    'test-test-bisect',
    'test-test-bool',
    'test-test-bsddb',
    'test-test-bsddb185',
    'test-test-bsddb3',
    'test-test-buffer',
    'test-test-bufio',
    'test-test-builtin',
    'test-test-bytes',
    'test-test-bz2',
    'test-test-c-locale-coercion',
    'test-test-calendar',
    'test-test-call',
    'test-test-capi',
    'test-test-cd',
    'test-test-cfgparser',
    'test-test-cgi',
    'test-test-cgitb',
    'test-test-charmapcodec',
    'test-test-check-c-globals',
    'test-test-cl',
    'test-test-class',
    'test-test-clinic',
    'test-test-cmath',
    'test-test-cmd',
    'test-test-cmd-line',
    'test-test-cmd-line-script',
    'test-test-code',
    'test-test-code-module',
    'test-test-codeccallbacks',
    'test-test-codecencodings-cn',
    'test-test-codecencodings-hk',
    'test-test-codecencodings-iso2022',
    'test-test-codecencodings-jp',
    'test-test-codecencodings-kr',
    'test-test-codecencodings-tw',
    'test-test-codecmaps-cn',
    'test-test-codecmaps-hk',
    'test-test-codecmaps-jp',
    'test-test-codecmaps-kr',
    'test-test-codecmaps-tw',
    'test-test-codecs',
    'test-test-codeop',
    'test-test-coercion',
    'test-test-collections',
    'test-test-colorsys',
    'test-test-commands',
    'test-test-compare',
    'test-test-compile',
    'test-test-compileall',
    'test-test-compiler',
    'test-test-complex',
    'test-test-complex-args',
    'test-test-concurrent-futures',
    'test-test-configparser',
    'test-test-contains',
    'test-test-context',
    'test-test-contextlib',
    'test-test-contextlib-async',
    'test-test-cookie',
    'test-test-cookielib',
    'test-test-copy',
    'test-test-copy-reg',
    'test-test-copyreg',
    'test-test-coroutines',
    'test-test-cpickle',
    'test-test-cprofile',
    'test-test-crashers',
    'test-test-crypt',
    'test-test-csv',
    'test-test-ctypes',
    'test-test-curses',
    'test-test-dataclasses',
    'test-test-datetime',
    'test-test-dbm',
    'test-test-dbm-dumb',
    'test-test-dbm-gnu',
    'test-test-dbm-ndbm',
    'test-test-decimal',
    'test-test-decorators',
    'test-test-defaultdict',
    'test-test-deque',
    'test-test-descr',
    'test-test-descrtut',
    'test-test-devpoll',
    'test-test-dict',
    'test-test-dict-version',
    'test-test-dictcomps',
    'test-test-dictviews',
    'test-test-difflib',
    'test-test-dircache',
    'test-test-dis',
    'test-test-distutils',
    'test-test-dl',
    'test-test-doctest',
    'test-test-doctest2',
    'test-test-docxmlrpc',
    'test-test-dtrace',
    'test-test-dumbdbm',
    'test-test-dummy-thread',
    'test-test-dummy-threading',
    'test-test-dynamic',
    'test-test-dynamicclassattribute',
    'test-test-eintr',
    'test-test-email',
    'test-test-email-codecs',
    'test-test-email-main',
    'test-test-email-renamed',
    'test-test-email-test-asian-codecs',
    'test-test-email-test-contentmanager',
    'test-test-email-test-defect-handling',
    'test-test-email-test-email',
    'test-test-email-test-encoded-words',
    'test-test-email-test-generator',
    'test-test-email-test-header-value-parser',
    'test-test-email-test-headerregistry',
    'test-test-email-test-inversion',
    'test-test-email-test-message',
    'test-test-email-test-parser',
    'test-test-email-test-pickleable',
    'test-test-email-test-policy',
    'test-test-email-test-utils',
    'test-test-email-torture-test',
    'test-test-embed',
    'test-test-ensurepip',
    'test-test-enum',
    'test-test-enumerate',
    'test-test-eof',
    'test-test-epoll',
    'test-test-errno',
    'test-test-exception-hierarchy',
    'test-test-exception-variations',
    'test-test-exceptions',
    'test-test-extcall',
    'test-test-faulthandler',
    'test-test-fcntl',
    'test-test-file',
    'test-test-file-eintr',
    'test-test-file2k',
    'test-test-filecmp',
    'test-test-fileinput',
    'test-test-fileio',
    'test-test-finalization',
    'test-test-float',
    'test-test-flufl',
    'test-test-fnmatch',
    'test-test-fork1',
    'test-test-format',
    'test-test-fpformat',
    'test-test-fractions',
    'test-test-frame',
    'test-test-frozen',
    'test-test-fstring',
    'test-test-ftplib',
    'test-test-funcattrs',
    'test-test-functools',
    'test-test-future',
    'test-test-future-builtins',
    'test-test-future1',
    'test-test-future2',
    'test-test-future3',
    'test-test-future4',
    'test-test-future5',
    'test-test-gc',
    'test-test-gdb',
    'test-test-gdbm',
    'test-test-generator-stop',
    'test-test-generators',
    'test-test-genericalias',
    'test-test-genericclass',
    'test-test-genericpath',
    'test-test-genexps',
    'test-test-getargs',
    'test-test-getargs2',
    'test-test-getopt',
    'test-test-getpass',
    'test-test-gettext',
    'test-test-gl',
    'test-test-glob',
    'test-test-global',
    'test-test-grammar',
    'test-test-graphlib',
    'test-test-grp',
    'test-test-gzip',
    'test-test-hash',
    'test-test-hashlib',
    'test-test-heapq',
    'test-test-hmac',
    'test-test-hotshot',
    'test-test-html',
    'test-test-htmllib',
    'test-test-htmlparser',
    'test-test-http-cookiejar',
    'test-test-http-cookies',
    'test-test-httplib',
    'test-test-httpservers',
    'test-test-idle',
    'test-test-imageop',
    'test-test-imaplib',
    'test-test-imgfile',
    'test-test-imghdr',
    'test-test-imp',
    'test-test-import',
    'test-test-import-data',
    'test-test-import-data-circular-imports',
    'test-test-import-data-circular-imports-basic',
    'test-test-import-data-circular-imports-basic2',
    'test-test-import-data-circular-imports-binding',
    'test-test-import-data-circular-imports-binding2',
    'test-test-import-data-circular-imports-from-cycle1',
    'test-test-import-data-circular-imports-from-cycle2',
    'test-test-import-data-circular-imports-indirect',
    'test-test-import-data-circular-imports-rebinding',
    'test-test-import-data-circular-imports-rebinding2',
    'test-test-import-data-circular-imports-source',
    'test-test-import-data-circular-imports-subpackage',
    'test-test-import-data-circular-imports-subpkg',
    'test-test-import-data-circular-imports-subpkg-subpackage2',
    'test-test-import-data-circular-imports-subpkg-util',
    'test-test-import-data-circular-imports-use',
    'test-test-import-data-circular-imports-util',
    'test-test-import-data-package',
    'test-test-import-data-package-submodule',
    'test-test-import-data-package2',
    'test-test-import-data-package2-submodule1',
    'test-test-import-data-package2-submodule2',
    'test-test-import-magic',
    'test-test-import-main',
    'test-test-importhooks',
    'test-test-importlib',
    'test-test-importlib-abc',
    'test-test-importlib-builtin',
    'test-test-importlib-builtin-main',
    'test-test-importlib-builtin-test-finder',
    'test-test-importlib-builtin-test-loader',
    'test-test-importlib-builtin-util',
    'test-test-importlib-data',
    'test-test-importlib-data01',
    'test-test-importlib-data01-subdirectory',
    'test-test-importlib-data02',
    'test-test-importlib-data02-one',
    'test-test-importlib-data02-two',
    'test-test-importlib-data03',
    'test-test-importlib-data03-namespace',
    'test-test-importlib-data03-namespace-portion1',
    'test-test-importlib-data03-namespace-portion2',
    'test-test-importlib-extension',
    'test-test-importlib-extension-main',
    'test-test-importlib-extension-test-case-sensitivity',
    'test-test-importlib-extension-test-finder',
    'test-test-importlib-extension-test-loader',
    'test-test-importlib-extension-test-path-hook',
    'test-test-importlib-extension-util',
    'test-test-importlib-fixtures',
    'test-test-importlib-frozen',
    'test-test-importlib-frozen-main',
    'test-test-importlib-frozen-test-finder',
    'test-test-importlib-frozen-test-loader',
    'test-test-importlib-import',
    'test-test-importlib-import-main',
    'test-test-importlib-import-test-api',
    'test-test-importlib-import-test-caching',
    'test-test-importlib-import-test-fromlist',
    'test-test-importlib-import-test-loader',
    'test-test-importlib-import-test-meta-path',
    'test-test-importlib-import-test-package',
    'test-test-importlib-import-test-packages',
    'test-test-importlib-import-test-path',
    'test-test-importlib-import-test-relative-imports',
    'test-test-importlib-import-util',
    'test-test-importlib-main',
    'test-test-importlib-namespace-pkgs',
    'test-test-importlib-namespace-pkgs-both-portions',
    'test-test-importlib-namespace-pkgs-both-portions-foo',
    'test-test-importlib-namespace-pkgs-both-portions-foo-one',
    'test-test-importlib-namespace-pkgs-both-portions-foo-two',
    'test-test-importlib-namespace-pkgs-module-and-namespace-package',
    'test-test-importlib-namespace-pkgs-module-and-namespace-package-a-test',
    'test-test-importlib-namespace-pkgs-not-a-namespace-pkg',
    'test-test-importlib-namespace-pkgs-not-a-namespace-pkg-foo',
    'test-test-importlib-namespace-pkgs-not-a-namespace-pkg-foo-one',
    'test-test-importlib-namespace-pkgs-portion1',
    'test-test-importlib-namespace-pkgs-portion1-foo',
    'test-test-importlib-namespace-pkgs-portion1-foo-one',
    'test-test-importlib-namespace-pkgs-portion2',
    'test-test-importlib-namespace-pkgs-portion2-foo',
    'test-test-importlib-namespace-pkgs-portion2-foo-two',
    'test-test-importlib-namespace-pkgs-project1',
    'test-test-importlib-namespace-pkgs-project1-parent',
    'test-test-importlib-namespace-pkgs-project1-parent-child',
    'test-test-importlib-namespace-pkgs-project1-parent-child-one',
    'test-test-importlib-namespace-pkgs-project2',
    'test-test-importlib-namespace-pkgs-project2-parent',
    'test-test-importlib-namespace-pkgs-project2-parent-child',
    'test-test-importlib-namespace-pkgs-project2-parent-child-two',
    'test-test-importlib-namespace-pkgs-project3',
    'test-test-importlib-namespace-pkgs-project3-parent',
    'test-test-importlib-namespace-pkgs-project3-parent-child',
    'test-test-importlib-namespace-pkgs-project3-parent-child-three',
    'test-test-importlib-regrtest',
    'test-test-importlib-source',
    'test-test-importlib-source-main',
    'test-test-importlib-source-test-case-sensitivity',
    'test-test-importlib-source-test-file-loader',
    'test-test-importlib-source-test-finder',
    'test-test-importlib-source-test-path-hook',
    'test-test-importlib-source-test-source-encoding',
    'test-test-importlib-source-util',
    'test-test-importlib-stubs',
    'test-test-importlib-test-abc',
    'test-test-importlib-test-api',
    'test-test-importlib-test-files',
    'test-test-importlib-test-lazy',
    'test-test-importlib-test-locks',
    'test-test-importlib-test-main',
    'test-test-importlib-test-metadata-api',
    'test-test-importlib-test-namespace-pkgs',
    'test-test-importlib-test-open',
    'test-test-importlib-test-path',
    'test-test-importlib-test-pkg-import',
    'test-test-importlib-test-read',
    'test-test-importlib-test-resource',
    'test-test-importlib-test-spec',
    'test-test-importlib-test-threaded-import',
    'test-test-importlib-test-util',
    'test-test-importlib-test-windows',
    'test-test-importlib-test-zip',
    'test-test-importlib-threaded-import-hangers',
    'test-test-importlib-util',
    'test-test-importlib-zipdata01',
    'test-test-importlib-zipdata02',
    'test-test-index',
    'test-test-inspect',
    'test-test-int',
    'test-test-int-literal',
    'test-test-io',
    'test-test-ioctl',
    'test-test-ipaddress',
    'test-test-isinstance',
    'test-test-iter',
    'test-test-iterlen',
    'test-test-itertools',
    'test-test-json',
    'test-test-json-main',
    'test-test-json-test-decode',
    'test-test-json-test-default',
    'test-test-json-test-dump',
    'test-test-json-test-encode-basestring-ascii',
    'test-test-json-test-enum',
    'test-test-json-test-fail',
    'test-test-json-test-float',
    'test-test-json-test-indent',
    'test-test-json-test-pass1',
    'test-test-json-test-pass2',
    'test-test-json-test-pass3',
    'test-test-json-test-recursion',
    'test-test-json-test-scanstring',
    'test-test-json-test-separators',
    'test-test-json-test-speedups',
    'test-test-json-test-tool',
    'test-test-json-test-unicode',
    'test-test-keyword',
    'test-test-keywordonlyarg',
    'test-test-kqueue',
    'test-test-largefile',
    'test-test-lib2to3',
    'test-test-linecache',
    'test-test-linuxaudiodev',
    'test-test-list',
    'test-test-listcomps',
    'test-test-lltrace',
    'test-test-locale',
    'test-test-logging',
    'test-test-long',
    'test-test-long-future',
    'test-test-longexp',
    'test-test-lzma',
    'test-test-macos',
    'test-test-macostools',
    'test-test-macpath',
    'test-test-macurl2path',
    'test-test-mailbox',
    'test-test-mailcap',
    'test-test-marshal',
    'test-test-math',
    'test-test-md5',
    'test-test-memoryio',
    'test-test-memoryview',
    'test-test-metaclass',
    'test-test-mhlib',
    'test-test-mimetools',
    'test-test-mimetypes',
    'test-test-mimewriter',
    'test-test-minidom',
    'test-test-mmap',
    'test-test-module',
    'test-test-modulefinder',
    'test-test-msilib',
    'test-test-multibytecodec',
    'test-test-multifile',
    'test-test-multiprocessing',
    'test-test-multiprocessing-fork',
    'test-test-multiprocessing-forkserver',
    'test-test-multiprocessing-main-handling',
    'test-test-multiprocessing-spawn',
    'test-test-mutants',
    'test-test-mutex',
    'test-test-named-expressions',
    'test-test-netrc',
    'test-test-new',
    'test-test-nis',
    'test-test-nntplib',
    'test-test-normalization',
    'test-test-ntpath',
    'test-test-numeric-tower',
    'test-test-old-mailbox',
    'test-test-opcode',
    'test-test-opcodes',
    'test-test-openpty',
    'test-test-operator',
    'test-test-optparse',
    'test-test-ordered-dict',
    'test-test-os',
    'test-test-ossaudiodev',
    'test-test-osx-env',
    'test-test-osx-support',
    'test-test-parser',
    'test-test-pathlib',
    'test-test-pdb',
    'test-test-peepholer',
    'test-test-peg-generator',
    'test-test-peg-generator-main',
    'test-test-peg-generator-test-c-parser',
    'test-test-peg-generator-test-first-sets',
    'test-test-peg-generator-test-pegen',
    'test-test-peg-parser',
    'test-test-pep247',
    'test-test-pep277',
    'test-test-pep292',
    'test-test-pep3120',
    'test-test-pep3131',
    'test-test-pep3151',
    'test-test-pep352',
    'test-test-pep380',
    'test-test-pep479',
    'test-test-pickle',
    'test-test-picklebuffer',
    'test-test-pickletools',
    'test-test-pipes',
    'test-test-pkg',
    'test-test-pkgimport',
    'test-test-pkgutil',
    'test-test-platform',
    'test-test-plistlib',
    'test-test-poll',
    'test-test-popen',
    'test-test-popen2',
    'test-test-poplib',
    'test-test-positional-only-arg',
    'test-test-posix',
    'test-test-posixpath',
    'test-test-pow',
    'test-test-pprint',
    'test-test-print',
    'test-test-profile',
    'test-test-property',
    'test-test-pstats',
    'test-test-pty',
    'test-test-pulldom',
    'test-test-pwd',
    'test-test-py-compile',
    'test-test-py3kwarn',
    'test-test-pyclbr',
    'test-test-pydoc',
    'test-test-pyexpat',
    'test-test-queue',
    'test-test-quopri',
    'test-test-raise',
    'test-test-random',
    'test-test-range',
    'test-test-re',
    'test-test-readline',
    'test-test-regrtest',
    'test-test-repl',
    'test-test-repr',
    'test-test-reprlib',
    'test-test-resource',
    'test-test-rfc822',
    'test-test-richcmp',
    'test-test-rlcompleter',
    'test-test-robotparser',
    'test-test-runpy',
    'test-test-sax',
    'test-test-sched',
    'test-test-scope',
    'test-test-script-helper',
    'test-test-scriptpackages',
    'test-test-secrets',
    'test-test-select',
    'test-test-selectors',
    'test-test-set',
    'test-test-setcomps',
    'test-test-sets',
    'test-test-sgmllib',
    'test-test-sha',
    'test-test-shelve',
    'test-test-shlex',
    'test-test-shutil',
    'test-test-signal',
    'test-test-simplehttpserver',
    'test-test-site',
    'test-test-slice',
    'test-test-smtpd',
    'test-test-smtplib',
    'test-test-smtpnet',
    'test-test-sndhdr',
    'test-test-socket',
    'test-test-socketserver',
    'test-test-softspace',
    'test-test-sort',
    'test-test-source-encoding',
    'test-test-spwd',
    'test-test-sqlite',
    'test-test-ssl',
    'test-test-startfile',
    'test-test-stat',
    'test-test-statistics',
    'test-test-str',
    'test-test-strftime',
    'test-test-string',
    'test-test-string-literals',
    'test-test-stringio',
    'test-test-stringprep',
    'test-test-strlit',
    'test-test-strop',
    'test-test-strptime',
    'test-test-strtod',
    'test-test-struct',
    'test-test-structmembers',
    'test-test-structseq',
    'test-test-subclassinit',
    'test-test-subprocess',
    'test-test-sunau',
    'test-test-sunaudiodev',
    'test-test-sundry',
    'test-test-super',
    'test-test-support',
    'test-test-symbol',
    'test-test-symtable',
    'test-test-syntax',
    'test-test-sys',
    'test-test-sys-setprofile',
    'test-test-sys-settrace',
    'test-test-sysconfig',
    'test-test-syslog',
    'test-test-tabnanny',
    'test-test-tarfile',
    'test-test-tcl',
    'test-test-telnetlib',
    'test-test-tempfile',
    'test-test-test-support',
    'test-test-textwrap',
    'test-test-thread',
    'test-test-threaded-import',
    'test-test-threadedtempfile',
    'test-test-threading',
    'test-test-threading-local',
    'test-test-threadsignals',
    'test-test-time',
    'test-test-timeit',
    'test-test-timeout',
    'test-test-tix',
    'test-test-tk',
    'test-test-tokenize',
    'test-test-tools',
    'test-test-tools-main',
    'test-test-tools-test-fixcid',
    'test-test-tools-test-gprof2html',
    'test-test-tools-test-i18n',
    'test-test-tools-test-lll',
    'test-test-tools-test-md5sum',
    'test-test-tools-test-pathfix',
    'test-test-tools-test-pdeps',
    'test-test-tools-test-pindent',
    'test-test-tools-test-reindent',
    'test-test-tools-test-sundry',
    'test-test-tools-test-unparse',
    'test-test-trace',
    'test-test-traceback',
    'test-test-tracemalloc',
    'test-test-transformer',
    'test-test-ttk-guionly',
    'test-test-ttk-textonly',
    'test-test-tuple',
    'test-test-turtle',
    'test-test-type-comments',
    'test-test-typechecks',
    'test-test-types',
    'test-test-typing',
    'test-test-ucn',
    'test-test-unary',
    'test-test-undocumented-details',
    'test-test-unicode',
    'test-test-unicode-file',
    'test-test-unicode-file-functions',
    'test-test-unicode-identifiers',
    'test-test-unicodedata',
    'test-test-unittest',
    'test-test-univnewlines',
    'test-test-univnewlines2k',
    'test-test-unpack',
    'test-test-unpack-ex',
    'test-test-unparse',
    'test-test-urllib',
    'test-test-urllib-response',
    'test-test-urllib2',
    'test-test-urllib2-localnet',
    'test-test-urllib2net',
    'test-test-urllibnet',
    'test-test-urlparse',
    'test-test-userdict',
    'test-test-userlist',
    'test-test-userstring',
    'test-test-utf8-mode',
    'test-test-utf8source',
    'test-test-uu',
    'test-test-uuid',
    'test-test-venv',
    'test-test-wait3',
    'test-test-wait4',
    'test-test-warnings',
    'test-test-warnings-data',
    'test-test-warnings-data-import-warning',
    'test-test-warnings-data-stacklevel',
    'test-test-warnings-main',
    'test-test-wave',
    'test-test-weakref',
    'test-test-weakset',
    'test-test-webbrowser',
    'test-test-whichdb',
    'test-test-winconsoleio',
    'test-test-winreg',
    'test-test-winsound',
    'test-test-with',
    'test-test-wsgiref',
    'test-test-xdrlib',
    'test-test-xml-dom-minicompat',
    'test-test-xml-etree',
    'test-test-xml-etree-c',
    'test-test-xmllib',
    'test-test-xmlrpc',
    'test-test-xmlrpc-net',
    'test-test-xpickle',
    'test-test-xrange',
    'test-test-xxsubinterpreters',
    'test-test-xxtestfuzz',
    'test-test-yield-from',
    'test-test-zipapp',
    'test-test-zipfile',
    'test-test-zipfile64',
    'test-test-zipimport',
    'test-test-zipimport-support',
    'test-test-zlib',
    'test-test-zoneinfo',
    'test-test-zoneinfo-main',
    'test-test-zoneinfo-support',
    'test-test-zoneinfo-test-zoneinfo',
    'test-testall',
    'test-testcodec',
    'test-tf-inherit-check',
    'test-threaded-import-hangers',
    'test-time-hashlib',
    'test-tracedmodules',
    'test-tracedmodules-testmod',
    'test-typed-dict-helper',
    'test-warning-tests',
    'test-win-console-handler',
    'test-xmltests',
    'test-ziptestdata',
    'test-ziptestdata-testdata-module-inside-zip',
    'testbuffer',
    'testcapi',
    'testimportmultiple',
    'testinternalcapi',
    'testmultiphase',
    'textwrap',
    'this',
    'thread',
    'threading',
    'threading-local',
    'time',
    'timeit',
    'tix',
    'tkcolorchooser',
    'tkcommondialog',
    'tkconstants',
    'tkdnd',
    'tkfiledialog',
    'tkfont',
    'tkinter',
    'tkinter-colorchooser',
    'tkinter-commondialog',
    'tkinter-constants',
    'tkinter-dialog',
    'tkinter-dnd',
    'tkinter-filedialog',
    'tkinter-fix',
    'tkinter-font',
    'tkinter-main',
    'tkinter-messagebox',
    'tkinter-scrolledtext',
    'tkinter-simpledialog',
    'tkinter-test',
    'tkinter-test-runtktests',
    'tkinter-test-support',
    'tkinter-test-test-tkinter',
    'tkinter-test-test-tkinter-test-colorchooser',
    'tkinter-test-test-tkinter-test-font',
    'tkinter-test-test-tkinter-test-geometry-managers',
    'tkinter-test-test-tkinter-test-images',
    'tkinter-test-test-tkinter-test-loadtk',
    'tkinter-test-test-tkinter-test-messagebox',
    'tkinter-test-test-tkinter-test-misc',
    'tkinter-test-test-tkinter-test-simpledialog',
    'tkinter-test-test-tkinter-test-text',
    'tkinter-test-test-tkinter-test-variables',
    'tkinter-test-test-tkinter-test-widgets',
    'tkinter-test-test-ttk',
    'tkinter-test-test-ttk-test-extensions',
    'tkinter-test-test-ttk-test-functions',
    'tkinter-test-test-ttk-test-style',
    'tkinter-test-test-ttk-test-widgets',
    'tkinter-test-widget-tests',
    'tkinter-tix',
    'tkinter-ttk',
    'tkmessagebox',
    'tksimpledialog',
    'toaiff',
    'token',
    'tokenize',
    'tomllib',
    'tomllib-parser',
    'tomllib-re',
    'tomllib-types',
    'trace',
    'traceback',
    'tracemalloc',
    'ttk',
    'tty',
    'turtle',
    'turtledemo',
    'turtledemo-bytedesign',
    'turtledemo-chaos',
    'turtledemo-clock',
    'turtledemo-colormixer',
    'turtledemo-forest',
    'turtledemo-fractalcurves',
    'turtledemo-lindenmayer',
    'turtledemo-main',
    'turtledemo-minimal-hanoi',
    'turtledemo-nim',
    'turtledemo-paint',
    'turtledemo-peace',
    'turtledemo-penrose',
    'turtledemo-planet-and-moon',
    'turtledemo-rosette',
    'turtledemo-round-dance',
    'turtledemo-sorting-animate',
    'turtledemo-tree',
    'turtledemo-two-canvases',
    'turtledemo-wikipedia',
    'turtledemo-yinyang',
    'types',
    'typing',
    'typing-io',
    'typing-re',
    'unicodedata',
    'unittest',
    'unittest-async-case',
    'unittest-case',
    'unittest-loader',
    'unittest-log',
    'unittest-main',
    'unittest-mock',
    'unittest-result',
    'unittest-runner',
    'unittest-signals',
    'unittest-suite',
    'unittest-test',
    'unittest-test-dummy',
    'unittest-test-main',
    'unittest-test-support',
    'unittest-test-test-assertions',
    'unittest-test-test-async-case',
    'unittest-test-test-break',
    'unittest-test-test-case',
    'unittest-test-test-discovery',
    'unittest-test-test-functiontestcase',
    'unittest-test-test-loader',
    'unittest-test-test-program',
    'unittest-test-test-result',
    'unittest-test-test-runner',
    'unittest-test-test-setups',
    'unittest-test-test-skipping',
    'unittest-test-test-suite',
    'unittest-test-test-warnings',
    'unittest-test-testmock',
    'unittest-test-testmock-main',
    'unittest-test-testmock-support',
    'unittest-test-testmock-testasync',
    'unittest-test-testmock-testcallable',
    'unittest-test-testmock-testhelpers',
    'unittest-test-testmock-testmagicmethods',
    'unittest-test-testmock-testmock',
    'unittest-test-testmock-testpatch',
    'unittest-test-testmock-testsealable',
    'unittest-test-testmock-testsentinel',
    'unittest-test-testmock-testwith',
    'unittest-util',
    'urllib',
    'urllib-error',
    'urllib-parse',
    'urllib-request',
    'urllib-response',
    'urllib-robotparser',
    'urllib2',
    'urlparse',
    'user',
    'userdict',
    'userlist',
    'userstring',
    'uu',
    'uuid',
    'venv',
    'venv-main',
    'videoreader',
    'w',
    'warnings',
    'wave',
    'weakref',
    'weakrefset',
    'webbrowser',
    'whichdb',
    'winapi',
    'winreg',
    'winsound',
    'wmi',
    'wsgiref',
    'wsgiref-handlers',
    'wsgiref-headers',
    'wsgiref-simple-server',
    'wsgiref-types',
    'wsgiref-util',
    'wsgiref-validate',
    'xdrlib',
    'xml',
    'xml-dom',
    'xml-dom-domreg',
    'xml-dom-expatbuilder',
    'xml-dom-minicompat',
    'xml-dom-minidom',
    'xml-dom-nodefilter',
    'xml-dom-pulldom',
    'xml-dom-xmlbuilder',
    'xml-etree',
    'xml-etree-celementtree',
    'xml-etree-elementinclude',
    'xml-etree-elementpath',
    'xml-etree-elementtree',
    'xml-parsers',
    'xml-parsers-expat',
    'xml-parsers-expat-errors',
    'xml-parsers-expat-errors-dom',
    'xml-parsers-expat-errors-etree',
    'xml-parsers-expat-errors-parsers',
    'xml-parsers-expat-errors-sax',
    'xml-parsers-expat-model',
    'xml-parsers-expat-model-dom',
    'xml-parsers-expat-model-etree',
    'xml-parsers-expat-model-parsers',
    'xml-parsers-expat-model-sax',
    'xml-sax',
    'xml-sax-exceptions',
    'xml-sax-expatreader',
    'xml-sax-handler',
    'xml-sax-saxutils',
    'xml-sax-xmlreader',
    'xmllib',
    'xmlrpc',
    'xmlrpc-client',
    'xmlrpc-server',
    'xmlrpclib',
    'xxlimited',
    'xxsubinterpreters',
    'xxsubtype',
    'xxtestfuzz',
    'zipapp',
    'zipfile',
    'zipfile-main',
    'zipfile-path',
    'zipfile-path-glob',
    'zipimport',
    'zlib',
    'zoneinfo',
    'zoneinfo-common',
    'zoneinfo-tzpath',
    'zoneinfo-zoneinfo',
    'zstd',
];

// EXTERNAL MODULE: ./packages/dists/names.ts
var names = __webpack_require__(8888);
// EXTERNAL MODULE: ./packages/dists/python-repr.ts
var python_repr = __webpack_require__(6186);
// EXTERNAL MODULE: ./packages/dists/rules/types.ts
var types = __webpack_require__(4029);
;// CONCATENATED MODULE: ./packages/dists/rules/project-name-rules.ts
/** PyPI's checks of a new project's name (`check_project_name`): standard library, prohibited, too similar. */




const STDLIB = new Set(STDLIB_MODULE_NAMES);
// The names warehouse's migrations prohibit; PyPI's administrators add more that no one outside can see.
const PROHIBITED = new Set(['requirements-txt', 'rrequirements-txt']);
const HELP = 'See https://pypi.org/help/#project-name for more information.';
/** warehouse's `ultranormalize_name`: no `.`, `_`, `-`; `l`/`i` read as `1` and `o` as `0`; lower case. */
function ultranormalizeName(name) {
    return name
        .replace(/[._-]/g, '')
        .replace(/[lLiI]/g, '1')
        .replace(/[oO]/g, '0')
        .toLowerCase();
}
/**
 * Why PyPI would refuse to create a project named `name`, or null. `existingNames` are the projects the index
 * holds (for the "too similar" check); without them that check is skipped.
 */
function newProjectNameProblem(name, existingNames = []) {
    if (STDLIB.has((0,names/* normalizeProjectName */.yz)(name.replace(/^[-_.]+|[-_.]+$/g, ''))))
        return (0,types/* badRequest */.li)('stdlib-project-name', `The name ${(0,python_repr/* pyRepr */.n3)(name)} isn't allowed (conflict with Python Standard Library module name). ${HELP}`);
    if (PROHIBITED.has((0,names/* normalizeProjectName */.yz)(name)))
        return (0,types/* badRequest */.li)('prohibited-project-name', `The name ${(0,python_repr/* pyRepr */.n3)(name)} isn't allowed. ${HELP}`);
    const ultra = ultranormalizeName(name);
    if (existingNames.some((existing) => ultranormalizeName(existing) === ultra))
        return (0,types/* badRequest */.li)('similar-project-name', `The name ${(0,python_repr/* pyRepr */.n3)(name)} is too similar to an existing project. ${HELP}`);
    return null;
}


/***/ }),

/***/ 4029:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UC: () => (/* binding */ PYPI_MAX_PROJECT_SIZE),
/* harmony export */   li: () => (/* binding */ badRequest),
/* harmony export */   zT: () => (/* binding */ PYPI_MAX_FILE_SIZE)
/* harmony export */ });
/** PyPI's default per-file upload limit: 100 MiB. */
const PYPI_MAX_FILE_SIZE = 100 * 1024 * 1024;
/** PyPI's default per-project limit: 10 GiB. */
const PYPI_MAX_PROJECT_SIZE = 10 * 1024 * 1024 * 1024;
/** A 400 Bad Request problem. */
function badRequest(code, message) {
    return { code, status: 400, message };
}


/***/ })

};
