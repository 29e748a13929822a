import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 35025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ useStdoutStream),
/* harmony export */   j: () => (/* binding */ writeStdout)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/**
 * The one writer of an action's stdout. `process.stdout` is made on first use and loads node's stream
 * modules (a pipe's also `net`): about 2 ms, a fifth of what an action may add to node's own start-up. A
 * runner's stdout is a pipe or file in blocking mode, so lines go straight to file descriptor 1, whole and
 * in order, as `process.stdout` would write them there. Once something else may write to `process.stdout`
 * (a library of @actions/*), or a direct write fails (a non-blocking pipe that is full), every later
 * line goes through `process.stdout`, so nothing overtakes what is queued there. On Windows, where a
 * console needs node's own encoding, always through `process.stdout`.
 */

let direct = process.platform !== 'win32';
/** Writes `text` to stdout now. */
function writeStdout(text) {
    if (!direct) {
        process.stdout.write(text);
        return;
    }
    const bytes = Buffer.from(text, 'utf8');
    let written = 0;
    try {
        while (written < bytes.length)
            written += (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeSync)(1, bytes, written);
    }
    catch {
        // EAGAIN (a non-blocking pipe that is full) and the rest: the stream waits, or fails as it always did.
        direct = false;
        process.stdout.write(bytes.subarray(written));
    }
}
/** From now on stdout is written through `process.stdout`: call it before loading code that writes there. */
function useStdoutStream() {
    direct = false;
}


/***/ }),

/***/ 16687:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   t: () => (/* binding */ platformOf)
/* harmony export */ });
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(52337);
/** Which platform a distribution is for, in words a release manager scans a summary by. Pure. */

const ARCH_WORDS = { amd64: 'AMD64', arm64: 'ARM64', win32: 'x86' };
const RULES = [
    [/^manylinux(?:\d+|_\d+_\d+)_(.+)$/, (m) => `Linux ${m[1]}`],
    [/^musllinux_\d+_\d+_(.+)$/, (m) => `Linux ${m[1]} (musl)`],
    [/^linux_(.+)$/, (m) => `Linux ${m[1]} (not manylinux)`],
    [/^macosx_\d+_\d+_(.+)$/, (m) => `macOS ${m[1]}`],
    [/^win_(.+)$/, (m) => `Windows ${ARCH_WORDS[m[1]] ?? m[1]}`],
    [/^win32$/, () => 'Windows x86'],
    [/^ios_\d+_\d+_(.+)$/, (m) => `iOS ${m[1]}`],
    [/^android_\d+_(.+)$/, (m) => `Android ${m[1]}`],
    [/^pyodide_\d+_\d+_(.+)$/, (m) => `Pyodide ${m[1]}`],
    [/^any$/, () => 'any platform (pure Python)'],
];
/** `Linux x86_64`, `macOS arm64`, `Windows AMD64`, `any platform (pure Python)`, `sdist`; the tag itself otherwise. */
function platformOf(filename) {
    if (!filename.endsWith('.whl'))
        return 'sdist';
    let platform;
    try {
        platform = (0,_dists_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseWheelFilename */ .e)(filename).tags[0]?.platform ?? 'unknown';
    }
    catch {
        return 'unknown';
    }
    for (const [regex, label] of RULES) {
        const match = regex.exec(platform);
        if (match)
            return label(match);
    }
    return platform;
}


/***/ }),

/***/ 8839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/* unused harmony export formatSeconds */
/** Numbers as people read them in logs and summaries. */
const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
/** A byte count in binary units: `812 B`, `5.0 MiB`, `1.00 GiB`. */
function formatBytes(bytes) {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
        value /= 1024;
        unit++;
    }
    if (unit === 0)
        return `${bytes} B`;
    return `${value.toFixed(value < 10 ? 2 : 1)} ${UNITS[unit]}`;
}
/** Seconds with one decimal (`0.4 s`). */
function formatSeconds(seconds) {
    return `${seconds.toFixed(1)} s`;
}
/** The start of a digest, enough to tell two apart in a message. */
function shortDigest(hex) {
    return hex.length > 16 ? `${hex.slice(0, 16)}…` : hex;
}


/***/ }),

/***/ 88809:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ DistError)
/* harmony export */ });
/** Typed errors of the dists package: each carries a stable `code` and names the file it is about. */
/** An error about one distribution file; `message` is one line naming the file and what is wrong. */
class DistError extends Error {
    code;
    filename;
    name = 'DistError';
    constructor(code, message, filename) {
        super(message);
        this.code = code;
        this.filename = filename;
    }
}


/***/ }),

/***/ 68888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ filenameProjectName),
/* harmony export */   yz: () => (/* binding */ normalizeProjectName)
/* harmony export */ });
/* unused harmony export isValidProjectName */
/** PEP 503 / PEP 508 project names: the only place that normalizes them. */
const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;
/** True when `name` is a valid project name (PEP 508 / core metadata `Name`). */
function isValidProjectName(name) {
    return VALID_NAME.test(name);
}
/** PEP 503 normalized form: lower case, runs of `-`, `_`, `.` collapsed to one `-`. */
function normalizeProjectName(name) {
    return name.replace(/[-_.]+/g, '-').toLowerCase();
}
/** The form wheel and sdist filenames use for the name part (PEP 427/625): runs of `-_.` become `_`. */
function filenameProjectName(name) {
    return name.replace(/[-_.]+/g, '_').toLowerCase();
}


/***/ }),

