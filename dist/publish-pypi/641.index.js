export const id = 641;
export const ids = [641];
export const modules = {

/***/ 4027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ BufferPool)
/* harmony export */ });
/**
 * Reusable I/O buffers. Node allocates each large Buffer with malloc, and glibc serves freed ones back from
 * its heap without returning the pages: a buffer per file (or per upload attempt) grows the process's
 * resident memory with every file of a release, long after the garbage collector freed them. Borrowing
 * from a pool keeps the same few allocations for the life of the process.
 */
class BufferPool {
    size;
    keep;
    idle = [];
    /** Buffers of `size` bytes; at most `keep` idle ones are held between uses. */
    constructor(size, keep) {
        this.size = size;
        this.keep = keep;
    }
    /** A buffer of `size` bytes, with whatever bytes its last user left in it. */
    take() {
        return this.idle.pop() ?? new ArrayBuffer(this.size);
    }
    /** Gives a buffer back; it must not be used afterwards. Foreign sizes and surplus are left to the collector. */
    give(buffer) {
        if (buffer.byteLength === this.size && this.idle.length < this.keep)
            this.idle.push(buffer);
    }
}


/***/ }),

/***/ 3245:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YA: () => (/* binding */ apiTokenAuth),
/* harmony export */   aR: () => (/* binding */ basicAuthorization),
/* harmony export */   hi: () => (/* binding */ resolveAuth),
/* harmony export */   km: () => (/* binding */ passwordAuth)
/* harmony export */ });
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9827);

/** An API token as PyPI expects it: user `__token__`, the token as password; registered for redaction. */
function apiTokenAuth(token) {
    return passwordAuth('__token__', token);
}
/** A user name and password (for indexes without tokens); the password is registered for redaction. */
function passwordAuth(username, password) {
    (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_0__/* .registerBasicAuth */ .WE)(username, password);
    return { username, password };
}
/** The `Authorization` header value for Basic credentials. */
function basicAuthorization(auth) {
    return `Basic ${Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')}`;
}
/** The credentials to use now. */
async function resolveAuth(auth) {
    return 'getAuth' in auth ? auth.getAuth() : auth;
}


/***/ }),

/***/ 3240:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ defaultHttpClient)
/* harmony export */ });
/* harmony import */ var _http_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5211);
/** The HTTP client used when a caller passes none: one per process, so keep-alive connections are shared. */

let shared;
/** The process-wide client (proxy settings read from process.env when first used). */
function defaultHttpClient() {
    shared ??= (0,_http_client_js__WEBPACK_IMPORTED_MODULE_0__/* .createHttpClient */ .u)();
    return shared;
}


/***/ }),

/***/ 9803:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ findFile)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2448);
/* harmony import */ var _json_api_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1796);
/* harmony import */ var _simple_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6568);
/** Is this file on the index, and with which digest? Asked after an ambiguous upload and by verification. */



/**
 * Look for `filename` in release `version` of `project`: the JSON API first (fresh by default: it reaches
 * the origin past the CDN), then the simple page when the JSON API lacks the release or is not offered.
 */
async function findFile(urls, project, version, filename, options = {}) {
    const read = { fresh: true, ...options };
    try {
        const release = await (0,_json_api_js__WEBPACK_IMPORTED_MODULE_0__/* .fetchReleaseJson */ .A)(urls, project, version, read);
        const file = release?.files.find((f) => f.filename === filename);
        if (file) {
            const found = { present: true, sha256: file.digests.sha256, source: 'json' };
            if (file.size >= 0)
                found.size = file.size;
            return found;
        }
    }
    catch (err) {
        // An index without a JSON API (or a broken one) may still have a simple page.
        if (!(err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .IndexResponseError */ .w_))
            throw err;
    }
    const page = await (0,_simple_api_js__WEBPACK_IMPORTED_MODULE_2__/* .fetchSimpleProject */ .Aw)(urls, project, read);
    const file = page?.files.find((f) => f.filename === filename);
    if (!file)
        return { present: false, source: 'simple' };
    const found = { present: true, source: 'simple' };
    if (file.hashes.sha256)
        found.sha256 = file.hashes.sha256;
    if (file.size !== undefined)
        found.size = file.size;
    return found;
}


/***/ }),

/***/ 5211:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ userAgent),
/* harmony export */   u: () => (/* binding */ createHttpClient)
/* harmony export */ });
/** The User-Agent this package sends: the caller's product token, then the client and the runtime. */
function userAgent(product) {
    const parts = [
        product,
        'release-actions-pypi',
        `node/${process.versions.node}`,
        `(${process.platform}; ${process.arch})`,
    ];
    return parts.filter(Boolean).join(' ');
}
/**
 * A client with keep-alive agents (one per proxy route), honouring the proxy environment. Node's network
 * stack (http, https, tls: a fifth of an action's start-up) is loaded with the first request.
 */
function createHttpClient(options = {}) {
    let client = null;
    return {
        request(request) {
            client ??= __webpack_require__.e(/* import() */ 411).then(__webpack_require__.bind(__webpack_require__, 9792)).then(({ NodeHttpClient }) => new NodeHttpClient(options));
            return client.then((c) => c.request(request));
        },
        close() {
            void client?.then((c) => c.close());
        },
    };
}


/***/ }),

/***/ 1796:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ fetchReleaseJson),
/* harmony export */   J: () => (/* binding */ parseReleaseJson)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2448);
/* harmony import */ var _index_urls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(302);
/* harmony import */ var _read_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23);
/* harmony import */ var _upload_outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1663);
/** The JSON API's release page (`/pypi/<name>/<version>/json`): which files a release has, with digests. */




