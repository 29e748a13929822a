export const id = 527;
export const ids = [527];
export const modules = {

/***/ 6281:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ AttestationError),
/* harmony export */   m: () => (/* binding */ causeLine)
/* harmony export */ });
/** Errors of signing and verifying attestations: one line each, naming the file when there is one. */
/** An attestation that could not be made or does not prove what it should; `message` is one line. */
class AttestationError extends Error {
    name = 'AttestationError';
}
/** The cause's own message as one line, without the stack. */
function causeLine(error) {
    const message = error instanceof Error ? error.message : String(error);
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return `${message}${cause && !message.includes(cause.slice(2)) ? cause : ''}`.replace(/\s+/g, ' ').trim();
}


/***/ }),

/***/ 369:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ logIndexOf),
/* harmony export */   jV: () => (/* binding */ SUPPORTED_PREDICATE_TYPES),
/* harmony export */   lO: () => (/* binding */ bundleFromAttestation),
/* harmony export */   m9: () => (/* binding */ attestedStatement),
/* harmony export */   w9: () => (/* binding */ INTOTO_PAYLOAD_TYPE)
/* harmony export */ });
/* unused harmony exports PUBLISH_PREDICATE_TYPE, STATEMENT_TYPE, BUNDLE_MEDIA_TYPE, ConversionError, publishStatement, statementBytes, attestationFromBundle */
/**
 * PEP 740's attestation object and the in-toto statement inside it, as pypi-attestations writes them, and
 * the conversion to and from the Sigstore bundle (v0.3, DSSE) that signs and verifies them. Pure data.
 */
/** The predicate of a PyPI publish attestation. */
const PUBLISH_PREDICATE_TYPE = 'https://docs.pypi.org/attestations/publish/v1';
/** The predicate types PyPI accepts, at most one attestation of each per file. */
const SUPPORTED_PREDICATE_TYPES = [PUBLISH_PREDICATE_TYPE, 'https://slsa.dev/provenance/v1'];
/** The in-toto statement type. */
const STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';
/** The DSSE payload type of an in-toto statement. */
const INTOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';
/** The media type of the Sigstore bundles made from attestations. */
const BUNDLE_MEDIA_TYPE = 'application/vnd.dev.sigstore.bundle.v0.3+json';
/** A conversion that cannot be made, with pypi-attestations' reason. */
class ConversionError extends (/* unused pure expression or super */ null && (Error)) {
    name = 'ConversionError';
}
/** The publish statement for a file, as pypi-attestations builds it: one subject, its sha256, no predicate. */
function publishStatement(filename, sha256) {
    return {
        _type: STATEMENT_TYPE,
        subject: [{ name: filename, digest: { sha256 } }],
        predicateType: PUBLISH_PREDICATE_TYPE,
        predicate: null,
    };
}
/** The statement's bytes as signed: compact JSON in the field order pypi-attestations writes. */
function statementBytes(statement) {
    return Buffer.from(JSON.stringify(statement), 'utf8');
}
/** PEP 740's attestation from a Sigstore bundle holding a DSSE envelope with exactly one signature. */
function attestationFromBundle(bundle) {
    const material = bundle.verificationMaterial;
    const certificate = material.certificate?.rawBytes ?? material.x509CertificateChain?.certificates[0]?.rawBytes;
    if (!certificate)
        throw new ConversionError('bundle does not contain a signing certificate');
    const envelope = bundle.dsseEnvelope;
    if (!envelope)
        throw new ConversionError('bundle does not contain a DSSE envelope');
    const [signature, ...others] = envelope.signatures;
    if (!signature || others.length > 0)
        throw new ConversionError(`expected exactly one signature, got ${envelope.signatures.length}`);
    if (material.tlogEntries.length === 0)
        throw new ConversionError('bundle has no transparency log entry');
    const timestamps = material.timestampVerificationData?.rfc3161Timestamps?.map((t) => t.signedTimestamp);
    return {
        version: 1,
        verification_material: {
            certificate,
            transparency_entries: material.tlogEntries,
            ...(timestamps?.length ? { timestamps } : {}),
        },
        envelope: { statement: envelope.payload, signature: signature.sig },
    };
}
/** The Sigstore bundle (v0.3) an attestation stands for: what a Sigstore verifier checks. */
function bundleFromAttestation(attestation) {
    const material = attestation.verification_material;
    return {
        mediaType: BUNDLE_MEDIA_TYPE,
        verificationMaterial: {
            certificate: { rawBytes: material.certificate },
            // pypi-attestations turns the first entry into the bundle; the others are not checked.
            tlogEntries: material.transparency_entries.slice(0, 1),
            ...(material.timestamps?.length
                ? {
                    timestampVerificationData: {
                        rfc3161Timestamps: material.timestamps.map((signedTimestamp) => ({ signedTimestamp })),
                    },
                }
                : {}),
        },
        dsseEnvelope: {
            payload: attestation.envelope.statement,
            payloadType: INTOTO_PAYLOAD_TYPE,
            signatures: [{ sig: attestation.envelope.signature, keyid: '' }],
        },
    };
}
/** The statement an attestation carries, parsed; null when its bytes are not a JSON object. */
function attestedStatement(attestation) {
    try {
        const parsed = JSON.parse(Buffer.from(attestation.envelope.statement, 'base64').toString('utf8'));
        return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed)
            ? parsed
            : null;
    }
    catch {
        return null;
    }
}
/** The Rekor log index of an attestation's first transparency entry, or null. */
function logIndexOf(attestation) {
    const raw = attestation.verification_material.transparency_entries[0]?.logIndex;
    const index = raw === undefined ? NaN : Number(raw);
    return Number.isSafeInteger(index) ? index : null;
}


