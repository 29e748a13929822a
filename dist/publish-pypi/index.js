import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 369:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Or: () => (/* binding */ logIndexOf),
/* harmony export */   Tp: () => (/* binding */ statementBytes),
/* harmony export */   r$: () => (/* binding */ attestationFromBundle),
/* harmony export */   w9: () => (/* binding */ INTOTO_PAYLOAD_TYPE),
/* harmony export */   zj: () => (/* binding */ publishStatement)
/* harmony export */ });
/* unused harmony exports PUBLISH_PREDICATE_TYPE, SUPPORTED_PREDICATE_TYPES, STATEMENT_TYPE, BUNDLE_MEDIA_TYPE, ConversionError, bundleFromAttestation, attestedStatement */
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
class ConversionError extends Error {
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

/***/ 7561:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Z: () => (/* binding */ PUBLIC_GOOD_SIGSTORE),
  n: () => (/* binding */ createAttestationSigner)
});

;// CONCATENATED MODULE: ./packages/attestations/errors.ts
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

// EXTERNAL MODULE: ./packages/attestations/model.ts
var model = __nccwpck_require__(369);
;// CONCATENATED MODULE: ./packages/attestations/sign.ts
/**
 * Signing publish attestations with Sigstore: an in-toto statement per file, signed in a DSSE envelope by a
 * short-lived Fulcio certificate for the job's OIDC identity, witnessed by a Rekor entry, then converted to
 * PEP 740's attestation object. @sigstore/sign loads on first use, so bundles that never sign skip it.
 */


/** Sigstore's public-good instance. */
const PUBLIC_GOOD_SIGSTORE = {
    fulcioUrl: 'https://fulcio.sigstore.dev',
    rekorUrl: 'https://rekor.sigstore.dev',
};
const TOKEN_REUSE_MS = 60_000;
/** A signer for a whole release: one OIDC token, one certificate and one Rekor entry per file. */
async function createAttestationSigner(options) {
    const [{ DSSEBundleBuilder, FulcioSigner, RekorWitness }, { bundleToJSON }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(40), __nccwpck_require__.e(179)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5179)),
        __nccwpck_require__.e(/* import() */ 40).then(__nccwpck_require__.bind(__nccwpck_require__, 1040)),
    ]);
    // One token for many files, asked again after a minute: GitHub's expire after a few minutes.
    let token;
    const identityProvider = {
        getToken: () => {
            if (!token || Date.now() - token.at > TOKEN_REUSE_MS)
                token = { value: options.getIdToken(), at: Date.now() };
            return token.value;
        },
    };
    const timeout = options.timeoutMs ?? 30_000;
    const builder = new DSSEBundleBuilder({
        signer: new FulcioSigner({ fulcioBaseURL: options.fulcioUrl, identityProvider, timeout, retry: 2 }),
        witnesses: [new RekorWitness({ rekorBaseURL: options.rekorUrl, entryType: 'dsse', timeout, retry: 2 })],
    });
    return async (file) => {
        const data = (0,model/* statementBytes */.Tp)((0,model/* publishStatement */.zj)(file.filename, file.sha256));
        try {
            const bundle = await builder.create({ data, type: model/* INTOTO_PAYLOAD_TYPE */.w9 });
            return (0,model/* attestationFromBundle */.r$)(bundleToJSON(bundle));
        }
        catch (error) {
            throw new AttestationError(`${file.filename}: signing failed: ${causeLine(error)}`, { cause: error });
        }
    };
}


/***/ }),

/***/ 8839:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   VK: () => (/* binding */ shortDigest),
/* harmony export */   Xo: () => (/* binding */ formatSeconds),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
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

/***/ 4831:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ EXTRA_DIGESTS)
/* harmony export */ });
/** The digests beside sha256 by name alone: an action checks its input against them without loading the hashers. */
const EXTRA_DIGESTS = ['md5', 'blake2_256'];


/***/ }),

/***/ 8888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   yz: () => (/* binding */ normalizeProjectName)
/* harmony export */ });
/* unused harmony exports isValidProjectName, filenameProjectName */
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

/***/ 2447:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   S: () => (/* binding */ PublishError),
/* harmony export */   T: () => (/* binding */ oneLine)
/* harmony export */ });
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9827);
/** The one error type of the release core: a one-line message naming the file or input and the fix. */

/** A release that cannot go ahead (or could not finish); the message is one redacted line. */
class PublishError extends Error {
    name = 'PublishError';
    constructor(message, options) {
        super(oneLine(message), options);
    }
}
/** `text` as one redacted line: a message may quote a server, and servers echo credentials back. */
function oneLine(text) {
    return (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}


/***/ }),

