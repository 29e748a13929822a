import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 6132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   fE: () => (/* binding */ formatCommand)
/* harmony export */ });
/* unused harmony exports escapeData, escapeProperty */
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


/***/ }),

/***/ 2678:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   Os: () => (/* binding */ group),
/* harmony export */   Yz: () => (/* binding */ debug),
/* harmony export */   _o: () => (/* binding */ isDebug),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* unused harmony export notice */
/* harmony import */ var _commands_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(6132);
/* harmony import */ var _secrets_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9827);
/* harmony import */ var _stdout_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5025);



function write(line) {
    (0,_stdout_js__WEBPACK_IMPORTED_MODULE_0__/* .writeStdout */ .j)(`${(0,_secrets_js__WEBPACK_IMPORTED_MODULE_1__/* .redact */ .E$)(line)}\n`);
}
function annotation(kind, message, props) {
    const properties = {
        title: props.title,
        file: props.file,
        line: props.startLine,
        endLine: props.endLine,
    };
    write((0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)(kind, properties, message));
}
/** A plain log line. */
function info(message) {
    write(message);
}
/** A line shown only when step debug logging is on. */
function debug(message) {
    write((0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)('debug', {}, message));
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
    write((0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)('group', {}, name));
    try {
        return await fn();
    }
    finally {
        write((0,_commands_js__WEBPACK_IMPORTED_MODULE_2__/* .formatCommand */ .fE)('endgroup', {}, ''));
    }
}


/***/ }),

/***/ 5025:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ useStdoutStream),
/* harmony export */   j: () => (/* binding */ writeStdout)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
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

/***/ 5899:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ GateApiError),
/* harmony export */   a: () => (/* binding */ GateInputError)
/* harmony export */ });
/** A setting the gate cannot work with (bad `jobs`, an allow-list naming nothing); the message says the fix. */
class GateInputError extends Error {
    name = 'GateInputError';
}
/** GitHub's API refused or failed the gate for good (token, permission, repository); the message says the fix. */
class GateApiError extends Error {
    name = 'GateApiError';
    /** Whether trying again later may help (a 5xx, a network error) rather than a refusal. */
    transient;
    constructor(message, transient) {
        super(message);
        this.transient = transient;
    }
}


/***/ }),

/***/ 1390:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ selectedBy),
/* harmony export */   Eb: () => (/* binding */ compilePattern),
/* harmony export */   eJ: () => (/* binding */ patternMatches)
/* harmony export */ });
/** Name patterns for wait-for and the allow-lists: `*` is any run of characters, `?` one character. */
/** Compiles `pattern` (case-sensitive, whole name; `*` also crosses ` / ` between a workflow and a job). */
function compilePattern(pattern) {
    const negated = pattern.startsWith('!');
    const body = negated ? pattern.slice(1) : pattern;
    const regex = body
        .split('')
        .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.+()[\]{}|/-]/g, '\\$&')))
        .join('');
    return { source: pattern, negated, regex: new RegExp(`^${regex}$`, 's') };
}
/** Whether any of `names` matches the pattern's body (negation aside). */
function patternMatches(pattern, names) {
    return names.some((name) => pattern.regex.test(name));
}
/** Whether `names` is selected: some positive pattern matches and no `!pattern` does. */
function selectedBy(patterns, names) {
    const positive = patterns.filter((pattern) => !pattern.negated);
    const negative = patterns.filter((pattern) => pattern.negated);
    return (positive.some((pattern) => patternMatches(pattern, names)) &&
        !negative.some((pattern) => patternMatches(pattern, names)));
}


/***/ }),

/***/ 802:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ parseNameList)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5899);

/** A list input: a JSON list of strings, or names separated by commas or new lines. */
function parseNameList(text, input) {
    const trimmed = text.trim();
    if (!trimmed.startsWith('[')) {
        return trimmed
            .split(/[\n,]/)
            .map((name) => name.trim())
            .filter((name) => name !== '');
    }
    let value;
    try {
        value = JSON.parse(trimmed);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .a(`Input ${input} starts with [ but is not a JSON list: write ["a", "b"], or a, b without brackets.`);
    }
    if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .a(`Input ${input} must be a JSON list of names (strings), like ["a", "b"].`);
    }
    return value.map((name) => name.trim()).filter((name) => name !== '');
}