/** The release, or null when the index has no such project or version (404). */
async function fetchReleaseJson(urls, project, version, options = {}) {
    const url = (0,_index_urls_js__WEBPACK_IMPORTED_MODULE_0__/* .jsonApiUrl */ .Cx)(urls, project, version);
    const response = await (0,_read_request_js__WEBPACK_IMPORTED_MODULE_1__/* .getWithRetries */ .T)(urls, url, { Accept: 'application/json' }, { ...options, bustQuery: true });
    if (response.status === 404 || response.status === 410)
        return null;
    if (response.status !== 200)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IndexResponseError */ .w_(`GET ${url}: ${(0,_upload_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .responseMessage */ .tw)(response)}`, url, response.status);
    const release = parseReleaseJson(response.body.toString('utf8'), url);
    const serial = Number(response.headers['x-pypi-last-serial']);
    if (Number.isInteger(serial))
        release.lastSerial = serial;
    return release;
}
/** Parse a release page; files without a filename or sha256 digest are an error, not skipped. */
function parseReleaseJson(text, url) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`${url} did not return JSON`);
    }
    const info = json.info;
    if (!info ||
        typeof info.name !== 'string' ||
        typeof info.version !== 'string' ||
        !Array.isArray(json.urls)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`${url} is not a JSON API release page: 'info.name', 'info.version' or 'urls' missing`);
    }
    const files = json.urls.map((entry) => releaseFile(entry, url));
    return { name: info.name, version: info.version, files, yanked: info.yanked === true, url };
}
function releaseFile(entry, pageUrl) {
    const sha256 = entry.digests?.sha256;
    if (typeof entry.filename !== 'string' || typeof sha256 !== 'string') {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`${pageUrl} lists a file without filename or digests.sha256`);
    }
    const file = {
        filename: entry.filename,
        url: typeof entry.url === 'string' ? entry.url : '',
        size: typeof entry.size === 'number' ? entry.size : -1,
        digests: { sha256: sha256.toLowerCase() },
        yanked: entry.yanked === true,
    };
    if (typeof entry.digests?.md5 === 'string')
        file.digests.md5 = entry.digests.md5.toLowerCase();
    if (typeof entry.digests?.blake2b_256 === 'string')
        file.digests.blake2b_256 = entry.digests.blake2b_256.toLowerCase();
    if (typeof entry.packagetype === 'string')
        file.packagetype = entry.packagetype;
    if (typeof entry.requires_python === 'string' && entry.requires_python)
        file.requiresPython = entry.requires_python;
    if (typeof entry.yanked_reason === 'string' && entry.yanked_reason)
        file.yankedReason = entry.yanked_reason;
    if (typeof entry.upload_time_iso_8601 === 'string')
        file.uploadTime = entry.upload_time_iso_8601;
    return file;
}


/***/ }),

/***/ 6571:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RP: () => (/* binding */ multipartBody)
/* harmony export */ });
/* unused harmony exports newBoundary, quoteParam */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _dists_index_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4027);
/**
 * multipart/form-data framed byte for byte as twine's encoder (requests_toolbelt) frames it, with the file
 * part streamed from an open descriptor: constant memory and a Content-Length known before sending.
 */



/** A boundary as requests_toolbelt makes them: 32 random hex digits. */
function newBoundary() {
    return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('hex');
}
/** Build the body: every field, then the file part, then the closing boundary. */
function multipartBody(fields, file, boundary = newBoundary()) {
    const head = Buffer.concat([
        ...fields.map(([name, value]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoteParam(name)}"\r\n\r\n${value}\r\n`, 'utf8')),
        Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${quoteParam(file.field)}"; filename="${quoteParam(file.filename)}"\r\n` +
            `Content-Type: ${file.contentType}\r\n\r\n`, 'utf8'),
    ]);
    const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
    return {
        boundary,
        contentType: `multipart/form-data; boundary=${boundary}`,
        length: head.length + file.size + tail.length,
        writeTo: async (sink) => {
            await sink(head);
            await writeFileRange(file, sink);
            await sink(tail);
        },
    };
}
const readAt = (0,node_util__WEBPACK_IMPORTED_MODULE_1__.promisify)(node_fs__WEBPACK_IMPORTED_MODULE_0__.read);
/**
 * Two chunks per upload in flight (the action sends up to 32 at once), pooled across files and retries.
 * 256 KiB rather than 64: a quarter of the reads through libuv's thread pool, about 8% off a 1 GiB upload.
 */
const chunks = new _dists_index_js__WEBPACK_IMPORTED_MODULE_2__/* .BufferPool */ .P(1 << 18, 64);
/**
 * Sends the file through two buffers in turn: the next chunk is read while the previous one is being
 * written, and no buffer is reused before the sink has let go of it. A read stream would allocate a fresh
 * chunk per read, and over a 1 GiB wheel that garbage alone outgrows the action's memory budget.
 * The caller owns the descriptor (a retry sends the body again), so it is read by offset, never closed.
 */
async function writeFileRange(file, sink) {
    const memory = [chunks.take(), chunks.take()];
    let writing = Promise.resolve();
    try {
        const buffers = memory.map((m) => Buffer.from(m));
        for (let offset = 0, turn = 0; offset < file.size; turn ^= 1) {
            const buffer = buffers[turn];
            const length = Math.min(buffer.length, file.size - offset);
            const { bytesRead } = await readAt(file.fd, buffer, 0, length, offset);
            if (bytesRead === 0)
                break; // The file shrank; the sender's length check reports it.
            offset += bytesRead;
            await writing;
            writing = sink(buffer.subarray(0, bytesRead));
            // Observed at the next await; until then a failure must not count as unhandled.
            writing.catch(() => undefined);
        }
        await writing;
    }
    finally {
        // Only once the last write let go of its chunk (a failed one rejects after the socket dropped it).
        await writing.catch(() => undefined);
        for (const m of memory)
            chunks.give(m);
    }
}
/** urllib3's HTML5-style parameter quoting (the one requests_toolbelt uses): `"` → %22, `\` doubled, controls %XX. */
function quoteParam(value) {
    return value.replace(/[\\"\u0000-\u001a\u001c-\u001f]/g, (ch) => {
        if (ch === '\\')
            return '\\\\';
        return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
    });
}