/***/ 3666:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ filesOutput),
/* harmony export */   i: () => (/* binding */ countStatuses)
/* harmony export */ });
/** How many files ended in each status (every status present, zero when none). */
function countStatuses(files) {
    const counts = {
        uploaded: 0,
        'already-present': 0,
        skipped: 0,
        'would-upload': 0,
        failed: 0,
        pending: 0,
    };
    for (const file of files)
        counts[file.status]++;
    return counts;
}
/** The `files` output: one record per file, in upload order. */
function filesOutput(files) {
    return files.map(({ filename, sha256, size, status, url }) => ({ filename, sha256, size, status, url }));
}


/***/ }),

/***/ 2448:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dr: () => (/* binding */ NetworkError),
/* harmony export */   gS: () => (/* binding */ IndexUrlError),
/* harmony export */   pk: () => (/* binding */ PypiError),
/* harmony export */   w_: () => (/* binding */ IndexResponseError)
/* harmony export */ });
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(9827);
/** Errors raised by the index client; every message passes through `redact` when it is built. */

/** Base class: a one-line, redacted message. */
class PypiError extends Error {
    constructor(message, options) {
        super((0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(message), options);
        this.name = new.target.name;
    }
}
/** A repository or index URL that cannot be used as given (the message names the fix). */
class IndexUrlError extends PypiError {
}
/** A request that got no complete HTTP response: refused, reset, timed out, proxy refused the tunnel. */
class NetworkError extends PypiError {
    url;
    phase;
    bodySent;
    code;
    timedOut;
    constructor(message, url, phase, 
    /** True once the whole request body was handed to the socket. */
    bodySent, code, timedOut, options) {
        super(message, options);
        this.url = url;
        this.phase = phase;
        this.bodySent = bodySent;
        this.code = code;
        this.timedOut = timedOut;
    }
}
/** An index answered a read request with a status the caller cannot use (after retries). */
class IndexResponseError extends PypiError {
    url;
    status;
    constructor(message, url, status) {
        super(message);
        this.url = url;
        this.status = status;
    }
}


/***/ }),

/***/ 302:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cx: () => (/* binding */ jsonApiUrl),
/* harmony export */   bn: () => (/* binding */ simpleProjectUrl),
/* harmony export */   rW: () => (/* binding */ resolveIndexUrls)
/* harmony export */ });
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8888);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2448);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(9827);
/** Where an index's upload, simple, JSON and trusted-publishing endpoints live, from one URL. */



const KNOWN = {
    pypi: {
        kind: 'pypi',
        upload: 'https://upload.pypi.org/legacy/',
        simple: 'https://pypi.org/simple/',
        json: 'https://pypi.org/pypi/',
        oidcAudience: 'https://upload.pypi.org/_/oidc/audience',
        oidcMintToken: 'https://upload.pypi.org/_/oidc/mint-token',
    },
    testpypi: {
        kind: 'testpypi',
        upload: 'https://test.pypi.org/legacy/',
        simple: 'https://test.pypi.org/simple/',
        json: 'https://test.pypi.org/pypi/',
        oidcAudience: 'https://test.pypi.org/_/oidc/audience',
        oidcMintToken: 'https://test.pypi.org/_/oidc/mint-token',
    },
};
const PYPI_HOSTS = new Set(['pypi.org', 'upload.pypi.org', 'www.pypi.org']);
const TESTPYPI_HOSTS = new Set(['test.pypi.org', 'upload.test.pypi.org']);
/**
 * Map `pypi`, `testpypi`, an upload URL ending in `/legacy/` or an index URL ending in `/simple/` to all
 * endpoints of that index. A custom `http://host:port/prefix/legacy/` gives `…/prefix/simple/` and
 * `…/prefix/pypi/`. `…/legacy` without the slash is refused: PyPI answers it with a redirect, and a
 * redirect turns the upload POST into a GET.
 */