/***/ }),

/***/ 7119:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X6: () => (/* binding */ parseProvenance),
/* harmony export */   hy: () => (/* binding */ statementProblem)
/* harmony export */ });
/* unused harmony exports attestationShapeProblem, parseAttestationsField */
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6984);
/* harmony import */ var _model_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(369);
/**
 * Reading attestations from untrusted JSON (an upload's `attestations` field, an index's provenance) and
 * the checks of a statement against the file it claims to be about, with pypi-attestations' messages.
 */


const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
function isObject(value) {
    return value !== null && typeof value === 'object' && !Array.isArray(value);
}
function base64Problem(value, where) {
    if (typeof value !== 'string')
        return `${where}: a base64 string is required`;
    return value.length % 4 === 0 && BASE64.test(value) ? null : `${where}: not valid base64`;
}
/** What is wrong with one attestation object (null: its shape is PEP 740's). */
function attestationShapeProblem(value, where) {
    if (!isObject(value))
        return `${where}: an object is required`;
    if (value['version'] !== 1)
        return `${where}.version: must be 1`;
    const material = value['verification_material'];
    if (!isObject(material))
        return `${where}.verification_material: an object is required`;
    const entries = material['transparency_entries'];
    if (!Array.isArray(entries) || entries.length === 0 || !entries.every(isObject))
        return `${where}.verification_material.transparency_entries: a list of at least one object is required`;
    const envelope = value['envelope'];
    if (!isObject(envelope))
        return `${where}.envelope: an object is required`;
    return (base64Problem(material['certificate'], `${where}.verification_material.certificate`) ??
        base64Problem(envelope['statement'], `${where}.envelope.statement`) ??
        base64Problem(envelope['signature'], `${where}.envelope.signature`));
}
/**
 * An upload's `attestations` field as warehouse reads it: a JSON list of attestation objects, not empty,
 * at most one per supported predicate type. The problem is worded as warehouse's (after its prefix).
 */