/***/ }),

/***/ 1730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ decodeOidcClaims)
/* harmony export */ });
/** The claims of the runner's OIDC token, read without verifying it: for explaining a refused exchange. */
const CLAIMS = [
    'iss',
    'aud',
    'sub',
    'repository',
    'repository_owner',
    'workflow_ref',
    'job_workflow_ref',
    'ref',
    'environment',
    'event_name',
    'exp',
];
/** Decode the payload of a JWT (no signature check: these claims are only shown to the user). Null if malformed. */
function decodeOidcClaims(jwt) {
    const payload = jwt.split('.')[1];
    if (!payload)
        return null;
    let json;
    try {
        json = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    }
    catch {
        return null;
    }
    if (!json || typeof json !== 'object')
        return null;
    const source = json;
    const out = {};
    for (const key of CLAIMS) {
        const value = source[key];
        if (typeof value === 'string' || typeof value === 'number')
            out[key] = value;
        else if (key === 'aud' && Array.isArray(value))
            out[key] = value.filter((v) => typeof v === 'string');
    }
    return out;
}


/***/ }),

/***/ 23:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ getWithRetries),
/* harmony export */   c: () => (/* binding */ cacheBusted)
/* harmony export */ });
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3245);
/* harmony import */ var _default_client_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3240);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2448);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6957);
/* harmony import */ var _upload_outcome_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1663);
/** GET for the read APIs: retried on network errors, 429 and 5xx; credentials from the index URL; cache-busting. */





/** Make `url` unique so that a CDN which keys on the query string misses its cache. */
function cacheBusted(url) {
    // Web Crypto, loaded on first use: importing node:crypto would cost every action's start-up.
    const bust = `${Date.now().toString(36)}${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(4))).toString('hex')}`;
    return `${url}${url.includes('?') ? '&' : '?'}cachebust=${bust}`;
}
/** GET `url` with retries; any final response is returned (404 included), network errors thrown after the last try. */
async function getWithRetries(urls, url, headers, options) {
    const client = options.client ?? (0,_default_client_js__WEBPACK_IMPORTED_MODULE_0__/* .defaultHttpClient */ .B)();
    const allHeaders = { ...headers };
    if (urls.auth)
        allHeaders.Authorization = (0,_auth_js__WEBPACK_IMPORTED_MODULE_1__/* .basicAuthorization */ .aR)(urls.auth);
    if (options.fresh)
        allHeaders['Cache-Control'] = 'no-cache';
    const now = () => options.clock?.now() ?? Date.now();
    const { result } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)(async () => {
        const target = options.fresh && options.bustQuery ? cacheBusted(url) : url;
        try {
            return {
                response: await client.request({
                    method: 'GET',
                    url: target,
                    headers: allHeaders,
                    timeoutMs: options.timeoutMs,
                }),
            };
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_3__/* .NetworkError */ .Dr)
                return { error: err };
            throw err;
        }
    }, ({ response, error }) => {
        if (error)
            return { retry: true, reason: error.message };
        const status = response?.status ?? 0;
        if (status === 429 || status >= 500) {
            const retryAfterMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(response?.headers['retry-after'], now());
            const reason = `GET ${url}: ${response ? (0,_upload_outcome_js__WEBPACK_IMPORTED_MODULE_4__/* .responseMessage */ .tw)(response) : status}`;
            return retryAfterMs === undefined ? { retry: true, reason } : { retry: true, reason, retryAfterMs };
        }
        return { retry: false };
    }, options);
    if (result.error)
        throw result.error;
    return result.response;
}


/***/ }),

/***/ 6957:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LH: () => (/* binding */ withRetries),
/* harmony export */   Q4: () => (/* binding */ backoffDelayMs),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY),
/* harmony export */   j6: () => (/* binding */ nextDelayMs),
/* harmony export */   ml: () => (/* binding */ systemClock),
/* harmony export */   mu: () => (/* binding */ parseRetryAfter)
/* harmony export */ });
/** Exponential backoff with full jitter, honouring Retry-After; clock and randomness injectable for tests. */
/** The real clock. */
const systemClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
/** Defaults suited to PyPI: five attempts spread over up to about a minute. */
const DEFAULT_RETRY_POLICY = {
    maxAttempts: 5,
    baseDelayMs: 1_000,
    maxDelayMs: 30_000,
    maxRetryAfterMs: 120_000,
};
/** Full jitter: uniform in [0, min(maxDelay, base · 2^(attempt-1))). `attempt` counts from 1. */
function backoffDelayMs(attempt, policy, random = Math.random) {
    const window = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
    return Math.floor(random() * window);
}
/** Retry-After as milliseconds from `nowMs`: delta-seconds or an HTTP-date; undefined when absent or invalid. */
function parseRetryAfter(value, nowMs) {
    const text = (Array.isArray(value) ? value[0] : value)?.trim();
    if (!text)
        return undefined;
    if (/^\d+$/.test(text))
        return Number(text) * 1000;
    // An HTTP-date names its weekday ("Wed, 21 Oct 2015 07:28:00 GMT"); Date.parse would also take "-3".
    if (!/^[A-Za-z]{3},? /.test(text))
        return undefined;
    const at = Date.parse(text);
    if (Number.isNaN(at))
        return undefined;
    return Math.max(0, at - nowMs);
}
/** The wait before the next attempt: the jittered backoff, but never less than a (capped) Retry-After. */
function nextDelayMs(attempt, policy, random, retryAfterMs) {
    const backoff = backoffDelayMs(attempt, policy, random);
    if (retryAfterMs === undefined)
        return backoff;
    return Math.max(backoff, Math.min(retryAfterMs, policy.maxRetryAfterMs));
}
/**
 * Run `attempt` until `classify` says stop or the attempts run out; returns the last result and how many
 * attempts were made. Exceptions from `attempt` are not retried: turn retryable failures into values.
 */