function resolveIndexUrls(repository, inputName = 'repository-url') {
    const text = repository.trim();
    if (text === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IndexUrlError */ .gS(`${inputName} is empty: use 'pypi', 'testpypi' or an upload URL ending in /legacy/`);
    const lower = text.toLowerCase();
    if (lower === 'pypi' || lower === 'testpypi')
        return { ...KNOWN[lower] };
    let url;
    try {
        url = new URL(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IndexUrlError */ .gS(`${inputName} '${text}' is not a URL: use 'pypi', 'testpypi' or an upload URL like https://upload.pypi.org/legacy/`);
    }
    // Credentials leave the URL first, so that no message below can show them.
    const auth = takeCredentials(url);
    const shown = url.href;
    if (url.protocol !== 'https:' && url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IndexUrlError */ .gS(`${inputName} '${shown}' must be an http:// or https:// URL`);
    }
    if (url.search || url.hash) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IndexUrlError */ .gS(`${inputName} '${shown}' must not carry a query or fragment: remove everything after '?' or '#'`);
    }
    const match = /^(.*\/)(legacy|simple)(\/?)$/.exec(url.pathname);
    if (!match) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IndexUrlError */ .gS(`${inputName} '${shown}' must end in /legacy/ (the upload API) or /simple/ (the index), e.g. https://upload.pypi.org/legacy/`);
    }
    const [, prefix = '/', endpoint, slash] = match;
    // `/simple` is only ever read (a GET survives the redirect); `/legacy` takes the upload POST.
    if (!slash && endpoint === 'legacy') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IndexUrlError */ .gS(`${inputName} '${shown}' must end with a slash: use '${shown}/'. Without it the index answers with a redirect, ` +
            'and following it would turn the upload POST into a GET.');
    }
    const host = url.hostname.toLowerCase();
    const known = PYPI_HOSTS.has(host) ? KNOWN.pypi : TESTPYPI_HOSTS.has(host) ? KNOWN.testpypi : undefined;
    if (known && url.protocol === 'https:' && prefix === '/' && !url.port) {
        return withAuth({ ...known }, auth);
    }
    const base = `${url.protocol}//${url.host}${prefix}`;
    return withAuth({
        kind: 'custom',
        upload: `${base}legacy/`,
        simple: `${base}simple/`,
        json: `${base}pypi/`,
        oidcAudience: `${url.protocol}//${url.host}${prefix}_/oidc/audience`,
        oidcMintToken: `${url.protocol}//${url.host}${prefix}_/oidc/mint-token`,
    }, auth);
}
/** The PEP 503 project page: `<simple>/<normalized-name>/`. */
function simpleProjectUrl(urls, project) {
    return `${urls.simple}${encodeURIComponent((0,_dists_index_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeProjectName */ .yz)(project))}/`;
}
/** The JSON API page of a project (`/pypi/<name>/json`) or of one release (`/pypi/<name>/<version>/json`). */
function jsonApiUrl(urls, project, version) {
    const name = encodeURIComponent((0,_dists_index_js__WEBPACK_IMPORTED_MODULE_1__/* .normalizeProjectName */ .yz)(project));
    return version === undefined
        ? `${urls.json}${name}/json`
        : `${urls.json}${name}/${encodeURIComponent(version)}/json`;
}
function takeCredentials(url) {
    if (!url.username && !url.password)
        return undefined;
    const auth = { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) };
    (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_2__/* .registerBasicAuth */ .WE)(auth.username, auth.password);
    url.username = '';
    url.password = '';
    return auth;
}
function withAuth(urls, auth) {
    return auth ? { ...urls, auth } : urls;
}


/***/ }),

/***/ 1245:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   QS: () => (/* binding */ registerProxyCredentials),
/* harmony export */   Zt: () => (/* binding */ bypassesProxy),
/* harmony export */   bD: () => (/* binding */ PROXY_VARIABLES),
/* harmony export */   th: () => (/* binding */ proxyForUrl)
/* harmony export */ });
/* unused harmony export parseProxyUrl */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2448);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9827);
/** Which proxy, if any, a request should use, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY as curl reads them. */


/**
 * The proxy for `target`, or null. Lower-case variables win over upper-case ones; NO_PROXY entries are
 * host names matching themselves and their subdomains (a leading `.` or `*.` is allowed), optional `:port`,
 * IP literals, or `*`. Loopback addresses never use a proxy (as @actions/http-client decides): a local
 * index on the runner must not be sent to a corporate proxy.
 */
function proxyForUrl(target, env = process.env) {
    const host = bareHost(target.hostname);
    if (isLoopback(host))
        return null;
    const raw = target.protocol === 'https:'
        ? (env.https_proxy ?? env.HTTPS_PROXY ?? env.all_proxy ?? env.ALL_PROXY)
        : (env.http_proxy ?? env.HTTP_PROXY ?? env.all_proxy ?? env.ALL_PROXY);
    if (!raw || raw.trim() === '')
        return null;
    if (bypassesProxy(target, env.no_proxy ?? env.NO_PROXY ?? ''))
        return null;
    return parseProxyUrl(raw.trim());
}
/** Parse a proxy URL; a bare `host:port` means `http://host:port`. Credentials become `Proxy-Authorization`. */
function parseProxyUrl(raw) {
    let url;
    try {
        url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IndexUrlError */ .gS(`proxy setting '${raw}' is not a URL: use http://host:port`);
    }
    if (url.protocol !== 'http:') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .IndexUrlError */ .gS(`proxy '${url.protocol}//${url.host}' is not supported: only http:// proxies are (set HTTPS_PROXY=http://host:port)`);
    }
    if (!url.username && !url.password)
        return { url };
    const username = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .registerBasicAuth */ .WE)(username, password);
    const authorization = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
    url.username = '';
    url.password = '';
    return { url, authorization };
}
/** True when NO_PROXY lists `target` (host, parent domain, IP, host:port, or `*`). */
function bypassesProxy(target, noProxy) {
    const host = bareHost(target.hostname).toLowerCase();
    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    for (const rawEntry of noProxy.split(/[\s,]+/)) {
        let entry = rawEntry.trim().toLowerCase();
        if (!entry)
            continue;
        if (entry === '*')
            return true;
        let entryPort;
        const portMatch = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
        if (portMatch?.[1] && portMatch[2]) {
            entry = portMatch[1];
            entryPort = portMatch[2];
        }
        if (entryPort && entryPort !== port)
            continue;
        entry = bareHost(entry).replace(/^\*?\./, '');
        if (host === entry || host.endsWith(`.${entry}`))
            return true;
    }
    return false;
}
function bareHost(hostname) {
    return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}