function parseAttestationsField(text) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        return { ok: false, problem: `Malformed attestations: invalid JSON (${error.message})` };
    }
    if (!Array.isArray(value))
        return { ok: false, problem: 'Malformed attestations: a JSON list of attestation objects is required' };
    for (const [i, item] of value.entries()) {
        const problem = attestationShapeProblem(item, `[${i}]`);
        if (problem)
            return { ok: false, problem: `Malformed attestations: ${problem}` };
    }
    if (value.length === 0)
        return { ok: false, problem: 'Malformed attestations: an empty attestation set is not permitted' };
    const max = SUPPORTED_PREDICATE_TYPES.length;
    if (value.length > max)
        return { ok: false, problem: `A maximum of ${max} attestations per file are supported` };
    return { ok: true, value: value };
}
/** A PEP 740 provenance object read from an index (null fields and all), or what is wrong with it. */
function parseProvenance(value) {
    if (!isObject(value) || value['version'] !== 1 || !Array.isArray(value['attestation_bundles']))
        return { ok: false, problem: 'not a PEP 740 provenance object (version 1, attestation_bundles)' };
    for (const [i, bundle] of value['attestation_bundles'].entries()) {
        const where = `attestation_bundles[${i}]`;
        if (!isObject(bundle) || !isObject(bundle['publisher']) || !Array.isArray(bundle['attestations']))
            return { ok: false, problem: `${where}: a publisher and a list of attestations are required` };
        for (const [j, attestation] of bundle['attestations'].entries()) {
            const problem = attestationShapeProblem(attestation, `${where}.attestations[${j}]`);
            if (problem)
                return { ok: false, problem };
        }
    }
    return { ok: true, value: value };
}
/** The same distribution by name: both parse, to the same project, version (and wheel tags). */
function sameDistribution(a, b) {
    const key = (filename) => {
        const d = (0,_dists_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDistFilename */ .h)(filename);
        const tags = d.tags.map((t) => `${t.interpreter}-${t.abi}-${t.platform}`).sort();
        return JSON.stringify([d.kind, d.name, d.version, d.buildTag, [...new Set(tags)]]);
    };
    return key(a) === key(b);
}
/**
 * What is wrong with a verified statement about `filename` with `sha256` (null: it is about that file),
 * in pypi-attestations' words (each prefixed `Verification failed: ` there).
 */
function statementProblem(payloadType, statement, file) {
    if (payloadType !== _model_js__WEBPACK_IMPORTED_MODULE_1__/* .INTOTO_PAYLOAD_TYPE */ .w9)
        return `expected JSON envelope, got ${payloadType}`;
    if (!statement ||
        statement._type !== 'https://in-toto.io/Statement/v1' ||
        !Array.isArray(statement.subject))
        return 'invalid statement: not an in-toto v1 statement';
    if (statement.subject.length !== 1)
        return 'too many subjects in statement (must be exactly one)';
    const subject = statement.subject[0];
    if (!subject?.name)
        return 'invalid subject: missing name';
    try {
        (0,_dists_index_js__WEBPACK_IMPORTED_MODULE_0__/* .parseDistFilename */ .h)(subject.name);
    }
    catch (error) {
        return `invalid subject: ${error.message}`;
    }
    if (!sameDistribution(subject.name, file.filename))
        return `subject does not match distribution name: ${subject.name} != ${file.filename}`;
    if (subject.digest?.['sha256'] !== file.sha256)
        return 'subject does not match distribution digest';
    if (!_model_js__WEBPACK_IMPORTED_MODULE_1__/* .SUPPORTED_PREDICATE_TYPES */ .jV.includes(String(statement.predicateType)))
        return `unknown attestation type: ${String(statement.predicateType)}`;
    return null;
}


/***/ }),

/***/ 6984:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  h: () => (/* binding */ parseDistFilename)
});

// UNUSED EXPORTS: filetypeOf

// EXTERNAL MODULE: ./packages/dists/errors.ts
var errors = __webpack_require__(8809);
// EXTERNAL MODULE: ./packages/pep440/format.ts
var format = __webpack_require__(2621);
// EXTERNAL MODULE: ./packages/dists/names.ts
var names = __webpack_require__(8888);
;// CONCATENATED MODULE: ./packages/dists/python-repr.ts
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

;// CONCATENATED MODULE: ./packages/dists/sdist-filename.ts
/** Source distribution filenames: PEP 625 `{name}-{version}.tar.gz`, and legacy `.zip`. */




/**
 * Parse an sdist filename as `packaging.utils.parse_sdist_filename` does: `.tar.gz` or `.zip`, split at the
 * last `-`. A `.zip` parses (PyPI accepts the extension) but PyPI then refuses it by PEP 625; see the rules.
 */