async function withRetries(attempt, classify, context = {}) {
    const policy = { ...DEFAULT_RETRY_POLICY, ...context.policy };
    const clock = context.clock ?? systemClock;
    const random = context.random ?? Math.random;
    for (let n = 1;; n++) {
        const result = await attempt(n);
        const verdict = classify(result);
        if (!verdict.retry || n >= policy.maxAttempts)
            return { result, attempts: n };
        const delayMs = nextDelayMs(n, policy, random, verdict.retryAfterMs);
        context.onRetry?.({ attempt: n, delayMs, reason: verdict.reason });
        await clock.sleep(delayMs);
    }
}


/***/ }),

/***/ 6568:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Aw: () => (/* binding */ fetchSimpleProject),
/* harmony export */   IH: () => (/* binding */ SIMPLE_ACCEPT),
/* harmony export */   S6: () => (/* binding */ parseSimpleJson)
/* harmony export */ });
/* unused harmony export parseSimpleResponse */
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2448);
/* harmony import */ var _index_urls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(302);
/* harmony import */ var _read_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23);
/* harmony import */ var _simple_html_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3127);
/* harmony import */ var _upload_outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1663);
/** Reading a project page from a simple index: PEP 691 JSON preferred, PEP 503 HTML understood. */





/** JSON first; HTML for indexes that only speak PEP 503 (the q-values are pip's). */
const SIMPLE_ACCEPT = 'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';
/** The project page, or null when the index does not know the project (404). */
async function fetchSimpleProject(urls, project, options = {}) {
    const url = (0,_index_urls_js__WEBPACK_IMPORTED_MODULE_0__/* .simpleProjectUrl */ .bn)(urls, project);
    const response = await (0,_read_request_js__WEBPACK_IMPORTED_MODULE_1__/* .getWithRetries */ .T)(urls, url, { Accept: SIMPLE_ACCEPT }, options);
    if (response.status === 404 || response.status === 410)
        return null;
    if (response.status !== 200) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .IndexResponseError */ .w_(`GET ${url}: ${(0,_upload_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .responseMessage */ .tw)(response)}`, url, response.status);
    }
    return parseSimpleResponse(response, project);
}
/** Parse a 200 response by its Content-Type (JSON for `…+json`, HTML otherwise). */
function parseSimpleResponse(response, project) {
    const type = String(response.headers['content-type'] ?? '').toLowerCase();
    const text = response.body.toString('utf8');
    const page = type.includes('json')
        ? parseSimpleJson(text, response.url)
        : (0,_simple_html_js__WEBPACK_IMPORTED_MODULE_4__/* .parseSimpleHtml */ .X)(text, response.url, project);
    const serial = Number(response.headers['x-pypi-last-serial']);
    if (Number.isInteger(serial))
        page.lastSerial = serial;
    return page;
}
/** Parse a PEP 691 JSON project page (URLs resolved against the page URL). */
function parseSimpleJson(text, pageUrl) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`${pageUrl} is not valid PEP 691 JSON`);
    }
    if (typeof json.name !== 'string' || !Array.isArray(json.files)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`${pageUrl} is not a PEP 691 project page: 'name' or 'files' missing`);
    }
    const files = json.files.flatMap((entry) => {
        const file = pep691File(entry, pageUrl);
        return file ? [file] : [];
    });
    const page = { name: json.name, files, format: 'json', url: pageUrl };
    if (Array.isArray(json.versions))
        page.versions = json.versions.filter((v) => typeof v === 'string');
    if (typeof json.meta?.['api-version'] === 'string')
        page.apiVersion = json.meta['api-version'];
    return page;
}
function pep691File(entry, pageUrl) {
    if (typeof entry.filename !== 'string' || typeof entry.url !== 'string')
        return null;
    const url = new URL(entry.url, pageUrl);
    url.hash = '';
    const file = {
        filename: entry.filename,
        url: url.href,
        hashes: stringRecord(entry.hashes),
        yanked: entry.yanked === true || typeof entry.yanked === 'string',
        coreMetadata: false,
    };
    if (typeof entry.yanked === 'string' && entry.yanked)
        file.yankedReason = entry.yanked;
    if (typeof entry['requires-python'] === 'string' && entry['requires-python'])
        file.requiresPython = entry['requires-python'];
    const metadata = entry['core-metadata'] ?? entry['dist-info-metadata'];
    if (metadata === true)
        file.coreMetadata = true;
    else if (metadata && typeof metadata === 'object') {
        file.coreMetadata = true;
        file.coreMetadataHashes = stringRecord(metadata);
    }
    if (typeof entry.size === 'number')
        file.size = entry.size;
    if (typeof entry['upload-time'] === 'string')
        file.uploadTime = entry['upload-time'];
    if (entry.provenance === null)
        file.provenance = null;
    else if (typeof entry.provenance === 'string')
        file.provenance = absoluteUrl(entry.provenance, pageUrl);
    return file;
}
/** `href` resolved against `base`; null when it is no URL. */
function absoluteUrl(href, base) {
    try {
        return new URL(href, base).href;
    }
    catch {
        return null;
    }
}
function stringRecord(value) {
    const out = {};
    if (value && typeof value === 'object') {
        for (const [key, v] of Object.entries(value))
            if (typeof v === 'string')
                out[key.toLowerCase()] = v.toLowerCase();
    }
    return out;
}


/***/ }),