function isLoopback(host) {
    const lower = host.toLowerCase();
    if (lower === 'localhost' || lower.endsWith('.localhost'))
        return true;
    // A dotted IPv4 address (node:net's isIP would load the network stack at start-up for this).
    if (/^\d{1,3}(\.\d{1,3}){3}$/.test(lower))
        return lower.startsWith('127.');
    return lower === '::1' || lower === '0:0:0:0:0:0:0:1';
}
/** The variables a proxy URL (and so its credentials) may come from, in every spelling curl and pip read. */
const PROXY_VARIABLES = [
    'https_proxy',
    'HTTPS_PROXY',
    'http_proxy',
    'HTTP_PROXY',
    'all_proxy',
    'ALL_PROXY',
];
/**
 * Registers the credentials of every proxy URL in `env` as secrets, before anything can print them: the
 * runner does not mask environment variables, and pip, given the same environment, may echo them.
 */
function registerProxyCredentials(env = process.env) {
    for (const name of PROXY_VARIABLES) {
        const value = env[name]?.trim();
        if (value)
            (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_1__/* .registerUrlCredentials */ .ZY)(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
    }
}


/***/ }),

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E$: () => (/* binding */ redact),
  WE: () => (/* binding */ registerBasicAuth),
  cl: () => (/* binding */ registerSecret),
  ZY: () => (/* binding */ registerUrlCredentials),
  O3: () => (/* binding */ secrets)
});

// UNUSED EXPORTS: SecretRegistry

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


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 5317:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("child_process");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5675:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http2");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 4649:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 6193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:string_decoder");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 3557:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers");

/***/ }),

/***/ 6460:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("timers/promises");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 2018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 3106:
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
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
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
function commands_formatCommand(command, properties, message) {
    const props = Object.entries(properties)
        .filter((entry) => entry[1] !== undefined && entry[1] !== '')
        .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
        .join(',');
    return `::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

// EXTERNAL MODULE: ./packages/secrets/registry.ts + 1 modules
var registry = __nccwpck_require__(9827);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./packages/action-kit/stdout.ts
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
            written += (0,external_node_fs_.writeSync)(1, bytes, written);
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

;// CONCATENATED MODULE: ./packages/action-kit/log.ts



function write(line) {
    writeStdout(`${(0,registry/* redact */.E$)(line)}\n`);
}
function annotation(kind, message, props) {
    const properties = {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
    };
    write(commands_formatCommand(kind, properties, message));
}
/** A plain log line. */
function info(message) {
    write(message);
}
/** A line shown only when step debug logging is on. */
function debug(message) {
    write(commands_formatCommand('debug', {}, message));
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
    registry/* secrets */.O3.subscribe((form) => {
        // The runner masks each line of a multi-line value separately.
        for (const line of form.split(/\r?\n/)) {
            if (line)
                writeStdout(`${commands_formatCommand('add-mask', {}, line)}\n`);
        }
    });
}
/** Masks `value` in the runner's log from now on and redacts it from everything this process writes. */
function registerSecret(value) {
    maskRegisteredSecrets();
    (0,registry/* registerSecret */.cl)(value);
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
        error((0,registry/* redact */.E$)(failureMessage(thrown)));
        // Formatting a stack costs milliseconds; only a debug run shows it.
        if (isDebug() && thrown instanceof Error && thrown.stack)
            debug((0,registry/* redact */.E$)(thrown.stack));
        process.exitCode = 1;
    }
}

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
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
    return `${key}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}`;
}
function appendFileCommand(variable, message) {
    const path = process.env[variable];
    if (!path)
        throw new Error(`${variable} is not set: run this action inside a GitHub Actions job`);
    if (!(0,external_node_fs_.existsSync)(path))
        throw new Error(`${variable} points at a missing file: ${path}`);
    (0,external_node_fs_.appendFileSync)(path, `${message}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}