/***/ 66186:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ec: () => (/* binding */ pyLeadingSpace),
/* harmony export */   m0: () => (/* binding */ pyStrip),
/* harmony export */   n3: () => (/* binding */ pyRepr)
/* harmony export */ });
/** Python's `repr()` of a string, because PyPI's messages quote values with `{value!r}`. */
function pyRepr(value) {
    if (value === null || value === undefined)
        return 'None';
    // Python picks single quotes unless the text holds a ' and no ".
    const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
    let out = quote;
    for (const ch of value) {
        const code = ch.codePointAt(0) ?? 0;
        if (ch === quote || ch === '\\')
            out += '\\' + ch;
        else if (ch === '\n')
            out += '\\n';
        else if (ch === '\r')
            out += '\\r';
        else if (ch === '\t')
            out += '\\t';
        else if (code < 0x20 || code === 0x7f)
            out += '\\x' + code.toString(16).padStart(2, '0');
        else
            out += ch;
    }
    return out + quote;
}
// Python's whitespace (str.isspace): JavaScript's trim() differs (it strips U+FEFF, keeps \x1c-\x1f and \x85).
const PY_SPACE = '[\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\p{Zs}\\u2028\\u2029]';
const PY_STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'gu');
const PY_LEADING_SPACE = new RegExp(`^${PY_SPACE}+`, 'u');
/** Python's `str.strip()`. */
function pyStrip(value) {
    return value.replace(PY_STRIP, '');
}
/** How many characters of Python whitespace `value` starts with. */
function pyLeadingSpace(value) {
    return value.length - value.replace(PY_LEADING_SPACE, '').length;
}


/***/ }),

/***/ 52337:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   e: () => (/* binding */ parseWheelFilename)
/* harmony export */ });
/* unused harmony export expandTags */
/* harmony import */ var _pep440_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(92621);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(88809);
/* harmony import */ var _names_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(68888);
/* harmony import */ var _python_repr_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(66186);
/** PEP 427 wheel filenames: `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`. */




// The escaped name may only hold word characters and dots (packaging's `[\w\d._]` with Python's Unicode \w:
// letters, numbers, underscore), never `__`.
const WHEEL_NAME = /^[\p{L}\p{N}_.]*$/u;
const BUILD_TAG = /^(\d+)(.*)$/s;
/** Parse a wheel filename the way `packaging.utils.parse_wheel_filename` does; throws DistError with packaging's message. */
function parseWheelFilename(filename) {
    const fail = (message) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .DistError */ .b('invalid-wheel-filename', message, filename);
    };
    if (!filename.endsWith('.whl'))
        fail(`Invalid wheel filename (extension must be '.whl'): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(filename)}`);
    const stem = filename.slice(0, -'.whl'.length);
    const parts = stem.split('-');
    if (parts.length !== 5 && parts.length !== 6) {
        fail(`Invalid wheel filename (wrong number of parts): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(stem)}`);
    }
    const [namePart = '', versionPart = ''] = parts;
    if (namePart.includes('__') || !WHEEL_NAME.test(namePart))
        fail(`Invalid project name: ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(stem)}`);
    const version = (0,_pep440_index_js__WEBPACK_IMPORTED_MODULE_2__/* .normalizeVersion */ .Qj)(versionPart);
    if (version === null)
        fail(`Invalid wheel filename (invalid version): ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(stem)}`);
    let buildTag = null;
    if (parts.length === 6) {
        const buildPart = parts[2] ?? '';
        const match = BUILD_TAG.exec(buildPart);
        if (!match)
            fail(`Invalid build number: ${buildPart} in ${(0,_python_repr_js__WEBPACK_IMPORTED_MODULE_1__/* .pyRepr */ .n3)(stem)}`);
        buildTag = { number: Number(match?.[1]), suffix: match?.[2] ?? '' };
    }
    const [interpreters = '', abis = '', platforms = ''] = parts.slice(-3);
    return {
        filename,
        kind: 'wheel',
        name: (0,_names_js__WEBPACK_IMPORTED_MODULE_3__/* .normalizeProjectName */ .yz)(namePart),
        nameInFilename: namePart,
        version: version,
        versionInFilename: versionPart,
        buildTag,
        tags: expandTags(interpreters, abis, platforms),
        extension: '.whl',
    };
}
/** Expand a compressed tag set (`py2.py3-none-any`) into its triples, lower case, in filename order. */
function expandTags(interpreters, abis, platforms) {
    const tags = [];
    for (const interpreter of interpreters.toLowerCase().split('.')) {
        for (const abi of abis.toLowerCase().split('.')) {
            for (const platform of platforms.toLowerCase().split('.'))
                tags.push({ interpreter, abi, platform });
        }
    }
    return tags;
}


/***/ }),

/***/ 92621:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion),
/* harmony export */   qh: () => (/* binding */ formatVersion)
/* harmony export */ });
/* unused harmony exports publicVersion, baseVersion */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(61695);
/** Canonical PEP 440 text: what `str(packaging.version.Version(...))` prints. */

/** The canonical string of a parsed version, e.g. "1!2.0rc1.post2.dev3+abc.5". */
function formatVersion(v) {
    let text = publicOf(v);
    if (v.local !== null)
        text += `+${v.local}`;
    return text;
}
/** The canonical form of `text`, or null when it is not a PEP 440 version. */
function normalizeVersion(text) {
    const v = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .parseVersion */ .ot)(text);
    return v === null ? null : formatVersion(v);
}
/** The version without its local part, e.g. "1.2.4.dev5" for "1.2.4.dev5+g1234abc". */
function publicVersion(v) {
    return publicOf(toVersion(v));
}
/** Epoch and release only, e.g. "1.2.4" for "1.2.4rc1.post2+abc" (trailing zeros kept). */
function baseVersion(v) {
    const { epoch, release } = (0,_parse_js__WEBPACK_IMPORTED_MODULE_0__/* .toVersion */ .OO)(v);
    return (epoch === 0 ? '' : `${epoch}!`) + release.join('.');
}
function publicOf(v) {
    let text = baseVersion(v);
    if (v.pre !== null)
        text += `${v.pre.label}${v.pre.number}`;
    if (v.post !== null)
        text += `.post${v.post}`;
    if (v.dev !== null)
        text += `.dev${v.dev}`;
    return text;
}


/***/ }),