/***/ 3127:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ parseSimpleHtml)
/* harmony export */ });
/* unused harmony export decodeEntities */
const ANCHOR = /<a\b([^>]*)>([\s\S]*?)<\/a\s*>/gi;
const ATTRIBUTE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
/** Parse a PEP 503 project page read from `pageUrl` (relative hrefs resolve against it, or `<base href>`). */
function parseSimpleHtml(html, pageUrl, project) {
    const baseHref = /<base\b([^>]*)>/i.exec(html)?.[1];
    const base = (baseHref && attributes(baseHref).get('href')) || pageUrl;
    const apiVersion = /<meta\b[^>]*name\s*=\s*["']pypi:repository-version["'][^>]*>/i.exec(html)?.[0];
    const files = [];
    for (const match of html.matchAll(ANCHOR)) {
        const attrs = attributes(match[1] ?? '');
        const href = attrs.get('href');
        if (!href)
            continue;
        const file = simpleFile(href, decodeEntities(stripTags(match[2] ?? '')).trim(), attrs, base);
        if (file)
            files.push(file);
    }
    const page = { name: project, files, format: 'html', url: pageUrl };
    const version = apiVersion ? attributes(apiVersion.slice(5, -1)).get('content') : undefined;
    if (version)
        page.apiVersion = version;
    return page;
}
function simpleFile(href, text, attrs, base) {
    let url;
    try {
        url = new URL(href, base);
    }
    catch {
        return null;
    }
    const hashes = {};
    const fragment = /^#([A-Za-z0-9_]+)=([0-9A-Fa-f]+)$/.exec(url.hash);
    if (fragment?.[1] && fragment[2])
        hashes[fragment[1].toLowerCase()] = fragment[2].toLowerCase();
    url.hash = '';
    const filename = text || decodeURIComponent(url.pathname.split('/').pop() ?? '');
    const file = { filename, url: url.href, hashes, yanked: false, coreMetadata: false };
    const requiresPython = attrs.get('data-requires-python');
    if (requiresPython)
        file.requiresPython = requiresPython;
    if (attrs.has('data-yanked')) {
        file.yanked = true;
        const reason = attrs.get('data-yanked');
        if (reason)
            file.yankedReason = reason;
    }
    // PEP 714 renamed data-dist-info-metadata to data-core-metadata; indexes may send either or both.
    const metadata = attrs.get('data-core-metadata') ?? attrs.get('data-dist-info-metadata');
    if (metadata !== undefined && metadata.toLowerCase() !== 'false') {
        file.coreMetadata = true;
        const digest = /^([A-Za-z0-9_]+)=([0-9A-Fa-f]+)$/.exec(metadata);
        if (digest?.[1] && digest[2])
            file.coreMetadataHashes = { [digest[1].toLowerCase()]: digest[2].toLowerCase() };
    }
    const provenance = attrs.get('data-provenance');
    if (provenance)
        file.provenance = resolveUrl(provenance, url.href);
    return file;
}
/** Attributes of a start tag (names lower-cased, values entity-decoded; a bare attribute has value ''). */
function attributes(source) {
    const out = new Map();
    for (const match of source.matchAll(ATTRIBUTE)) {
        const name = match[1]?.toLowerCase();
        if (!name || out.has(name))
            continue;
        out.set(name, decodeEntities(match[2] ?? match[3] ?? match[4] ?? ''));
    }
    return out;
}
function stripTags(html) {
    return html.replace(/<[^>]*>/g, '');
}
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
/** Decode the character references an index can put in attribute values and text (`&gt;=3.8`). */
function decodeEntities(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref) => {
        if (ref[0] === '#') {
            const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
            return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        }
        return NAMED[ref.toLowerCase()] ?? whole;
    });
}
/** `href` resolved against `base`, or as it is when it is no URL. */
function resolveUrl(href, base) {
    try {
        return new URL(href, base).href;
    }
    catch {
        return href;
    }
}


/***/ }),

/***/ 2236:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L7: () => (/* binding */ TrustedPublishingError),
/* harmony export */   W$: () => (/* binding */ mintToken),
/* harmony export */   xX: () => (/* binding */ TokenSource)
/* harmony export */ });
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3245);
/* harmony import */ var _default_client_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3240);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2448);
/* harmony import */ var _oidc_claims_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1730);
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9827);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6957);
/* harmony import */ var _upload_outcome_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1663);
/**
 * Trusted publishing: exchange the runner's OIDC token for a short-lived PyPI API token
 * (GET /_/oidc/audience, then POST /_/oidc/mint-token), and a source that renews it before it expires.
 */