/***/ }),

/***/ 7831:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   j: () => (/* binding */ parseNeeds)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5899);
/* harmony import */ var _results_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(7824);


const HOW = "pass `jobs: ${{ toJSON(needs) }}` and list the guarded jobs under the gate job's `needs:`";
/** The entries of `${{ toJSON(needs) }}`: one per job the gate job needs, with its result. */
function parseNeeds(text, input = 'jobs') {
    if (text.trim() === '')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .a(`Input ${input} is empty: ${HOW}.`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .a(`Input ${input} is not JSON (${reason}): ${HOW}.`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const kind = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value;
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .a(`Input ${input} must be an object of jobs, got ${kind}: ${HOW}.`);
    }
    const entries = Object.entries(value).map(([name, job]) => ({
        name,
        result: resultOf(name, job, input),
    }));
    if (entries.length === 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .a(`Input ${input} is {}: the gate job has no \`needs:\`, so it guards nothing; ${HOW}.`);
    return entries;
}
function resultOf(name, job, input) {
    const result = job?.result;
    if (typeof result === 'string' && _results_js__WEBPACK_IMPORTED_MODULE_1__/* .RESULTS */ .P.includes(result))
        return result;
    const got = typeof result === 'string' ? JSON.stringify(result) : 'no result';
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .GateInputError */ .a(`Input ${input}: job ${JSON.stringify(name)} has ${got}, expected one of ${_results_js__WEBPACK_IMPORTED_MODULE_1__/* .RESULTS */ .P.join(', ')}: ${HOW}.`);
}


/***/ }),

/***/ 242:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fq: () => (/* binding */ ALLOW_LIST_INPUTS),
/* harmony export */   l6: () => (/* binding */ unmatchedAllowancesError),
/* harmony export */   r$: () => (/* binding */ unmatchedAllowances)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(5899);
/* harmony import */ var _glob_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(1390);


/** The allow-list inputs, by the policy field each fills. */
const ALLOW_LIST_INPUTS = {
    allowedFailures: 'allowed-failures',
    allowedSkips: 'allowed-skips',
    allowedCancels: 'allowed-cancels',
};
/** Allow-list patterns matching none of `guarded`: a typo there must never quietly open the gate. */
function unmatchedAllowances(policy, guarded) {
    const unmatched = [];
    for (const [field, input] of Object.entries(ALLOW_LIST_INPUTS)) {
        for (const source of policy[field]) {
            const pattern = (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .compilePattern */ .Eb)(source);
            const hit = guarded.some((entry) => (0,_glob_js__WEBPACK_IMPORTED_MODULE_0__/* .patternMatches */ .eJ)(pattern, [entry.name, ...(entry.aliases ?? [])]));
            if (!hit)
                unmatched.push({ input, pattern: source });
        }
    }
    return unmatched;
}
/** The one-line error for unmatched allow-list patterns, naming what the gate does guard. */
function unmatchedAllowancesError(unmatched, guarded) {
    const names = unmatched.map(({ input, pattern }) => `${input} names ${JSON.stringify(pattern)}`).join('; ');
    const known = guarded.map((entry) => entry.name);
    const shown = known.length > 12 ? [...known.slice(0, 12), `… ${known.length - 12} more`] : known;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .GateInputError */ .a(`${names}, which matches no job, check or status the gate guards (${shown.join(', ') || 'none'}): fix the name or remove it.`);
}


/***/ }),

/***/ 7824:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ RESULTS),
/* harmony export */   n: () => (/* binding */ STRICT_POLICY)
/* harmony export */ });
/** The words results are told in: `needs`' four, and the verdicts the gate gives them. */
/** Every result, for parsing and for generating test cases. */
const RESULTS = ['success', 'failure', 'cancelled', 'skipped'];
/** A policy that allows nothing. */
const STRICT_POLICY = {
    allowedFailures: [],
    allowedSkips: [],
    allowedCancels: [],
    allowAllSkipped: false,
};


/***/ }),