function parseSdistFilename(filename) {
    const fail = (message) => {
        throw new errors/* DistError */.b('invalid-sdist-filename', message, filename);
    };
    let extension = '.tar.gz';
    if (filename.endsWith('.tar.gz'))
        extension = '.tar.gz';
    else if (filename.endsWith('.zip'))
        extension = '.zip';
    else
        fail(`Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${pyRepr(filename)}`);
    const stem = filename.slice(0, -extension.length);
    const dash = stem.lastIndexOf('-');
    if (dash < 0)
        fail(`Invalid sdist filename: ${pyRepr(filename)}`);
    const namePart = stem.slice(0, dash);
    const versionPart = stem.slice(dash + 1);
    const version = (0,format/* normalizeVersion */.Qj)(versionPart);
    if (version === null)
        fail(`Invalid sdist filename (invalid version): ${pyRepr(filename)}`);
    return {
        filename,
        kind: 'sdist',
        name: (0,names/* normalizeProjectName */.yz)(namePart),
        nameInFilename: namePart,
        version: version,
        versionInFilename: versionPart,
        buildTag: null,
        tags: [],
        extension,
    };
}

;// CONCATENATED MODULE: ./packages/dists/wheel-filename.ts
/** PEP 427 wheel filenames: `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`. */




// The escaped name may only hold word characters and dots (packaging's `[\w\d._]` with Python's Unicode \w:
// letters, numbers, underscore), never `__`.
const WHEEL_NAME = /^[\p{L}\p{N}_.]*$/u;
const BUILD_TAG = /^(\d+)(.*)$/s;
/** Parse a wheel filename the way `packaging.utils.parse_wheel_filename` does; throws DistError with packaging's message. */
function parseWheelFilename(filename) {
    const fail = (message) => {
        throw new errors/* DistError */.b('invalid-wheel-filename', message, filename);
    };
    if (!filename.endsWith('.whl'))
        fail(`Invalid wheel filename (extension must be '.whl'): ${pyRepr(filename)}`);
    const stem = filename.slice(0, -'.whl'.length);
    const parts = stem.split('-');
    if (parts.length !== 5 && parts.length !== 6) {
        fail(`Invalid wheel filename (wrong number of parts): ${pyRepr(stem)}`);
    }
    const [namePart = '', versionPart = ''] = parts;
    if (namePart.includes('__') || !WHEEL_NAME.test(namePart))
        fail(`Invalid project name: ${pyRepr(stem)}`);
    const version = (0,format/* normalizeVersion */.Qj)(versionPart);
    if (version === null)
        fail(`Invalid wheel filename (invalid version): ${pyRepr(stem)}`);
    let buildTag = null;
    if (parts.length === 6) {
        const buildPart = parts[2] ?? '';
        const match = BUILD_TAG.exec(buildPart);
        if (!match)
            fail(`Invalid build number: ${buildPart} in ${pyRepr(stem)}`);
        buildTag = { number: Number(match?.[1]), suffix: match?.[2] ?? '' };
    }
    const [interpreters = '', abis = '', platforms = ''] = parts.slice(-3);
    return {
        filename,
        kind: 'wheel',
        name: (0,names/* normalizeProjectName */.yz)(namePart),
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

;// CONCATENATED MODULE: ./packages/dists/dist-filename.ts



/** Parse a wheel (`.whl`) or sdist (`.tar.gz`, legacy `.zip`) filename; anything else is a DistError `unknown-extension`. */
function parseDistFilename(filename) {
    if (filename.endsWith('.whl'))
        return parseWheelFilename(filename);
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip'))
        return parseSdistFilename(filename);
    throw new errors/* DistError */.b('unknown-extension', `${filename}: not a distribution file; expected a wheel (.whl) or an sdist (.tar.gz)`, filename);
}
/** The upload `filetype` twine sends for a filename, or null when twine would not upload it. */
function filetypeOf(filename) {
    if (filename.endsWith('.whl'))
        return 'bdist_wheel';
    if (filename.endsWith('.tar.gz') || filename.endsWith('.zip') || filename.endsWith('.tar.bz2'))
        return 'sdist';
    return null;
}


/***/ }),

/***/ 8809:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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

/***/ 2621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Qj: () => (/* binding */ normalizeVersion)
/* harmony export */ });
/* unused harmony exports formatVersion, publicVersion, baseVersion */
/* harmony import */ var _parse_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1695);
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

/***/ 1695:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