/***/ 61695:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dq: () => (/* binding */ canonicalDigits),
/* harmony export */   OO: () => (/* binding */ toVersion),
/* harmony export */   ot: () => (/* binding */ parseVersion)
/* harmony export */ });
/** Parsing PEP 440 versions the way pypa/packaging's `Version` does. */
// Python's `\s` is str.isspace(): JavaScript's `\s` differs (it has U+FEFF, lacks U+001C-U+001F and U+0085).
const SPACE = '[\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';
// PEP 440 appendix B / packaging's VERSION_PATTERN, same groups, same backtracking behaviour.
// No `u` flag on purpose: with `i` alone, non-ASCII letters never fold onto ASCII ones (see README).
const VERSION_PATTERN = 'v?' +
    '(?:(?<epoch>[0-9]+)!)?' +
    '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
    '(?<pre>[-_.]?(?<preL>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?<preN>[0-9]+)?)?' +
    '(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?' +
    '(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?' +
    '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?';
const VERSION_RE = new RegExp(`^${SPACE}*${VERSION_PATTERN}${SPACE}*$`, 'i');
const PRE_LABELS = {
    a: 'a',
    alpha: 'a',
    b: 'b',
    beta: 'b',
    c: 'rc',
    rc: 'rc',
    pre: 'rc',
    preview: 'rc',
};
/** Strips leading zeros from a run of ASCII digits, as Python's int() then str() would. */
function canonicalDigits(digits) {
    return digits.replace(/^0+(?=.)/, '');
}
/** Python ints are unbounded; ours are doubles, so refuse what a double cannot hold exactly. */
function toInt(digits) {
    const n = Number(canonicalDigits(digits));
    return Number.isSafeInteger(n) ? n : null;
}
function optionalInt(digits) {
    return digits === undefined ? 0 : toInt(digits);
}
function normalizeLocal(local) {
    return local
        .split(/[-_.]/)
        .map((part) => (/^[0-9]+$/.test(part) ? canonicalDigits(part) : part.toLowerCase()))
        .join('.');
}
/**
 * Parses PEP 440 text leniently, as packaging does (v prefix, alternate spellings, separators, case,
 * surrounding whitespace). Null when invalid or when a number exceeds Number.MAX_SAFE_INTEGER.
 */
function parseVersion(text) {
    const g = VERSION_RE.exec(text)?.groups;
    if (g === undefined || g.release === undefined)
        return null;
    const epoch = g.epoch === undefined ? 0 : toInt(g.epoch);
    const release = g.release.split('.').map(toInt);
    if (epoch === null || release.some((n) => n === null))
        return null;
    let pre = null;
    if (g.preL !== undefined) {
        const number = optionalInt(g.preN);
        if (number === null)
            return null;
        pre = { label: PRE_LABELS[g.preL.toLowerCase()] ?? 'rc', number };
    }
    let post = null;
    if (g.postN1 !== undefined)
        post = toInt(g.postN1);
    else if (g.postL !== undefined)
        post = optionalInt(g.postN2);
    if (g.post !== undefined && post === null)
        return null;
    let dev = null;
    if (g.devL !== undefined) {
        dev = optionalInt(g.devN);
        if (dev === null)
            return null;
    }
    const local = g.local === undefined ? null : normalizeLocal(g.local);
    return { epoch, release: release, pre, post, dev, local };
}
/** The parsed form of `v`; throws a one-line error naming the text when it is not PEP 440. */
function toVersion(v) {
    if (typeof v !== 'string')
        return v;
    const parsed = parseVersion(v);
    if (parsed === null) {
        throw new Error(`not a PEP 440 version: ${JSON.stringify(v)} (expected e.g. "1.2.4", "1.2.4rc1", "1.2.4.dev5")`);
    }
    return parsed;
}


/***/ }),

/***/ 28506:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _8: () => (/* binding */ parseExpected),
/* harmony export */   sv: () => (/* binding */ matchesExpectedPattern)
/* harmony export */ });
/* unused harmony exports EXPECTED_FORMAT, expectedWheel, expectedPureWheel, sdistPattern, expectedProjectName */
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(68888);
/**
 * The `expected` contract (release-actions/expected@1): which artifact each job uploads and which files must
 * be in it, as filename patterns. collect-artifacts reads it to prove that every planned file arrived. The
 * format is described in this package's README; change it only with a new version.
 */


/** The format tag of this version of the contract. */
const EXPECTED_FORMAT = 'release-actions/expected@1';
const PLATFORM_PATTERNS = [
    [/^manylinux_(.+)$/, (arch) => `manylinux*_${arch}`],
    [/^musllinux_(.+)$/, (arch) => `musllinux_*_${arch}`],
    [/^macosx_(.+)$/, (arch) => `macosx_*_${arch}`],
    [/^pyodide_(.+)$/, (arch) => `pyodide_*_${arch}`],
    [/^ios_(.+)$/, (arch) => `ios_*_${arch}`],
    [/^android_(.+)$/, (arch) => `android_*_${arch}`],
];
/** The platform part of the wheel filename a build identifier produces, after repair (`manylinux*_x86_64`). */
function platformPattern(identifier) {
    const tag = platformTagOf(identifier);
    for (const [regex, pattern] of PLATFORM_PATTERNS) {
        const match = regex.exec(tag);
        if (match)
            return pattern(match[1]);
    }
    return tag; // win32, win_amd64, win_arm64 are exact
}
/** The python and ABI tags of an identifier's wheel: cp312-cp312, cp314-cp314t, pp310-pypy310_pp*, graalpy312-graalpy250_312_*. */
function pythonAbiPattern(identifier) {
    const interpreter = interpreterOf(identifier);
    const cpython = /^cp(\d+)(t?)$/.exec(interpreter);
    if (cpython)
        return `cp${cpython[1]}-cp${cpython[1]}${cpython[2]}`;
    const pypy = /^pp(\d+)$/.exec(interpreter);
    if (pypy)
        return `pp${pypy[1]}-pypy${pypy[1]}_pp*`;
    const graalpy = /^gp(\d+)_(\d+)$/.exec(interpreter);
    if (graalpy)
        return `graalpy${graalpy[1]}-graalpy${graalpy[2]}_${graalpy[1]}_*`;
    return `${interpreter}-*`;
}
/** What a wheel job must produce for one identifier. */
function expectedWheel(project, identifier) {
    const name = project ?? '*';
    const platform = platformPattern(identifier);
    const limitedApi = /^cp\d+$/.test(interpreterOf(identifier));
    return {
        identifier,
        pattern: `${name}-*-${pythonAbiPattern(identifier)}-${platform}.whl`,
        abi3Pattern: limitedApi ? `${name}-*-cp3*-abi3-${platform}.whl` : null,
    };
}
/** The pure project's wheel. */
function expectedPureWheel(project) {
    return { identifier: null, pattern: `${project ?? '*'}-*-*py3-none-any.whl`, abi3Pattern: null };
}
/** The sdist's pattern. */
function sdistPattern(project) {
    return `${project ?? '*'}-*.tar.gz`;
}
/** The filename form of a distribution name, or null. */
function expectedProjectName(name) {
    return name === null ? null : filenameProjectName(name);
}
/**
 * True when `filename` matches a pattern of the contract: the distribution name (up to the first `-`) is
 * normalized as filenames spell it (lower case, runs of `-_.` as `_`), then `*` matches any run of
 * characters and every other character itself.
 */
