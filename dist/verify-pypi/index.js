import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 8888:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FE: () => (/* binding */ isValidProjectName),
/* harmony export */   yz: () => (/* binding */ normalizeProjectName)
/* harmony export */ });
/* unused harmony export filenameProjectName */
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
/* harmony export */   th: () => (/* binding */ proxyForUrl)
/* harmony export */ });
/* unused harmony exports parseProxyUrl, bypassesProxy, PROXY_VARIABLES */
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
  ZY: () => (/* binding */ registerUrlCredentials),
  O3: () => (/* binding */ secrets)
});

// UNUSED EXPORTS: SecretRegistry, registerSecret

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

/***/ 2027:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ VerifyError)
/* harmony export */ });
/** Errors of verification that are not the release's fault: bad inputs, unreadable files, a refusing index. */
/** One line naming the input, file or URL and the fix. */
class VerifyError extends Error {
    name = 'VerifyError';
}


/***/ }),

/***/ 1040:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   AJ: () => (/* binding */ smokeInvocation),
/* harmony export */   JW: () => (/* binding */ parseSmokeShell),
/* harmony export */   cq: () => (/* binding */ smokeShellLabel)
/* harmony export */ });
/* unused harmony export SMOKE_SHELLS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2027);
/**
 * How the smoke command runs: written to a script file and run by the shell the user chose, exactly as a
 * workflow's `run:` step with that `shell:` runs it (the runner's templates, extensions and wrappers), so a
 * command that works in a step works here, on every OS. Pure functions of the platform.
 */