/***/ 9827:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  E$: () => (/* binding */ redact),
  cl: () => (/* binding */ registerSecret),
  O3: () => (/* binding */ secrets)
});

// UNUSED EXPORTS: SecretRegistry, registerBasicAuth, registerUrlCredentials

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

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

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

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

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

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

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

// EXTERNAL MODULE: ./packages/action-kit/log.ts
var log = __nccwpck_require__(2678);
// EXTERNAL MODULE: ./packages/secrets/registry.ts + 1 modules
var registry = __nccwpck_require__(9827);
// EXTERNAL MODULE: ./packages/action-kit/commands.ts
var commands = __nccwpck_require__(6132);
// EXTERNAL MODULE: ./packages/action-kit/stdout.ts
var stdout = __nccwpck_require__(5025);
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
                (0,stdout/* writeStdout */.j)(`${(0,commands/* formatCommand */.fE)('add-mask', {}, line)}\n`);
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
        (0,log/* error */.z3)((0,registry/* redact */.E$)(failureMessage(thrown)));
        // Formatting a stack costs milliseconds; only a debug run shows it.
        if ((0,log/* isDebug */._o)() && thrown instanceof Error && thrown.stack)
            (0,log/* debug */.Yz)((0,registry/* redact */.E$)(thrown.stack));
        process.exitCode = 1;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
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
    (0,stdout/* writeStdout */.j)(`${external_node_os_namespaceObject.EOL}${(0,commands/* formatCommand */.fE)('set-output', { name }, safe)}${external_node_os_namespaceObject.EOL}`);
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

// EXTERNAL MODULE: ./packages/job-gate/names.ts
var names = __nccwpck_require__(802);
// EXTERNAL MODULE: ./packages/job-gate/needs.ts
var needs = __nccwpck_require__(7831);
// EXTERNAL MODULE: ./packages/job-gate/policy.ts
var policy = __nccwpck_require__(242);
;// CONCATENATED MODULE: ./actions/gate-all-jobs/src/inputs.ts


const MAX_WAIT_SECONDS = 6 * 3600; // a job's own limit on GitHub-hosted runners
/** Reads and checks every input; the errors name the input and the fix. */
function readSettings() {
    // First of all, so that nothing printed from here on can show it.
    const token = getInput('github-token');
    registerSecret(token);
    const jobsText = getInput('jobs');
    const waitFor = (0,names/* parseNameList */.H)(getInput('wait-for'), 'wait-for');
    if (jobsText === '' && waitFor.length === 0) {
        throw new InputError('Nothing to guard: set jobs to ${{ toJSON(needs) }} (with the guarded jobs under needs:), or wait-for to the jobs, checks or statuses to wait for.');
    }
    if (waitFor.length > 0 && waitFor.every((pattern) => pattern.startsWith('!'))) {
        throw new InputError('Input wait-for has only !patterns, which leave things out but pick nothing: add what to wait for, such as * or build *.');
    }
    const pollSeconds = getIntegerInput('poll-interval', 10, { min: 1, max: 3600 });
    const gate = {
        needs: jobsText === '' ? null : (0,needs/* parseNeeds */.j)(jobsText, 'jobs'),
        waitFor,
        policy: readPolicy(),
        failFast: getBooleanInput('fail-fast', true),
        timeoutMs: getIntegerInput('timeout', 3600, { min: 1, max: MAX_WAIT_SECONDS }) * 1000,
        discoveryTimeoutMs: getIntegerInput('discovery-timeout', 120, { min: 0, max: MAX_WAIT_SECONDS }) * 1000,
        pollIntervalMs: pollSeconds * 1000,
        maxPollIntervalMs: Math.max(60, pollSeconds) * 1000,
        attempt: waitFor.length > 0 ? runNumber('GITHUB_RUN_ATTEMPT') : 1,
        identity: {
            runnerName: process.env['RUNNER_NAME'] || undefined,
            jobKey: process.env['GITHUB_JOB'] || undefined,
        },
    };
    if (waitFor.length === 0)
        return { gate, github: null };
    const apiUrl = process.env['GITHUB_API_URL'] || undefined; // GitHub Enterprise Server sets its own
    return { gate, github: { token: requireToken(token), target: runTarget(), apiUrl } };
}
function readPolicy() {
    const list = (field) => (0,names/* parseNameList */.H)(getInput(policy/* ALLOW_LIST_INPUTS */.Fq[field]), policy/* ALLOW_LIST_INPUTS */.Fq[field]);
    return {
        allowedFailures: list('allowedFailures'),
        allowedSkips: list('allowedSkips'),
        allowedCancels: list('allowedCancels'),
        allowAllSkipped: getBooleanInput('allow-all-skipped', false),
    };
}
function requireToken(token) {
    if (token)
        return token;
    throw new InputError("Input github-token is empty, and wait-for needs it: leave github-token unset to use the run's GITHUB_TOKEN, or pass a token with actions, checks and statuses read access.");
}
/** A positive whole number the runner sets (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT), which wait-for needs. */
function runNumber(name) {
    const value = Number(process.env[name] ?? '');
    if (Number.isSafeInteger(value) && value > 0)
        return value;
    throw new InputError(`${name} is not set: wait-for reads this run's jobs, so run the gate inside a GitHub Actions job.`);
}
function runTarget() {
    const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
    if (!owner || !repo)
        throw new InputError("GITHUB_REPOSITORY is not set: wait-for reads this run's jobs, so run the gate inside a GitHub Actions job.");
    return { owner, repo, runId: runNumber('GITHUB_RUN_ID') };
}