function matchesExpectedPattern(pattern, filename) {
    const dash = filename.indexOf('-');
    const normalized = dash < 0 ? filename : (0,_dists_index_js__WEBPACK_IMPORTED_MODULE_0__/* .filenameProjectName */ .Gp)(filename.slice(0, dash)) + filename.slice(dash);
    const regex = pattern
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*');
    return new RegExp(`^${regex}$`, 's').test(normalized);
}
/** Reads an expected@1 document; throws a one-line error when it is not one. */
function parseExpected(text) {
    let document;
    try {
        document = JSON.parse(text);
    }
    catch (error) {
        throw new Error(`expected is not JSON (${error.message})`);
    }
    const d = document;
    if (typeof d !== 'object' || d === null || d.format !== EXPECTED_FORMAT) {
        throw new Error(`expected is not a ${EXPECTED_FORMAT} document (format ${JSON.stringify(d?.format)})`);
    }
    const wellFormed = Array.isArray(d.jobs) &&
        d.jobs.every((job) => typeof job?.artifact === 'string' &&
            Array.isArray(job.wheels) &&
            job.wheels.every((wheel) => typeof wheel?.pattern === 'string')) &&
        (d.sdist === null || (typeof d.sdist?.artifact === 'string' && typeof d.sdist.pattern === 'string'));
    if (!wellFormed)
        throw new Error(`expected is a malformed ${EXPECTED_FORMAT} document (jobs or sdist)`);
    return d;
}