/** Trusted publishing failed; carries what the job summary needs to explain why. */
class TrustedPublishingError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PypiError */ .pk {
    stage;
    errors;
    claims;
    status;
    constructor(message, 
    /** The step that failed. */
    stage, 
    /** PyPI's error codes and descriptions (mint stage). */
    errors, 
    /** Unverified claims of the OIDC token, to compare with the publisher configured on PyPI. */
    claims, status, options) {
        super(message, options);
        this.stage = stage;
        this.errors = errors;
        this.claims = claims;
        this.status = status;
    }
}
// PyPI's minted tokens live 15 minutes; older servers do not say so in the response.
const DEFAULT_LIFETIME_MS = 15 * 60_000;
/** Exchange an OIDC token for an API token; the OIDC and API tokens are registered for redaction. */
async function mintToken(options) {
    const client = options.client ?? (0,_default_client_js__WEBPACK_IMPORTED_MODULE_1__/* .defaultHttpClient */ .B)();
    const clock = options.clock ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml;
    const audience = await fetchAudience(options.urls, client, options);
    const { result } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)(async () => {
        // A fresh OIDC token per attempt: PyPI refuses a token whose jti it has seen (invalid-reuse-token),
        // and a lost response may hide that the previous one was spent.
        const idToken = await getIdToken(options.getIdToken, audience);
        const issuedAt = clock.now();
        let response;
        try {
            response = await client.request({
                method: 'POST',
                url: options.urls.oidcMintToken,
                headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
                body: Buffer.from(JSON.stringify({ token: idToken }), 'utf8'),
            });
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr)
                return { retry: err.message };
            throw err;
        }
        if (response.status === 429 || response.status >= 500) {
            const retryAfterMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .parseRetryAfter */ .mu)(response.headers['retry-after'], clock.now());
            return { retry: `POST ${options.urls.oidcMintToken}: ${(0,_upload_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .responseMessage */ .tw)(response)}`, retryAfterMs };
        }
        return { minted: parseMintResponse(response, idToken, issuedAt) };
    }, (attempt) => attempt.retry === undefined
        ? { retry: false }
        : attempt.retryAfterMs === undefined
            ? { retry: true, reason: attempt.retry }
            : { retry: true, reason: attempt.retry, retryAfterMs: attempt.retryAfterMs }, options);
    if (!result.minted) {
        throw new TrustedPublishingError(`trusted publishing: ${result.retry ?? 'mint-token failed'}`, 'mint', [], null);
    }
    return result.minted;
}
async function fetchAudience(urls, client, retry) {
    const url = urls.oidcAudience;
    const { result } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_2__/* .withRetries */ .LH)(async () => {
        try {
            return {
                response: await client.request({ method: 'GET', url, headers: { Accept: 'application/json' } }),
            };
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .NetworkError */ .Dr)
                return { error: err };
            throw err;
        }
    }, ({ response, error }) => error
        ? { retry: true, reason: error.message }
        : response && (response.status === 429 || response.status >= 500)
            ? { retry: true, reason: `GET ${url}: ${(0,_upload_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .responseMessage */ .tw)(response)}` }
            : { retry: false }, retry);
    if (result.error)
        throw new TrustedPublishingError(`trusted publishing: ${result.error.message}`, 'audience', [], null);
    const response = result.response;
    const audience = response.status === 200 ? jsonOf(response)?.audience : undefined;
    if (typeof audience !== 'string' || audience === '') {
        const hint = response.status === 404
            ? ': this index does not offer trusted publishing'
            : response.status === 403
                ? ': this index does not accept trusted publishing'
                : '';
        throw new TrustedPublishingError(`trusted publishing: GET ${url} gave no audience (${(0,_upload_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .responseMessage */ .tw)(response)})${hint}`, 'audience', [], null, response.status);
    }
    return audience;
}
async function getIdToken(get, audience) {
    let token;
    try {
        token = await get(audience);
    }
    catch (err) {
        const detail = err instanceof Error ? err.message : String(err);
        throw new TrustedPublishingError(`trusted publishing: could not get an OIDC token for audience '${audience}': ${detail}. ` +
            "The job needs 'permissions: id-token: write'.", 'id-token', [], null, undefined, { cause: err });
    }
    if (!token)
        throw new TrustedPublishingError(`trusted publishing: the OIDC token for '${audience}' is empty`, 'id-token', [], null);
    (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(token);
    return token;
}
function parseMintResponse(response, idToken, issuedAt) {
    const json = jsonOf(response);
    if (response.status === 200 && typeof json?.token === 'string' && json.token) {
        // Register before anything else can print it.
        (0,_auth_js__WEBPACK_IMPORTED_MODULE_5__/* .apiTokenAuth */ .YA)(json.token);
        (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_4__/* .registerSecret */ .cl)(json.token);
        const expiresAt = typeof json.expires === 'number' ? json.expires * 1000 : issuedAt + DEFAULT_LIFETIME_MS;
        return { token: json.token, expiresAt };
    }
    const errors = mintErrors(json?.errors);
    const claims = (0,_oidc_claims_js__WEBPACK_IMPORTED_MODULE_6__/* .decodeOidcClaims */ .x)(idToken);
    const summary = errors.length > 0
        ? errors.map((e) => `${e.code}: ${e.description}`).join('; ')
        : typeof json?.message === 'string'
            ? json.message
            : (0,_upload_outcome_js__WEBPACK_IMPORTED_MODULE_3__/* .bodyText */ .G3)(response) || response.reason;
    throw new TrustedPublishingError(`trusted publishing: PyPI refused the OIDC token (${response.status}): ${summary}${describeClaims(claims)}`, 'mint', errors, claims, response.status);
}
function mintErrors(value) {
    if (!Array.isArray(value))
        return [];
    return value.flatMap((e) => typeof e?.code === 'string'
        ? [{ code: e.code, description: (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_4__/* .redact */ .E$)(typeof e.description === 'string' ? e.description : '') }]
        : []);
}
/** The claims a trusted publisher is matched on, as one clause for the error message. */
function describeClaims(claims) {
    if (!claims)
        return '';
    const parts = ['repository', 'workflow_ref', 'ref', 'environment', 'event_name']
        .filter((key) => claims[key] !== undefined)
        .map((key) => `${key}=${String(claims[key])}`);
    return parts.length > 0 ? ` [token claims: ${parts.join(', ')}]` : '';
}
function jsonOf(response) {
    try {
        return JSON.parse(response.body.toString('utf8'));
    }
    catch {
        return null;
    }
}
/** Hands out a minted token as upload credentials, minting again when it is about to expire. */
class TokenSource {
    options;
    current;
    pending;
    clock;
    refreshBeforeMs;
    constructor(options) {
        this.options = options;
        this.clock = options.clock ?? _retry_js__WEBPACK_IMPORTED_MODULE_2__/* .systemClock */ .ml;
        this.refreshBeforeMs = options.refreshBeforeMs ?? 2 * 60_000;
    }
    /** The current API token, minting when there is none or it expires within `refreshBeforeMs`. */
    async getToken() {
        if (this.current && this.current.expiresAt - this.clock.now() > this.refreshBeforeMs)
            return this.current;
        // Concurrent uploads share one exchange.
        this.pending ??= mintToken(this.options).finally(() => {
            this.pending = undefined;
        });
        this.current = await this.pending;
        return this.current;
    }
    /** Upload credentials: `__token__` and the current token. */
    async getAuth() {
        return (0,_auth_js__WEBPACK_IMPORTED_MODULE_5__/* .apiTokenAuth */ .YA)((await this.getToken()).token);
    }
}


/***/ }),

/***/ 1663:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AP: () => (/* binding */ classifyUploadFailure),
/* harmony export */   G3: () => (/* binding */ bodyText),
/* harmony export */   Td: () => (/* binding */ classifyUploadResponse),
/* harmony export */   tw: () => (/* binding */ responseMessage)
/* harmony export */ });
/* harmony import */ var _secrets_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9827);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6957);


