export const id = 253;
export const ids = [253];
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
        if (filename.endsWith('.whl')) {
            const parts = filename.split('-');
            if (parts.length < 3)
                return 'Unable to parse name and version from wheel filename';
            const target = `${parts[0]}-${parts[1]}.dist-info/WHEEL`;
            return members.includes(target) ? null : `WHEEL not found at ${target}`;
        }
    }
    if (archive.sparse)
        return 'tar archive not accepted: Sparse members are not allowed. See https://docs.pypi.org/archives for more information';
    return sdistTopLevelReason(members);
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