/***/ }),

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 35317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 49140:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("constants");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 91943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 98995:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 46193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 78877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 30714:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:vm");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 53557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		id: moduleId,
/******/ 		loaded: false,
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: ./packages/action-kit/commands.ts
/** Workflow commands (`::name k=v::message`) in the exact encoding the runner decodes. */
/** Escapes a command's message as the runner expects (`%`, CR and LF). */
function escapeData(value) {
    return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Escapes a command property value; `:` and `,` also separate properties. */
function escapeProperty(value) {
    return escapeData(value).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
/** Formats one workflow command line (without the trailing newline). */
function formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

;// CONCATENATED MODULE: ./packages/secrets/encodings.ts
/**
 * The forms a secret takes on its way back to us: a server or a URL may percent-encode it (either hex
 * case, `+` for spaces, RFC 3986's strict set), escape it for HTML or JSON, or strip what looks like tags
 * from it; a Basic `Authorization` header carries it in base64 beside the user name.
 */
// Derived forms shorter than this would mask ordinary words; the secret itself is always kept.
const MIN_DERIVED_LENGTH = 6;
const lowerHex = (text) => text.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());
/** encodeURIComponent plus the five characters it leaves alone (`!'()*`), as RFC 3986 encoders do. */
function strictPercentEncode(text) {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}
/** The HTML escapes servers use: `&amp;` and friends, with the apostrophe in its three spellings. */
function htmlEscapes(text) {
    const base = text
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;');
    return ['&#39;', '&#x27;', '&apos;'].map((apostrophe) => base.replace(/'/g, apostrophe));
}
/** JSON string escapes: the plain ones, and the `\u003c`-style and `\/` ones some encoders add. */
function jsonEscapes(text) {
    const plain = JSON.stringify(text).slice(1, -1);
    const unicode = plain.replace(/[<>&']/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
    return [plain, unicode, plain.replace(/\//g, '\\/')];
}
/** What is left once tags are stripped (dropped, or replaced by a space) and whitespace collapsed. */
function htmlStripped(text) {
    return ['', ' '].flatMap((replacement) => {
        const stripped = text.replace(/<[^>]*>/g, replacement);
        return [stripped, stripped.replace(/\s+/g, ' ').trim()];
    });
}
/** Every form of `secret` worth masking, the secret itself first; each line of a multi-line one too. */
function encodingsOf(secret) {
    if (!secret)
        return [];
    const percent = [encodeURIComponent(secret), strictPercentEncode(secret)];
    const forms = [
        secret,
        ...secret.split(/\r?\n/),
        ...percent,
        ...percent.map(lowerHex),
        ...percent.map((form) => form.replace(/%20/g, '+')),
        ...htmlEscapes(secret),
        ...jsonEscapes(secret),
        ...htmlStripped(secret),
    ];
    return [...new Set(forms)].filter((form, i) => i === 0 || form.length >= MIN_DERIVED_LENGTH);
}
/** The base64 of `username:password`, as a Basic `Authorization` or `Proxy-Authorization` header carries it. */
function basicAuthForms(username, password) {
    const pair = `${username}:${password}`;
    return [Buffer.from(pair, 'utf8').toString('base64'), Buffer.from(pair, 'utf8').toString('base64url')];
}

;// CONCATENATED MODULE: ./packages/secrets/registry.ts
/**
 * The one registry of this process's secrets (passwords, tokens, proxy credentials): `redact` removes
 * every form of each from text, and listeners hear of each new form, which is how action-kit turns them
 * into `::add-mask::` commands. No runner knowledge here, so every package can register what it learns.
 */

const MASK = '***';
/** A set of secrets and the forms they travel in. */
class SecretRegistry {
    forms = new Set();
    listeners = new Set();
    sorted = [];
    /** Remembers `secret` and its encodings; empty and absent values are ignored. */
    register(secret) {
        if (secret)
            this.add(encodingsOf(secret));
    }
    /** Remembers a user's password and the base64 `user:password` a Basic header carries. */
    registerBasicAuth(username, password) {
        if (!password)
            return;
        this.register(password);
        this.add(basicAuthForms(username, password));
    }
    /** Remembers the credentials a URL carries (`https://user:pass@host/`), as written and decoded. */
    registerUrlCredentials(url) {
        const parsed = typeof url === 'string' ? (URL.canParse(url) ? new URL(url) : null) : url;
        if (!parsed?.password)
            return;
        this.register(parsed.password);
        this.registerBasicAuth(safeDecode(parsed.username), safeDecode(parsed.password));
    }
    /** `text` with every form of every secret replaced by `***`, longest first so no fragment survives. */
    redact(text) {
        if (!text || this.sorted.length === 0)
            return text;
        let out = text;
        for (const form of this.sorted)
            if (out.includes(form))
                out = out.split(form).join(MASK);
        return out;
    }
    /** Calls `listener` with every form registered so far and each one registered from now on. */
    subscribe(listener) {
        this.listeners.add(listener);
        for (const form of this.forms)
            listener(form);
        return () => this.listeners.delete(listener);
    }
    /** Forgets every secret (tests only: a real process keeps them until it exits). */
    clear() {
        this.forms.clear();
        this.sorted = [];
    }
    add(forms) {
        const fresh = forms.filter((form) => form !== '' && !this.forms.has(form));
        if (fresh.length === 0)
            return;
        for (const form of fresh)
            this.forms.add(form);
        this.sorted = [...this.forms].sort((a, b) => b.length - a.length);
        for (const form of fresh)
            for (const listener of this.listeners)
                listener(form);
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
/** This process's registry: everything registered anywhere is redacted and masked everywhere. */
const secrets = new SecretRegistry();
/** Remembers `secret` (and its encodings) in this process's registry. */
const registerSecret = (secret) => secrets.register(secret);
/** Remembers Basic credentials: the password and the base64 header value. */
const registerBasicAuth = (username, password) => secrets.registerBasicAuth(username, password);
/** Remembers the password a URL carries, with its user, in every form. */
const registerUrlCredentials = (url) => secrets.registerUrlCredentials(url);
/** `text` with every registered secret replaced by `***`. */
const redact = (text) => secrets.redact(text);

// EXTERNAL MODULE: ./packages/action-kit/stdout.ts
var stdout = __nccwpck_require__(35025);
;// CONCATENATED MODULE: ./packages/action-kit/log.ts



function write(line) {
    (0,stdout/* writeStdout */.j)(`${redact(line)}\n`);
}
function annotation(kind, message, props) {
    const properties = {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
    };
    write(formatCommand(kind, properties, message));
}
/** A plain log line. */
function info(message) {
    write(message);
}
/** A line shown only when step debug logging is on. */
function debug(message) {
    write(formatCommand('debug', {}, message));
}
/** Only true when the workflow was re-run with debug logging. */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/** An error annotation (does not fail the step by itself). */
function error(message, props = {}) {
    annotation('error', message, props);
}
/** A warning annotation. */
function warning(message, props = {}) {
    annotation('warning', message, props);
}
/** A notice annotation. */
function notice(message, props = {}) {
    annotation('notice', message, props);
}
/** Runs `fn` inside a collapsible log group, closing the group even when `fn` throws. */
async function group(name, fn) {
    write(formatCommand('group', {}, name));
    try {
        return await fn();
    }
    finally {
        write(formatCommand('endgroup', {}, ''));
    }
}

;// CONCATENATED MODULE: ./packages/action-kit/secrets.ts
/**
 * The runner's side of the secrets registry (packages/secrets): every form of every secret registered in
 * this process, by this kit or by any package, is announced with `::add-mask::` so the runner hides it
 * in the log too, including lines printed by other programs.
 */



let masking = false;
/** From now on (and for everything registered so far), each secret's forms become `::add-mask::` lines. */
function maskRegisteredSecrets() {
    if (masking)
        return;
    masking = true;
    secrets.subscribe((form) => {
        // The runner masks each line of a multi-line value separately.
        for (const line of form.split(/\r?\n/)) {
            if (line)
                (0,stdout/* writeStdout */.j)(`${formatCommand('add-mask', {}, line)}\n`);
        }
    });
}
/** Masks `value` in the runner's log from now on and redacts it from everything this process writes. */
function secrets_registerSecret(value) {
    maskRegisteredSecrets();
    registerSecret(value);
}


;// CONCATENATED MODULE: ./packages/action-kit/run.ts


/** Errors that mean a bug in this code rather than bad input or a failing service. */
const PROGRAMMING_ERRORS = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError']);
/** The one-line message a user sees for `thrown`. */
function failureMessage(thrown) {
    if (!(thrown instanceof Error))
        return `Unexpected failure: ${String(thrown)}`;
    const oneLine = thrown.message.split(/\r?\n/).filter(Boolean).join(' ');
    return PROGRAMMING_ERRORS.has(thrown.name)
        ? `Unexpected internal error (please report it): ${oneLine}. Re-run with debug logging for the stack.`
        : oneLine;
}
/**
 * Runs an action's main function the way every action in this suite ends: a thrown error becomes one
 * `::error::` line (secrets redacted), the stack goes to the debug log (when it is on), and the process exits non-zero.
 */
async function runAction(main) {
    maskRegisteredSecrets();
    try {
        await main();
    }
    catch (thrown) {
        error(redact(failureMessage(thrown)));
        // Formatting a stack costs milliseconds; only a debug run shows it.
        if (isDebug() && thrown instanceof Error && thrown.stack)
            debug(redact(thrown.stack));
        process.exitCode = 1;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
;// CONCATENATED MODULE: ./packages/action-kit/file-commands.ts






/**
 * The `name<<delimiter` form the runner parses, with a fresh random delimiter per value. The global Web
 * Crypto loads node's crypto on first use: importing `node:crypto` would cost every start-up 4 ms.
 */
function keyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
    if (key.includes(delimiter) || value.includes(delimiter)) {
        throw new Error(`Output ${key} contains the file-command delimiter; refusing to write it`);
    }
    return `${key}<<${delimiter}${external_node_os_.EOL}${value}${external_node_os_.EOL}${delimiter}`;
}
function appendFileCommand(variable, message) {
    const path = process.env[variable];
    if (!path)
        throw new Error(`${variable} is not set: run this action inside a GitHub Actions job`);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`${variable} points at a missing file: ${path}`);
    (0,external_node_fs_.appendFileSync)(path, `${message}${external_node_os_.EOL}`, { encoding: 'utf8' });
}
/** Sets a step output. Secrets are redacted: an output is not a place for them. */
function setOutput(name, value) {
    const safe = redact(value);
    if (process.env['GITHUB_OUTPUT']) {
        appendFileCommand('GITHUB_OUTPUT', keyValueMessage(name, safe));
        return;
    }
    // Old runners without GITHUB_OUTPUT still understand the deprecated command.
    (0,stdout/* writeStdout */.j)(`${external_node_os_.EOL}${formatCommand('set-output', { name }, safe)}${external_node_os_.EOL}`);
}
/** Exports an environment variable to this process and to every later step of the job. */
function exportVariable(name, value) {
    process.env[name] = value;
    appendFileCommand('GITHUB_ENV', keyValueMessage(name, value));
}
/** Prepends a directory to PATH for this process and every later step of the job. */
function addPath(directory) {
    appendFileCommand('GITHUB_PATH', directory);
    process.env['PATH'] = `${directory}${pathDelimiter}${process.env['PATH'] ?? ''}`;
}

;// CONCATENATED MODULE: ./packages/action-kit/inputs.ts
/** Action inputs read as the runner passes them (`INPUT_<NAME>`), with errors that name the input and the fix. */
/** A problem with an input the user wrote in the workflow; its message is shown as it is. */
class InputError extends Error {
    name = 'InputError';
}
/** The environment variable the runner sets for input `name`: upper case, spaces to `_`, hyphens kept. */
function inputVariable(name) {
    return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
/** The trimmed value of an input, `''` when unset (the runner fills in action.yml defaults). */
function getInput(name, options = {}) {
    const value = (process.env[inputVariable(name)] ?? '').trim();
    if (options.required && !value) {
        throw new InputError(`Input required and not supplied: ${name}. Set it under \`with:\` in the workflow step.`);
    }
    return value;
}
/** An input that is `true | True | TRUE | false | False | FALSE`, like YAML 1.2's core schema. */
function getBooleanInput(name, fallback) {
    const value = getInput(name);
    if (value === '' && fallback !== undefined)
        return fallback;
    if (['true', 'True', 'TRUE'].includes(value))
        return true;
    if (['false', 'False', 'FALSE'].includes(value))
        return false;
    throw new InputError(`Input ${name} must be true or false, got ${JSON.stringify(value)}.`);
}
/** Non-empty lines of an input, each trimmed; also splits on commas when `commas` is set. */
function getListInput(name, options = {}) {
    const separator = options.commas ? /[\n,]/ : /\n/;
    return getInput(name)
        .split(separator)
        .map((item) => item.trim())
        .filter((item) => item !== '');
}
/** One of a fixed set of values; `fallback` when empty. */
function getChoiceInput(name, choices, fallback) {
    const value = getInput(name);
    if (value === '')
        return fallback;
    if (choices.includes(value))
        return value;
    throw new InputError(`Input ${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}.`);
}
/** A whole number within bounds; `fallback` when empty. */
function getIntegerInput(name, fallback, bounds = {}) {
    const value = getInput(name);
    if (value === '')
        return fallback;
    const number = /^-?\d+$/.test(value) ? Number(value) : NaN;
    const { min = -Infinity, max = Infinity } = bounds;
    if (!Number.isSafeInteger(number) || number < min || number > max) {
        const range = `${Number.isFinite(min) ? min : ''}..${Number.isFinite(max) ? max : ''}`;
        throw new InputError(`Input ${name} must be a whole number in ${range}, got ${JSON.stringify(value)}.`);
    }
    return number;
}

// EXTERNAL MODULE: ./packages/pep440/parse.ts
var parse = __nccwpck_require__(61695);
// EXTERNAL MODULE: ./packages/wheel-matrix/expected.ts
var expected = __nccwpck_require__(28506);
;// CONCATENATED MODULE: ./actions/collect-artifacts/src/inputs.ts





const workspace = () => process.env['GITHUB_WORKSPACE'] || process.cwd();
function readExpected() {
    const text = getInput('expected');
    if (text === '')
        return null;
    try {
        return (0,expected/* parseExpected */._8)(text);
    }
    catch (error) {
        throw new InputError(`Input ${error.message}: pass build-wheel-matrix's expected output as it is (\${{ needs.plan.outputs.expected }})`);
    }
}
function readVersion() {
    const version = getInput('version');
    if (version === '')
        return null;
    if (!(0,parse/* parseVersion */.ot)(version))
        throw new InputError(`Input version ${JSON.stringify(version)} is not a PEP 440 version (e.g. 1.4.0 or 1.4.1.dev3)`);
    return version;
}
function otherRun(runId) {
    if (!/^\d+$/.test(runId))
        throw new InputError(`Input run-id must be a workflow run's number (as in its URL), got ${JSON.stringify(runId)}`);
    const repository = getInput('repository') || process.env['GITHUB_REPOSITORY'] || '';
    const [owner, repo, extra] = repository.split('/');
    if (!owner || !repo || extra !== undefined)
        throw new InputError(`Input repository must be owner/name, got ${JSON.stringify(repository)}`);
    const token = getInput('github-token');
    if (!token)
        throw new InputError("Input github-token is empty, and run-id needs it: leave it unset to use the run's token, or pass one with actions: read on that repository");
    return { token, runId: Number(runId), owner, repo };
}
function thisRunService() {
    for (const name of ['ACTIONS_RUNTIME_TOKEN', 'ACTIONS_RESULTS_URL']) {
        if (!process.env[name])
            throw new InputError(`${name} is not set: the runner gives it to actions to reach the artifact service. Run this step in a GitHub Actions job (or with release-actions run, which serves one), or set source: directory and from`);
    }
}
function readSource() {
    const kind = getChoiceInput('source', ['artifacts', 'directory'], 'artifacts');
    const from = getInput('from');
    const runId = getInput('run-id');
    if (kind === 'directory') {
        if (!from)
            throw new InputError('Input from is required with source: directory: the directory whose subdirectories are the artifacts');
        if (runId)
            throw new InputError('Input run-id is for source: artifacts; with source: directory, from gives the artifacts');
        return { kind, from: (0,external_node_path_.resolve)(workspace(), from) };
    }
    if (from)
        throw new InputError('Input from is read only with source: directory: set source: directory too, or drop from');
    if (runId)
        return { kind, other: otherRun(runId) };
    thisRunService();
    return { kind, other: null };
}
/** Reads and checks every input; the errors name the input and the fix. */
function readSettings() {
    // First of all, so that nothing printed from here on can show it.
    secrets_registerSecret(getInput('github-token'));
    return {
        source: readSource(),
        pattern: getInput('pattern') || 'dist-*',
        path: (0,external_node_path_.resolve)(workspace(), getInput('path') || 'dist'),
        expected: readExpected(),
        rules: {
            name: getInput('name') || null,
            version: readVersion(),
            requireSdist: getBooleanInput('require-sdist', true),
        },
        tempDir: process.env['RUNNER_TEMP'] || (0,external_node_os_.tmpdir)(),
    };
}

// EXTERNAL MODULE: ./packages/common/format.ts
var format = __nccwpck_require__(8839);
;// CONCATENATED MODULE: ./actions/collect-artifacts/src/log.ts
/** The log: a line per artifact as it is read, then the release and what is wrong with it. */


/** One line per artifact read: its distributions, or why it was refused. */
function logArtifact(outcome) {
    const { artifact, staged, extras, problems } = outcome;
    const size = artifact.size > 0 ? `, ${(0,format/* formatBytes */.z3)(artifact.size)}` : '';
    if (problems.length > 0) {
        info(`✗ ${artifact.name} (id ${artifact.id}${size}): ${problems.length} problem${problems.length > 1 ? 's' : ''}`);
        return;
    }
    const others = extras.length > 0 ? ` (and ${extras.length} other file${extras.length > 1 ? 's' : ''}, left out)` : '';
    info(`✓ ${artifact.name} (id ${artifact.id}${size}): ${staged.map((file) => file.filename).join(', ') || 'no distributions'}${others}`);
}
/** The release as collected, and every problem as an error annotation. */
function logReport(report) {
    for (const file of report.files)
        info(`${file.filename}  ${(0,format/* formatBytes */.z3)(file.size)}  sha256 ${file.sha256}  blake2b-256 ${file.blake2b_256}  (${file.artifact})`);
    for (const extra of report.extras)
        info(`left out (not a distribution): ${extra.artifact}/${extra.path}`);
    for (const problem of report.problems)
        info(`✗ ${problem}`);
}

;// CONCATENATED MODULE: ./packages/action-kit/summary.ts



/** Escapes text for the HTML the job summary renders. */
function escapeHtml(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
function cellHtml(cell) {
    return typeof cell === 'object' ? cell.html : escapeHtml(String(cell));
}
/** Builds a job summary in memory; `write()` appends it to `GITHUB_STEP_SUMMARY`. */
class Summary {
    parts = [];
    /** A heading, level 2 by default (the step title is level 1 in the UI already). */
    heading(text, level = 2) {
        this.parts.push(`<h${level}>${escapeHtml(text)}</h${level}>`);
        return this;
    }
    /** A paragraph of plain text. */
    paragraph(text) {
        this.parts.push(`<p>${escapeHtml(text)}</p>`);
        return this;
    }
    /** A table with a header row, or none when `header` is null (a list of facts). */
    table(header, rows) {
        const head = header ? `<tr>${header.map((cell) => `<th>${cellHtml(cell)}</th>`).join('')}</tr>` : '';
        const body = rows.map((row) => `<tr>${row.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`);
        this.parts.push(`<table>${head}${body.join('')}</table>`);
        return this;
    }
    /** A bulleted list of plain-text items. */
    list(items) {
        if (items.length > 0)
            this.parts.push(`<ul>${items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`);
        return this;
    }
    /** A block of preformatted text. */
    code(text, language = '') {
        this.parts.push(`${external_node_os_.EOL}\`\`\`${language}${external_node_os_.EOL}${text}${external_node_os_.EOL}\`\`\`${external_node_os_.EOL}`);
        return this;
    }
    /** A collapsed section with a plain-text label. */
    details(label, html) {
        this.parts.push(`<details><summary>${escapeHtml(label)}</summary>${html}</details>`);
        return this;
    }
    /** Markdown or HTML the caller vouches for. */
    raw(markup) {
        this.parts.push(markup);
        return this;
    }
    /** The summary as it will be written. */
    toString() {
        return redact(this.parts.join(external_node_os_.EOL));
    }
    /** Appends the summary to the step summary file; a no-op outside a runner. */
    write() {
        const path = process.env['GITHUB_STEP_SUMMARY'];
        if (!path)
            return;
        (0,external_node_fs_.appendFileSync)(path, `${this.toString()}${external_node_os_.EOL}`, { encoding: 'utf8' });
    }
}

// EXTERNAL MODULE: ./packages/collect/platforms.ts
var platforms = __nccwpck_require__(16687);
;// CONCATENATED MODULE: ./actions/collect-artifacts/src/summary.ts
/** The job summary: the release by platform with sizes and hashes, what was missing, what was left out. */



const code = (text) => ({ html: `<code>${escapeHtml(text)}</code>` });
function headline(report) {
    const release = report.project ? `${report.project} ${report.version ?? ''}`.trim() : 'Release';
    const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
    return report.problems.length === 0 ? `${release}: ${files} collected ✓` : `${release}: not collected ✗`;
}
function filesByPlatform(summary, files) {
    const groups = new Map();
    for (const file of files) {
        const platform = (0,platforms/* platformOf */.t)(file.filename);
        groups.set(platform, [...(groups.get(platform) ?? []), file]);
    }
    const order = [...groups.keys()].sort((a, b) => (a === 'sdist' ? 1 : b === 'sdist' ? -1 : a < b ? -1 : 1));
    for (const platform of order) {
        const group = groups.get(platform) ?? [];
        summary.heading(`${platform} (${group.length})`, 3).table(['File', 'Size', 'sha256', 'blake2b-256', 'Artifact'], group.map((file) => [
            file.filename,
            (0,format/* formatBytes */.z3)(file.size),
            code(file.sha256),
            code(file.blake2b_256),
            [file.artifact, ...file.alsoIn].join(', '),
        ]));
    }
}
function missing(summary, report) {
    const expected = report.expected;
    if (!expected || (expected.missing.length === 0 && !expected.sdistMissing))
        return;
    summary.heading('Missing', 3);
    if (expected.missing.length > 0)
        summary.table(['Job', 'Runner', 'Artifact', 'Without a wheel'], expected.missing.map((m) => [
            m.job,
            m.runner ?? '(not recorded)',
            m.noArtifact ? `${m.artifact} (not uploaded)` : m.artifact,
            m.identifiers.join(', '),
        ]));
    if (expected.sdistMissing)
        summary.paragraph('The sdist is missing.');
}
/** The summary of a collection, successful or not. */
function collectSummary(report, pattern) {
    const summary = new Summary().heading(headline(report));
    const picked = report.selected.map((a) => a.name).join(', ');
    summary.paragraph(`From ${report.source}: ${report.selected.length} of ${report.available.length} artifacts match ${pattern} (${picked}).`);
    if (report.problems.length > 0)
        summary.heading('Problems (nothing was placed in the release directory)', 3).list(report.problems);
    missing(summary, report);
    filesByPlatform(summary, report.files);
    if (report.manifest)
        summary.paragraph(`Manifest: ${report.manifest}`);
    const unexpected = report.expected?.unexpected ?? [];
    if (unexpected.length > 0)
        summary
            .heading('Not in the plan (collected anyway)', 3)
            .list(unexpected.map((u) => `${u.filename} (${u.artifact})`));
    if (report.extras.length > 0)
        summary
            .heading('Not distributions (left out)', 3)
            .list(report.extras.map((extra) => `${extra.artifact}: ${extra.path} (${(0,format/* formatBytes */.z3)(extra.size)})`));
    return summary;
}
/** The summary when nothing could be collected at all (no artifact matched, the service could not be read). */
function failureSummary(message) {
    return new Summary().heading('Release: not collected ✗').paragraph(message);
}

;// CONCATENATED MODULE: ./actions/collect-artifacts/src/main.ts




/** The collection failed its checks: the first problem, and how many more the summary lists. */
class CollectionFailed extends Error {
    name = 'CollectionFailed';
}
function writeOutputs(report) {
    setOutput('manifest', report.manifest ?? '');
    const files = report.files.map(({ filename, size, sha256, blake2b_256, artifact }) => ({
        file: filename,
        size,
        sha256,
        blake2b_256,
        origin: artifact,
    }));
    setOutput('files', JSON.stringify(files));
    setOutput('count', String(files.length));
    setOutput('name', report.project ?? '');
    setOutput('version', report.version ?? '');
}
async function collect(settings) {
    // The collector and its archive readers load once the inputs are good.
    const [{ sourceFor }, { collectArtifacts }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(893), __nccwpck_require__.e(719)]).then(__nccwpck_require__.bind(__nccwpck_require__, 38719)),
        Promise.all(/* import() */[__nccwpck_require__.e(893), __nccwpck_require__.e(69)]).then(__nccwpck_require__.bind(__nccwpck_require__, 96069)),
    ]);
    const source = await sourceFor(settings.source, settings.tempDir);
    return group(`Collecting ${settings.pattern} from ${source.describe}`, () => collectArtifacts({
        source,
        pattern: settings.pattern,
        path: settings.path,
        expected: settings.expected,
        rules: settings.rules,
        onArtifact: logArtifact,
    }));
}
/** collect-artifacts: the release from every job's artifacts, checked, in one directory with its manifest. */
async function main() {
    const settings = readSettings();
    let report;
    try {
        report = await collect(settings);
    }
    catch (error) {
        failureSummary(failureMessage(error)).write();
        throw error;
    }
    await group('Release', () => logReport(report));
    collectSummary(report, settings.pattern).write();
    const [first, ...more] = report.problems;
    if (first !== undefined) {
        const rest = more.length > 0
            ? ` (and ${more.length} more problem${more.length > 1 ? 's' : ''}, listed in the summary)`
            : '';
        throw new CollectionFailed(`${first}${rest}; nothing was placed in ${settings.path}`);
    }
    writeOutputs(report);
    info(`${report.files.length} files of ${report.project} ${report.version} in ${settings.path}, manifest ${report.manifest}`);
}

;// CONCATENATED MODULE: ./actions/collect-artifacts/src/index.ts


void runAction(main);