/** Sets a step output. Secrets are redacted: an output is not a place for them. */
function setOutput(name, value) {
    const safe = (0,registry/* redact */.E$)(value);
    if (process.env['GITHUB_OUTPUT']) {
        appendFileCommand('GITHUB_OUTPUT', keyValueMessage(name, safe));
        return;
    }
    // Old runners without GITHUB_OUTPUT still understand the deprecated command.
    writeStdout(`${external_node_os_namespaceObject.EOL}${commands_formatCommand('set-output', { name }, safe)}${external_node_os_namespaceObject.EOL}`);
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

;// CONCATENATED MODULE: ./packages/action-kit/oidc.ts


/** The runner gives this job no OIDC token; the message says why and shows the fix. */
class OidcUnavailableError extends Error {
    name = 'OidcUnavailableError';
}
/** Whether this run is a pull request from a fork, where GitHub never hands out OIDC tokens or secrets. */
function isForkPullRequest(event) {
    if (!['pull_request', 'pull_request_target'].includes(event.name))
        return false;
    const payload = event.payload;
    return payload?.pull_request?.head?.repo?.fork === true;
}
/** Explains a missing OIDC token request environment in one line, with the fix. */
function oidcUnavailableMessage(forkPullRequest) {
    if (forkPullRequest) {
        return 'Trusted publishing is refused for pull requests from forks: GitHub gives them no OIDC token. Publish from a push or release workflow in the repository itself.';
    }
    // Outside GitHub Actions (a local rehearsal) there is no OIDC at all: the token is the way there.
    return "Trusted publishing needs an OIDC token and this job can get none: set the `password` input to an API token (user `__token__`), or publish from a GitHub workflow whose job has `permissions: id-token: write` and is registered as a trusted publisher of the project on the index (PyPI: the project's Settings → Publishing).";
}
/**
 * The runner's OIDC token for `audience`, from GitHub's token service through @actions/core's client.
 * @actions/core is imported here, on first use, so actions that never publish do not pay for loading it.
 */
async function getIdToken(audience, forkPullRequest = false) {
    if (!process.env['ACTIONS_ID_TOKEN_REQUEST_URL'] || !process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN']) {
        throw new OidcUnavailableError(oidcUnavailableMessage(forkPullRequest));
    }
    useStdoutStream(); // @actions/core writes there too
    const core = await __nccwpck_require__.e(/* import() */ 421).then(__nccwpck_require__.bind(__nccwpck_require__, 6421));
    const token = await core.getIDToken(audience);
    registerSecret(token);
    return token;
}
/** The audience Sigstore's Fulcio takes OIDC tokens for. */
const SIGSTORE_AUDIENCE = 'sigstore';
/** The runner's OIDC token for Sigstore (audience `sigstore`): what signs PEP 740 attestations. */
function getSigstoreIdToken(forkPullRequest = false) {
    return getIdToken(SIGSTORE_AUDIENCE, forkPullRequest);
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

// EXTERNAL MODULE: ./packages/publish/report.ts
var report = __nccwpck_require__(3666);
// EXTERNAL MODULE: ./packages/publish/errors.ts
var errors = __nccwpck_require__(2447);
;// CONCATENATED MODULE: ./packages/attestations/stand-in.ts
/**
 * The environment variable naming a Sigstore stand-in's base URL (release-actions index serve's
 * `<index>/_/sigstore`): publish-pypi signs there and verify-pypi takes its trust root instead of public-good's.
 */
const SIGSTORE_URL_ENV = 'RELEASE_ACTIONS_SIGSTORE_URL';
/** The stand-in's base URL when SIGSTORE_URL_ENV names one (trailing slashes dropped), or undefined. */
function sigstoreStandInUrl(env = process.env) {
    return env[SIGSTORE_URL_ENV]?.replace(/\/+$/, '') || undefined;
}
/** The trust root a Sigstore stand-in at `baseUrl` (as sigstoreStandInUrl gives it) serves. */
function standInTrustRoot(baseUrl) {
    return { kind: 'url', url: `${baseUrl}/trusted_root.json` };
}

// EXTERNAL MODULE: ./packages/attestations/sign.ts + 1 modules
var sign = __nccwpck_require__(7561);
// EXTERNAL MODULE: ./packages/dists/digest-names.ts
var digest_names = __nccwpck_require__(4831);
// EXTERNAL MODULE: ./packages/pypi/proxy-env.ts
var proxy_env = __nccwpck_require__(1245);
// EXTERNAL MODULE: ./packages/pypi/index-urls.ts
var index_urls = __nccwpck_require__(302);
;// CONCATENATED MODULE: ./actions/publish-pypi/src/inputs.ts







/** Reads and checks every input; the errors name the input and what it accepts. */
function readSettings() {
    // First of all, so that nothing printed from here on can show it.
    const password = getInput('password');
    registerSecret(password);
    (0,proxy_env/* registerProxyCredentials */.QS)(process.env);
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const manifest = getInput('manifest');
    const source = manifest
        ? { manifest: (0,external_node_path_.resolve)(workspace, manifest) }
        : { directory: (0,external_node_path_.resolve)(workspace, getInput('packages-dir') || 'dist') };
    // Registers the credentials a URL carries, as it parses them.
    const urls = (0,index_urls/* resolveIndexUrls */.rW)(getInput('repository-url') || 'pypi', 'repository-url');
    const user = getInput('user') || '__token__';
    let credentials = null;
    if (password)
        credentials = { username: user, password };
    else if (urls.auth)
        credentials = urls.auth;
    else if (user !== '__token__') {
        throw new InputError(`Input user is ${JSON.stringify(user)} but password is empty: pass that user's password (or an API token with user __token__), or leave both unset for trusted publishing.`);
    }
    return {
        source,
        urls,
        password: credentials,
        dryRun: getBooleanInput('dry-run', false),
        verifyMetadata: getBooleanInput('verify-metadata', true),
        skipExisting: getBooleanInput('skip-existing', false),
        extraDigests: readExtraDigests(),
        printHash: getBooleanInput('print-hash', true),
        concurrency: getIntegerInput('concurrency', 4, { min: 1, max: 32 }),
        forkPullRequest: forkPullRequest(),
        attestations: readAttestations(credentials !== null),
    };
}
/** The attestations input: on by default under trusted publishing, off with a password (PyPI refuses them). */
function readAttestations(password) {
    if (!getBooleanInput('attestations', !password))
        return null;
    if (password)
        throw new InputError('Input attestations is true but a password (API token) is given: PyPI takes attestations only from trusted publishers. Leave password empty to publish with trusted publishing, or set attestations to false.');
    const standIn = sigstoreStandInUrl();
    const temp = process.env['RUNNER_TEMP'] || (0,external_node_os_namespaceObject.tmpdir)();
    return {
        fulcioUrl: standIn ?? sign/* PUBLIC_GOOD_SIGSTORE */.Z.fulcioUrl,
        rekorUrl: standIn ?? sign/* PUBLIC_GOOD_SIGSTORE */.Z.rekorUrl,
        directory: (0,external_node_path_.join)(temp, 'publish-pypi-attestations'),
    };
}
/** The digests input: names separated by spaces, commas or lines; sha256 is implied, `all` is twine's set. */
function readExtraDigests() {
    const names = getInput('digests')
        .split(/[\s,]+/)
        .filter((name) => name !== '');
    if (names.length === 1 && names[0] === 'all')
        return [...digest_names/* EXTRA_DIGESTS */.R];
    const extras = [];
    for (const name of names) {
        if (name === 'sha256')
            continue;
        if (!digest_names/* EXTRA_DIGESTS */.R.includes(name))
            throw new InputError(`Input digests takes sha256, md5 and blake2_256 (or all, twine's set), got ${JSON.stringify(name)}.`);
        if (!extras.includes(name))
            extras.push(name);
    }
    return extras;
}
/** Whether this run is a pull request from a fork (read from the event payload, only for pull requests). */
function forkPullRequest() {
    const name = process.env['GITHUB_EVENT_NAME'] ?? '';
    const path = process.env['GITHUB_EVENT_PATH'];
    if (!path || !['pull_request', 'pull_request_target'].includes(name))
        return false;
    try {
        return isForkPullRequest({ name, payload: JSON.parse((0,external_node_fs_.readFileSync)(path, 'utf8')) });
    }
    catch {
        return false;
    }
}

// EXTERNAL MODULE: ./packages/common/format.ts
var format = __nccwpck_require__(8839);
;// CONCATENATED MODULE: ./actions/publish-pypi/src/progress.ts


const ACTION_WORDS = {
    upload: 'to upload',
    'already-present': 'already on the index',
    skip: 'skipped',
};
/** Logs a release's progress as it happens: the plan, each upload, retries and warnings. */
function logProgress(printHash) {
    return (event) => {
        switch (event.type) {
            case 'planned':
                logPlan(event.plan, printHash);
                break;
            case 'authenticated':
                info(event.method === 'trusted-publishing'
                    ? `Trusted publishing: upload token minted${event.expiresAt ? `, valid until ${new Date(event.expiresAt).toISOString()}` : ''}`
                    : 'Authenticating with the given password');
                break;
            case 'attested':
                info(`Attested ${event.filename}: Sigstore-signed, Rekor log index ${event.logIndex ?? 'unknown'}, kept at ${event.path}`);
                break;
            case 'upload-started':
                info(`↑ ${event.filename} (${(0,format/* formatBytes */.z3)(event.size)})`);
                break;
            case 'upload-retry':
                info(`  ${event.filename}: attempt ${event.attempt} failed (${event.reason}); retrying in ${(0,format/* formatSeconds */.Xo)(event.delayMs / 1000)}`);
                break;
            case 'upload-finished': {
                const { result } = event;
                const detail = result.message ? `: ${result.message}` : '';
                info(`${result.status === 'uploaded' ? '✓' : result.status === 'failed' ? '✗' : '·'} ${result.filename} ${result.status} in ${(0,format/* formatSeconds */.Xo)(result.seconds)}${detail}`);
                break;
            }
            case 'warning':
                warning(event.message);
                break;
        }
    };
}
function logPlan(plan, printHash) {
    info(`Release ${plan.project} ${plan.version}: ${plan.entries.length} file${plan.entries.length === 1 ? '' : 's'}`);
    for (const { file, action } of plan.entries) {
        info(`  ${file.filename} (${(0,format/* formatBytes */.z3)(file.hashes?.size ?? 0)}): ${ACTION_WORDS[action]}`);
        if (printHash && file.hashes) {
            info(`    sha256      ${file.hashes.sha256}`);
            if (file.hashes.md5)
                info(`    md5         ${file.hashes.md5}`);
            if (file.hashes.blake2_256)
                info(`    blake2b-256 ${file.hashes.blake2_256}`);
        }
    }
    for (const message of plan.warnings)
        warning(message);
    for (const problem of plan.problems)
        info(`✗ ${problem.filename ? `${problem.filename} ` : ''}${problem.message}`);
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
        this.parts.push(`${external_node_os_namespaceObject.EOL}\`\`\`${language}${external_node_os_namespaceObject.EOL}${text}${external_node_os_namespaceObject.EOL}\`\`\`${external_node_os_namespaceObject.EOL}`);
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
        return (0,registry/* redact */.E$)(this.parts.join(external_node_os_namespaceObject.EOL));
    }
    /** Appends the summary to the step summary file; a no-op outside a runner. */
    write() {
        const path = process.env['GITHUB_STEP_SUMMARY'];
        if (!path)
            return;
        (0,external_node_fs_.appendFileSync)(path, `${this.toString()}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
    }
}

;// CONCATENATED MODULE: ./actions/publish-pypi/src/summary.ts




const PERMISSIONS_FIX = `jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
      contents: read`;
/** The job summary of a release: one row per file (size, sha256, status, seconds), then problems and warnings. */
function releaseSummary(result, urls) {
    const counts = (0,report/* countStatuses */.i)(result.files);
    const where = new URL(urls.upload).host;
    const summary = new Summary().heading(`${result.dryRun ? 'Dry run: ' : ''}${result.project || 'Release'} ${result.version} → ${where}`);
    const parts = [
        `${counts.uploaded} uploaded`,
        `${counts['already-present']} already present`,
        counts.skipped > 0 ? `${counts.skipped} skipped` : '',
        counts['would-upload'] > 0 ? `${counts['would-upload']} would be uploaded` : '',
        counts.failed > 0 ? `${counts.failed} failed` : '',
        counts.pending > 0 ? `${counts.pending} not uploaded` : '',
    ].filter(Boolean);
    summary.paragraph(result.failure ? `${parts.join(', ')}. ${result.failure}` : `${parts.join(', ')}.`);
    summary.table(['File', 'Size', 'sha256', 'Status', 'Seconds'], result.files.map((file) => [
        file.url
            ? { html: `<a href="${escapeHtml(file.url)}">${escapeHtml(file.filename)}</a>` }
            : file.filename,
        (0,format/* formatBytes */.z3)(file.size),
        { html: `<code>${escapeHtml(file.sha256)}</code>` },
        file.message ? `${file.status}: ${file.message}` : file.status,
        file.seconds > 0 ? (0,format/* formatSeconds */.Xo)(file.seconds) : '',
    ]));
    const attested = Object.entries(result.attestations ?? {});
    if (attested.length > 0) {
        summary.paragraph(`Attested (PEP 740): ${attested.length} file${attested.length === 1 ? '' : 's'} signed with Sigstore, Rekor log index ${attested.map(([name, index]) => `${name} ${index ?? '?'}`).join(', ')}.`);
    }
    if (result.problems.length > 0) {
        summary
            .heading('Nothing was uploaded because', 3)
            .list(result.problems.map((p) => `${p.filename ? `${p.filename} ` : ''}${p.message}`));
    }
    if (result.warnings.length > 0)
        summary.heading('Warnings', 3).list(result.warnings);
    if (result.ignored.length > 0)
        summary.paragraph(`Not distributions, left out: ${result.ignored.join(', ')}`);
    return summary;
}
/**
 * Why trusted publishing failed: PyPI's error codes, and the claims of the job's OIDC token that PyPI
 * matched against the project's trusted publishers (or the permissions fix when there was no token).
 */
function trustedPublishingSummary(error) {
    const summary = new Summary().heading('Trusted publishing failed');
    if (error.cause instanceof OidcUnavailableError) {
        summary.paragraph(error.cause.message).code(PERMISSIONS_FIX, 'yaml');
        return summary;
    }
    summary.paragraph(error.message);
    if (error.errors.length > 0) {
        summary.table(['PyPI error', 'Description'], error.errors.map((e) => [{ html: `<code>${escapeHtml(e.code)}</code>` }, e.description]));
    }
    const claims = error.claims;
    if (claims) {
        const rows = [
            ['repository', claims.repository],
            ['workflow', claims.workflow_ref],
            ['ref', claims.ref],
            ['environment', claims.environment ?? '(none)'],
            ['event', claims.event_name],
        ];
        summary
            .paragraph("The job's OIDC token says the following; the trusted publisher configured for the project on the index (its Publishing settings) must name the same repository, workflow file and environment:")
            .table(['Claim', 'Value'], rows
            .filter(([, v]) => v !== undefined)
            .map(([k, v]) => [k, { html: `<code>${escapeHtml(v ?? '')}</code>` }]));
    }
    return summary;
}

;// CONCATENATED MODULE: ./actions/publish-pypi/src/main.ts





function writeOutputs(result) {
    const counts = (0,report/* countStatuses */.i)(result.files);
    setOutput('uploaded', String(counts.uploaded));
    setOutput('already-present', String(counts['already-present']));
    setOutput('files', JSON.stringify((0,report/* filesOutput */.$)(result.files)));
    setOutput('attestations', JSON.stringify(result.attestations ?? {}));
}
function attestationOptions(settings) {
    const { attestations } = settings;
    if (!attestations)
        return undefined;
    return {
        directory: attestations.directory,
        createSigner: async () => {
            const { createAttestationSigner } = await __nccwpck_require__.e(/* import() */ 416).then(__nccwpck_require__.bind(__nccwpck_require__, 416));
            return createAttestationSigner({
                fulcioUrl: attestations.fulcioUrl,
                rekorUrl: attestations.rekorUrl,
                getIdToken: () => getSigstoreIdToken(settings.forkPullRequest),
            });
        },
    };
}
/** What to do when the index turns trusted publishing away (it answered, but offers no audience). */
const USE_A_TOKEN = "set the `password` input to an API token (user `__token__`), or enable trusted publishing on the index (PyPI: the project's Settings → Publishing; release-actions index serve: --trusted-publishers)";
async function publish(settings) {
    // The index client, the archive readers and the upload load once the inputs are good.
    const [{ publishRelease }, { TrustedPublishingError }] = await Promise.all([
        Promise.all(/* import() */[__nccwpck_require__.e(641), __nccwpck_require__.e(825)]).then(__nccwpck_require__.bind(__nccwpck_require__, 5825)),
        Promise.all(/* import() */[__nccwpck_require__.e(641), __nccwpck_require__.e(155)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1155)),
    ]);
    try {
        return await publishRelease({
            source: settings.source,
            urls: settings.urls,
            credentials: settings.password
                ? { kind: 'password', ...settings.password }
                : {
                    kind: 'trusted-publishing',
                    getIdToken: (audience) => getIdToken(audience, settings.forkPullRequest),
                },
            dryRun: settings.dryRun,
            verifyMetadata: settings.verifyMetadata,
            skipExisting: settings.skipExisting,
            concurrency: settings.concurrency,
            extraDigests: settings.extraDigests,
            attestations: attestationOptions(settings),
            onEvent: logProgress(settings.printHash),
        });
    }
    catch (error) {
        if (!(error instanceof TrustedPublishingError))
            throw error;
        trustedPublishingSummary(error).write();
        // Without a token the runner's own explanation, with the fix, is the whole story.
        if (error.cause instanceof OidcUnavailableError)
            throw new errors/* PublishError */.S(error.cause.message);
        if (error.stage === 'audience' && (error.status === 403 || error.status === 404))
            throw new errors/* PublishError */.S(`${error.message}; ${USE_A_TOKEN}`);
        throw error;
    }
}
/** publish-pypi: preflight every file and the index, then upload what is missing; resumable. */
async function main() {
    const settings = readSettings();
    if (!settings.password && !settings.dryRun && settings.forkPullRequest) {
        throw new InputError(oidcUnavailableMessage(true));
    }
    const result = await publish(settings);
    writeOutputs(result);
    releaseSummary(result, settings.urls).write();
    if (result.failure)
        throw new errors/* PublishError */.S(result.failure);
}

;// CONCATENATED MODULE: ./actions/publish-pypi/src/index.ts


void runAction(main);