// twine's skip-existing rules, plus the status codes other indexes use for a taken filename.
const ALREADY_EXISTS = [/already exist/i, /updating asset/i, /already been taken/i, /overwrite artifact/i];
// Gateway answers after a complete body: the origin may have stored the file before the proxy gave up.
const AMBIGUOUS_STATUSES = new Set([500, 502, 504]);
const RETRYABLE_STATUSES = new Set([408, 425, 429, 503]);
/** Classify a response to POST /legacy/. */
function classifyUploadResponse(response, nowMs = Date.now()) {
    const status = response.status;
    const message = responseMessage(response);
    if (status >= 200 && status < 300)
        return { kind: 'uploaded', status, message };
    if (status >= 300 && status < 400) {
        const location = String(response.headers.location ?? '(no Location)');
        return {
            kind: 'client-error',
            status,
            message: (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`${status} redirect to ${location}: uploads never follow redirects (the POST would become a GET); ` +
                'set the repository URL to the final upload URL, with its trailing slash'),
        };
    }
    const text = `${response.reason}\n${bodyText(response)}`;
    if (status === 409 || ((status === 400 || status === 403) && ALREADY_EXISTS.some((re) => re.test(text)))) {
        return { kind: 'already-exists', status, message };
    }
    if (RETRYABLE_STATUSES.has(status) || (status >= 500 && !response.bodySent)) {
        const retryAfterMs = (0,_retry_js__WEBPACK_IMPORTED_MODULE_1__/* .parseRetryAfter */ .mu)(response.headers['retry-after'], nowMs);
        return retryAfterMs === undefined
            ? { kind: 'retryable', status, message }
            : { kind: 'retryable', status, message, retryAfterMs };
    }
    if (AMBIGUOUS_STATUSES.has(status) || status >= 500)
        return { kind: 'ambiguous', status, message };
    return { kind: 'client-error', status, message };
}
/** Classify a request that got no response: before the body was fully sent nothing can have been stored. */
function classifyUploadFailure(error) {
    const message = (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(error.message);
    return error.bodySent ? { kind: 'ambiguous', message } : { kind: 'retryable', message };
}
// The standard reason phrases (RFC 9110) of the statuses an index answers with: a reason that is one of
// these says nothing, so the body is read instead. Written out rather than taken from node:http, which
// would load node's whole HTTP stack at every action's start-up.
const STANDARD_REASONS = {
    200: 'OK',
    201: 'Created',
    204: 'No Content',
    301: 'Moved Permanently',
    302: 'Found',
    303: 'See Other',
    307: 'Temporary Redirect',
    308: 'Permanent Redirect',
    400: 'Bad Request',
    401: 'Unauthorized',
    403: 'Forbidden',
    404: 'Not Found',
    405: 'Method Not Allowed',
    408: 'Request Timeout',
    409: 'Conflict',
    410: 'Gone',
    411: 'Length Required',
    413: 'Payload Too Large',
    415: 'Unsupported Media Type',
    422: 'Unprocessable Entity',
    429: 'Too Many Requests',
    500: 'Internal Server Error',
    502: 'Bad Gateway',
    503: 'Service Unavailable',
    504: 'Gateway Timeout',
};
/**
 * `<status> <message>`: the reason phrase when the index put a message there (PyPI does), else the start
 * of the body as text. Always redacted — a server may echo credentials back.
 */
function responseMessage(response) {
    const reason = response.reason.trim();
    const generic = !reason || reason.toLowerCase() === (STANDARD_REASONS[response.status] ?? '').toLowerCase();
    let detail = reason;
    if (generic) {
        const text = bodyText(response);
        if (text && text.toLowerCase() !== reason.toLowerCase())
            detail = reason ? `${reason}: ${text}` : text;
    }
    return (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(`${response.status} ${detail}`.trim());
}
const MAX_BODY_TEXT = 300;
/** The body as one short line of text (HTML tags and JSON `message` fields unwrapped). */
function bodyText(response) {
    if (response.body.length === 0)
        return '';
    let text = response.body.subarray(0, 16_384).toString('utf8');
    const type = String(response.headers['content-type'] ?? '');
    if (type.includes('json')) {
        try {
            const json = JSON.parse(response.body.toString('utf8'));
            const picked = json.message ?? json.detail ?? json.error;
            if (typeof picked === 'string')
                text = picked;
        }
        catch {
            // not JSON after all: keep the raw text
        }
    }
    else if (type.includes('html') || /^\s*</.test(text)) {
        const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
        const bodyPart = /<body[^>]*>([\s\S]*)/i.exec(text)?.[1] ?? text;
        text = stripTags(bodyPart) || stripTags(title ?? '');
    }
    else {
        // Pyramid's (warehouse's) plain error body: "<status> <title>", a stock explanation, then the message.
        const paragraphs = text
            .split(/\r?\n\s*\r?\n/)
            .map((p) => p.trim())
            .filter(Boolean);
        if (paragraphs.length > 1 && /^\d{3} /.test(paragraphs[0] ?? ''))
            text = paragraphs.at(-1) ?? text;
    }
    const line = text.replace(/\s+/g, ' ').trim();
    return (0,_secrets_index_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E$)(line.length > MAX_BODY_TEXT ? `${line.slice(0, MAX_BODY_TEXT)}…` : line);
}
function stripTags(html) {
    return html
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&#39;/g, "'")
        .replace(/&amp;/g, '&')
        .trim();
}


/***/ }),

/***/ 7136:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   m: () => (/* binding */ uploadWithRetries)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2448);
/* harmony import */ var _find_file_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9803);
/* harmony import */ var _retry_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6957);
/* harmony import */ var _upload_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5058);
/**
 * One file uploaded with retries: backoff on retryable failures, and after an ambiguous one (the body was
 * sent, no clear answer) a look at the index before sending again — the file may have landed.
 */