/** The shells known by name, as GitHub's runner names them. */
const SMOKE_SHELLS = ['bash', 'sh', 'pwsh', 'powershell', 'cmd', 'python'];
const EXTENSIONS = {
    bash: '.sh',
    sh: '.sh',
    pwsh: '.ps1',
    powershell: '.ps1',
    cmd: '.cmd',
    python: '.py',
};
/** The smoke-shell input: a known shell or a `{0}` template; one line naming the input when it is neither. */
function parseSmokeShell(input, platform) {
    const text = input.trim() || 'bash';
    const known = SMOKE_SHELLS.find((name) => name === text);
    if (known === 'cmd' && platform !== 'win32')
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G("smoke-shell 'cmd' runs only on Windows runners: use bash (on every runner) or sh");
    if (known)
        return { name: known };
    if (text.includes('{0}'))
        return { template: text.split(/\s+/) };
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .VerifyError */ .G(`smoke-shell '${text}' is not a shell verify-pypi knows: use ${SMOKE_SHELLS.join(', ')}, or a command with {0} for the script's path (e.g. 'perl {0}')`);
}
/** PowerShell stops at the first error and exits with the last program's exit code, as in a workflow step. */
function powershellScript(command) {
    return [
        "$ErrorActionPreference = 'stop'",
        command,
        'if ((Test-Path -LiteralPath variable:\\LASTEXITCODE)) { exit $LASTEXITCODE }',
    ].join('\n');
}
function scriptText(shell, command, platform) {
    const name = 'name' in shell ? shell.name : null;
    let text = `${command}\n`;
    if (name === 'pwsh' || name === 'powershell')
        text = `${powershellScript(command)}\n`;
    if (name === 'cmd')
        text = `@echo off\n${command}\n`;
    // cmd.exe and PowerShell expect CRLF; bash, sh and python read LF everywhere.
    const crlf = platform === 'win32' && (name === 'cmd' || name === 'pwsh' || name === 'powershell');
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
}
function programFor(shell, scriptPath) {
    if ('template' in shell) {
        const [command = '', ...args] = shell.template.map((part) => part.replaceAll('{0}', scriptPath));
        return { command, args };
    }
    const quoted = `'${scriptPath.replaceAll("'", "''")}'`;
    switch (shell.name) {
        case 'bash':
            return { command: 'bash', args: ['--noprofile', '--norc', '-e', '-o', 'pipefail', scriptPath] };
        case 'sh':
            return { command: 'sh', args: ['-e', scriptPath] };
        case 'pwsh':
        case 'powershell':
            return { command: shell.name, args: ['-command', `. ${quoted}`] };
        case 'cmd':
            // The process runner runs a .cmd file through cmd.exe, quoted for it.
            return { command: scriptPath, args: [] };
        case 'python':
            return { command: 'python', args: [scriptPath] };
    }
}
/** How `shell` runs `command` from a script in `dir` on `platform`. */
function smokeInvocation(shell, command, dir, platform) {
    const extension = 'name' in shell ? EXTENSIONS[shell.name] : '';
    const scriptPath = (platform === 'win32' ? node_path__WEBPACK_IMPORTED_MODULE_0__.win32 : node_path__WEBPACK_IMPORTED_MODULE_0__.posix).join(dir, `smoke-command${extension}`);
    return { scriptPath, contents: scriptText(shell, command, platform), ...programFor(shell, scriptPath) };
}
/** How the shell is named in the summary: `bash`, `perl {0}`. */
function smokeShellLabel(shell) {
    return 'name' in shell ? shell.name : shell.template.join(' ');
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

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

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

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

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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
function formatCommand(command, properties, message) {
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
    registry/* secrets */.O3.subscribe((form) => {
        // The runner masks each line of a multi-line value separately.
        for (const line of form.split(/\r?\n/)) {
            if (line)
                writeStdout(`${formatCommand('add-mask', {}, line)}\n`);
        }
    });
}
/** Masks `value` in the runner's log from now on and redacts it from everything this process writes. */
function registerSecret(value) {
    maskRegisteredSecrets();
    register(value);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
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
    const safe = (0,registry/* redact */.E$)(value);
    if (process.env['GITHUB_OUTPUT']) {
        appendFileCommand('GITHUB_OUTPUT', keyValueMessage(name, safe));
        return;
    }
    // Old runners without GITHUB_OUTPUT still understand the deprecated command.
    writeStdout(`${external_node_os_.EOL}${formatCommand('set-output', { name }, safe)}${external_node_os_.EOL}`);
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

// EXTERNAL MODULE: ./packages/pypi/proxy-env.ts
var proxy_env = __nccwpck_require__(1245);
// EXTERNAL MODULE: ./packages/pypi/index-urls.ts
var index_urls = __nccwpck_require__(302);
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

// EXTERNAL MODULE: ./packages/verify/smoke-shell.ts
var smoke_shell = __nccwpck_require__(1040);
// EXTERNAL MODULE: ./packages/verify/errors.ts
var errors = __nccwpck_require__(2027);
;// CONCATENATED MODULE: ./actions/verify-pypi/src/inputs.ts







const DOWNLOAD_MODES = ['all', 'installed', 'none'];
const PROVENANCE_MODES = ['auto', 'true', 'false'];
/** Reads and checks every input once; the errors name the input and what it accepts. */
function readSettings() {
    // Before anything is printed: index and proxy credentials, in every form pip or a server may echo.
    (0,proxy_env/* registerProxyCredentials */.QS)(process.env);
    const repositoryUrl = getInput('repository-url') || 'https://upload.pypi.org/legacy/';
    (0,registry/* registerUrlCredentials */.ZY)(repositoryUrl);
    const extraIndexUrls = getListInput('extra-index-url', { commas: true }).flatMap((item) => item.split(/\s+/));
    extraIndexUrls.forEach((url) => (0,registry/* registerUrlCredentials */.ZY)(url));
    const manifest = getInput('manifest');
    const name = getInput('name');
    const version = getInput('version');
    const smokeCommand = getInput('smoke-command');
    const tempDir = process.env['RUNNER_TEMP'];
    return {
        urls: (0,index_urls/* resolveIndexUrls */.rW)(repositoryUrl, 'repository-url'),
        ...(name ? { name } : {}),
        ...(version ? { version } : {}),
        // Relative paths stay as written (the runner starts actions in the workspace), so messages show them so.
        ...(manifest ? { manifest } : { packagesDir: getInput('packages-dir') || 'dist' }),
        timeoutMs: getIntegerInput('timeout', 900, { min: 0 }) * 1000,
        intervalMs: getIntegerInput('interval', 10, { min: 1 }) * 1000,
        download: getChoiceInput('download', DOWNLOAD_MODES, 'all'),
        installCheck: getBooleanInput('install-check', true),
        python: getInput('python'),
        importNames: getListInput('import-names', { commas: true }),
        ...(smokeCommand ? { smokeCommand } : {}),
        smokeShell: (0,smoke_shell/* parseSmokeShell */.JW)(getInput('smoke-shell'), process.platform),
        smokeTimeoutMs: getIntegerInput('smoke-timeout', 600, { min: 0 }) * 1000,
        extraIndexUrls,
        checkLatest: getBooleanInput('check-latest', true),
        ...(tempDir ? { tempDir } : {}),
        ...readProvenance(tempDir),
    };
}
/** The provenance inputs: mode, the expected publisher (this run's by default) and the trust root. */
function readProvenance(tempDir) {
    const mode = getChoiceInput('verify-provenance', PROVENANCE_MODES, 'auto');
    if (mode === 'false')
        return {};
    const repository = getInput('expected-repository') || process.env['GITHUB_REPOSITORY'] || '';
    // GITHUB_WORKFLOW_REF: owner/repo/.github/workflows/release.yml@refs/heads/main
    const workflowRef = /\/\.github\/workflows\/([^@/]+)@/.exec(process.env['GITHUB_WORKFLOW_REF'] ?? '');
    const workflow = getInput('expected-workflow') || workflowRef?.[1] || '';
    const missing = !repository
        ? 'Input expected-repository is empty and GITHUB_REPOSITORY is not set: name the repository (owner/name) whose workflow published the release'
        : !workflow
            ? 'Input expected-workflow is empty and GITHUB_WORKFLOW_REF is not set: name the workflow file that published the release, e.g. release.yml'
            : null;
    if (missing && mode === 'true')
        throw new InputError(missing);
    const trustRoot = trustRootSource(tempDir);
    return {
        provenance: {
            mode: mode === 'true' ? 'on' : 'auto',
            publisher: { repository, workflow },
            createVerifier: async () => {
                if (missing)
                    throw new errors/* VerifyError */.G(`the index serves provenance for this release, but ${missing}`);
                const { createAttestationVerifier, loadTrustedRoot } = await Promise.all(/* import() */[__nccwpck_require__.e(527), __nccwpck_require__.e(216)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8216));
                return createAttestationVerifier(await loadTrustedRoot(trustRoot));
            },
        },
    };
}
/** Where the Sigstore trust root comes from: the input, a stand-in, or the public-good instance by TUF. */
function trustRootSource(tempDir) {
    const given = getInput('trusted-root');
    if (/^https?:\/\//.test(given))
        return { kind: 'url', url: given };
    if (given)
        return { kind: 'file', path: given };
    const standIn = sigstoreStandInUrl();
    if (standIn)
        return standInTrustRoot(standIn);
    return { kind: 'public-good', cacheDir: (0,external_node_path_.join)(tempDir ?? (0,external_node_os_.tmpdir)(), 'sigstore-tuf') };
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
        return (0,registry/* redact */.E$)(this.parts.join(external_node_os_.EOL));
    }
    /** Appends the summary to the step summary file; a no-op outside a runner. */
    write() {
        const path = process.env['GITHUB_STEP_SUMMARY'];
        if (!path)
            return;
        (0,external_node_fs_.appendFileSync)(path, `${this.toString()}${external_node_os_.EOL}`, { encoding: 'utf8' });
    }
}

;// CONCATENATED MODULE: ./actions/verify-pypi/src/summary.ts

const STATUS_LABEL = {
    ok: '✅ ok',
    missing: '⏳ missing',
    mismatch: '❌ different file',
    unverifiable: '❌ no hash on the index',
    unexpected: '⚠️ not expected',
};
function hashCell(sha256) {
    if (sha256 === null)
        return '—';
    return { html: `<code title="${sha256}">${sha256.slice(0, 16)}…</code>` };
}
function installRows(install) {
    const rows = [];
    const { python } = install;
    if (python)
        rows.push(['Python', `${python.implementation} ${python.version} (${python.executable})`]);
    rows.push(['pip', install.pipVersion ?? 'unknown']);
    rows.push(['requirement', install.requirement]);
    if (install.installed) {
        const verdict = install.installed.matches
            ? 'sha256 matches the release'
            : 'sha256 differs from the release';
        rows.push(['installed file', `${install.installed.filename} (${verdict})`]);
    }
    if (install.installedVersion !== undefined)
        rows.push(['importlib.metadata.version', install.installedVersion]);
    if (install.imports.length > 0) {
        const imports = install.imports.map((i) => `${i.ok ? '✅' : '❌'} ${i.module}`).join(', ');
        rows.push([
            install.importNamesFrom === 'input'
                ? 'imports (import-names)'
                : "imports (the wheel's top-level modules)",
            imports,
        ]);
    }
    if (install.smoke) {
        const { smoke } = install;
        const ended = smoke.timedOut ? 'stopped at smoke-timeout' : `exit code ${smoke.exitCode ?? 'none'}`;
        rows.push([`smoke-command (${smoke.shell})`, `${ended}: ${smoke.command}`]);
    }
    rows.push(['result', install.ok ? '✅ installs and imports' : `❌ ${install.problem ?? 'failed'}`]);
    return rows.map(([label, value]) => [{ html: `<b>${escapeHtml(String(label))}</b>` }, value ?? '']);
}
/** The job summary: per file, local and index hash and status; then the install check and check-latest. */
function writeSummary(result, indexUrl) {
    const verdict = result.verified ? '✅ verified' : '❌ not verified';
    const summary = new Summary().heading(`${result.project} ${result.version}: ${verdict}`);
    const expected = result.files.filter((f) => f.local_sha256 !== null).length;
    summary.paragraph(`${expected} file(s) from ${result.source} compared with ${indexUrl} (JSON and simple API); ` +
        `${result.wait.polls} look(s) over ${result.waitedSeconds} s.`);
    summary.paragraph(`Download (${result.download.mode}): ${result.download.note}.`);
    const served = result.download.mode === 'all';
    summary.table(['File', 'Local sha256', 'Listed sha256', ...(served ? ['Served sha256'] : []), 'Status'], result.files.map((f) => [
        f.filename,
        hashCell(f.local_sha256),
        hashCell(f.index_sha256),
        ...(served ? [hashCell(f.served_sha256)] : []),
        STATUS_LABEL[f.status],
    ]));
    if (result.problems.length > 0)
        summary.heading('Problems', 3).list(result.problems);
    if (result.warnings.length > 0)
        summary.heading('Warnings', 3).list(result.warnings);
    if (result.provenance?.checked) {
        summary
            .heading('Provenance (PEP 740)', 3)
            .paragraph(result.provenance.note)
            .table(['File', 'Provenance', 'Rekor log index', 'Signed by'], result.provenance.files.map((row) => [
            row.filename,
            row.status === 'verified' ? '✅ verified' : `❌ ${row.status}`,
            row.logIndex === undefined || row.logIndex === null ? '' : String(row.logIndex),
            row.signer ?? '',
        ]));
    }
    else if (result.provenance)
        summary.paragraph(result.provenance.note);
    if (result.install)
        summary.heading('Install check', 3).table(null, installRows(result.install));
    if (result.latest)
        summary.heading('check-latest', 3).paragraph(`${result.latest.ok ? '✅' : '❌'} ${result.latest.note}`);
    summary.list(result.skipped).write();
}

;// CONCATENATED MODULE: ./actions/verify-pypi/src/main.ts



/** The one-line reason the step fails. */
function failure(result) {
    const missing = result.files.filter((f) => f.status === 'missing');
    if (result.wait.outcome === 'timeout') {
        const names = missing.slice(0, 5).map((f) => f.filename);
        if (missing.length > names.length)
            names.push(`${missing.length - names.length} more`);
        return `${missing.length} file(s) of ${result.project} ${result.version} not served after ${result.waitedSeconds} s (listed above): ${names.join(', ')}`;
    }
    const [first, ...rest] = result.problems;
    return rest.length === 0
        ? (first ?? 'verification failed')
        : `${first} (and ${rest.length} more problem(s) above)`;
}
function provenanceOutput(result) {
    return (result.provenance?.files ?? []).map((row) => ({
        filename: row.filename,
        status: row.status,
        log_index: row.logIndex ?? null,
        signer: row.signer ?? null,
    }));
}
/** Verify, write the outputs and summary, and fail the step unless verified. */
async function verify() {
    const settings = readSettings();
    // The index client, pip and the archive readers load once the inputs are good.
    const { verifyRelease } = await Promise.all(/* import() */[__nccwpck_require__.e(527), __nccwpck_require__.e(486)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9486));
    const result = await group(`Verify the release on ${settings.urls.simple}`, () => verifyRelease({ ...settings, log: info }));
    setOutput('files', JSON.stringify(result.files));
    setOutput('waited-seconds', String(result.waitedSeconds));
    setOutput('provenance', JSON.stringify(provenanceOutput(result)));
    if (result.provenance)
        info(result.provenance.note);
    for (const line of result.warnings)
        warning(line);
    for (const line of result.skipped)
        info(line);
    info(`download (${result.download.mode}): ${result.download.note}`);
    // The summary is not in the raw log a person greps after a failed release; the verdict belongs in both.
    if (result.latest)
        info(`check-latest ${result.latest.ok ? 'passed' : 'failed'}: ${result.latest.note}`);
    writeSummary(result, settings.urls.simple);
    return result;
}
/** verify-pypi: proof that the index serves exactly the released files, and that they install. */
async function main() {
    let result = null;
    try {
        result = await verify();
    }
    finally {
        // Whatever ended the step (a bad input, a refusing index), `verified` says so.
        setOutput('verified', String(result?.verified === true));
    }
    if (result.verified) {
        info(`${result.project} ${result.version}: every file served with the right hash after ${result.waitedSeconds} s`);
        return;
    }
    if (result.wait.outcome === 'timeout') {
        // Possibly hundreds of lines: the log, not annotations.
        info('Still missing at the timeout:');
        for (const line of result.problems)
            info(`  ${line}`);
    }
    else {
        for (const line of result.problems)
            error(line);
    }
    throw new Error(failure(result));
}

;// CONCATENATED MODULE: ./actions/verify-pypi/src/index.ts


void runAction(main);