;// CONCATENATED MODULE: ./actions/gate-all-jobs/src/progress.ts

const mark = (verdict) => (!verdict.green ? '✗' : verdict.allowed ? '~' : '✓');
/** One log line per verdict: `✓ build: succeeded`. */
function logVerdicts(evaluation) {
    for (const { item, verdict } of evaluation.judged) {
        if (verdict)
            (0,log/* info */.pq)(`${mark(verdict)} ${item.name}: ${verdict.why}`);
    }
}
const listed = (names, limit = 8) => names.length > limit
    ? `${names.slice(0, limit).join(', ')} and ${names.length - limit} more`
    : names.join(', ');
function lookLine(round, evaluation) {
    const verdicts = evaluation.judged.flatMap((j) => (j.verdict ? [j.verdict] : []));
    const green = verdicts.filter((v) => v.green && !v.allowed).length;
    const allowed = verdicts.filter((v) => v.allowed).length;
    const reds = verdicts.filter((v) => !v.green).map((v) => v.name);
    const parts = [
        `${green} green`,
        allowed ? `${allowed} allowed` : '',
        reds.length ? `${reds.length} red (${listed(reds)})` : '',
        evaluation.pending.length
            ? `${evaluation.pending.length} unfinished (${listed(evaluation.pending.map((i) => i.name))})`
            : '',
        evaluation.unmatched.length
            ? `nothing yet for ${evaluation.unmatched.map((p) => JSON.stringify(p)).join(', ')}`
            : '',
    ];
    return `Look ${round}: ${parts.filter(Boolean).join(', ')}`;
}
/** Logs the polling as it goes: each look, retries, waits; warns once if the gate cannot find its own job. */
function logProgress() {
    let warnedSelf = false;
    return (event) => {
        switch (event.type) {
            case 'run':
                (0,log/* info */.pq)(`Commit ${event.run.sha}, workflow ${JSON.stringify(event.run.workflow)}, attempt ${event.run.attempt}`);
                break;
            case 'look':
                (0,log/* info */.pq)(lookLine(event.round, event.evaluation));
                if (!event.selfFound && !warnedSelf) {
                    warnedSelf = true;
                    (0,log/* warning */.$e)("The gate could not tell its own job among this run's jobs (by RUNNER_NAME, or a job named as GITHUB_JOB); if a wait-for pattern matches it, the gate waits for itself until the timeout. Narrow wait-for, or add !<gate job name>.");
                }
                break;
            case 'retrying':
                (0,log/* info */.pq)(`${event.message}; the next look tries again`);
                break;
            case 'waiting':
                (0,log/* info */.pq)(`  next look in ${Math.round(event.ms / 100) / 10} s`);
                break;
        }
    };
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

;// CONCATENATED MODULE: ./actions/gate-all-jobs/src/summary.ts

const KIND_WORDS = {
    needs: 'needed job',
    job: 'job of this run',
    'check-run': 'check run',
    status: 'commit status',
};
// Reds first: they are what a person opens the summary for.
const ORDER = ['red', 'waiting', 'allowed', 'green', 'ignored', 'not guarded'];
const MARKS = {
    red: '✗ red',
    waiting: '… unfinished',
    allowed: '~ allowed',
    green: '✓ green',
    ignored: 'ignored',
    'not guarded': 'not guarded',
};
function nameCell(row) {
    return row.url ? { html: `<a href="${escapeHtml(row.url)}">${escapeHtml(row.name)}</a>` } : row.name;
}
/** The job summary: the verdict and its one line, then every job, check run and status considered. */
function gateSummary(report, outcome) {
    const summary = new Summary().heading(report.result === 'success' ? 'Gate: green ✓' : 'Gate: red ✗');
    summary.paragraph(report.summary);
    if (outcome.run) {
        summary.paragraph(`Commit ${outcome.run.sha.slice(0, 12)}, workflow ${outcome.run.workflow || '(unnamed)'}, attempt ${outcome.run.attempt}.`);
    }
    const rows = [...report.rows].sort((a, b) => ORDER.indexOf(a.counts) - ORDER.indexOf(b.counts));
    if (rows.length > 0) {
        summary.table(['Job, check or status', 'Kind', 'Result', 'Counts', 'Why'], rows.map((row) => [nameCell(row), KIND_WORDS[row.kind], row.result, MARKS[row.counts], row.why]));
    }
    return summary;
}
/** The job summary when the gate could not decide at all (bad input, a refused token). */
function errorSummary(message) {
    return new Summary().heading('Gate: red ✗').paragraph(message);
}

;// CONCATENATED MODULE: ./actions/gate-all-jobs/src/main.ts




/** The gate's answer when it is red: one line, already written to the outputs. */
class GateRed extends Error {
    name = 'GateRed';
}
const realClock = {
    now: () => Date.now(),
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
function writeOutputs(result, failed, line) {
    setOutput('result', result);
    setOutput('success', String(result === 'success'));
    setOutput('failed-jobs', JSON.stringify(failed));
    setOutput('summary', line);
}
/** Reads the settings, runs the gate with its log groups, and writes the job summary. */
async function judge() {
    const settings = readSettings();
    // The gate and its GitHub client load once the inputs are good.
    const [{ gateReport, runGate }, { gateApi }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 411).then(__nccwpck_require__.bind(__nccwpck_require__, 8792)),
        __nccwpck_require__.e(/* import() */ 247).then(__nccwpck_require__.bind(__nccwpck_require__, 4247)),
    ]);
    const { gate } = settings;
    const deadline = Date.now() + gate.timeoutMs;
    const api = settings.github ? await gateApi(settings.github, deadline) : null;
    const title = gate.waitFor.length
        ? `Waiting for ${gate.waitFor.join(', ')}${gate.needs ? ' (and the needed jobs)' : ''}`
        : 'Judging the needed jobs';
    const outcome = await (0,log/* group */.Os)(title, () => runGate(gate, api, realClock, logProgress()));
    await (0,log/* group */.Os)('Verdicts', () => {
        if (outcome.needs)
            logVerdicts(outcome.needs);
        if (outcome.api)
            logVerdicts(outcome.api);
    });
    const report = gateReport(outcome);
    gateSummary(report, outcome).write();
    return report;
}
/** gate-all-jobs: green only when every guarded job, check run and status is; outputs are written either way. */
async function main() {
    let report;
    try {
        report = await judge();
    }
    catch (error) {
        const line = failureMessage(error);
        writeOutputs('failure', [], line);
        errorSummary(line).write();
        throw error;
    }
    writeOutputs(report.result, report.failed, report.summary);
    if (report.result === 'failure')
        throw new GateRed(report.summary);
    (0,log/* info */.pq)(report.summary);
}

;// CONCATENATED MODULE: ./actions/gate-all-jobs/src/index.ts


void runAction(main);