/**
 * Upload until uploaded, already there, or finally refused. An `already-exists` answer is resolved through
 * the probe (the index's sha256 for the file against ours), so `sameContent` is known whenever the index can tell.
 */
async function uploadWithRetries(request) {
    const project = (0,_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldValue */ .a)(request.fields, 'name');
    const version = (0,_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldValue */ .a)(request.fields, 'version');
    const ourSha256 = (0,_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .fieldValue */ .a)(request.fields, 'sha256_digest')?.toLowerCase();
    if (!project || !version)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`upload form for ${request.path} lacks name or version`);
    const filename = request.filename ?? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.basename)(request.path);
    const probe = request.probe ??
        ((p, v, f) => (0,_find_file_js__WEBPACK_IMPORTED_MODULE_3__/* .findFile */ .q)(request.urls, p, v, f, {
            client: request.client,
            clock: request.clock,
            random: request.random,
        }));
    const history = [];
    const lookup = async () => {
        try {
            return await probe(project, version, filename);
        }
        catch (err) {
            history.push(`could not check the index for ${filename}: ${err instanceof Error ? err.message : String(err)}`);
            return undefined;
        }
    };
    const { result, attempts } = await (0,_retry_js__WEBPACK_IMPORTED_MODULE_4__/* .withRetries */ .LH)(async () => {
        const outcome = await (0,_upload_js__WEBPACK_IMPORTED_MODULE_1__/* .uploadFile */ .Q)(request);
        if (outcome.kind === 'ambiguous') {
            history.push(outcome.message);
            const found = await lookup();
            if (found?.present && ourSha256 && found.sha256 === ourSha256) {
                return {
                    kind: 'uploaded',
                    status: 200,
                    message: `${filename} is on the index after: ${outcome.message}`,
                    confirmedByProbe: true,
                };
            }
            if (found?.present && found.sha256 && ourSha256 && found.sha256 !== ourSha256) {
                return {
                    kind: 'already-exists',
                    status: 400,
                    message: `${filename} is on the index with sha256 ${found.sha256}, not ours`,
                    sameContent: false,
                };
            }
        }
        else if (outcome.kind === 'retryable') {
            history.push(outcome.message);
        }
        else if (outcome.kind === 'already-exists' && outcome.sameContent === undefined && ourSha256) {
            const found = await lookup();
            if (found?.present && found.sha256)
                return { ...outcome, sameContent: found.sha256 === ourSha256 };
        }
        return outcome;
    }, (outcome) => {
        if (outcome.kind === 'retryable') {
            return outcome.retryAfterMs === undefined
                ? { retry: true, reason: outcome.message }
                : { retry: true, reason: outcome.message, retryAfterMs: outcome.retryAfterMs };
        }
        if (outcome.kind === 'ambiguous')
            return { retry: true, reason: outcome.message };
        return { retry: false };
    }, request);
    return { outcome: result, attempts, history };
}


/***/ }),

/***/ 5058:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ uploadFile),
/* harmony export */   a: () => (/* binding */ fieldValue)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _auth_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3245);
/* harmony import */ var _default_client_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(3240);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2448);
/* harmony import */ var _multipart_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6571);
/* harmony import */ var _upload_outcome_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1663);
/** One upload to the legacy API (`POST /legacy/`), the body framed as twine frames it and streamed from disk. */







const DEFAULT_UPLOAD_TIMEOUT_MS = 300_000;
const REQUIRED_FIELDS = [':action', 'protocol_version', 'name', 'version', 'filetype'];
/**
 * Upload one file once. Never throws for HTTP or network trouble — that is classified in the outcome —
 * only for local problems (file missing, fields incomplete).
 */
async function uploadFile(request) {
    checkFields(request.fields, request.path);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(request.path, 'r').catch((err) => {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`cannot read ${request.path}: ${err.code ?? err.message}`, { cause: err });
    });
    try {
        const stat = await handle.stat();
        if (!stat.isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`${request.path} is not a regular file`);
        const body = (0,_multipart_js__WEBPACK_IMPORTED_MODULE_3__/* .multipartBody */ .RP)(request.fields, {
            field: 'content',
            filename: request.filename ?? (0,node_path__WEBPACK_IMPORTED_MODULE_1__.basename)(request.path),
            contentType: 'application/octet-stream',
            fd: handle.fd,
            size: stat.size,
        });
        const auth = await (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .resolveAuth */ .hi)(request.auth);
        const client = request.client ?? (0,_default_client_js__WEBPACK_IMPORTED_MODULE_5__/* .defaultHttpClient */ .B)();
        let response;
        try {
            response = await client.request({
                method: 'POST',
                url: request.urls.upload,
                headers: { 'Content-Type': body.contentType, Authorization: (0,_auth_js__WEBPACK_IMPORTED_MODULE_4__/* .basicAuthorization */ .aR)(auth) },
                body,
                timeoutMs: request.timeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS,
            });
        }
        catch (err) {
            if (err instanceof _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .NetworkError */ .Dr)
                return (0,_upload_outcome_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyUploadFailure */ .AP)(err);
            throw err;
        }
        return (0,_upload_outcome_js__WEBPACK_IMPORTED_MODULE_6__/* .classifyUploadResponse */ .Td)(response);
    }
    finally {
        await handle.close();
    }
}
/** The first value of a form field. */
function fieldValue(fields, name) {
    return fields.find(([key]) => key === name)?.[1];
}
function checkFields(fields, path) {
    const names = new Set(fields.map(([name]) => name));
    const missing = REQUIRED_FIELDS.filter((name) => !names.has(name));
    if (missing.length > 0) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`upload form for ${path} lacks ${missing.join(', ')}: build it with uploadFormFields(metadata, fileInfo)`);
    }
    if (!names.has('sha256_digest') && !names.has('md5_digest')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`upload form for ${path} carries no digest: pass the file's hashes to uploadFormFields`);
    }
    if (names.has('content'))
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PypiError */ .pk(`upload form for ${path} must not contain 'content': the file part is added here`);
}


/***/ })

};
