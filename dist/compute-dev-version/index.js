import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

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
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
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

;// CONCATENATED MODULE: ./packages/action-kit/log.ts


function write(line) {
    process.stdout.write(`${redact(line)}\n`);
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
                process.stdout.write(`${formatCommand('add-mask', {}, line)}\n`);
        }
    });
}
/** Masks `value` in the runner's log from now on and redacts it from everything this process writes. */
function secrets_registerSecret(value) {
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
        error(redact(failureMessage(thrown)));
        // Formatting a stack costs milliseconds; only a debug run shows it.
        if (isDebug() && thrown instanceof Error && thrown.stack)
            debug(redact(thrown.stack));
        process.exitCode = 1;
    }
}

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
;// CONCATENATED MODULE: external "node:path"
const external_node_path_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_namespaceObject);
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
    if (!(0,external_node_fs_namespaceObject.existsSync)(path))
        throw new Error(`${variable} points at a missing file: ${path}`);
    (0,external_node_fs_namespaceObject.appendFileSync)(path, `${message}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
}
/** Sets a step output. Secrets are redacted: an output is not a place for them. */
function setOutput(name, value) {
    const safe = redact(value);
    if (process.env['GITHUB_OUTPUT']) {
        appendFileCommand('GITHUB_OUTPUT', keyValueMessage(name, safe));
        return;
    }
    // Old runners without GITHUB_OUTPUT still understand the deprecated command.
    process.stdout.write(`${external_node_os_namespaceObject.EOL}${formatCommand('set-output', { name }, safe)}${external_node_os_namespaceObject.EOL}`);
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
        return redact(this.parts.join(external_node_os_namespaceObject.EOL));
    }
    /** Appends the summary to the step summary file; a no-op outside a runner. */
    write() {
        const path = process.env['GITHUB_STEP_SUMMARY'];
        if (!path)
            return;
        (0,external_node_fs_namespaceObject.appendFileSync)(path, `${this.toString()}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
    }
}

;// CONCATENATED MODULE: ./packages/pep440/parse.ts
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
function parse_canonicalDigits(digits) {
    return digits.replace(/^0+(?=.)/, '');
}
/** Python ints are unbounded; ours are doubles, so refuse what a double cannot hold exactly. */
function toInt(digits) {
    const n = Number(parse_canonicalDigits(digits));
    return Number.isSafeInteger(n) ? n : null;
}
function optionalInt(digits) {
    return digits === undefined ? 0 : toInt(digits);
}
function normalizeLocal(local) {
    return local
        .split(/[-_.]/)
        .map((part) => (/^[0-9]+$/.test(part) ? parse_canonicalDigits(part) : part.toLowerCase()))
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
function parse_toVersion(v) {
    if (typeof v !== 'string')
        return v;
    const parsed = parseVersion(v);
    if (parsed === null) {
        throw new Error(`not a PEP 440 version: ${JSON.stringify(v)} (expected e.g. "1.2.4", "1.2.4rc1", "1.2.4.dev5")`);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./packages/pep440/format.ts
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
    const v = parseVersion(text);
    return v === null ? null : formatVersion(v);
}
/** The version without its local part, e.g. "1.2.4.dev5" for "1.2.4.dev5+g1234abc". */
function publicVersion(v) {
    return publicOf(toVersion(v));
}
/** Epoch and release only, e.g. "1.2.4" for "1.2.4rc1.post2+abc" (trailing zeros kept). */
function baseVersion(v) {
    const { epoch, release } = parse_toVersion(v);
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

;// CONCATENATED MODULE: ./packages/git-version/errors.ts
/** A user-facing failure: one line that names the file or input at fault and how to fix it. */
class VersionError extends Error {
    name = 'VersionError';
}

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
;// CONCATENATED MODULE: ./packages/process/errors.ts
/** Why a process could not be started; the same kinds and wording for every caller. */
/** A process that never started; the message is one line naming the command and, with a hint, the fix. */
class ProcessError extends Error {
    kind;
    command;
    name = 'ProcessError';
    constructor(kind, command, message) {
        super(message);
        this.kind = kind;
        this.command = command;
    }
}
/** The one wording of each start failure: `'python3' was not found on PATH: <hint>`. */
function startFailure(kind, command, detail, hint) {
    const what = kind === 'not-found'
        ? `'${command}' was not found${detail ? ` ${detail}` : ''}`
        : kind === 'not-executable'
            ? `'${command}' is not executable${detail ? ` (${detail})` : ''}`
            : `'${command}' could not be started (${detail})`;
    return new ProcessError(kind, command, hint ? `${what}: ${hint}` : what);
}
/** A process that ran but did not succeed (runChecked); `result` holds everything it wrote. */
class errors_ProcessFailedError extends Error {
    result;
    name = 'ProcessFailedError';
    constructor(message, result) {
        super(message);
        this.result = result;
    }
}

;// CONCATENATED MODULE: ./packages/process/kill-tree.ts
/**
 * Stopping a process with everything it started. A shell killed alone leaves its children running with
 * the output pipes open, and whoever waits for the pipes waits for them too; so each process is started
 * as the leader of its own process group on POSIX (the group is signalled), and on Windows the tree is
 * ended by `taskkill /T /F`.
 */
/** The way to stop process `pid` and its descendants on `platform`. */
function treeKill(pid, platform) {
    if (platform === 'win32')
        return { kind: 'command', command: 'taskkill', args: ['/pid', String(pid), '/T', '/F'] };
    // A negative pid signals the whole group whose leader is pid (each process is started as one).
    return { kind: 'group', pid: -pid, signal: 'SIGKILL' };
}
/** Whether a process must be started as a group leader for `treeKill` to reach its children. */
function startsOwnGroup(platform) {
    return platform !== 'win32';
}
/** Carries out `treeKill` on this machine; resolves once the signal is sent or taskkill has finished. */
function killTree(pid, platform = process.platform) {
    const plan = treeKill(pid, platform);
    if (plan.kind === 'group') {
        try {
            process.kill(plan.pid, plan.signal);
        }
        catch {
            // ESRCH: the group is already gone.
        }
        return Promise.resolve();
    }
    return Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 421, 23)).then(({ spawn }) => new Promise((resolve) => {
        const killer = spawn(plan.command, plan.args, { stdio: 'ignore', windowsHide: true });
        killer.on('error', () => resolve());
        killer.on('close', () => resolve());
    }));
}

;// CONCATENATED MODULE: ./packages/process/lines.ts
/** Splitting a byte stream into lines as they arrive, without holding more than the unfinished last line. */
/** Feeds chunks in and calls `onLine` for each complete line (CRLF or LF); `end` flushes the last one. */
function lineSplitter(onLine) {
    let pending = '';
    return {
        push(chunk) {
            pending += chunk;
            const lines = pending.split(/\r?\n/);
            pending = lines.pop() ?? '';
            for (const line of lines)
                onLine(line);
        },
        end() {
            if (pending)
                onLine(pending);
            pending = '';
        },
    };
}

;// CONCATENATED MODULE: ./packages/process/resolve-command.ts
/**
 * Finding the program a command names, as a shell would, with the platform passed in: PATH on every OS,
 * and on Windows PATHEXT too (`pip` is `pip.exe`, `npm` is `npm.cmd`), which node's spawn does not try.
 */

const DEFAULT_PATHEXT = '.COM;.EXE;.BAT;.CMD';
/** An environment variable by name, case-insensitively on Windows (where `Path` is the usual spelling). */
function envValue(env, name, platform) {
    if (platform !== 'win32')
        return env[name];
    const key = Object.keys(env).find((k) => k.toUpperCase() === name.toUpperCase());
    return key === undefined ? undefined : env[key];
}
/** The file names to try for `base`: itself if it already has one of PATHEXT's extensions, else each. */
function candidateNames(base, platform, pathext) {
    if (platform !== 'win32')
        return [base];
    const extensions = (pathext || DEFAULT_PATHEXT)
        .split(';')
        .map((ext) => ext.trim())
        .filter(Boolean);
    const upper = base.toUpperCase();
    if (extensions.some((ext) => upper.endsWith(ext.toUpperCase())))
        return [base];
    return extensions.map((ext) => base + ext.toLowerCase());
}
/** True when `command` names a path (and so is not looked up on PATH). */
function isPathLike(command, platform) {
    const p = platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    return command.includes('/') || (platform === 'win32' && command.includes('\\')) || p.isAbsolute(command);
}
/** Resolves `command` to the file to run, looking where the platform's shell would. */
async function resolveCommand(command, context) {
    const { platform, env } = context;
    const p = platform === 'win32' ? (external_node_path_default()).win32 : (external_node_path_default()).posix;
    const pathext = envValue(env, 'PATHEXT', platform);
    if (isPathLike(command, platform)) {
        const base = p.resolve(context.cwd, command);
        for (const file of candidateNames(base, platform, pathext)) {
            if (await context.isExecutable(file))
                return { file };
        }
        return { missing: `at ${base}` };
    }
    const dirs = (envValue(env, 'PATH', platform) ?? '').split(p.delimiter).filter(Boolean);
    // Windows looks in the current directory first; POSIX shells never do.
    if (platform === 'win32')
        dirs.unshift(context.cwd);
    for (const dir of dirs) {
        for (const file of candidateNames(p.join(dir, command), platform, pathext)) {
            if (await context.isExecutable(file))
                return { file };
        }
    }
    return { missing: 'on PATH' };
}

;// CONCATENATED MODULE: ./packages/process/spawn-plan.ts
/**
 * What to hand node's spawn for a resolved program on a given platform. Programs run directly with an
 * argument array, except Windows batch files (.cmd, .bat): node refuses to spawn those without a shell,
 * so they run through `cmd.exe /d /s /c` with every argument quoted and escaped for cmd's parser twice
 * (once for the command line, once for the batch file's own `%*`).
 */
// Characters cmd.exe gives a meaning to; each is escaped with ^.
const CMD_META = /([()\][%!^"`<>&|;, *?])/g;
/** True for a Windows batch file, which cmd.exe must run. */
function isBatchFile(file, platform) {
    return platform === 'win32' && /\.(cmd|bat)$/i.test(file);
}
/**
 * One argument for a batch file's command line: quoted as the C runtime expects (backslashes before a
 * quote doubled, the quote escaped), then cmd's metacharacters escaped, twice.
 */
function quoteForCmd(arg) {
    const quoted = `"${arg.replace(/(\\*)"/g, '$1$1\\"').replace(/(\\*)$/, '$1$1')}"`;
    return quoted.replace(CMD_META, '^$1').replace(CMD_META, '^$1');
}
/** How to spawn `file` (already resolved) with `args` on `platform`; `comspec` is cmd.exe's path. */
function spawnPlan(file, args, platform, comspec = 'cmd.exe') {
    if (!isBatchFile(file, platform))
        return { file, args: [...args], windowsVerbatimArguments: false };
    const line = [file.replace(CMD_META, '^$1'), ...args.map(quoteForCmd)].join(' ');
    return { file: comspec, args: ['/d', '/s', '/c', `"${line}"`], windowsVerbatimArguments: true };
}

;// CONCATENATED MODULE: ./packages/process/run.ts







/** Default limit on a process's run time: 15 minutes. */
const DEFAULT_TIMEOUT_MS = 15 * 60_000;
// After the tree is killed, how long to wait for the pipes to close before giving up on them: a process
// that left the group (setsid, a Windows job breakaway) must not hold the caller past its timeout.
const PIPE_GRACE_MS = 500;
// Synchronous on purpose: a few stat calls take microseconds, while the first asynchronous one wakes
// libuv's thread pool, which costs an action that runs git a few times up to 10 ms at start-up.
async function isExecutable(file, platform) {
    try {
        if (!(0,external_node_fs_namespaceObject.statSync)(file).isFile())
            return false;
        if (platform !== 'win32')
            (0,external_node_fs_namespaceObject.accessSync)(file, external_node_fs_namespaceObject.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function isDirectory(path) {
    return (0,promises_namespaceObject.stat)(path).then((stats) => stats.isDirectory(), () => false);
}
/** The one wording of each way spawn itself can fail. */
function spawnFailure(error, command, options) {
    if (error.code === 'ENOENT')
        return startFailure('not-found', command, '', options.hint);
    if (error.code === 'EACCES')
        return startFailure('not-executable', command, error.code, options.hint);
    return startFailure('failed-to-start', command, error.code ?? error.message, options.hint);
}
async function plan(command, args, options) {
    const platform = options.platform ?? process.platform;
    const env = options.env ?? process.env;
    const cwd = options.cwd ?? process.cwd();
    if (options.shell) {
        if (args.length > 0)
            throw new Error('runProcess: a shell command takes no separate arguments');
        return { file: command, args: [], windowsVerbatimArguments: false, shell: true, env, cwd, platform };
    }
    const found = await resolveCommand(command, {
        platform,
        env,
        cwd,
        isExecutable: (file) => isExecutable(file, platform),
    });
    if ('missing' in found)
        throw startFailure('not-found', command, found.missing, options.hint);
    const comspec = envValue(env, 'COMSPEC', platform) ?? 'cmd.exe';
    return { ...spawnPlan(found.file, args, platform, comspec), shell: false, env, cwd, platform };
}
/** Starts `command` (looked up on PATH as a shell would); throws ProcessError when it cannot start. */
async function startProcess(command, args = [], options = {}) {
    const how = await plan(command, args, options);
    // Loaded when first needed: an action that runs nothing should not pay for it at start-up.
    const { spawn } = await Promise.resolve(/* import() */).then(__nccwpck_require__.t.bind(__nccwpck_require__, 421, 23));
    const child = spawn(how.file, how.args, {
        cwd: how.cwd,
        env: how.env,
        shell: how.shell,
        windowsVerbatimArguments: how.windowsVerbatimArguments,
        windowsHide: true,
        detached: startsOwnGroup(how.platform),
        stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    await new Promise((resolve, reject) => {
        child.once('spawn', resolve);
        child.once('error', (error) => reject(spawnFailure(error, command, options)));
    }).catch(async (error) => {
        // Node reports a missing working directory as the program missing: say which it was.
        if (error.kind === 'not-found' && !(await isDirectory(how.cwd)))
            throw startFailure('failed-to-start', command, `working directory ${how.cwd} does not exist`);
        throw error;
    });
    if (options.input !== undefined)
        child.stdin?.end(options.input);
    return watch(child, command, how.platform, options);
}
function watch(child, command, platform, options) {
    const started = performance.now();
    const pid = child.pid;
    const out = [];
    const err = [];
    let interleaved = '';
    let timedOut = false;
    let killed = null;
    const collect = (stream, into) => {
        const onLine = options.onLine;
        const lines = onLine ? lineSplitter((line) => onLine(line, stream)) : null;
        child[stream]?.on('data', (chunk) => {
            into.push(chunk);
            const text = chunk.toString('utf8');
            interleaved += text;
            lines?.push(text);
        });
        child[stream]?.on('close', () => lines?.end());
    };
    collect('stdout', out);
    collect('stderr', err);
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let settle = null;
    const result = new Promise((resolve) => (settle = resolve));
    const finish = (code, signal) => {
        clearTimeout(timer);
        const done = settle;
        settle = null;
        done?.({
            command,
            code: timedOut ? null : code,
            signal: timedOut ? 'SIGKILL' : signal,
            timedOut,
            timeoutMs,
            stdout: Buffer.concat(out).toString('utf8'),
            stderr: Buffer.concat(err).toString('utf8'),
            durationMs: performance.now() - started,
        });
    };
    child.on('close', finish);
    const stopTree = () => {
        killed ??= killTree(pid, platform).then(() => {
            // Whatever still holds the pipes is outside the tree; stop waiting for it.
            setTimeout(() => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish(child.exitCode, child.signalCode);
            }, PIPE_GRACE_MS).unref();
        });
        return killed;
    };
    const timer = timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            void stopTree();
        }, timeoutMs)
        : undefined;
    return {
        pid,
        output: () => interleaved,
        result,
        signal: (signal) => {
            child.kill(signal);
        },
        stop: async () => {
            await stopTree();
            return result;
        },
    };
}
/** Runs `command` to completion (or its timeout); throws ProcessError only when it cannot start. */
async function runProcess(command, args = [], options = {}) {
    return (await startProcess(command, args, options)).result;
}
/**
 * Runs `command` and returns its result only when it exited 0; otherwise throws ProcessFailedError
 * naming the command, how it ended and the last line it wrote to stderr.
 */
async function runChecked(command, args = [], options = {}) {
    const result = await runProcess(command, args, options);
    if (result.code === 0)
        return result;
    const last = (result.stderr || result.stdout).trim().split(/\r?\n/).pop() ?? '';
    throw new ProcessFailedError(`'${[command, ...args].join(' ')}' ${describeExit(result)}${last ? `: ${last}` : ''}`, result);
}
/** One line saying how a process ended, the same words everywhere: `exited with code 2`, `timed out after 1 s`. */
function describeExit(result) {
    if (result.timedOut)
        return `did not finish within ${formatSeconds(result.timeoutMs)} and was stopped, with every process it started`;
    if (result.code !== null)
        return `exited with code ${result.code}`;
    return `was ended by ${result.signal ?? 'an unknown signal'}`;
}
function formatSeconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}

;// CONCATENATED MODULE: ./packages/git-version/git.ts
/** Running git: argument arrays, never a shell, with an environment that cannot redirect it. */


// Variables that would point git at another repository, index or object store than the checkout in `cwd`
// (setuptools_scm drops all GIT_* for the same reason; we keep the ones that only tune transport and config).
const REDIRECTING = new Set([
    'GIT_DIR',
    'GIT_WORK_TREE',
    'GIT_INDEX_FILE',
    'GIT_OBJECT_DIRECTORY',
    'GIT_ALTERNATE_OBJECT_DIRECTORIES',
    'GIT_COMMON_DIR',
    'GIT_NAMESPACE',
    'GIT_PREFIX',
    'GIT_SHALLOW_FILE',
    'GIT_GRAFT_FILE',
    'GIT_REPLACE_REF_BASE',
    'GIT_NO_REPLACE_OBJECTS',
]);
/** The environment git runs with: no repository redirection, C locale for parseable messages, no prompts. */
function gitEnvironment(env) {
    const result = {};
    for (const [key, value] of Object.entries(env)) {
        if (value !== undefined && !REDIRECTING.has(key))
            result[key] = value;
    }
    result.LC_ALL = 'C';
    result.LANGUAGE = '';
    // A fetch must fail, not wait for a password nobody will type.
    result.GIT_TERMINAL_PROMPT = '0';
    return result;
}
/** The real git, found on PATH (or `executable`), run without a shell through the suite's process runner. */
function createGit(options = {}) {
    const executable = options.executable ?? 'git';
    const env = gitEnvironment(options.env ?? process.env);
    return {
        async run(args, { cwd, input }) {
            try {
                const result = await runProcess(executable, args, {
                    cwd,
                    env,
                    timeoutMs: 0, // a fetch takes as long as the network does; the job's own timeout bounds it
                    ...(input === undefined ? {} : { input }),
                    hint: 'install git on the runner',
                });
                return { code: result.code ?? 128, stdout: result.stdout, stderr: result.stderr };
            }
            catch (error) {
                if (error instanceof ProcessError)
                    throw new VersionError(`${error.message} (cwd ${cwd})`);
                throw error;
            }
        },
    };
}
/** Runs git and returns stdout, or throws with git's own message when it fails. */
async function gitOutput(git, args, cwd) {
    const result = await git.run(args, { cwd });
    if (result.code !== 0)
        throw new GitFailure(args, result);
    return result.stdout;
}
/** A git command that failed; `message` carries git's first error line. */
class GitFailure extends Error {
    args;
    result;
    name = 'GitFailure';
    constructor(args, result) {
        super(`git ${args[0] ?? ''} failed (exit ${result.code}): ${firstLine(result.stderr) || firstLine(result.stdout)}`);
        this.args = args;
        this.result = result;
    }
}
/** The first non-empty line of git's output, for one-line messages. */
function firstLine(text) {
    return (text
        .split('\n')
        .map((line) => line.trim())
        .find((line) => line !== '') ?? '');
}

;// CONCATENATED MODULE: ./packages/git-version/head.ts
/** Where the checkout is and what HEAD is: one `git rev-parse` for the usual case. */



/** Reads HEAD; null when `cwd` is not inside a git work tree. */
async function readHead(git, cwd) {
    const places = ['--is-shallow-repository', '--show-toplevel', '--git-path', 'shallow'];
    const result = await git.run(['rev-parse', ...places, 'HEAD', '--symbolic-full-name', 'HEAD'], { cwd });
    if (result.code === 0) {
        const [shallow, toplevel, shallowFile, commit, symbolic] = result.stdout.split('\n');
        return {
            toplevel: toplevel ?? cwd,
            shallow: shallow === 'true',
            shallowFile: (0,external_node_path_namespaceObject.resolve)(cwd, shallowFile ?? '.git/shallow'),
            commit: commit ?? null,
            branch: shortBranch(symbolic ?? ''),
        };
    }
    rejectUnusable(result.stderr, cwd);
    // An unborn branch: no HEAD commit yet, but the repository and the branch name exist.
    const [where, branch] = await Promise.all([
        git.run(['rev-parse', ...places], { cwd }),
        git.run(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd }),
    ]);
    if (where.code !== 0) {
        rejectUnusable(where.stderr, cwd);
        return null;
    }
    const [shallow, toplevel, shallowFile] = where.stdout.split('\n');
    return {
        toplevel: toplevel ?? cwd,
        shallow: shallow === 'true',
        shallowFile: (0,external_node_path_namespaceObject.resolve)(cwd, shallowFile ?? '.git/shallow'),
        commit: null,
        branch: branch.code === 0 ? branch.stdout.trim() : null,
    };
}
function shortBranch(symbolic) {
    if (symbolic.startsWith('refs/heads/'))
        return symbolic.slice('refs/heads/'.length);
    return symbolic === '' ? null : 'HEAD';
}
// "not a git repository" is an answer (null); a repository git refuses to read is the user's to fix.
function rejectUnusable(stderr, cwd) {
    if (/dubious ownership/i.test(stderr)) {
        throw new VersionError(`git refuses the repository at ${cwd} (dubious ownership); run \`git config --global --add safe.directory '*'\` before this step or check out as the same user`);
    }
    if (/not a git repository/i.test(stderr))
        return;
    if (/unknown revision|ambiguous argument 'HEAD'|Needed a single revision/i.test(stderr))
        return;
    throw new VersionError(`git rev-parse failed in ${cwd}: ${firstLine(stderr)}; check the working-directory input`);
}

;// CONCATENATED MODULE: ./packages/git-version/work-tree.ts
/** Small questions about the work tree and its history. */


/** `git rev-list --count HEAD`. */
async function countCommits(git, cwd) {
    const result = await git.run(['rev-list', '--count', 'HEAD'], { cwd });
    if (result.code !== 0)
        throw new VersionError(`counting commits in ${cwd} failed: ${firstLine(result.stderr)}`);
    return Number(result.stdout.trim());
}
/**
 * Tracked files that differ from HEAD (setuptools_scm's notion of dirty: untracked files do not count), relative to
 * the top of the checkout.
 */
async function modifiedFiles(git, cwd) {
    const result = await git.run(['status', '--porcelain', '-z', '--untracked-files=no'], { cwd });
    if (result.code !== 0)
        return [];
    const entries = result.stdout.split('\0');
    const files = [];
    for (let i = 0; i < entries.length; i += 1) {
        const entry = entries[i] ?? '';
        if (entry.length < 4)
            continue;
        files.push(entry.slice(3));
        // A rename or copy is followed by the path it came from.
        if (/[RC]/.test(entry.slice(0, 2)))
            i += 1;
    }
    return files;
}
/** HEAD's commit date in UTC, `YYYY-MM-DD` (setuptools_scm's node_date); null for an unborn branch. */
async function headCommitDate(git, cwd) {
    const result = await git.run(['-c', 'log.showSignature=false', 'log', '-n', '1', '--format=%ct', 'HEAD'], {
        cwd,
    });
    const seconds = Number(result.stdout.trim());
    if (result.code !== 0 || result.stdout.trim() === '' || !Number.isFinite(seconds))
        return null;
    return new Date(seconds * 1000).toISOString().slice(0, 10);
}
/** "a.txt, b.txt and 3 more": file names for a one-line message. */
function fileList(files, shown = 5) {
    const head = files.slice(0, shown).join(', ');
    return files.length > shown ? `${head} and ${files.length - shown} more` : head;
}

;// CONCATENATED MODULE: ./packages/git-version/dirty-check.ts
/** Builds from modified tracked files: refused (naming the files) unless `allowDirty`, then a warning. */


/** Throws a VersionError naming the files unless allowed; allowed, records the warning. */
function checkDirtyBuild(build) {
    if (build.files.length === 0)
        return;
    const files = fileList(build.files);
    if (!build.allowDirty) {
        throw new VersionError(`the work tree at ${build.where} has changes to tracked files (${files}); ${build.why}: commit or discard them, or set allow-dirty: true`);
    }
    build.warnings.push(`${build.allowed}; changed tracked files: ${files} (allow-dirty: true)`);
}

;// CONCATENATED MODULE: ./packages/git-version/local-tags.ts
/** The repository's tags and the commits they name, read once when a decision needs them. */

const FORMAT = '%(refname)%09%(objecttype)%09%(objectname)%09%(*objecttype)%09%(*objectname)';
/** All tags under `refs/tags/` (or only `refs/tags/<name>`), peeled to commits as `git describe` peels them. */
async function listLocalTags(git, cwd, name) {
    const pattern = name === undefined ? 'refs/tags/' : `refs/tags/${name}`;
    const output = await gitOutput(git, ['for-each-ref', `--format=${FORMAT}`, pattern], cwd);
    const tags = [];
    const nested = [];
    for (const line of output.split('\n')) {
        if (line === '')
            continue;
        const [ref = '', type, object = '', peeledType, peeled = ''] = line.split('\t');
        if (name !== undefined && ref !== pattern)
            continue; // for-each-ref also lists refs/tags/<name>/...
        const tag = { name: ref.slice('refs/tags/'.length), commit: null };
        if (type === 'commit')
            tag.commit = object;
        else if (type === 'tag' && peeledType === 'commit')
            tag.commit = peeled;
        else if (type === 'tag' && peeledType === 'tag')
            nested.push(tag);
        tags.push(tag);
    }
    if (nested.length > 0)
        await peelNested(git, cwd, nested);
    return tags;
}
// A tag of a tag: for-each-ref peels one level, describe peels all, so ask cat-file for `^{commit}`.
async function peelNested(git, cwd, tags) {
    const input = tags.map((tag) => `refs/tags/${tag.name}^{commit}\n`).join('');
    const result = await git.run(['cat-file', '--batch-check=%(objectname)'], { cwd, input });
    const lines = result.stdout.split('\n');
    tags.forEach((tag, i) => {
        const line = lines[i] ?? '';
        tag.commit = /^[0-9a-f]{40,64}$/.test(line) ? line : null;
    });
}

;// CONCATENATED MODULE: ./packages/git-version/shlex.ts
/** Python's `shlex.split` (POSIX mode), which setuptools_scm applies to a describe command written as one string. */
/** Splits `text` into words like `shlex.split`; throws an Error with shlex's reason when quoting is unbalanced. */
function shlexSplit(text) {
    const words = [];
    let word = null;
    let at = 0;
    const add = (chars) => {
        word = (word ?? '') + chars;
    };
    while (at < text.length) {
        const c = text[at] ?? '';
        at += 1;
        if (' \t\r\n'.includes(c)) {
            if (word !== null)
                words.push(word);
            word = null;
        }
        else if (c === '\\') {
            if (at >= text.length)
                throw new Error('No escaped character');
            add(text[at] ?? '');
            at += 1;
        }
        else if (c === "'") {
            const end = text.indexOf("'", at);
            if (end < 0)
                throw new Error('No closing quotation');
            add(text.slice(at, end));
            at = end + 1;
        }
        else if (c === '"') {
            at = doubleQuoted(text, at, add);
        }
        else {
            add(c);
        }
    }
    if (word !== null)
        words.push(word);
    return words;
}
// Inside double quotes a backslash escapes only `\` and `"`; elsewhere it stays.
function doubleQuoted(text, start, add) {
    let at = start;
    add('');
    for (;;) {
        if (at >= text.length)
            throw new Error('No closing quotation');
        const c = text[at] ?? '';
        at += 1;
        if (c === '"')
            return at;
        if (c === '\\' && at >= text.length)
            throw new Error('No escaped character');
        if (c === '\\' && (text[at] === '\\' || text[at] === '"')) {
            add(text[at] ?? '');
            at += 1;
        }
        else {
            add(c);
        }
    }
}

;// CONCATENATED MODULE: ./packages/git-version/describe.ts
/**
 * `git describe`: setuptools_scm 10's default command, a project's own describe command read into the options
 * this package honours, the arguments run, and reading the answer.
 */

/** setuptools_scm's default `--match` glob: tags with a digit in them. */
const DEFAULT_MATCH = '*[0-9]*';
/** setuptools_scm 10's default: `git describe --dirty --tags --long --abbrev=40 --match <glob>`. */
function defaultDescribe(match) {
    return {
        match: [match],
        exclude: [],
        tags: true,
        firstParent: false,
        long: true,
        dirty: true,
        abbrev: '40',
        candidates: null,
    };
}
/** Thrown with the reason a describe command cannot be honoured; the caller names the configuration key. */
class DescribeCommandError extends Error {
    name = 'DescribeCommandError';
}
/**
 * Reads a project's describe command (a list, or one string split as shlex does) into a DescribeSpec. Only
 * `git describe` with options that choose tags or shape the answer is accepted: anything else would need running
 * the project's command as it stands, which this package never does.
 */
function describeSpecFromCommand(command) {
    let words;
    try {
        words = typeof command === 'string' ? shlexSplit(command) : [...command];
    }
    catch (error) {
        throw new DescribeCommandError(`it cannot be split into words (${error.message})`);
    }
    if (words[0] !== 'git') {
        throw new DescribeCommandError(`it runs '${words[0] ?? ''}', not git describe`);
    }
    if (words[1] !== 'describe') {
        throw new DescribeCommandError(`it runs 'git ${words[1] ?? ''}', not git describe`);
    }
    const spec = { ...defaultDescribe(''), match: [], tags: false, long: false, dirty: false };
    spec.abbrev = null;
    const rest = words.slice(2);
    for (let i = 0; i < rest.length; i += 1) {
        const word = rest[i] ?? '';
        const [name = '', inline] = splitOption(word);
        const value = () => {
            if (inline !== undefined)
                return inline;
            i += 1;
            const next = rest[i];
            if (next === undefined)
                throw new DescribeCommandError(`${name} needs a value`);
            return next;
        };
        applyOption(spec, name, inline, value);
    }
    if (spec.abbrev === '0') {
        throw new DescribeCommandError('--abbrev=0 prints the bare tag, so no build could tell one commit from the next');
    }
    return spec;
}
function splitOption(word) {
    const eq = word.indexOf('=');
    return word.startsWith('--') && eq > 0 ? [word.slice(0, eq), word.slice(eq + 1)] : [word];
}
function applyOption(spec, name, inline, value) {
    const flag = (set) => {
        if (inline !== undefined)
            throw new DescribeCommandError(`${name} takes no value`);
        set();
    };
    switch (name) {
        case '--tags':
            return flag(() => (spec.tags = true));
        case '--long':
            return flag(() => (spec.long = true));
        case '--first-parent':
            return flag(() => (spec.firstParent = true));
        case '--debug':
            return flag(() => undefined);
        case '--dirty':
            if (inline !== undefined && inline !== '-dirty') {
                throw new DescribeCommandError(`--dirty=${inline} marks a dirty tree in a way setuptools_scm does not read`);
            }
            spec.dirty = true;
            return;
        case '--match':
            spec.match.push(value());
            return;
        case '--exclude':
            spec.exclude.push(value());
            return;
        case '--abbrev':
            spec.abbrev = inline === undefined ? null : numeric(name, inline);
            return;
        case '--candidates':
            spec.candidates = numeric(name, value());
            return;
    }
    const what = name.startsWith('-') ? `the option ${name}` : `the argument '${name}'`;
    throw new DescribeCommandError(`${what} is not one compute-dev-version honours (it reads --match, --exclude, --first-parent, --tags, --long, --dirty, --abbrev and --candidates)`);
}
function numeric(name, text) {
    if (!/^[0-9]+$/.test(text))
        throw new DescribeCommandError(`${name}=${text} is not a number`);
    return text;
}
/** The arguments for one run: always `--dirty` and `--long` (parsed alike), plus `--exclude` for tags we skip. */
function describeArgs(spec, exclude = []) {
    const args = ['describe', '--dirty', '--long'];
    if (spec.tags)
        args.push('--tags');
    if (spec.firstParent)
        args.push('--first-parent');
    if (spec.abbrev !== null)
        args.push(`--abbrev=${spec.abbrev}`);
    if (spec.candidates !== null)
        args.push(`--candidates=${spec.candidates}`);
    for (const glob of spec.match)
        args.push(`--match=${glob}`);
    for (const glob of [...spec.exclude, ...exclude])
        args.push(`--exclude=${glob}`);
    return args;
}
/** Parses `<tag>-<distance>-g<sha>[-dirty]` as setuptools_scm does (a bare tag reads as distance 0). */
function parseDescribe(output) {
    let text = output.trim();
    if (text === '')
        return null;
    const dirty = text.endsWith('-dirty');
    if (dirty)
        text = text.slice(0, -'-dirty'.length);
    const match = /^(.+)-([0-9]+)-g([0-9a-f]+)$/s.exec(text);
    if (!match)
        return { tag: text, distance: 0, abbrev: null, dirty };
    return { tag: match[1] ?? '', distance: Number(match[2]), abbrev: match[3] ?? '', dirty };
}

;// CONCATENATED MODULE: ./packages/git-version/python-regex.ts
/**
 * Python `re` patterns (setuptools_scm's `tag_regex`, hatch-vcs's `tag-pattern`) as JavaScript regular expressions
 * that match the same tags: Python's Unicode `\d`, `\w`, `\s`, `$` and `.`, named groups, `{,n}`, literal braces.
 * What has no faithful JavaScript form (scoped flags, conditionals, atomic groups) is refused, never approximated.
 */
const DIGIT = String.raw `\p{Nd}`;
const WORD = String.raw `\p{L}\p{N}_`;
// Python's str.isspace(); JavaScript's \s differs (it has U+FEFF, lacks U+001C-U+001F and U+0085).
const python_regex_SPACE = String.raw `\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
const ASCII_DIGIT = '0-9';
const ASCII_WORD = 'a-zA-Z0-9_';
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));
const SIMPLE_ESCAPES = {
    a: '\\x07',
    f: '\\f',
    n: '\\n',
    r: '\\r',
    t: '\\t',
    v: '\\v',
};
/** Thrown with the reason a pattern cannot be translated; the caller names the configuration key. */
class PythonRegexError extends Error {
    name = 'PythonRegexError';
}
/** Translates a Python regular expression; throws PythonRegexError when it has no faithful JavaScript form. */
function pythonRegex(source) {
    const { flags, rest } = leadingFlags(source);
    const translator = new Translator(rest, flags);
    const body = translator.translate();
    const jsFlags = `duy${flags.ignoreCase ? 'i' : ''}${flags.multiline ? 'm' : ''}${flags.dotAll ? 's' : ''}`;
    let regex;
    try {
        regex = new RegExp(body, jsFlags);
    }
    catch (error) {
        throw new PythonRegexError(`it is not a valid regular expression (${error.message})`);
    }
    return { source, regex, groups: translator.groups, names: translator.names };
}
/** `re.match`: the match at position 0, or null. */
function matchAtStart(pattern, text) {
    pattern.regex.lastIndex = 0;
    return pattern.regex.exec(text);
}
function leadingFlags(source) {
    const flags = { ignoreCase: false, multiline: false, dotAll: false, verbose: false, ascii: false };
    let rest = source;
    for (let match = /^\(\?([aiLmsux]+)\)/.exec(rest); match; match = /^\(\?([aiLmsux]+)\)/.exec(rest)) {
        for (const flag of match[1] ?? '') {
            if (flag === 'L')
                throw new PythonRegexError('the L (locale) flag has no JavaScript form');
            if (flag === 'i')
                flags.ignoreCase = true;
            if (flag === 'm')
                flags.multiline = true;
            if (flag === 's')
                flags.dotAll = true;
            if (flag === 'x')
                flags.verbose = true;
            if (flag === 'a')
                flags.ascii = true;
        }
        rest = rest.slice(match[0].length);
    }
    return { flags, rest };
}
class Translator {
    text;
    flags;
    groups = 0;
    names = [];
    at = 0;
    out = '';
    constructor(text, flags) {
        this.text = text;
        this.flags = flags;
    }
    translate() {
        while (this.at < this.text.length) {
            const c = this.text[this.at] ?? '';
            if (this.flags.verbose && this.skipVerbose(c))
                continue;
            if (c === '\\')
                this.out += this.escape(false);
            else if (c === '[')
                this.characterClass();
            else if (c === '(')
                this.group();
            else if (c === '{')
                this.brace();
            else if (c === '}' || c === ']')
                this.literal(c);
            else if (c === '$')
                this.simple(this.flags.multiline ? '$' : String.raw `(?=\n?(?![\s\S]))`);
            else if (c === '.')
                this.simple(this.flags.dotAll ? '.' : String.raw `[^\n]`);
            else if ('*+?'.includes(c))
                this.quantifier(c);
            else
                this.simple(c);
        }
        return this.out;
    }
    simple(js) {
        this.out += js;
        this.at += 1;
    }
    literal(c) {
        this.out += `\\${c}`;
        this.at += 1;
    }
    skipVerbose(c) {
        if (/\s/.test(c)) {
            this.at += 1;
            return true;
        }
        if (c !== '#')
            return false;
        const end = this.text.indexOf('\n', this.at);
        this.at = end < 0 ? this.text.length : end + 1;
        return true;
    }
    quantifier(c) {
        this.out += c;
        this.at += 1;
        const next = this.text[this.at];
        if (next === '+')
            throw new PythonRegexError('possessive quantifiers have no JavaScript form');
        if (next === '?')
            this.simple('?');
    }
    // `{m,n}` is a quantifier (`{,n}` means `{0,n}`); any other brace is a literal in Python.
    brace() {
        const match = /^\{(\d*)(,(\d*))?\}/.exec(this.text.slice(this.at));
        if (!match || (match[2] === undefined && match[1] === '')) {
            this.literal('{');
            return;
        }
        const [whole, min = '', comma, max = ''] = match;
        this.out += comma === undefined ? `{${min}}` : `{${min || '0'},${max}}`;
        this.at += whole.length;
        const next = this.text[this.at];
        if (next === '+')
            throw new PythonRegexError('possessive quantifiers have no JavaScript form');
        if (next === '?')
            this.simple('?');
    }
    group() {
        const rest = this.text.slice(this.at);
        const named = /^\(\?P<([^>]+)>/.exec(rest);
        if (named) {
            this.groups += 1;
            this.names.push(named[1] ?? '');
            this.out += `(?<${named[1]}>`;
            this.at += named[0].length;
            return;
        }
        const backref = /^\(\?P=([^)]+)\)/.exec(rest);
        if (backref) {
            this.out += `\\k<${backref[1]}>`;
            this.at += backref[0].length;
            return;
        }
        const comment = /^\(\?#[^)]*\)/.exec(rest);
        if (comment) {
            this.at += comment[0].length;
            return;
        }
        const kept = /^\((?:\?:|\?=|\?!|\?<=|\?<!)/.exec(rest);
        if (kept) {
            this.out += kept[0];
            this.at += kept[0].length;
            return;
        }
        if (rest.startsWith('(?')) {
            throw new PythonRegexError(`the group '${rest.slice(0, 4)}…' (inline flags, conditionals or atomic groups) has no JavaScript form`);
        }
        this.groups += 1;
        this.simple('(');
    }
    characterClass() {
        this.out += '[';
        this.at += 1;
        if (this.text[this.at] === '^')
            this.simple('^');
        if (this.text[this.at] === ']')
            this.literal(']');
        while (this.at < this.text.length && this.text[this.at] !== ']') {
            const c = this.text[this.at] ?? '';
            if (c === '\\')
                this.out += this.escape(true);
            else if (c === '[')
                this.literal('[');
            else
                this.simple(c);
        }
        if (this.at >= this.text.length)
            throw new PythonRegexError('a character set is not closed with ]');
        this.simple(']');
    }
    // One escape sequence at `at`, as it must read inside or outside a character class.
    escape(inClass) {
        const c = this.text[this.at + 1];
        this.at += 2;
        if (c === undefined)
            throw new PythonRegexError('it ends with a lone backslash');
        const digit = this.flags.ascii ? ASCII_DIGIT : DIGIT;
        const word = this.flags.ascii ? ASCII_WORD : WORD;
        const classes = { d: digit, w: word, s: python_regex_SPACE };
        const lower = c.toLowerCase();
        if (lower in classes && (c === lower || !inClass)) {
            const body = classes[lower] ?? '';
            if (inClass)
                return body;
            return c === lower ? `[${body}]` : `[^${body}]`;
        }
        if ('DWS'.includes(c))
            throw new PythonRegexError(`\\${c} inside a character set has no JavaScript form`);
        if (c in SIMPLE_ESCAPES)
            return SIMPLE_ESCAPES[c] ?? '';
        if (c === 'b')
            return inClass ? '\\x08' : wordBoundary(word, true);
        if (c === 'B' && !inClass)
            return wordBoundary(word, false);
        if (c === 'A' && !inClass)
            return String.raw `(?<![\s\S])`;
        if (c === 'Z' && !inClass)
            return String.raw `(?![\s\S])`;
        if (c === 'x')
            return this.hex(2);
        if (c === 'u')
            return this.hex(4);
        if (c === 'U')
            return this.hex(8);
        if (c === '0')
            return this.octal('0');
        if (/[1-9]/.test(c))
            return inClass ? this.octal(c) : this.backReference(c);
        if (/[\p{L}\p{N}]/u.test(c))
            throw new PythonRegexError(`the escape \\${c} is not one Python knows`);
        if (SYNTAX.has(c) || (inClass && c === '-'))
            return `\\${c}`;
        return `\\u{${c.codePointAt(0)?.toString(16) ?? '0'}}`;
    }
    hex(length) {
        const digits = this.text.slice(this.at, this.at + length);
        if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) {
            throw new PythonRegexError(`an escape needs ${length} hex digits`);
        }
        this.at += length;
        return `\\u{${digits}}`;
    }
    octal(first) {
        const more = /^[0-7]{0,2}/.exec(this.text.slice(this.at))?.[0] ?? '';
        this.at += more.length;
        return `\\u{${parseInt(first + more, 8).toString(16)}}`;
    }
    backReference(first) {
        const second = /^[0-9]/.exec(this.text.slice(this.at))?.[0] ?? '';
        this.at += second.length;
        return `\\${first}${second}`;
    }
}
// Python's \b and \B follow Unicode word characters; JavaScript's follow ASCII ones even with the u flag.
function wordBoundary(word, boundary) {
    const before = `(?<=[${word}])`;
    const notBefore = `(?<![${word}])`;
    const after = `(?=[${word}])`;
    const notAfter = `(?![${word}])`;
    return boundary
        ? `(?:${before}${notAfter}|${notBefore}${after})`
        : `(?:${before}${after}|${notBefore}${notAfter})`;
}

;// CONCATENATED MODULE: ./packages/git-version/wildmatch.ts
/**
 * git's wildmatch as `git describe --match/--exclude` applies it to tag names (no WM_PATHNAME: `*` and `?` also
 * match `/`): `*`, `?`, `[...]` with `!`/`^`, ranges and `[:class:]`, and `\` escapes.
 */
const POSIX_CLASSES = {
    alnum: 'a-zA-Z0-9',
    alpha: 'a-zA-Z',
    blank: ' \\t',
    cntrl: '\\x00-\\x1f\\x7f',
    digit: '0-9',
    graph: '\\x21-\\x7e',
    lower: 'a-z',
    print: '\\x20-\\x7e',
    punct: '!-\\/:-@\\[-`{-~',
    space: ' \\t\\n\\v\\f\\r',
    upper: 'A-Z',
    xdigit: '0-9a-fA-F',
};
const cache = new Map();
/** True when `text` matches the glob `pattern` as git describe matches tag names. */
function wildmatch(pattern, text) {
    let regex = cache.get(pattern);
    if (regex === undefined) {
        regex = globRegex(pattern);
        cache.set(pattern, regex);
    }
    return regex !== null && regex.test(text);
}
// null when the pattern can match nothing (an unclosed set or a trailing backslash, which git aborts on).
function globRegex(pattern) {
    let out = '';
    let at = 0;
    while (at < pattern.length) {
        const c = pattern[at] ?? '';
        at += 1;
        if (c === '*')
            out += '[\\s\\S]*';
        else if (c === '?')
            out += '[\\s\\S]';
        else if (c === '\\') {
            if (at >= pattern.length)
                return null;
            out += literal(pattern[at] ?? '');
            at += 1;
        }
        else if (c === '[') {
            const set = bracket(pattern, at);
            if (set === null)
                return null;
            out += set.regex;
            at = set.end;
        }
        else
            out += literal(c);
    }
    return new RegExp(`^${out}$`, 'u');
}
function literal(c, inSet = false) {
    return /[\\^$.*+?()[\]{}|/]/.test(c) || (inSet && c === '-') ? `\\${c}` : c;
}
// One `[...]` starting after the `[`; its regex and the index after its `]`.
function bracket(pattern, start) {
    let at = start;
    let negate = false;
    if (pattern[at] === '!' || pattern[at] === '^') {
        negate = true;
        at += 1;
    }
    const parts = [];
    let first = true;
    for (;;) {
        if (at >= pattern.length)
            return null;
        let c = pattern[at] ?? '';
        if (c === ']' && !first)
            break;
        first = false;
        at += 1;
        if (c === '[' && pattern[at] === ':') {
            const close = pattern.indexOf(':]', at + 1);
            const name = close < 0 ? '' : pattern.slice(at + 1, close);
            const set = POSIX_CLASSES[name];
            if (set === undefined)
                return null;
            parts.push(set);
            at = close + 2;
            continue;
        }
        if (c === '\\') {
            if (at >= pattern.length)
                return null;
            c = pattern[at] ?? '';
            at += 1;
        }
        if (pattern[at] === '-' && at + 1 < pattern.length && pattern[at + 1] !== ']') {
            let end = pattern[at + 1] ?? '';
            at += 2;
            if (end === '\\') {
                end = pattern[at] ?? '';
                at += 1;
            }
            // A reversed range matches nothing in git; JavaScript would refuse it.
            if (c <= end)
                parts.push(`${literal(c, true)}-${literal(end, true)}`);
            continue;
        }
        parts.push(literal(c, true));
    }
    const body = parts.join('');
    const regex = body === '' ? (negate ? '[\\s\\S]' : '[^\\s\\S]') : `[${negate ? '^' : ''}${body}]`;
    return { regex, end: at + 1 };
}

;// CONCATENATED MODULE: ./packages/git-version/tag-rules.ts
/**
 * Which tags are version tags and the version inside a tag name, by setuptools_scm 10's rules: `tag.prefix`
 * stripped, then `tag_regex` (its `version` group, or its only group), then the text after the group kept when
 * it still makes a PEP 440 version. Also which tags `git describe` can pick at all (its `--match`/`--exclude`).
 */




/** setuptools_scm's DEFAULT_TAG_REGEX: an optional `word-` prefix, an optional v, a '+local' tail. */
const DEFAULT_TAG_REGEX = String.raw `^(?:[\w-]+-)?(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`;
/**
 * DEFAULT_TAG_REGEX as pythonRegex translates it (a test keeps the two equal). Nearly every project uses the
 * default, and translating it at each start took longer than reading the whole configuration.
 */
const DEFAULT_TAG_REGEX_JS = String.raw `^(?:[\p{L}\p{N}_-]+-)?(?<version>[vV]?[\p{Nd}]+(?:\.[\p{Nd}]+){0,2}[^\+]*)(?:\+[^\n]*)?(?=\n?(?![\s\S]))`;
const VERSION_PART = String.raw `(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`;
/** Thrown when a tag regex is unusable; the caller names the configuration key. */
class TagRegexError extends Error {
    name = 'TagRegexError';
}
/** Rules from a Python regex source, as setuptools_scm's `_check_tag_regex` accepts them. */
function tagRules(options) {
    const source = options.regex || DEFAULT_TAG_REGEX;
    let regex;
    try {
        regex =
            source === DEFAULT_TAG_REGEX
                ? { source, regex: new RegExp(DEFAULT_TAG_REGEX_JS, 'duy'), groups: 1, names: ['version'] }
                : pythonRegex(source);
    }
    catch (error) {
        throw new TagRegexError(`'${source}' cannot be used: ${error.message}`);
    }
    if (regex.groups === 0 || (regex.groups > 1 && !regex.names.includes('version'))) {
        throw new TagRegexError(`'${source}' must contain a single group or a group named 'version' around the version part of a tag`);
    }
    return {
        strip: options.strip ?? '',
        regex,
        group: regex.groups === 1 ? 1 : 'version',
        keepSpelling: options.keepSpelling ?? false,
        describe: options.describe ?? defaultDescribe(DEFAULT_MATCH),
        inputPrefix: options.inputPrefix ?? null,
    };
}
/** The rules of the tag-prefix input: the prefix, an optional v, the version; describe matches `<prefix>*[0-9]*`. */
function prefixRules(prefix, describe) {
    const spec = { ...describe, match: [`${escapeGlob(prefix)}*[0-9]*`], exclude: [] };
    return tagRules({
        regex: `^${escapePythonRegex(prefix)}${VERSION_PART}`,
        describe: spec,
        inputPrefix: prefix,
    });
}
/** The version text a tag or branch segment holds by the rules (no PEP 440 check), as `_parse_version_tag`. */
function matchVersionPart(name, rules) {
    const stripped = rules.strip !== '' && name.startsWith(rules.strip) ? name.slice(rules.strip.length) : name;
    const match = matchAtStart(rules.regex, stripped);
    const version = match ? groupOf(match, rules.group) : undefined;
    return version ? version : null;
}
/** The version a tag carries, as setuptools_scm's tag_to_version; null when the regex does not match. */
function versionFromTag(tag, rules) {
    const stripped = rules.strip !== '' && tag.startsWith(rules.strip) ? tag.slice(rules.strip.length) : tag;
    const match = matchAtStart(rules.regex, stripped);
    if (!match)
        return null;
    const raw = groupOf(match, rules.group);
    const span = rules.group === 'version' ? match.indices?.groups?.version : match.indices?.[rules.group];
    if (!raw || span === undefined)
        return { version: null, text: raw ?? '', local: null };
    const base = parseVersion(raw);
    if (base === null)
        return { version: null, text: raw, local: null };
    const suffix = match[0].slice(span[1]);
    const withSuffix = suffix === '' ? null : parseVersion(raw + suffix);
    const parsed = withSuffix ?? base;
    const spelled = withSuffix !== null ? raw + suffix : raw;
    const publicPart = formatVersion({ ...parsed, local: null });
    return {
        version: publicPart,
        text: rules.keepSpelling ? (spelled.split('+')[0] ?? spelled) : publicPart,
        local: parsed.local,
    };
}
/** True when describe could pick `tag`: it matches a `--match` glob (if any) and no `--exclude` glob. */
function describeCouldPick(tag, rules) {
    const { match, exclude } = rules.describe;
    if (match.length > 0 && !match.some((glob) => wildmatch(glob, tag)))
        return false;
    return !exclude.some((glob) => wildmatch(glob, tag));
}
/** Escapes a literal for git's wildmatch (used by `describe --match/--exclude`). */
function escapeGlob(text) {
    return text.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
}
/** Escapes a literal as Python's re.escape does (every character but letters, digits and `_`). */
function escapePythonRegex(text) {
    return text.replace(/[^\p{L}\p{N}_]/gu, (c) => `\\${c}`);
}
function groupOf(match, group) {
    return group === 'version' ? match.groups?.version : match[group];
}

;// CONCATENATED MODULE: ./packages/git-version/nearest-tag.ts
/** Finding the tag a version builds on: setuptools_scm's `git describe`, minus tags we must not use. */


/** Runs the describe command the rules call for, plus `--exclude` for tags we skip. */
function runDescribe(git, cwd, rules, exclude = []) {
    return git.run(describeArgs(rules.describe, exclude), { cwd });
}
/**
 * The nearest usable tag. Starts from `first` (a describe already running) and describes again, with `--exclude`,
 * only when the answer is a tag that is not a PEP 440 version or, for dev builds, a tag on HEAD.
 */
async function findNearestTag(query, first) {
    const { git, cwd, rules } = query;
    const excluded = new Set();
    const skipped = [];
    const headTags = [];
    let result = await (first ?? runDescribe(git, cwd, rules));
    for (;;) {
        const described = result.code === 0 ? parseDescribe(result.stdout) : null;
        if (described === null)
            return { nearest: null, skipped, headTags };
        const version = versionFromTag(described.tag, rules);
        const onHead = query.ignoreHeadTags && described.distance === 0;
        if (version?.version != null && !onHead) {
            return {
                nearest: { ...described, version: { ...version, version: version.version } },
                skipped,
                headTags,
            };
        }
        const before = excluded.size;
        for (const tag of await query.tags()) {
            if (excluded.has(tag.name) || !describeCouldPick(tag.name, rules))
                continue;
            const valid = versionFromTag(tag.name, rules)?.version != null;
            if (!valid) {
                excluded.add(tag.name);
                skipped.push(tag.name);
            }
            else if (onHead && tag.commit === query.head) {
                excluded.add(tag.name);
                headTags.push(tag.name);
            }
        }
        // Describe named a tag the listing did not explain (it changed meanwhile): exclude it directly.
        if (excluded.size === before)
            excluded.add(described.tag);
        result = await runDescribe(git, cwd, rules, [...excluded].map(escapeGlob));
    }
}

;// CONCATENATED MODULE: ./packages/git-version/shallow-history.ts
/**
 * Completing a shallow clone just enough for `git describe` to give the answer it gives on a full clone:
 * every commit between HEAD and the nearest version tag, and the version tags on those commits. Starts with
 * `ls-remote --tags` beside a first `--deepen`, writes the tags whose commits have arrived, checks, deepens more.
 */



const INITIAL_DEPTH = 64;
const WIDER_ROUNDS = 3;
const FETCH = [
    '-c',
    'fetch.writeCommitGraph=false',
    'fetch',
    '--no-tags',
    '--no-auto-gc',
    '--recurse-submodules=no',
    '--quiet',
];
/** Fetches history and tags in growing steps until `settled()`; throws VersionError when fetching fails. */
async function deepenShallowHistory(plan) {
    const report = { fetches: 0, steps: [], remoteTags: [] };
    // actions/checkout names the remote origin; ask git for the list only when origin does not answer.
    let remote = 'origin';
    const fetch = async (step, args) => {
        report.fetches += 1;
        report.steps.push(step);
        const result = await plan.git.run([...FETCH, ...args], { cwd: plan.cwd });
        if (result.code !== 0) {
            throw new VersionError(`fetching history from ${remote} failed (${firstLine(result.stderr)}); give actions/checkout \`fetch-depth: 0\` or fix access to the remote`);
        }
    };
    // Step 1: the tags the remote has and a first slice of history, at once.
    const depth = plan.initialDepth ?? INITIAL_DEPTH;
    const firstStep = async () => {
        const [tags] = await Promise.all([
            listRemoteTags(plan.git, plan.cwd, remote),
            readShallow(plan.shallowFile).then((boundary) => fetch(`deepen ${depth}`, [`--deepen=${depth}`, remote, ...boundary])),
        ]);
        return tags;
    };
    let remoteTags;
    try {
        remoteTags = await firstStep();
    }
    catch (error) {
        const other = await pickRemote(plan.git, plan.cwd);
        if (other === remote)
            throw error;
        remote = other;
        remoteTags = await firstStep();
    }
    report.remoteTags = remoteTags;
    const wanted = remoteTags.filter(plan.wanted);
    if (wanted.length === 0) {
        const boundary = await readShallow(plan.shallowFile);
        // setuptools_scm then counts every commit (0.1.devN, or from fallback_version).
        if (boundary.length === 0)
            return finish(plan, report, 'the remote has no version tags');
        await fetch('unshallow (no version tags: counting all commits)', ['--unshallow', remote, ...boundary]);
        return finish(plan, report, 'the remote has no version tags; fetched all commits to count them');
    }
    await adoptPresentTags(plan, remote, wanted, fetch);
    if (await plan.settled())
        return finish(plan, report);
    // Step 2: the tag is further back, or merges hide a nearer one behind the cut: deepen four times as far each
    // round, then take everything. (--shallow-exclude would cut exactly at the tags, but git 2.39 can leave a
    // boundary entry for a commit it never sent, which breaks every later fetch.)
    let more = depth * 4;
    for (let round = 0; round < WIDER_ROUNDS; round += 1, more *= 4) {
        const boundary = await readShallow(plan.shallowFile);
        if (boundary.length === 0)
            break;
        await fetch(`deepen ${more}`, [`--deepen=${more}`, remote, ...boundary]);
        await adoptPresentTags(plan, remote, wanted, fetch);
        if (await plan.settled())
            return finish(plan, report);
    }
    const boundary = await readShallow(plan.shallowFile);
    if (boundary.length > 0) {
        await fetch('unshallow', ['--unshallow', remote, ...boundary]);
        await adoptPresentTags(plan, remote, wanted, fetch);
    }
    await plan.settled();
    return finish(plan, report);
}
function finish(plan, report, why) {
    const suffix = why ? ` (${why})` : '';
    plan.notes.push(`shallow clone: ${report.fetches} fetch(es) to find the nearest version tag: ${report.steps.join(', ')}${suffix}`);
    return report;
}
/** The remote to fetch from: `origin` (what actions/checkout names it), else the only one. */
async function pickRemote(git, cwd) {
    const remotes = (await gitOutput(git, ['remote'], cwd)).split('\n').filter((name) => name !== '');
    const remote = remotes.includes('origin') ? 'origin' : remotes.length === 1 ? remotes[0] : undefined;
    if (remote === undefined || remote.startsWith('-')) {
        throw new VersionError(`the clone in ${cwd} is shallow and has ${remotes.length === 0 ? 'no remote' : 'no remote named origin'} to fetch history from; check out with actions/checkout and \`fetch-depth: 0\``);
    }
    return remote;
}
/** `git ls-remote --tags`: every tag with the commit it peels to. */
async function listRemoteTags(git, cwd, remote) {
    const result = await git.run(['ls-remote', '--tags', remote], { cwd });
    if (result.code !== 0) {
        throw new VersionError(`listing tags of ${remote} failed (${firstLine(result.stderr)}); give actions/checkout \`fetch-depth: 0\` or fix access to the remote`);
    }
    return parseLsRemoteTags(result.stdout);
}
/** Parses `ls-remote --tags` output, pairing each tag with its peeled (`^{}`) line. */
function parseLsRemoteTags(output) {
    const tags = new Map();
    for (const line of output.split('\n')) {
        const [oid, ref] = line.split('\t');
        if (!oid || !ref?.startsWith('refs/tags/'))
            continue;
        const peeled = ref.endsWith('^{}');
        const name = ref.slice('refs/tags/'.length, peeled ? -3 : undefined);
        const tag = tags.get(name) ?? { name, object: oid, commit: oid };
        if (peeled)
            tag.commit = oid;
        else
            tag.object = oid;
        tags.set(name, tag);
    }
    return [...tags.values()];
}
/** The boundary commits of a shallow clone (empty once history is complete). */
async function readShallow(shallowFile) {
    try {
        return (await (0,promises_namespaceObject.readFile)(shallowFile, 'utf8')).split('\n').filter((line) => line !== '');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return [];
        throw error;
    }
}
async function localCommits(git, cwd) {
    return new Set((await gitOutput(git, ['rev-list', 'HEAD'], cwd)).split('\n').filter((line) => line !== ''));
}
// Makes the wanted tags whose commits are now local into local tags: lightweight ones are plain refs
// (written without a round trip), annotated ones need their tag objects fetched.
async function adoptPresentTags(plan, remote, wanted, fetch) {
    const [commits, localRefs] = await Promise.all([
        localCommits(plan.git, plan.cwd),
        gitOutput(plan.git, ['for-each-ref', '--format=%(refname)%09%(objectname)', 'refs/tags/'], plan.cwd),
    ]);
    const local = new Map(localRefs.split('\n').map((line) => line.split('\t')));
    const missing = wanted.filter((tag) => commits.has(tag.commit) && local.get(`refs/tags/${tag.name}`) !== tag.object);
    if (missing.length === 0)
        return;
    const lightweight = missing.filter((tag) => tag.object === tag.commit);
    const annotated = missing.filter((tag) => tag.object !== tag.commit);
    const jobs = [];
    if (lightweight.length > 0) {
        const input = lightweight.map((tag) => `update refs/tags/${tag.name} ${tag.object}\n`).join('');
        jobs.push(plan.git.run(['update-ref', '--stdin'], { cwd: plan.cwd, input }).then((result) => {
            if (result.code !== 0)
                throw new VersionError(`writing fetched tags in ${plan.cwd} failed: ${firstLine(result.stderr)}`);
        }));
    }
    if (annotated.length > 0) {
        jobs.push(fetch(`${annotated.length} annotated tag(s)`, [
            remote,
            ...annotated.map((tag) => `+refs/tags/${tag.name}:refs/tags/${tag.name}`),
        ]));
    }
    await Promise.all(jobs);
    plan.tagsChanged();
}

;// CONCATENATED MODULE: ./packages/git-version/history-search.ts
/**
 * The nearest version tag for a build from history: describe's answer, and on a shallow clone, as much more
 * history as it takes for that answer to be the one a full clone gives.
 */





/** The nearest usable tag, completing a shallow clone first when its answer could differ from a full clone's. */
async function searchHistory(search) {
    const { git, cwd, head } = search;
    let tagList = null;
    const query = {
        git,
        cwd,
        rules: search.rules,
        head: head.commit,
        ignoreHeadTags: !search.isRelease,
        tags: () => (tagList ??= listLocalTags(git, cwd)),
    };
    const outcome = await findNearestTag(query, search.describeRun);
    if (!head.shallow || head.commit === null || (await coversNearest(git, cwd, head, outcome)))
        return outcome;
    return completeShallowClone(search, outcome, query, () => (tagList = null));
}
/** The notes every search leaves: tags skipped and tags on HEAD a dev build ignored. */
function noteOutcome(outcome, notes) {
    if (outcome.skipped.length > 0) {
        notes.push(`ignored tags the tag regex reads no PEP 440 version from (setuptools_scm would fail on them; a --match in the describe command keeps them out): ${outcome.skipped.join(', ')}`);
    }
    if (outcome.headTags.length > 0) {
        notes.push(`HEAD carries ${outcome.headTags.join(', ')}; a branch build ignores tags on HEAD and stays a dev version`);
    }
}
// On a shallow clone, describe's answer stands only if no commit between HEAD and the tag is a cut-off boundary.
async function coversNearest(git, cwd, head, outcome) {
    const boundary = await readShallow(head.shallowFile);
    if (boundary.length === 0)
        return true;
    if (outcome.nearest === null)
        return false;
    const between = await git.run(['rev-list', 'HEAD', '--not', `refs/tags/${outcome.nearest.tag}`], { cwd });
    if (between.code !== 0)
        return false;
    const cut = new Set(boundary);
    return !between.stdout.split('\n').some((oid) => cut.has(oid));
}
async function completeShallowClone(search, outcome, query, forgetTags) {
    const { options, git, cwd, head, rules, isRelease } = search;
    if (options.fetch === 'never') {
        const what = outcome.nearest === null
            ? 'has no version tag in it'
            : `may not reach the nearest version tag (found ${outcome.nearest.tag})`;
        throw new VersionError(`the checkout at ${options.cwd} is a shallow clone that ${what}; give actions/checkout \`fetch-depth: 0\` or set fetch: auto`);
    }
    let current = outcome;
    const isVersionTag = (name) => describeCouldPick(name, rules) && versionFromTag(name, rules)?.version != null;
    const report = await deepenShallowHistory({
        git,
        cwd,
        shallowFile: head.shallowFile,
        wanted: (tag) => isVersionTag(tag.name) && (isRelease || tag.commit !== head.commit),
        settled: async () => {
            forgetTags();
            current = await findNearestTag(query);
            return coversNearest(git, cwd, head, current);
        },
        tagsChanged: forgetTags,
        notes: search.notes,
    });
    // Tags on HEAD that only the remote has (pushed after the shallow checkout or never fetched) still mean
    // "the tag's own build publishes this commit".
    if (!isRelease && head.commit !== null) {
        for (const tag of report.remoteTags) {
            if (isVersionTag(tag.name) && tag.commit === head.commit && !current.headTags.includes(tag.name))
                current.headTags.push(tag.name);
        }
    }
    return current;
}

;// CONCATENATED MODULE: ./packages/git-version/local-version.ts
/**
 * The display-only local version: setuptools_scm 10's local schemes (node-and-date by default), joined with a
 * local part the tag kept. Never exported: the version a build carries has no local part.
 */
/** Every local scheme setuptools_scm 10.2.1 ships. */
const LOCAL_SCHEMES = [
    'node-and-date',
    'node-and-timestamp',
    'dirty-tag',
    'no-local-version',
    'no-local-version-strict',
    'fail-on-uncommitted-changes',
];
/** True when the configured local schemes refuse a dirty tree before any other answers (a strict scheme). */
function refusesDirtyTree(schemes) {
    for (const scheme of schemes) {
        if (scheme === 'fail-on-uncommitted-changes' || scheme === 'no-local-version-strict')
            return true;
        if (LOCAL_SCHEMES.includes(scheme))
            return false;
    }
    return false;
}
/** `version` with the local part setuptools_scm would add; `schemes` without a known one read as node-and-date. */
function localVersion(version, input) {
    const parts = [];
    for (const segment of [...(input.tagLocal ?? '').split('.'), ...localPart(input).split('.')]) {
        if (segment !== '' && !parts.includes(segment))
            parts.push(segment);
    }
    return parts.length === 0 ? version : `${version}+${parts.join('.')}`;
}
function localPart(input) {
    for (const scheme of input.schemes) {
        switch (scheme) {
            case 'node-and-date':
                return withTime(input, stamp(input.now, 8));
            case 'node-and-timestamp':
                return withTime(input, stamp(input.now, 14));
            case 'dirty-tag':
                return input.dirty ? 'dirty' : '';
            case 'no-local-version':
            case 'no-local-version-strict':
                return '';
            case 'fail-on-uncommitted-changes':
                continue;
        }
    }
    return withTime(input, stamp(input.now, 8));
}
function withTime(input, time) {
    const node = input.exact || input.node === null ? null : input.node.slice(0, 10);
    if (node === null)
        return input.dirty ? `d${time}` : '';
    return input.dirty ? `${node}.d${time}` : node;
}
// %Y%m%d (8) or %Y%m%d%H%M%S (14) in UTC.
function stamp(now, length) {
    return now.toISOString().replace(/[-:T]/g, '').slice(0, length);
}

;// CONCATENATED MODULE: ./packages/git-version/calver-scheme.ts
/**
 * setuptools_scm's calver-by-date: the next version is HEAD's commit date (`YYYY.M.D.patch` for four-digit-year
 * tags, `YY.M.D.patch` otherwise), with the patch counting up from a tag of the same day.
 */


const DATE_TAG = /^(?<date>(?<prefix>[vV]?)(?<year>[0-9]{2}|[0-9]{4})(?:\.[0-9]{1,2}){2})(?:\.(?<patch>[0-9]*))?$/;
/** calver-by-date; the tag is as the scheme sees it, the dates are UTC `YYYY-MM-DD`. */
function calverByDate(input) {
    if (input.branch !== null && input.branch.startsWith('release-')) {
        const branchVersion = input.branchVersion(input.branch.split('-').pop() ?? '');
        // A release branch named for a date version builds exactly that version.
        if (branchVersion !== null && DATE_TAG.test(branchVersion))
            return branchVersion;
    }
    return `${guessNextDateVersion(input.tag, input.headDate)}.dev${input.number}`;
}
/** setuptools_scm's guess_next_date_ver: same day as the tag bumps its patch, another day starts at patch 0. */
function guessNextDateVersion(tag, headDate) {
    const match = DATE_TAG.exec(tag);
    const groups = match?.groups;
    let fourDigits = false;
    let prefix = '';
    let sameDay = false;
    if (groups) {
        fourDigits = (groups.year ?? '').length === 4;
        prefix = groups.prefix ?? '';
        sameDay = tagDate(groups.date ?? '', prefix, fourDigits, tag) === headDate;
    }
    const [year = '', month = '', day = ''] = headDate.split('-');
    const patch = sameDay ? BigInt(groups?.patch || '0') + 1n : 0n;
    const next = `${prefix}${fourDigits ? year : year.slice(2)}.${month}.${day}.${patch}`;
    // setuptools_scm passes the result through Version(), which drops leading zeros.
    return normalizeVersion(next) ?? next;
}
// datetime.strptime(date, '%Y.%m.%d' or '%y.%m.%d') as a UTC date; it refuses impossible dates.
function tagDate(text, prefix, fourDigits, tag) {
    const [yearText = '', monthText = '', dayText = ''] = text.slice(prefix.length).split('.');
    const month = Number(monthText);
    const day = Number(dayText);
    let year = Number(yearText);
    if (!fourDigits)
        year += year < 69 ? 2000 : 1900;
    const date = new Date(0);
    date.setUTCFullYear(year, month - 1, day); // Date.UTC would read years below 100 as 19xx
    const valid = year >= 1 &&
        /^(1[0-2]|0[1-9]|[1-9])$/.test(monthText) &&
        /^(3[01]|[12][0-9]|0[1-9]|[1-9])$/.test(dayText) &&
        date.getUTCMonth() === month - 1 &&
        date.getUTCDate() === day;
    if (!valid) {
        throw new VersionError(`nearest tag's version ${tag} looks like a date but is none (calver-by-date reads it as ${fourDigits ? 'YYYY' : 'YY'}.MM.DD); tag a real date or choose another version scheme`);
    }
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

;// CONCATENATED MODULE: ./packages/git-version/guess-next.ts
/** setuptools_scm's next-version guesses on a tag's version text (`_modify_version`), exact to the digit. */

/** setuptools_scm's guess_next_version: finish a .dev0 tag, else bump the last number. */
function guessNextVersion(tag) {
    const version = stripLocal(tag);
    return bumpDev(version, tag) ?? bumpLastNumber(version, tag);
}
/** setuptools_scm's _dont_guess_next_version: finish a .dev0 tag, else `.post1`. */
function dontGuessNextVersion(tag) {
    const version = stripLocal(tag);
    const finished = bumpDev(version, tag);
    if (finished !== null)
        return finished;
    if (version.includes('post')) {
        throw new VersionError(`nearest tag's version ${tag} already is a post release, so scheme no-guess-dev cannot guess the next one; tag a new release or choose another version scheme`);
    }
    return `${version}.post1`;
}
function stripLocal(version) {
    const plus = version.indexOf('+');
    return plus < 0 ? version : version.slice(0, plus);
}
function bumpDev(version, tag) {
    const at = version.lastIndexOf('.dev');
    if (at < 0)
        return null;
    const tail = version.slice(at + 4);
    if (tail !== '0') {
        throw new VersionError(`nearest tag's version ${tag} ends in .dev${tail}; setuptools_scm only continues .dev0 tags, so delete that tag or tag ${version.slice(0, at)}.dev0`);
    }
    return version.slice(0, at);
}
function bumpLastNumber(version, tag) {
    const match = /^(.*?)([0-9]+)$/s.exec(version);
    if (!match) {
        throw new VersionError(`nearest tag's version ${tag} does not end with a number to bump; tag a version that does or choose another version scheme`);
    }
    return `${match[1] ?? ''}${BigInt(match[2] ?? '0') + 1n}`;
}

;// CONCATENATED MODULE: ./packages/git-version/semver-schemes.ts
/**
 * setuptools_scm 10's SemVer-shaped guesses: semver-pep440 (python-simplified-semver), semver-pep440-release-branch
 * (release-branch-semver) and the bumps towncrier-fragments chooses between.
 */


const MINOR = 2;
const PATCH = 3;
/** setuptools_scm 10's guess_next_simple_semver: a .dev0 tag is finished, else keep `retain` parts and bump. */
function guessNextSimpleSemver(input, retain) {
    const release = releaseOf(input.normalized);
    if (input.dev === 0)
        return padded(release);
    const parts = release.slice(0, retain);
    while (parts.length < retain)
        parts.push(0n);
    parts[parts.length - 1] = (parts[parts.length - 1] ?? 0n) + 1n;
    return padded(parts);
}
/** semver-pep440: a feature branch bumps the minor, anything else the patch. */
function simplifiedSemver(input) {
    const retain = input.branch !== null && input.branch.includes('feature') ? MINOR : PATCH;
    return `${guessNextSimpleSemver(input, retain)}.dev${input.number}`;
}
/** semver-pep440-release-branch: on a branch named for the tag's major.minor a patch bump, else a minor bump. */
function releaseBranchSemver(input) {
    if (input.branch !== null) {
        let branchVersion = input.branchVersion(input.branch.split('/').pop() ?? '');
        if (branchVersion !== null) {
            if (branchVersion.startsWith('v'))
                branchVersion = branchVersion.slice(1);
            const tagMinor = input.tag.split('.').slice(0, MINOR);
            const branchMinor = branchVersion.split('.').slice(0, MINOR);
            if (tagMinor.length === branchMinor.length && tagMinor.every((part, i) => part === branchMinor[i])) {
                return `${guessNextVersion(input.tag)}.dev${input.number}`;
            }
        }
    }
    return `${guessNextSimpleSemver(input, MINOR)}.dev${input.number}`;
}
/** towncrier-fragments' bump for its fragment kind: major is X+1.0.0, minor and patch as semver-pep440. */
function fragmentBump(input, bump) {
    if (bump === 'minor')
        return `${guessNextSimpleSemver(input, MINOR)}.dev${input.number}`;
    if (bump === 'patch')
        return `${guessNextSimpleSemver(input, PATCH)}.dev${input.number}`;
    const first = (input.tag.split('+')[0] ?? '').split('.')[0]?.replace(/^v+/, '') ?? '';
    if (!/^[0-9]+$/.test(first)) {
        throw new VersionError(`nearest tag's version ${input.tag} has no plain major number for towncrier-fragments to bump; tag a version like 1.2.0`);
    }
    return `${BigInt(first) + 1n}.0.0.dev${input.number}`;
}
// The release numbers of a normalized version (after any epoch), exact beyond 2^53.
function releaseOf(normalized) {
    const match = /^(?:[0-9]+!)?([0-9]+(?:\.[0-9]+)*)/.exec(normalized);
    return (match?.[1] ?? '0').split('.').map((part) => BigInt(part));
}
function padded(parts) {
    const all = [...parts];
    while (all.length < PATCH)
        all.push(0n);
    return all.join('.');
}

;// CONCATENATED MODULE: ./packages/git-version/schemes.ts
/** setuptools_scm 10.2.1's version schemes, rule for rule, on the public version of the nearest tag. */



/** Every version scheme setuptools_scm 10.2.1 ships, under its current and its older names. */
const VERSION_SCHEMES = [
    'guess-next-dev',
    'no-guess-dev',
    'post-release',
    'semver-pep440',
    'python-simplified-semver',
    'semver-pep440-release-branch',
    'release-branch-semver',
    'only-version',
    'calver-by-date',
    'towncrier-fragments',
];
/** True for a scheme name setuptools_scm 10.2.1 knows. */
function isVersionScheme(name) {
    return VERSION_SCHEMES.includes(name);
}
/** The version a scheme gives, unnormalized as setuptools_scm formats it; throws VersionError where it raises. */
function applyVersionScheme(scheme, input) {
    if (input.exact || scheme === 'only-version')
        return input.tag;
    switch (scheme) {
        case 'guess-next-dev':
            return `${guessNextVersion(input.tag)}.dev${input.number}`;
        case 'no-guess-dev':
            return `${dontGuessNextVersion(input.tag)}.dev${input.number}`;
        case 'post-release':
            return `${input.tag}.post${input.number}`;
        case 'semver-pep440':
        case 'python-simplified-semver':
            return simplifiedSemver(input);
        case 'semver-pep440-release-branch':
        case 'release-branch-semver':
            return releaseBranchSemver(input);
        case 'calver-by-date':
            return calverByDate(input);
        case 'towncrier-fragments':
            return input.fragments === null
                ? `${guessNextVersion(input.tag)}.dev${input.number}`
                : fragmentBump(input, input.fragments);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/error.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
function getLineColFromPtr(string, ptr) {
    let lines = string.slice(0, ptr).split(/\r?\n/);
    return [lines.length, lines.pop().length + 1];
}
function makeCodeBlock(string, line, column) {
    let lines = string.split(/\r?\n/);
    let codeblock = '';
    let numberLen = (Math.log10(line + 1) | 0) + 1;
    for (let i = line - 1; i <= line + 1; i++) {
        let l = lines[i - 1];
        if (!l)
            continue;
        codeblock += i.toString().padEnd(numberLen, ' ');
        codeblock += ':  ';
        codeblock += l;
        codeblock += '\n';
        if (i === line) {
            codeblock += ' '.repeat(numberLen + column + 2);
            codeblock += '^\n';
        }
    }
    return codeblock;
}
class TomlError extends Error {
    line;
    column;
    codeblock;
    constructor(message, options) {
        const [line, column] = getLineColFromPtr(options.toml, options.ptr);
        const codeblock = makeCodeBlock(options.toml, line, column);
        super(`Invalid TOML document: ${message}\n\n${codeblock}`, options);
        this.line = line;
        this.column = column;
        this.codeblock = codeblock;
    }
    /** @internal */
    static x(message, ctx, ptr) {
        throw new TomlError(message, { toml: ctx.s, ptr: ptr ?? ctx.p });
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/primitive.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function parseString(ctx) {
    let startPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p++);
    let first = c;
    let isLiteral = c === 0x27; /* ' */
    let isMultiline = c === ctx.s.charCodeAt(ctx.p) && c === ctx.s.charCodeAt(ctx.p + 1);
    if (isMultiline) {
        // Trim initial newline
        if ((c = ctx.s.charCodeAt(ctx.p += 2)) === 0xa /* \n */)
            ctx.p++;
        else if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)
            ctx.p += 2;
    }
    // For the record: it is not worth it to use a fast-path for literal strings using `indexOf`.
    // Doing a char-by-char iteration ends up dispatching less instructions, for the same wall-clock runtime.
    let parsed = '';
    let sliceStart = ctx.p;
    // states:
    //   0 - decoding
    //   1 - decoding escape
    //   2 - whitespace escape (no newline encountered yet, must fail on non-whitespace)
    //   3 - whitespace escape (newline encountered, allowed to transition back to normal decode)
    let state = 0;
    for (; ctx.p < ctx.s.length; ctx.p++) {
        c = ctx.s.charCodeAt(ctx.p);
        // Deal with newlines first, since that simplifies control character checking and handling across all states
        if (isMultiline && (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */))) {
            state = state && 3;
        }
        // Control characters are banned in TOML, so we throw an error if we encounter them
        else if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in strings', ctx);
        }
        // The string might terminate while we're parsing through a newline escape.
        // It must have encountered a newline; otherwise, it'll simply fail in another branch.
        else if ((!state || state === 3) && c === first && (!isMultiline || (ctx.s.charCodeAt(ctx.p + 1) === first && ctx.s.charCodeAt(ctx.p + 2) === first))) {
            if (isMultiline) {
                // If the string ends with 4-5 quotes, then the first 1-2 are part of the string
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
                if (ctx.s.charCodeAt(ctx.p + 3) === first)
                    ctx.p++;
            }
            // If we're in a newline escape still, then there's nothing to add.
            if (!state) {
                // Avoid a useless concat operation if the string can be used as-is.
                let s = ctx.s.slice(sliceStart, ctx.p);
                parsed = parsed ? parsed + s : s;
            }
            ctx.p += isMultiline ? 3 : 1;
            return parsed;
        }
        // Baseline state; keep moving forward unless an escape sequence starts
        else if (!state) {
            if (!isLiteral && c === 0x5c /* \ */) {
                parsed += ctx.s.slice(sliceStart, (sliceStart = ctx.p));
                state = 1;
            }
        }
        else if (state === 1) {
            if (c === 0x78 /* x */ || c === 0x75 /* u */ || c === 0x55 /* U */) { // Unicode escape
                let errPtr = ctx.p++ - 1;
                let value = 0;
                let len = c === 0x78 /* x */ ? 2 : c === 0x75 /* u */ ? 4 : 8;
                for (let j = 0; j < len; j++, ctx.p++) {
                    let hex = ctx.s.charCodeAt(ctx.p);
                    let digit = 
                    /* 0-9 */ hex >= 0x30 && hex <= 0x39 ? hex - 0x30 :
                        /* A-F */ hex >= 0x41 && hex <= 0x46 ? hex - 0x41 + 10 :
                            /* a-f */ hex >= 0x61 && hex <= 0x66 ? hex - 0x61 + 10 : -1;
                    if (digit < 0)
                        TomlError.x('invalid non-hex character in unicode escape', ctx);
                    value = (value << 4) | digit;
                }
                // Because JS does bitwise on signed 32bit integers, all 0xfzzzzzzz values are actually seen as negative
                if (value < 0 || value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) {
                    TomlError.x('invalid unicode escape', ctx, errPtr);
                }
                parsed += String.fromCodePoint(value);
                sliceStart = ctx.p--;
                state = 0;
            }
            // Newline escape sequence. We only need to care about spaces and tabs; newlines are dealt with earlier
            else if (isMultiline && (c === 0x20 || c === 0x9 /* \t */)) {
                state = 2;
            }
            // Basic escape sequence
            else {
                if (c === 0x62 /* b */)
                    parsed += '\b';
                else if (c === 0x74 /* t */)
                    parsed += '\t';
                else if (c === 0x6e /* n */)
                    parsed += '\n';
                else if (c === 0x66 /* f */)
                    parsed += '\f';
                else if (c === 0x72 /* r */)
                    parsed += '\r';
                else if (c === 0x65 /* e */)
                    parsed += '\x1b';
                else if (c === 0x22 /* " */)
                    parsed += '"';
                else if (c === 0x5c /* \ */)
                    parsed += '\\';
                else
                    TomlError.x('unrecognised escape sequence', ctx);
                sliceStart = ctx.p + 1;
                state = 0;
            }
        }
        // Newline escape continuation: keep moving forward until the first non-whitespace char
        else if (c !== 0x20 && c !== 0x9 /* \t */) {
            if (state === 2)
                TomlError.x('invalid escape: only line-ending whitespace may be escaped', ctx, sliceStart);
            // State cannot be zero, or we'd have branched earlier already.
            // If it's a backslash, immediately transition to the escape state so it can be processed.
            state = !isLiteral && c === 0x5c /* \ */ ? 1 : 0;
            sliceStart = ctx.p;
        }
    }
    TomlError.x('unfinished string', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/date.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let DATE_TIME_RE = /^(\d{4}-\d{2}-\d{2})?[Tt ]?(?:(\d{2}):\d{2}(?::\d{2}(?:\.\d+)?)?)?(Z|z|[-+]\d{2}:\d{2})?$/i;
class TomlDate extends Date {
    #hasDate = false;
    #hasTime = false;
    #offset = null;
    constructor(date, fasttype, unsafeDelim) {
        let hasDate = true;
        let hasTime = true;
        let offset = 'Z';
        let c;
        if (typeof date === 'string') {
            if (fasttype)
                prep: {
                    // Date-time
                    if (fasttype < 3) {
                        if (+date.slice(11, 13) > 23) {
                            date = '';
                            break prep;
                        }
                        // Local
                        if (fasttype === 2) {
                            offset = null;
                            date += 'Z';
                        }
                        // Offset; keep track of offset if not Z
                        else if ((c = date.charCodeAt(date.length - 1)) !== 0x5a /* Z */ && c !== 0x7a /* z */) {
                            offset = date.slice(date.length - 6);
                        }
                        if (unsafeDelim)
                            date = date.slice(0, 10) + 'T' + date.slice(11);
                    }
                    // Time
                    else if (fasttype === 4) {
                        date = +date.slice(0, 2) > 23 ? '' : `0000-01-01T${date}Z`;
                    }
                    hasDate = fasttype !== 4;
                    hasTime = fasttype !== 3;
                }
            else {
                let match = date.match(DATE_TIME_RE);
                if (match) {
                    if (!match[1]) {
                        hasDate = false;
                        date = `0000-01-01T${date}`;
                    }
                    hasTime = !!match[2];
                    // Make sure to use T instead of a space. Breaks in case of extreme values otherwise.
                    hasTime && date[10] === ' ' && (date = date.replace(' ', 'T'));
                    // Do not allow rollover hours.
                    if (match[2] && +match[2] > 23) {
                        date = '';
                    }
                    else {
                        offset = match[3] || null;
                        if (!offset && hasTime)
                            date += 'Z';
                    }
                }
                else {
                    date = '';
                }
            }
        }
        super(date);
        if (!isNaN(this.getTime())) {
            this.#hasDate = hasDate;
            this.#hasTime = hasTime;
            this.#offset = offset;
        }
    }
    isDateTime() {
        return this.#hasDate && this.#hasTime;
    }
    isLocal() {
        return !this.#hasDate || !this.#hasTime || !this.#offset;
    }
    isDate() {
        return this.#hasDate && !this.#hasTime;
    }
    isTime() {
        return this.#hasTime && !this.#hasDate;
    }
    isValid() {
        return this.#hasDate || this.#hasTime;
    }
    toISOString() {
        let iso = super.toISOString();
        // Local Date
        if (this.isDate())
            return iso.slice(0, 10);
        // Local Time
        if (this.isTime())
            return iso.slice(11, 23);
        // Local DateTime
        if (this.#offset === null)
            return iso.slice(0, -1);
        // Offset DateTime
        if (this.#offset === 'Z' || this.#offset === 'z')
            return iso;
        // This part is quite annoying: JS strips the original timezone from the ISO string representation
        // Instead of using a "modified" date and "Z", we restore the representation "as authored"
        let offset = (+(this.#offset.slice(1, 3)) * 60) + +(this.#offset.slice(4, 6));
        offset = this.#offset[0] === '-' ? offset : -offset;
        let offsetDate = new Date(this.getTime() - (offset * 60e3));
        return offsetDate.toISOString().slice(0, -1) + this.#offset;
    }
    static wrapAsOffsetDateTime(jsDate, offset = 'Z') {
        let date = new TomlDate(jsDate);
        date.#offset = offset;
        return date;
    }
    static wrapAsLocalDateTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#offset = null;
        return date;
    }
    static wrapAsLocalDate(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasTime = false;
        date.#offset = null;
        return date;
    }
    static wrapAsLocalTime(jsDate) {
        let date = new TomlDate(jsDate);
        date.#hasDate = false;
        date.#offset = null;
        return date;
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/extract.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function isDigit(char, base = 10) {
    return base === 16
        ? (char > 0x2f && char < 0x3a) || (char > 0x40 && char < 0x47) || (char > 0x60 && char < 0x67)
        : (char > 0x2f && char < 0x30 + base);
}
function isEndOfValue(char, delim) {
    // Whitespace -- we're permissive on `\r` for performance; it'll be dealt with later anyway
    return char === 0x20 || char === 0x9 /* \t */ || char === 0xa /* \n */ || char === 0xd /* \r */ ||
        // Structure end or next value delimiter
        (delim && (char === delim || char === 0x2c /* , */)) ||
        // Comment
        char === 0x23; /* # */
}
/** @internal */
function extractValue(ctx, end) {
    let errPtr = ctx.p;
    let c = ctx.s.charCodeAt(ctx.p);
    // Structs
    if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
        ctx.d-- || TomlError.x('document contains excessively nested structures. aborting.', ctx);
        let value = c === 0x5b /* [ */
            ? parseArray(ctx)
            : parseInlineTable(ctx);
        ctx.d++;
        return value;
    }
    // Strings
    if (c === 0x22 /* " */ || c === 0x27 /* ' */) {
        return parseString(ctx);
    }
    // Booleans
    // We can fast-path because the first character is enough to know the only possible value
    if (c === 0x74 /* t */) { // Only possible valid value is `true`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x72 || ctx.s.charCodeAt(++ctx.p) !== 0x75 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, true;
    }
    if (c === 0x66 /* f */) { // Only possible valid value is `false`
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6c || ctx.s.charCodeAt(++ctx.p) !== 0x73 || ctx.s.charCodeAt(++ctx.p) !== 0x65)
            TomlError.x('invalid value', ctx, errPtr);
        return ctx.p++, false;
    }
    if (c === 0x2b /* + */ || c === 0x2d /* - */) {
        return parseNumber(ctx, ctx.p, ctx.s.charCodeAt(++ctx.p), 0x2c - c, end);
    }
    // Rough heuristic, but `parseDate` falls back to number parsing if it's a false positive.
    // e.g.: `a = 1\n-------------- = 1` would match this heuristic, but gracefully fallback to numbers.
    if (ctx.s.charCodeAt(ctx.p + 4) === 0x2d /* - */ && ctx.s.charCodeAt(ctx.p + 7) === 0x2d /* - */) {
        return parseDate(ctx, c, end);
    }
    // Same logic as above; `parseTime` falls back to number parsing if it's a false positive.
    if (ctx.s.charCodeAt(ctx.p + 2) === 0x3a /* : */) {
        return parseTime(ctx, c, end);
    }
    return parseNumber(ctx, ctx.p, c, 0, end);
}
// State:
// 0: init
// 1: integer
// 2: fractional dot
// 3: fractional
// 4: exponent letter
// 5: exponent
// 6: exponent sign
// 7: exponent with sign
// >9: underscore; see below
//     -> 12: was integer
//     -> 14: was fractional
//     -> 16: was exponent
// states 2-5, 14, 16 are ONLY permitted iif base === 10
function parseNumber(ctx, startPtr, startChr, sign, endChr) {
    let c = startChr;
    let state = 0;
    let hasUnderscores = false;
    // (+/-)inf
    if (c === 0x69 /* i */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x6e || ctx.s.charCodeAt(++ctx.p) !== 0x66)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, (sign || 1) / 0;
    }
    // (+/-)nan
    if (c === 0x6e /* n */) {
        if (ctx.s.charCodeAt(++ctx.p) !== 0x61 || ctx.s.charCodeAt(++ctx.p) !== 0x6e)
            TomlError.x('invalid value', ctx, startPtr);
        return ctx.p++, NaN;
    }
    // Leading zero
    // Only allowed cases: `0<EOV>`, `0.(...)`, `0e(...)`, `0x(...)`, `0b(...)`, `0o(...)`
    // FWIW, `0e(...)` is a stupid case, but it's not banned per-se so we have to parse it
    if (c === 0x30 /* 0 */) {
        if (++ctx.p >= ctx.s.length || isEndOfValue(c = ctx.s.charCodeAt(ctx.p), endChr))
            return ctx.bi === true ? 0n : 0; // note: conveniently deals with `-0`
        if (!sign) {
            if (c === 0x78 /* x */)
                return parseIntegerBaseN(ctx, startPtr, 16, endChr);
            else if (c === 0x62 /* b */)
                return parseIntegerBaseN(ctx, startPtr, 2, endChr);
            else if (c === 0x6f /* o */)
                return parseIntegerBaseN(ctx, startPtr, 8, endChr);
        }
        if (c === 0x2e /* . */)
            state = 2;
        else if (c === 0x65 /* e */ || c === 0x45 /* E */)
            state = 4;
        else
            TomlError.x('illegal leading zero', ctx, startPtr);
    }
    // If the 1st char is not a digit by now, then it's not a valid TOML value at all
    else if (!isDigit(c))
        TomlError.x('invalid value', ctx, startPtr);
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (!state)
            state = 1; // Detects single-digit numbers we can use a fast parse path for
        // The way the states are numbered is not random: underscores are always permitted in odd-numbered states and
        // never permitted in even-numbered ones.
        if (c === 0x5f /* _ */) {
            if (!(state & 1))
                TomlError.x('illegal underscore', ctx);
            state += 11; // 11 is a marker that makes the state even and greater than 9; see the numbering + rationale above
            hasUnderscores = true;
        }
        // Transition to fractional part.
        else if (state === 1 && c === 0x2e /* . */)
            state = 2;
        // Transition to exponent part.
        else if ((state === 1 || state === 3) && (c === 0x65 /* e */ || c === 0x45 /* E */))
            state = 4;
        // + and - are permitted in state 4 only (handled before entering the function for state 0)
        else if (state === 4 && (c === 0x2b /* + */ || c === 0x2d /* - */)) {
            state = 6;
        }
        // All special cases have been handled; only digits are allowed here
        else if (!isDigit(c))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear state flags
        else if (state > 9)
            state -= 11;
        else if (!(state & 1))
            state++;
    }
    // Single-char number; we can fast-path these very easily.
    if (!state) {
        let val = (startChr - 0x30 /* 0 */) * (sign || 1);
        return ctx.bi === true ? BigInt(val) : val;
    }
    // Even-numbered states absolutely require a digit next; not even end of value is permitted
    if (!(state & 1))
        TomlError.x('unfinished numeric value', ctx, startPtr);
    let str = ctx.s.slice(startPtr, ctx.p);
    if (hasUnderscores)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return state > 1
        ? parseFloat(str)
        : parseInteger(ctx, str, 10, startPtr);
}
function parseIntegerBaseN(ctx, startPtr, base, endChr) {
    let c, underscore = 1;
    while (++ctx.p < ctx.s.length && (c = ctx.s.charCodeAt(ctx.p), !isEndOfValue(c, endChr))) {
        if (c === 0x5f /* _ */) {
            if (underscore & 1)
                TomlError.x('illegal underscore', ctx);
            underscore = 3;
        }
        // We only need to check if the number is a valid digit, nothing else is permitted
        else if (!isDigit(c, base))
            TomlError.x(`illegal character in numeric literal`, ctx);
        // Clear underscore flag
        else if (underscore & 1)
            underscore--;
    }
    // Trailing underscore is not allowed
    if (underscore & 1)
        TomlError.x('unfinished numeric value', ctx);
    let str = ctx.s.slice(startPtr + 2, ctx.p);
    if (underscore)
        str = str.replaceAll('_', ''); // perf: replaceAll 1.25x faster than replace with a regex
    return parseInteger(ctx, str, base, startPtr);
}
function parseInteger(ctx, str, base, startPtr) {
    if (ctx.bi !== true)
        int: {
            let val = parseInt(str, base);
            if (!Number.isSafeInteger(val)) {
                if (ctx.bi)
                    break int;
                TomlError.x('integer value cannot be represented losslessly', ctx, startPtr);
            }
            return val;
        }
    return base === 10 ? BigInt(str) : BigInt((base === 2 ? '0b' : base === 8 ? '0o' : '0x') + str);
}
function parseDate(ctx, c, endChr) {
    let startPtr = ctx.p++, unsafeSeparator;
    if (!isDigit(c) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++)) ||
        !isDigit(ctx.s.charCodeAt(ctx.p++))) {
        return parseNumber(ctx, ctx.p = startPtr, c, 0, endChr);
    }
    ctx.p += 5;
    if (!isDigit(ctx.s.charCodeAt(ctx.p++)))
        TomlError.x('invalid date-time: date part is malformed', ctx, startPtr);
    if (ctx.p >= ctx.s.length || (((c = ctx.s.charCodeAt(ctx.p)) !== 0x20 || (unsafeSeparator = true, !isDigit(ctx.s.charCodeAt(ctx.p + 1)))) && c !== 0x54 /* T */ && c !== 0x74 /* t */)) {
        let t = ctx.s.slice(startPtr, ctx.p);
        return readDate(ctx, t, 3, false, startPtr);
    }
    if (ctx.s.charCodeAt(ctx.p += 3) !== 0x3a /* : */)
        TomlError.x('invalid date-time: time part is malformed', ctx, startPtr);
    if (ctx.s.charCodeAt(ctx.p += 3) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    if (c = ctx.s.charCodeAt(ctx.p)) {
        if (c === 0x5a /* Z */ || c === 0x7a /* z */) {
            let t = ctx.s.slice(startPtr, ++ctx.p);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, '[+00:00]');
        }
        if (c === 0x2b /* + */ || c === 0x2d /* - */) {
            // Temporal's ZonedDateTime is weird asf when it comes to dealing with traditional offsets...
            // It's 1.2x faster to allocate a new string to pass to ZDT than use Instant.toZonedDateTimeISO
            let t = ctx.s.slice(startPtr, ctx.p += 6);
            return readDate(ctx, t, 1, unsafeSeparator, startPtr, !ctx.ld && ('[' + ctx.s.slice(ctx.p - 6, ctx.p) + ']'));
        }
    }
    let t = ctx.s.slice(startPtr, ctx.p);
    return readDate(ctx, t, 2, unsafeSeparator, startPtr);
}
function parseTime(ctx, c, endChr) {
    let start = ctx.p;
    if (!isDigit(c) || !isDigit(ctx.s.charCodeAt(++ctx.p))) {
        return parseNumber(ctx, --ctx.p, c, 0, endChr);
    }
    if (ctx.s.charCodeAt(ctx.p += 4) === 0x3a /* : */)
        ctx.p += 3;
    if (ctx.s.charCodeAt(ctx.p) === 0x2e /* . */)
        while (isDigit(ctx.s.charCodeAt(++ctx.p)))
            ;
    let t = ctx.s.slice(start, ctx.p);
    return readDate(ctx, t, 4, false, start);
}
function readDate(ctx, str, type, unsafeDelim, errPtr, temporalSuffix) {
    if (ctx.ld) {
        let date = new TomlDate(str, type, unsafeDelim);
        if (!date.isValid())
            TomlError.x('invalid date', ctx, errPtr);
        return date;
    }
    try {
        if (temporalSuffix)
            str += temporalSuffix;
        switch (type) {
            case 1: return Temporal.ZonedDateTime.from(str);
            case 2: return Temporal.PlainDateTime.from(str);
            case 3: return Temporal.PlainDate.from(str);
            case 4: return Temporal.PlainTime.from(str);
        }
    }
    catch (e) {
        TomlError.x(e instanceof Error ? e.message : '' + e, ctx, errPtr);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/util.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */

/** @internal */
function skipComment(ctx) {
    for (; ctx.p < ctx.s.length; ctx.p++) {
        let c = ctx.s.charCodeAt(ctx.p);
        if (c === 0xa /* \n */)
            break;
        if (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */) {
            ctx.p++;
            break;
        }
        if ((c < 0x20 && c !== 0x9 /* \t */) || c === 0x7f) {
            TomlError.x('control characters are not allowed in comments', ctx);
        }
    }
}
/** @internal */
function skipVoid(ctx, banNewLines, banComments) {
    let c;
    while (ctx.p < ctx.s.length) {
        while (ctx.p < ctx.s.length && ((c = ctx.s.charCodeAt(ctx.p)) === 0x20 ||
            c === 0x9 /* \t */ ||
            (!banNewLines &&
                (c === 0xa /* \n */ || (c === 0xd /* \r */ && ctx.s.charCodeAt(ctx.p + 1) === 0xa /* \n */)))))
            ctx.p++;
        if (banComments || c !== 0x23 /* # */)
            break;
        skipComment(ctx);
    }
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/struct.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




/** @internal */
function parseKey(ctx, end = 0x3d /* = */) {
    // States:
    // 0: before first char
    // 1: parsing bare key
    // 2: after key component
    let startPtr;
    let state = 0;
    let parsed = [];
    let sliceStart;
    let c = ctx.s.charCodeAt(startPtr = ctx.p);
    do {
        // End of key
        if (c === end) {
            if (!state)
                TomlError.x('unexpected end of key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            return ctx.p++, parsed;
        }
        // Dotted key separator
        else if (c === 0x2e /* . */) {
            if (!state)
                TomlError.x('illegal empty bare key', ctx);
            if (state === 1)
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
            state = 0;
        }
        // Quoted key
        else if (!state && (c === 0x22 /* " */ || c === 0x27 /* ' */)) {
            if (c === ctx.s.charCodeAt(ctx.p + 1) && c === ctx.s.charCodeAt(ctx.p + 2))
                TomlError.x('illegal quoted key: multiline strings are not allowed', ctx);
            parsed.push(parseString(ctx));
            state = 2;
            ctx.p--;
        }
        // Whitespace; no-op in state 0 and 2, end of bare key in state 1
        else if (c === 0x20 || c === 0x9 /* \t */) {
            if (state === 1) {
                parsed.push(ctx.s.slice(sliceStart, ctx.p));
                state = 2;
            }
        }
        // If state is post-key, no character is allowed; otherwise ensure it's a bare-key component
        else if (state === 2 || (c < 0x30 && c !== 0x2d /* - */) || (c > 0x39 && c < 0x41) || (c > 0x5a && c < 0x61 && c !== 0x5f /* _ */) || c > 0x7a) {
            TomlError.x('illegal character in key', ctx);
        }
        // Illegal character
        else if (!state) {
            state = 1;
            sliceStart = ctx.p;
        }
    } while (c = ctx.s.charCodeAt(++ctx.p));
    TomlError.x('incomplete key-value: cannot find end of key', ctx, startPtr);
}
/** @internal */
function parseInlineTable(ctx) {
    let startPtr = ctx.p++;
    let res = Object.create(null);
    let seen = new Set();
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x7d /* } */) {
            ctx.p++;
            return res;
        }
        let k;
        let t = res;
        let hasOwn = false;
        let errPtr = ctx.p;
        let key = parseKey(ctx);
        for (let i = 0; i < key.length; i++) {
            if (i)
                t = hasOwn ? t[k] : (t[k] = Object.create(null));
            k = key[i];
            if ((hasOwn = Object.hasOwn(t, k)) && (typeof t[k] !== 'object' || seen.has(t[k]))) {
                TomlError.x('trying to redefine an already defined value', ctx, errPtr);
            }
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor')) {
                t = ctx.uk !== 1 && TomlError.x('document contains an unsafe property', ctx, errPtr);
                break;
            }
            if (!hasOwn && unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
            }
        }
        if (hasOwn) {
            TomlError.x('trying to redefine an already defined value', ctx, errPtr);
        }
        skipVoid(ctx, true, true);
        let value = extractValue(ctx, 0x7d /* } */);
        if (t && typeof (t[k] = value) === 'object')
            seen.add(value);
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x7d /* } */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished table', ctx, startPtr);
}
/** @internal */
function parseArray(ctx) {
    let startPtr = ctx.p++;
    let res = [];
    let c;
    while (ctx.p < ctx.s.length) {
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p)) === 0x5d /* ] */) {
            ctx.p++;
            return res;
        }
        res.push(extractValue(ctx, 0x5d /* ] */));
        skipVoid(ctx);
        if ((c = ctx.s.charCodeAt(ctx.p++)) === 0x5d /* ] */) {
            return res;
        }
        if (c !== 0x2c /* , */)
            TomlError.x('expected comma or end of structure', ctx, ctx.p - 1);
    }
    TomlError.x('unfinished array', ctx, startPtr);
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/parse.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */




function peekTable(ctx, key, table, meta, type) {
    let t = table;
    let m = meta;
    let k;
    let hasOwn = false;
    let state;
    for (let i = 0; i < key.length; i++) {
        if (i) {
            t = hasOwn ? t[k] : (t[k] = Object.create(null));
            m = (state = m[k]).c;
            if (type === 0 /* Type.DOTTED */ && (state.t === 1 /* Type.EXPLICIT */ || state.t === 2 /* Type.ARRAY */)) {
                return null;
            }
            if (state.t === 2 /* Type.ARRAY */) {
                let l = t.length - 1;
                t = t[l];
                m = m[l].c;
            }
        }
        k = key[i];
        if ((hasOwn = Object.hasOwn(t, k)) && m[k]?.t === 0 /* Type.DOTTED */ && m[k]?.d) {
            return null;
        }
        if (!hasOwn) {
            let unsafe = k === '__proto__';
            if (ctx.uk && (unsafe || k === 'constructor'))
                return false;
            if (unsafe) {
                Object.defineProperty(t, k, { enumerable: true, configurable: true, writable: true });
                Object.defineProperty(m, k, { enumerable: true, configurable: true, writable: true });
            }
            m[k] = {
                t: i < key.length - 1 && type === 2 /* Type.ARRAY */
                    ? 3 /* Type.ARRAY_DOTTED */ : type,
                d: false,
                i: 0,
                c: Object.create(null),
            };
        }
    }
    state = m[k];
    if (state.t !== type && !(type === 1 /* Type.EXPLICIT */ && state.t === 3 /* Type.ARRAY_DOTTED */)) {
        // Bad key type!
        return null;
    }
    if (type === 2 /* Type.ARRAY */) {
        if (!state.d) {
            state.d = true;
            t[k] = [];
        }
        t[k].push(t = Object.create(null));
        state.c[state.i++] = (state = { t: 1 /* Type.EXPLICIT */, d: false, i: 0, c: Object.create(null) });
    }
    if (state.d) {
        // Redefining a table!
        return null;
    }
    state.d = true;
    if (type === 1 /* Type.EXPLICIT */) {
        t = hasOwn ? t[k] : (t[k] = Object.create(null));
    }
    else if (type === 0 /* Type.DOTTED */ && hasOwn) {
        return null;
    }
    return [k, t, state.c];
}
function validateTablePeek(ctx, peek, ptr) {
    if (peek === null || ctx.uk === 2)
        TomlError.x(peek === null
            ? 'trying to redefine an already defined table or value'
            : 'document contains an unsafe property', ctx, ptr);
}
function parse(toml, options = {}) {
    let ctx = {
        s: toml,
        p: 0,
        d: options.maxDepth ?? 1000,
        bi: options.integersAsBigInt ?? false,
        ld: options.useLegacyDate ?? true,
        uk: options.unsafeKeyBehaviour === 'throw' ? 2 : options.unsafeKeyBehaviour === 'drop' ? 1 : 0,
    };
    let res = Object.create(null);
    let meta = Object.create(null);
    let tmp;
    let skipping = false;
    let tbl = res;
    let m = meta;
    // BOM is allowed, skip.
    // JS is UTF-16, so we have to check for the UTF-16 BOM instead of the UTF-8 BOM sequence!
    if (toml.charCodeAt(0) === 0xfeff)
        ctx.p++;
    skipVoid(ctx);
    while (ctx.p < toml.length) {
        if (toml.charCodeAt(ctx.p) === 0x5b /* [ */) {
            let isTableArray = toml.charCodeAt(++ctx.p) === 0x5b; /* [ */
            tmp = ctx.p += +isTableArray;
            skipping = false;
            let k = parseKey(ctx, 0x5d /* ] */);
            if (isTableArray) {
                if (toml.charCodeAt(ctx.p) !== 0x5d /* ] */) {
                    TomlError.x('expected end of table array declaration', ctx);
                }
                ctx.p++;
            }
            let p = peekTable(ctx, k, res, meta, isTableArray ? 2 /* Type.ARRAY */ : 1 /* Type.EXPLICIT */);
            if (!p) {
                validateTablePeek(ctx, p, tmp);
                skipping = true;
            }
            else {
                m = p[2];
                tbl = p[1];
            }
        }
        else {
            tmp = ctx.p;
            let k = parseKey(ctx);
            let p = peekTable(ctx, k, tbl, m, 0 /* Type.DOTTED */);
            if (!p && !skipping)
                validateTablePeek(ctx, p, tmp);
            skipVoid(ctx, true, true);
            let v = extractValue(ctx, void 0);
            if (p && !skipping)
                p[1][p[0]] = v;
        }
        skipVoid(ctx, true);
        if (ctx.p < toml.length && (tmp = toml.charCodeAt(ctx.p)) !== 0xa /* \n */ && (tmp !== 0xd /* \r */ || toml.charCodeAt(ctx.p + 1) !== 0xa /* \n */)) {
            TomlError.x('each key-value declaration must be followed by an end-of-line', ctx);
        }
        skipVoid(ctx);
    }
    return res;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/stringify.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */
let BARE_KEY = /^[a-z0-9-_]+$/i;
let HAS_WELLFORMED = !!(''.isWellFormed);
function extendedTypeOf(obj) {
    let type = typeof obj;
    if (type === 'object') {
        if (Array.isArray(obj))
            return 'array';
        if (typeof obj.getUTCDate === 'function' && obj instanceof Date)
            return 'date';
        if (globalThis.Temporal) {
            if (obj.until) {
                if (obj instanceof Temporal.ZonedDateTime)
                    return 'temporal/tz+uc';
                if (obj instanceof Temporal.PlainDateTime || obj instanceof Temporal.PlainDate)
                    return 'temporal/uc';
                if (obj instanceof Temporal.PlainTime || obj instanceof Temporal.Instant)
                    return 'temporal';
                if (obj instanceof Temporal.PlainYearMonth)
                    return 'temporal/x';
            }
            else if ((obj.toPlainDate && obj instanceof Temporal.PlainMonthDay) ||
                (obj.negated && obj instanceof Temporal.Duration)) {
                return 'temporal/x';
            }
        }
    }
    return type;
}
function isArrayOfTables(obj) {
    for (let i = 0; i < obj.length; i++) {
        if (extendedTypeOf(obj[i]) !== 'object')
            return false;
    }
    return obj.length != 0;
}
function formatWellFormedStringUnchecked(s) {
    return JSON.stringify(s).replaceAll('\x7f', '\\u007f');
}
function formatString(s) {
    return formatWellFormedStringUnchecked(HAS_WELLFORMED ? s.toWellFormed() : s);
}
function formatKey(s) {
    if (BARE_KEY.test(s))
        return s;
    if (HAS_WELLFORMED && !s.isWellFormed())
        throw new RangeError('key contains illegal lone surrogates');
    return formatWellFormedStringUnchecked(s);
}
function stringifyValue(val, type, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    switch (type) {
        // @ts-expect-error -- intentional fallthrough case
        case 'number':
            if (isNaN(val))
                return 'nan';
            if (val === Infinity)
                return 'inf';
            if (val === -Infinity)
                return '-inf';
            if (Number.isInteger(val) && (numberAsFloat || !Number.isSafeInteger(val)))
                return val.toFixed(1);
        case 'bigint':
        case 'boolean':
        case 'temporal':
            return val.toString();
        case 'string':
            return formatString(val);
        case 'date':
            if (isNaN(val.getTime()))
                throw new TypeError('cannot serialize invalid date');
            return val.toISOString();
        case 'object':
            return stringifyInlineTable(val, depth, numberAsFloat, strictTemporal);
        case 'array':
            return stringifyArray(val, depth, numberAsFloat, strictTemporal);
        // @ts-expect-error -- intentional fallthrough case
        case 'temporal/tz+uc':
            if (strictTemporal) {
                let tz = val.timeZoneId;
                let tzc = tz.charCodeAt(0);
                if (
                // Classic offset
                tzc !== 0x2b /* + */ && tzc !== 0x2d /* - */ &&
                    (
                    // Fast pre-check pass; see below for the actually accepted values
                    (tzc !== 0x55 /* U */ && tzc !== 0x47 /* G */ && tzc !== 0x5a /* Z */ && tzc !== 0x45 /* E */) ||
                        (
                        // UTC and its aliases; Temporal implementations don't all canonicalise unfortunately
                        tz !== 'UTC' && tz !== 'UCT' && tz !== 'Universal' && tz !== 'Zulu' &&
                            // GMT is a TZ but it's for all intents and purposes equivalent to UTC. Safe to downgrade.
                            !tz.startsWith('GMT') && tz !== 'Greenwich' &&
                            // Etc/* are all safe to downgrade to offset (either UTC, GMT, or offset)
                            !tz.startsWith('Etc/')))) {
                    throw new TypeError('Temporal objects with an IANA timezone are not allowed in Temporal strict mode');
                }
            }
        case 'temporal/uc':
            if (strictTemporal && val.calendarId !== 'iso8601')
                throw new TypeError('Temporal objects with a non-default calendar are not allowed in Temporal strict mode');
            return val.toString({
                calendarName: 'never',
                timeZoneName: 'never',
            });
        case 'temporal/x':
            throw new TypeError('Unsupported ' + val[Symbol.toStringTag]);
    }
}
function stringifyInlineTable(obj, depth, numberAsFloat, strictTemporal) {
    let keys = Object.keys(obj);
    if (keys.length === 0)
        return '{}';
    let res = '{ ';
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (i)
            res += ', ';
        res += formatKey(k) + ' = ' + stringifyValue(obj[k], extendedTypeOf(obj[k]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' }';
}
function stringifyArray(array, depth, numberAsFloat, strictTemporal) {
    if (array.length === 0)
        return '[]';
    let res = '[ ';
    for (let i = 0; i < array.length; i++) {
        if (i)
            res += ', ';
        if (array[i] === null || array[i] === void 0) {
            throw new TypeError('arrays cannot contain null or undefined values');
        }
        res += stringifyValue(array[i], extendedTypeOf(array[i]), depth - 1, numberAsFloat, strictTemporal);
    }
    return res + ' ]';
}
function stringifyArrayTable(array, key, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let res = '';
    for (let i = 0; i < array.length; i++) {
        res += `${res && '\n'}[[${key}]]\n`;
        res += stringifyTable(0, array[i], key, depth, numberAsFloat, strictTemporal);
    }
    return res;
}
function stringifyTable(tableKey, obj, prefix, depth, numberAsFloat, strictTemporal) {
    if (depth === 0) {
        throw new Error('Could not stringify the object: maximum object depth exceeded');
    }
    let preamble = '';
    let tables = '';
    let keys = Object.keys(obj);
    for (let i = 0; i < keys.length; i++) {
        let k = keys[i];
        if (obj[k] !== null && obj[k] !== void 0) {
            let type = extendedTypeOf(obj[k]);
            if (type === 'symbol' || type === 'function') {
                throw new TypeError(`cannot serialize values of type '${type}'`);
            }
            let key = formatKey(k);
            if (type === 'array' && isArrayOfTables(obj[k])) {
                tables += (tables && '\n') + stringifyArrayTable(obj[k], prefix ? `${prefix}.${key}` : key, depth - 1, numberAsFloat, strictTemporal);
            }
            else if (type === 'object') {
                let tblKey = prefix ? `${prefix}.${key}` : key;
                tables += (tables && '\n') + stringifyTable(tblKey, obj[k], tblKey, depth - 1, numberAsFloat, strictTemporal);
            }
            else {
                preamble += key;
                preamble += ' = ';
                preamble += stringifyValue(obj[k], type, depth, numberAsFloat, strictTemporal);
                preamble += '\n';
            }
        }
    }
    if (tableKey && (preamble || !tables)) // Create table only if necessary
        preamble = preamble ? `[${tableKey}]\n${preamble}` : `[${tableKey}]`;
    return preamble && tables
        ? `${preamble}\n${tables}`
        : preamble || tables;
}
function stringify(obj, { maxDepth = 1000, numbersAsFloat = false, strictTemporal = false } = {}) {
    if (extendedTypeOf(obj) !== 'object') {
        throw new TypeError('stringify can only be called with an object');
    }
    let str = stringifyTable(0, obj, '', maxDepth, numbersAsFloat, strictTemporal);
    if (str[str.length - 1] !== '\n')
        return str + '\n';
    return str;
}

;// CONCATENATED MODULE: ./node_modules/smol-toml/dist/index.js
/*!
 * Copyright (c) Squirrel Chat et al., All rights reserved.
 * SPDX-License-Identifier: BSD-3-Clause
 *
 * Redistribution and use in source and binary forms, with or without
 * modification, are permitted provided that the following conditions are met:
 *
 * 1. Redistributions of source code must retain the above copyright notice, this
 *    list of conditions and the following disclaimer.
 * 2. Redistributions in binary form must reproduce the above copyright notice,
 *    this list of conditions and the following disclaimer in the
 *    documentation and/or other materials provided with the distribution.
 * 3. Neither the name of the copyright holder nor the names of its contributors
 *    may be used to endorse or promote products derived from this software without
 *    specific prior written permission.
 *
 * THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND
 * ANY EXPRESS OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED
 * WARRANTIES OF MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE
 * DISCLAIMED. IN NO EVENT SHALL THE COPYRIGHT HOLDER OR CONTRIBUTORS BE LIABLE
 * FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL, EXEMPLARY, OR CONSEQUENTIAL
 * DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE GOODS OR
 * SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER
 * CAUSED AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY,
 * OR TORT (INCLUDING NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE
 * OF THIS SOFTWARE, EVEN IF ADVISED OF THE POSSIBILITY OF SUCH DAMAGE.
 */





/** @deprecated use `import * as ... from 'smol-toml'` instead */
/* harmony default export */ const dist = ({ parse: parse, stringify: stringify, TomlDate: TomlDate, TomlError: TomlError });

;// CONCATENATED MODULE: ./packages/git-version/toml-values.ts
/** Typed reads of TOML values, each failure one line naming the file, the table and the key. */

/** True for a TOML table (not an array, not a date). */
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
/** `<file> [<table>] <key>`, the way every message names a setting. */
function keyName(place, key) {
    return `${place.file} [${place.table}] ${key}`;
}
function wrongType(place, key, expected) {
    return new VersionError(`${keyName(place, key)} must be ${expected}; fix the file`);
}
/** A string, or undefined when absent. */
function stringAt(table, key, place, path = key) {
    const value = table[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'string')
        throw wrongType(place, path, 'a string');
    return value;
}
/** A boolean, or undefined when absent. */
function booleanAt(table, key, place, path = key) {
    const value = table[key];
    if (value === undefined)
        return undefined;
    if (typeof value !== 'boolean')
        throw wrongType(place, path, 'true or false');
    return value;
}
/** A string or a list of strings (as a scheme list or a command), or undefined when absent. */
function stringsAt(table, key, place, path = key) {
    const value = table[key];
    if (value === undefined)
        return undefined;
    if (typeof value === 'string')
        return value;
    if (Array.isArray(value) && value.every((item) => typeof item === 'string'))
        return value;
    throw wrongType(place, path, 'a string or a list of strings');
}
/** A table, or undefined when absent. */
function tableAt(table, key, place, path = key) {
    const value = table[key];
    if (value === undefined)
        return undefined;
    if (!isTable(value))
        throw wrongType(place, path, 'a table');
    return value;
}

;// CONCATENATED MODULE: ./packages/git-version/project-config.ts
/**
 * The project's versioning configuration as its build reads it: setuptools_scm 10's `[tool.setuptools_scm]`
 * (else `[tool.vcs-versioning]`), or hatch-vcs's `[tool.hatch.version]` (hatch.toml's `[version]` wins) with
 * `source = "vcs"` when hatchling builds. Only what decides the version is kept; every value carries its key.
 */


// Keys setuptools_scm 10.2.1 accepts that do not change the version it computes.
const NO_EFFECT = new Set([
    'write_to',
    'write_to_template',
    'version_file',
    'version_file_template',
    'write_to_source',
    'fallback_root',
    'project_path',
]);
/** The project's versioning settings; throws VersionError naming the key when one cannot be honoured. */
function projectVersioning(documents) {
    const { pyproject } = documents;
    const tool = tableAt(pyproject.document, 'tool', { file: pyproject.path, table: 'tool' }, 'tool') ?? {};
    const hatchVersion = hatchVersionTable(tool, documents);
    const backend = buildBackend(pyproject.document);
    for (const name of ['setuptools_scm', 'vcs-versioning']) {
        const section = tool[name];
        if (section === undefined)
            continue;
        if (hatchVersion && backend?.startsWith('hatchling'))
            break;
        const place = { file: pyproject.path, table: `tool.${name}` };
        if (!isTable(section))
            throw new VersionError(`${pyproject.path}: [tool.${name}] must be a table; fix the file`);
        return fromSetuptoolsScm(section, place, name);
    }
    if (hatchVersion && (backend === undefined || backend.startsWith('hatchling'))) {
        const result = fromHatchVcs(hatchVersion.table, hatchVersion.place);
        if (tool.setuptools_scm !== undefined) {
            result.notes.push(`${pyproject.path} [tool.setuptools_scm] is not read: hatchling builds with hatch-vcs, which takes only ${hatchVersion.place.table}`);
        }
        return result;
    }
    return { tool: null, file: pyproject.path, searchParentDirectories: false, notes: [] };
}
function buildBackend(document) {
    const system = document['build-system'];
    const backend = isTable(system) ? system['build-backend'] : undefined;
    return typeof backend === 'string' ? backend : undefined;
}
function hatchVersionTable(tool, documents) {
    const fromHatchToml = documents.hatch?.document.version;
    const hatch = tool.hatch;
    const fromPyproject = isTable(hatch) ? hatch.version : undefined;
    const [table, place] = fromHatchToml !== undefined && documents.hatch
        ? [fromHatchToml, { file: documents.hatch.path, table: 'version' }]
        : [fromPyproject, { file: documents.pyproject.path, table: 'tool.hatch.version' }];
    if (!isTable(table) || table.source !== 'vcs')
        return null;
    return { table, place };
}
function fromSetuptoolsScm(section, place, tool) {
    const result = readOptions(section, place, tool, '');
    const tag = tableAt(section, 'tag', place);
    if (tag)
        readTagTable(tag, place, result);
    const relativeTo = stringAt(section, 'relative_to', place);
    if (relativeTo !== undefined) {
        result.notes.push(`${keyName(place, 'relative_to')} is ignored: setuptools_scm reads root relative to pyproject.toml`);
    }
    return result;
}
function fromHatchVcs(table, place) {
    const raw = tableAt(table, 'raw-options', place) ?? {};
    const rawPlace = { file: place.file, table: `${place.table}.raw-options` };
    const result = readOptions(raw, rawPlace, 'hatch-vcs', 'tag');
    const relativeTo = stringAt(raw, 'relative_to', rawPlace);
    if (relativeTo !== undefined)
        result.relativeTo = { value: relativeTo, key: keyName(rawPlace, 'relative_to') };
    // hatch-vcs's own keys win over raw-options when they are non-empty strings.
    const pattern = stringAt(table, 'tag-pattern', place);
    if (pattern)
        result.tagRegex = { value: pattern, key: keyName(place, 'tag-pattern') };
    const fallback = stringAt(table, 'fallback-version', place);
    if (fallback)
        result.fallbackVersion = { value: fallback, key: keyName(place, 'fallback-version') };
    return result;
}
// The keys [tool.setuptools_scm] and hatch-vcs's raw-options share (setuptools_scm's Configuration fields).
function readOptions(table, place, tool, refused) {
    const key = (name) => keyName(place, name);
    const result = {
        tool,
        file: place.file,
        searchParentDirectories: booleanAt(table, 'search_parent_directories', place) ?? false,
        notes: [],
    };
    const schemes = (name) => {
        const value = stringsAt(table, name, place);
        return value === undefined
            ? undefined
            : { value: typeof value === 'string' ? [value] : value, key: key(name) };
    };
    result.versionScheme = schemes('version_scheme');
    result.localScheme = schemes('local_scheme');
    const text = (name) => {
        const value = stringAt(table, name, place);
        return value === undefined ? undefined : { value, key: key(name) };
    };
    result.tagRegex = text('tag_regex');
    result.root = text('root');
    result.fallbackVersion = text('fallback_version');
    result.parentdirPrefixVersion = text('parentdir_prefix_version');
    result.distName = stringAt(table, 'dist_name', place);
    result.describeCommand = describeCommand(table, place);
    result.normalize = normalization(table, place);
    for (const name of Object.keys(table)) {
        if (name === 'parse') {
            throw new VersionError(`${key(name)} names a parse function, which compute-dev-version cannot run; remove it`);
        }
        if (!KNOWN.has(name) || name === refused) {
            result.notes.push(`${key(name)} is not a setuptools_scm 10 setting (its build would fail on it)`);
        }
    }
    return result;
}
const KNOWN = new Set([
    ...NO_EFFECT,
    'version_scheme',
    'local_scheme',
    'tag_regex',
    'root',
    'relative_to',
    'fallback_version',
    'parentdir_prefix_version',
    'dist_name',
    'git_describe_command',
    'scm',
    'tag',
    'normalize',
    'version_cls',
    'search_parent_directories',
]);
function describeCommand(table, place) {
    const legacy = stringsAt(table, 'git_describe_command', place);
    const scm = tableAt(table, 'scm', place);
    const scmGit = scm ? tableAt(scm, 'git', place, 'scm.git') : undefined;
    const nested = scmGit
        ? stringsAt(scmGit, 'describe_command', place, 'scm.git.describe_command')
        : undefined;
    if (legacy !== undefined && nested !== undefined) {
        throw new VersionError(`${place.file} [${place.table}] sets both git_describe_command and scm.git.describe_command, which setuptools_scm refuses; keep only scm.git.describe_command`);
    }
    if (nested !== undefined)
        return { value: nested, key: keyName(place, 'scm.git.describe_command') };
    if (legacy !== undefined)
        return { value: legacy, key: keyName(place, 'git_describe_command') };
    return undefined;
}
// normalize = false and a NonNormalizedVersion version_cls both keep tags as spelled; any other class is code.
function normalization(table, place) {
    const normalize = booleanAt(table, 'normalize', place);
    const versionClass = stringAt(table, 'version_cls', place);
    if (versionClass !== undefined && normalize === false) {
        throw new VersionError(`${keyName(place, 'version_cls')} cannot be combined with normalize = false (setuptools_scm refuses it); remove one`);
    }
    if (versionClass !== undefined) {
        if (/^(setuptools_scm|vcs_versioning)(\.[\w.]+)?\.NonNormalizedVersion$/.test(versionClass)) {
            return { value: false, key: keyName(place, 'version_cls') };
        }
        if (!/^(packaging\.version|setuptools_scm|vcs_versioning)\.Version$/.test(versionClass)) {
            throw new VersionError(`${keyName(place, 'version_cls')} '${versionClass}' is a class compute-dev-version cannot run; use normalize = false or remove it`);
        }
    }
    return normalize === undefined ? undefined : { value: normalize, key: keyName(place, 'normalize') };
}
function readTagTable(tag, place, result) {
    const tagPlace = { file: place.file, table: `${place.table}.tag` };
    const regex = stringAt(tag, 'regex', tagPlace);
    if (regex !== undefined && result.tagRegex !== undefined) {
        throw new VersionError(`${place.file} [${place.table}] sets both tag_regex and tag.regex, which setuptools_scm refuses; keep only tag.regex`);
    }
    if (regex !== undefined)
        result.tagRegex = { value: regex, key: keyName(tagPlace, 'regex') };
    const prefix = stringAt(tag, 'prefix', tagPlace);
    if (prefix !== undefined)
        result.tagPrefix = { value: prefix, key: keyName(tagPlace, 'prefix') };
    const strict = booleanAt(tag, 'strict', tagPlace);
    if (strict !== undefined)
        result.tagStrict = { value: strict, key: keyName(tagPlace, 'strict') };
    for (const name of Object.keys(tag)) {
        if (!['regex', 'prefix', 'strict'].includes(name)) {
            result.notes.push(`${keyName(tagPlace, name)} is not a setuptools_scm 10 setting (its build would fail on it)`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/git-version/pyproject.ts
/** What pyproject.toml (and hatch.toml beside it) says about versions: `[project]` and the versioning settings. */






/**
 * Reads `<dir>/pyproject.toml` (and `<dir>/hatch.toml`); null when there is no pyproject.toml. Synchronous on
 * purpose: two small files read before the first git process starts cost less than waking libuv's thread pool.
 */
function readProjectFacts(dir) {
    const path = (0,external_node_path_namespaceObject.join)(dir, 'pyproject.toml');
    const text = readOptional(path);
    if (text === null)
        return null;
    const hatchText = readOptional((0,external_node_path_namespaceObject.join)(dir, 'hatch.toml'));
    const hatch = hatchText === null ? null : { path: (0,external_node_path_namespaceObject.join)(dir, 'hatch.toml'), text: hatchText };
    return projectFactsFromToml(text, path, hatch);
}
/** Reads a TOML file of the project; null when it does not exist. */
function readOptional(path) {
    try {
        return (0,external_node_fs_namespaceObject.readFileSync)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new VersionError(`${path}: cannot read it (${error.message}); check the working-directory input`);
    }
}
/** Parses TOML, naming the file and line when it is invalid. */
function parseToml(text, path) {
    try {
        return parse(text);
    }
    catch (error) {
        const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
        const reason = error.message.split('\n')[0] ?? '';
        throw new VersionError(`${path}: invalid TOML${where} (${reason}); fix the file`);
    }
}
/** The facts from pyproject.toml's text (and hatch.toml's); paths only name the files in messages. */
function projectFactsFromToml(text, path, hatch = null) {
    const document = parseToml(text, path);
    const versioning = projectVersioning({
        pyproject: { path, document },
        hatch: hatch === null ? null : { path: hatch.path, document: parseToml(hatch.text, hatch.path) },
    });
    const project = document.project;
    if (project === undefined)
        return { path, name: null, version: null, dynamicVersion: false, versioning };
    if (!isTable(project))
        throw new VersionError(`${path}: [project] must be a table; fix the file`);
    const name = optionalString(project.name, 'name', path);
    const version = optionalString(project.version, 'version', path);
    const dynamic = project.dynamic;
    if (dynamic !== undefined &&
        !(Array.isArray(dynamic) && dynamic.every((item) => typeof item === 'string'))) {
        throw new VersionError(`${path}: [project].dynamic must be a list of strings; fix the file`);
    }
    const dynamicVersion = Array.isArray(dynamic) && dynamic.includes('version');
    return { path, name, version, dynamicVersion, versioning };
}
function optionalString(value, field, path) {
    if (value === undefined)
        return null;
    if (typeof value !== 'string')
        throw new VersionError(`${path}: [project].${field} must be a string; fix the file`);
    return value;
}

;// CONCATENATED MODULE: ./packages/git-version/towncrier.ts
/**
 * towncrier-fragments' input: the changelog fragments waiting in the fragment directory (`[tool.towncrier]
 * directory` of pyproject.toml, else `directory` of towncrier.toml, else `changelog.d`), read from the work tree
 * as setuptools_scm reads them, tracked or not.
 */




const MAJOR = new Set(['major', 'breaking', 'removal']);
const towncrier_MINOR = new Set(['feature', 'deprecation']);
const towncrier_PATCH = new Set(['bugfix', 'doc', 'misc']);
const NOT_FRAGMENTS = new Set(['template.md', 'README.md', '.gitkeep']);
/** Reads the fragments under `root` (the directory of the project's pyproject.toml). */
async function readFragments(root) {
    const directory = (0,external_node_path_namespaceObject.resolve)(root, fragmentDirectory(root));
    let entries;
    try {
        entries = await (0,promises_namespaceObject.readdir)(directory);
    }
    catch {
        return { directory, names: [], bump: null };
    }
    const names = [];
    await Promise.all(entries.map(async (name) => {
        if (NOT_FRAGMENTS.has(name) || fragmentType(name) === null)
            return;
        const isFile = await (0,promises_namespaceObject.stat)((0,external_node_path_namespaceObject.join)(directory, name)).then((info) => info.isFile(), () => false);
        if (isFile)
            names.push(name);
    }));
    names.sort();
    return { directory, names, bump: bumpFor(names) };
}
/** The bump for these fragment names: any major kind wins, then minor, then patch. */
function bumpFor(names) {
    const types = new Set(names.map(fragmentType));
    if ([...MAJOR].some((type) => types.has(type)))
        return 'major';
    if ([...towncrier_MINOR].some((type) => types.has(type)))
        return 'minor';
    if ([...towncrier_PATCH].some((type) => types.has(type)))
        return 'patch';
    return null;
}
function fragmentType(name) {
    const type = name.split('.')[1];
    return type !== undefined && (MAJOR.has(type) || towncrier_MINOR.has(type) || towncrier_PATCH.has(type)) ? type : null;
}
function fragmentDirectory(root) {
    for (const [file, inTool] of [
        ['pyproject.toml', true],
        ['towncrier.toml', false],
    ]) {
        const path = (0,external_node_path_namespaceObject.join)(root, file);
        const text = readOptional(path);
        if (text === null)
            continue;
        const document = parseToml(text, path);
        const tool = document.tool;
        const section = inTool ? (isTable(tool) && isTable(tool.towncrier) ? tool.towncrier : {}) : document;
        const directory = isTable(section) ? section.directory : undefined;
        if (directory)
            return String(directory);
    }
    return 'changelog.d';
}

;// CONCATENATED MODULE: ./packages/git-version/scheme-version.ts
/** A dev version by the version scheme, with what the scheme needs gathered first (HEAD's date, fragments). */






/** The normalized version the configured scheme gives for `base` at `distance`; VersionError where it fails. */
async function schemeVersion(run, base, distance, dirty) {
    const { options, settings } = run;
    const exact = distance === 0 && !dirty;
    const [date, fragments] = await Promise.all([
        settings.scheme === 'calver-by-date' && !exact ? headDate(run) : '',
        settings.scheme === 'towncrier-fragments' && !exact ? scheme_version_fragmentBump(run) : null,
    ]);
    const raw = applyVersionScheme(settings.scheme, {
        tag: base.text,
        normalized: base.normalized,
        dev: parseVersion(base.normalized)?.dev ?? null,
        exact,
        number: options.devNumber === 'run-number' ? (options.runNumber ?? 0) : distance,
        branch: run.head.branch,
        branchVersion: (segment) => matchVersionPart(segment, settings.rules),
        headDate: date,
        fragments,
    });
    const version = normalizeVersion(raw);
    if (version === null) {
        throw new VersionError(`version scheme ${settings.scheme} turns ${base.tag === null ? `version ${base.text}` : `tag ${base.tag}`} into '${raw}', which is not a PEP 440 version; choose another scheme or tag a new release`);
    }
    return version;
}
/** `, run number N in place of the distance` when dev-number is run-number. */
function runNumberNote(options) {
    return options.devNumber === 'run-number'
        ? `, run number ${options.runNumber} in place of the distance`
        : '';
}
async function headDate(run) {
    const date = await headCommitDate(run.git, run.settings.gitDir);
    return date ?? (run.options.now ?? new Date()).toISOString().slice(0, 10);
}
async function scheme_version_fragmentBump(run) {
    const fragments = await readFragments(run.settings.changelogRoot);
    run.notes.push(fragments.names.length === 0
        ? `towncrier-fragments: no fragments in ${fragments.directory}, so the next version is guessed as by guess-next-dev`
        : `towncrier-fragments: ${fragments.bump} bump for ${fragments.names.join(', ')} in ${fragments.directory}`);
    return fragments.bump;
}

;// CONCATENATED MODULE: ./packages/git-version/history-build.ts
/**
 * Builds from history (dev builds, and mode release without a tag ref): the nearest version tag by the project's
 * describe command and tag regex, then one case each: a release of the tag on HEAD, a dev version after a tag,
 * a dev version without any tag.
 */







/** The decision for a build from history. */
async function fromHistory(build) {
    const outcome = await searchHistory({
        ...build,
        cwd: build.settings.gitDir,
        rules: build.settings.rules,
    });
    noteOutcome(outcome, build.notes);
    if (build.isRelease)
        return releaseAtHead(build, outcome);
    if (outcome.nearest !== null)
        return devAfterTag(build, outcome.nearest, outcome.headTags);
    return devWithoutTag(build, outcome.headTags);
}
// Mode release: the tag on HEAD is the version, and the tree must hold exactly the tagged content.
async function releaseAtHead(build, outcome) {
    const nearest = outcome.nearest;
    if (nearest === null || nearest.distance !== 0) {
        const where = nearest === null
            ? 'no version tag is reachable'
            : `the nearest version tag ${nearest.tag} is ${nearest.distance} commit(s) back`;
        throw new VersionError(`mode is release but HEAD ${(build.head.commit ?? 'unborn').slice(0, 12)} carries no version tag (${where}); tag HEAD or use mode auto`);
    }
    const version = nearest.version.version;
    const files = nearest.dirty ? await modifiedFiles(build.git, build.settings.gitDir) : [];
    checkDirtyBuild({
        files,
        allowDirty: build.options.allowDirty ?? false,
        where: build.options.cwd,
        why: 'a release must be built from exactly the tagged content',
        allowed: `release ${version} of tag ${nearest.tag} is built from a work tree that differs from the tag`,
        warnings: build.warnings,
    });
    build.notes.push(`release build of tag ${nearest.tag}: version ${version}`);
    return {
        version,
        tag: nearest.tag,
        distance: 0,
        dirty: nearest.dirty,
        isRelease: true,
        headTags: [],
        local: { exact: !nearest.dirty, node: null, dirty: nearest.dirty, tagLocal: nearest.version.local },
    };
}
async function devAfterTag(build, nearest, headTags) {
    const { settings } = build;
    // setuptools_scm only knows the tree is dirty when its describe command asks (--dirty).
    const dirty = settings.rules.describe.dirty && nearest.dirty;
    await checkStrictLocalScheme(build, dirty);
    const base = {
        text: nearest.version.text,
        normalized: nearest.version.version,
        tag: nearest.tag,
    };
    const version = await schemeVersion(build, base, nearest.distance, dirty);
    build.notes.push(`${nearest.distance} commit(s) since tag ${nearest.tag}: version ${version} (scheme ${settings.scheme}${runNumberNote(build.options)})`);
    return {
        version,
        tag: nearest.tag,
        distance: nearest.distance,
        dirty: nearest.dirty,
        isRelease: false,
        headTags,
        local: {
            exact: nearest.distance === 0 && !dirty,
            node: nearest.abbrev === null ? null : `g${nearest.abbrev}`,
            dirty,
            tagLocal: nearest.version.local,
        },
    };
}
// No version tag: setuptools_scm starts from fallback_version (else 0.0) with every commit counted.
async function devWithoutTag(build, headTags) {
    const { settings, head, git } = build;
    const [count, files] = await Promise.all([
        head.commit === null ? Promise.resolve(0) : countCommits(git, settings.gitDir),
        modifiedFiles(git, settings.gitDir),
    ]);
    // An unborn branch counts as dirty for setuptools_scm, whatever the index holds.
    const dirty = head.commit === null || files.length > 0;
    await checkStrictLocalScheme(build, files.length > 0, files);
    const fallback = settings.fallbackVersion;
    const parsed = parseVersion(fallback?.value ?? '0.0');
    if (parsed === null)
        throw new VersionError(`${fallback?.key} '${fallback?.value}' is not a PEP 440 version`);
    const normalized = formatVersion({ ...parsed, local: null });
    const text = settings.rules.keepSpelling ? (fallback?.value.split('+')[0] ?? normalized) : normalized;
    const version = await schemeVersion(build, { text, normalized, tag: null }, count, dirty);
    build.notes.push(fallback === null
        ? `no version tag is reachable from HEAD: version ${version} from ${count} commit(s), as setuptools_scm (set fallback-version to start elsewhere)`
        : `no version tag is reachable from HEAD: version ${version} from fallback version ${fallback.value} (${fallback.key}) and ${count} commit(s), as setuptools_scm`);
    return {
        version,
        tag: null,
        distance: count,
        dirty: files.length > 0,
        isRelease: false,
        headTags,
        local: {
            exact: false,
            node: head.commit === null ? null : `g${head.commit}`,
            dirty,
            tagLocal: parsed.local,
        },
    };
}
// A local scheme like no-local-version-strict makes the project's own build fail on a dirty tree: so must we.
async function checkStrictLocalScheme(build, dirty, known) {
    const { settings } = build;
    if (!dirty || !refusesDirtyTree(settings.localSchemes))
        return;
    const files = known ?? (await modifiedFiles(build.git, settings.gitDir));
    const key = settings.localSchemeKey ?? 'local_scheme';
    checkDirtyBuild({
        files,
        allowDirty: build.options.allowDirty ?? false,
        where: build.options.cwd,
        why: `the project's ${key} (${settings.localSchemes.join(', ')}) refuses to build from them`,
        allowed: `building ${settings.localSchemes.join(', ')} from a dirty work tree`,
        warnings: build.warnings,
    });
}

;// CONCATENATED MODULE: ./packages/git-version/options.ts
/** What computeVersion reads and returns, and the checks on what it reads. */


/** Throws a VersionError naming the input when an option is out of range. */
function validateOptions(options) {
    if (!['auto', 'release', 'dev'].includes(options.mode)) {
        throw new VersionError(`input mode is '${options.mode}'; use auto, release or dev`);
    }
    if (!['distance', 'run-number'].includes(options.devNumber)) {
        throw new VersionError(`input dev-number is '${options.devNumber}'; use distance or run-number`);
    }
    if (options.devNumber === 'run-number' &&
        !(Number.isSafeInteger(options.runNumber) && (options.runNumber ?? -1) >= 0)) {
        throw new VersionError(`dev-number is run-number but the run number is '${options.runNumber}'; run inside GitHub Actions or use dev-number: distance`);
    }
    if (!['auto', 'never'].includes(options.fetch)) {
        throw new VersionError(`input fetch is '${options.fetch}'; use auto or never`);
    }
    if (options.tagPrefix !== null && /[\s\\*?[~^:]/.test(options.tagPrefix)) {
        throw new VersionError(`input tag-prefix '${options.tagPrefix}' contains characters git forbids in tag names; use the literal start of your tags, e.g. mypkg-v`);
    }
    if (options.fallbackVersion !== null) {
        const parsed = parseVersion(options.fallbackVersion);
        if (parsed === null || parsed.local !== null) {
            throw new VersionError(`input fallback-version '${options.fallbackVersion}' is not a PEP 440 version without a local part; use e.g. 0.0.0`);
        }
    }
}

;// CONCATENATED MODULE: ./packages/git-version/release-build.ts





/** The decision for a build of the pushed tag; throws VersionError when the tag cannot be released. */
async function releaseFromTagRef(build) {
    const { options, settings, tag, notes } = build;
    const parsed = describeCouldPick(tag, settings.rules) ? versionFromTag(tag, settings.rules) : null;
    if (parsed === null || parsed.version === null)
        throw notAVersionTag(build);
    const version = parsed.version;
    const commit = await taggedCommit(build);
    if (commit !== build.head.commit) {
        throw new VersionError(`tag '${tag}' points at ${commit.slice(0, 12)} but HEAD is ${(build.head.commit ?? 'unborn').slice(0, 12)}; check out the tag (actions/checkout ref: ${options.event.ref}) or move the tag to the built commit`);
    }
    const files = (await build.statusRun) ?? [];
    checkDirtyBuild({
        files,
        allowDirty: options.allowDirty ?? false,
        where: options.cwd,
        why: 'a release must be built from exactly the tagged content',
        allowed: `release ${version} of tag ${tag} is built from a work tree that differs from the tag`,
        warnings: build.warnings,
    });
    if (parsed.local !== null) {
        notes.push(`tag ${tag}: its local part '+${parsed.local}' is left out, since PyPI accepts no local versions`);
    }
    notes.push(`release build of tag ${tag}: version ${version}`);
    const dirty = files.length > 0;
    return {
        version,
        tag,
        distance: 0,
        dirty,
        isRelease: true,
        headTags: [],
        local: { exact: !dirty, node: null, dirty, tagLocal: parsed.local },
    };
}
function notAVersionTag(build) {
    const { options, settings, tag } = build;
    const ref = `(GITHUB_REF ${options.event.ref})`;
    const prefix = settings.rules.inputPrefix;
    if (settings.tagKeys.length > 0) {
        return new VersionError(`tag '${tag}' ${ref} is not a version tag of this project by ${settings.tagKeys.join(' and ')}; push a tag those settings accept, or set the tag-prefix input`);
    }
    const expected = prefix === null ? 'an optional prefix such as v' : `the prefix ${prefix}`;
    return new VersionError(`tag '${tag}' ${ref} is not ${expected} followed by a PEP 440 version; push a tag like ${prefix ?? 'v'}1.2.3 or set the tag-prefix input`);
}
// The commit the tag names, fetching the tag when the checkout lacks it (actions/checkout of a branch ref).
async function taggedCommit(build) {
    const { options, git, tag } = build;
    const cwd = build.settings.gitDir;
    let commit = (await build.tagRun)?.[0]?.commit ?? null;
    if (commit === null && options.fetch === 'auto' && build.head.commit !== null) {
        const ref = `refs/tags/${tag}`;
        const remote = await pickRemote(git, cwd);
        const fetched = await git.run(['fetch', '--no-tags', '--quiet', '--no-auto-gc', remote, `+${ref}:${ref}`], {
            cwd,
        });
        if (fetched.code === 0) {
            build.notes.push(`fetched tag ${tag}, which the checkout did not have`);
            commit = (await listLocalTags(git, cwd, tag))[0]?.commit ?? null;
        }
    }
    if (commit === null) {
        throw new VersionError(`tag '${tag}' ${`(GITHUB_REF ${options.event.ref})`} is not in the checkout at ${options.cwd}; check out the tag with actions/checkout`);
    }
    return commit;
}

;// CONCATENATED MODULE: ./packages/pep440/kinds.ts
/** What kind of release a version is, with packaging's definitions. */

/** packaging's is_prerelease: true for pre-releases and for dev releases (1.0.dev1 is a pre-release). */
function isPrerelease(v) {
    const { pre, dev } = parse_toVersion(v);
    return pre !== null || dev !== null;
}
/** True when the version has a .devN segment. */
function isDevrelease(v) {
    return parse_toVersion(v).dev !== null;
}
/** True when the version has a .postN segment (including the implicit form 1.0-1). */
function isPostrelease(v) {
    return parse_toVersion(v).post !== null;
}

;// CONCATENATED MODULE: ./packages/pep440/compare.ts
/** PEP 440 ordering, following packaging's `_cmpkey` term by term. */

// Sentinels standing in for packaging's Infinity / NegativeInfinity.
const BELOW = -Infinity;
const ABOVE = (/* unused pure expression or super */ null && (Infinity));
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
    const x = canonicalDigits(a);
    const y = canonicalDigits(b);
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
    const x = toVersion(a);
    const y = toVersion(b);
    return (cmp(x.epoch, y.epoch) ||
        compareNumberLists(withoutTrailingZeros(x.release), withoutTrailingZeros(y.release)) ||
        compareNumberLists(preKey(x), preKey(y)) ||
        compareNumberLists([x.post ?? BELOW], [y.post ?? BELOW]) ||
        compareNumberLists([x.dev ?? ABOVE], [y.dev ?? ABOVE]) ||
        compareLocals(x.local, y.local));
}

;// CONCATENATED MODULE: ./packages/pep440/semver.ts
/** Rendering PEP 440 versions as SemVer 2 without ever inverting their order. */



// SemVer compares pre-release words in ASCII order, and PEP 440 puts a lone .devN below every
// pre-release, so a and b need words after "dev" and before "rc": dev < pre.alpha < pre.beta < rc.
const PRE_WORDS = { a: ['pre', 'alpha'], b: ['pre', 'beta'], rc: ['rc'] };
/**
 * SemVer 2 form of a PEP 440 version, e.g. 1.2.4.dev5 -> 1.2.4-dev.5, 1.2.4rc1 -> 1.2.4-rc.1,
 * 1.2.4a1 -> 1.2.4-pre.alpha.1, 1.2 -> 1.2.0, 1.2.4.post1+g12ab -> 1.2.4+post.1.g12ab.
 * Never inverts PEP 440 order; what SemVer cannot order goes to build metadata, which ties instead:
 * .postN, the .devN of a pre-release (1.2.4rc1.dev2 -> 1.2.4-rc.1+dev.2), release parts past the
 * third with everything after them (1.2.3.4rc1 -> 1.2.3+4.rc.1), and the local part.
 * Throws for a non-zero epoch: no SemVer string keeps 1!1.0 above 2.0.
 */
function toSemver(v) {
    const version = parse_toVersion(v);
    const { epoch, pre, post, dev, local } = version;
    if (epoch !== 0) {
        throw new Error(`cannot express ${formatVersion(version)} in SemVer: it has an epoch (${epoch}!), which SemVer cannot order`);
    }
    const release = withoutTrailingZeros(version.release);
    const core = [0, 1, 2].map((i) => release[i] ?? 0).join('.');
    const preIds = pre === null ? [] : [...PRE_WORDS[pre.label], String(pre.number)];
    const prerelease = [];
    const build = release.slice(3).map(String);
    if (build.length > 0)
        build.push(...preIds);
    else
        prerelease.push(...preIds);
    if (post !== null)
        build.push('post', String(post));
    if (dev !== null) {
        // Only a lone .devN sorts below its release the way a SemVer pre-release does.
        if (build.length === 0 && pre === null)
            prerelease.push('dev', String(dev));
        else
            build.push('dev', String(dev));
    }
    if (local !== null)
        build.push(...local.split('.'));
    return (core +
        (prerelease.length > 0 ? `-${prerelease.join('.')}` : '') +
        (build.length > 0 ? `+${build.join('.')}` : ''));
}

;// CONCATENATED MODULE: ./packages/git-version/docker-tag.ts
/** Docker image tags from versions. */
const MAX_LENGTH = 128;
/** A valid Docker tag for `version`: only `[A-Za-z0-9_.-]`, no leading `.` or `-`, at most 128 characters. */
function dockerTag(version) {
    const tag = version
        .replace(/[^A-Za-z0-9_.-]/g, '-')
        .replace(/^[.-]+/, '')
        .slice(0, MAX_LENGTH);
    return tag === '' ? 'latest' : tag;
}

;// CONCATENATED MODULE: ./packages/git-version/pretend-env.ts
/** The environment that makes setuptools_scm build exactly our version. */
/** setuptools_scm's override variable. */
const PRETEND_KEY = 'SETUPTOOLS_SCM_PRETEND_VERSION';
/**
 * `SETUPTOOLS_SCM_PRETEND_VERSION` and one `..._FOR_<NAME>` per distribution. setuptools_scm 7.1 reads
 * `_FOR_` + `dist_name.upper()` (the name as written, e.g. `MY-PKG`); 8.x reads the PEP 503 form with `_`
 * (`MY_PKG`), so both spellings are set when they differ. Project names are ASCII (PEP 508),
 * where Python's str.upper() and toUpperCase() agree.
 */
function pretendVersionEnv(version, distNames) {
    const env = { [PRETEND_KEY]: version };
    for (const name of distNames) {
        env[`${PRETEND_KEY}_FOR_${name.toUpperCase()}`] = version;
        env[`${PRETEND_KEY}_FOR_${name.replace(/[-_.]+/g, '_').toUpperCase()}`] = version;
    }
    return env;
}

;// CONCATENATED MODULE: ./packages/git-version/publish-decision.ts
/** Whether a build should publish: the whole rule on one screen. */
const PULL_REQUEST_EVENTS = new Set([
    'pull_request',
    'pull_request_target',
    'pull_request_review',
    'pull_request_review_comment',
]);
/**
 * Pull requests and merge-queue runs never publish; a tag build publishes its release; a branch build publishes a
 * dev (or post) release unless HEAD carries a version tag (that tag's own build publishes it) or its scheme gives
 * a plain release version; anything else does not.
 */
function publishDecision(facts) {
    if (PULL_REQUEST_EVENTS.has(facts.eventName)) {
        const origin = facts.headRepoFork ? 'a pull request from a fork' : 'a pull request';
        return {
            shouldPublish: false,
            publishReason: `${facts.eventName} event: ${origin} builds a dev version but never publishes`,
        };
    }
    if (facts.eventName === 'merge_group') {
        return {
            shouldPublish: false,
            publishReason: 'merge_group event: merge-queue builds are checked, not published',
        };
    }
    if (facts.isRelease) {
        return { shouldPublish: true, publishReason: `release build of tag ${facts.tag ?? '(unknown)'}` };
    }
    if (facts.headTags.length > 0) {
        const tags = facts.headTags.join(', ');
        return {
            shouldPublish: false,
            publishReason: `HEAD is tagged ${tags}; this branch build stays a dev version and the tag's own build publishes the release`,
        };
    }
    if (facts.steadyVersion) {
        return {
            shouldPublish: false,
            publishReason: `${facts.steadyVersion} is a release version, and the next commit would carry it too; only a tag build publishes it`,
        };
    }
    if (facts.ref.startsWith('refs/heads/')) {
        return {
            shouldPublish: true,
            publishReason: `dev release from branch ${facts.ref.slice('refs/heads/'.length)}`,
        };
    }
    const what = facts.ref === '' ? 'no ref' : `ref ${facts.ref}`;
    return {
        shouldPublish: false,
        publishReason: `${facts.eventName} event on ${what}: only branch and tag builds publish`,
    };
}

;// CONCATENATED MODULE: ./packages/git-version/result.ts
/** From a decision to the result: the static-version check, publish rule and every derived form. */






/** A release must agree with a static `[project].version`; a dev build only notes that one exists. */
function checkProjectVersion(project, decision, notes) {
    if (project === null || project.version === null || project.dynamicVersion)
        return;
    const declared = normalizeVersion(project.version);
    if (decision.isRelease) {
        if (declared !== decision.version) {
            throw new VersionError(`${project.path}: [project].version is ${project.version} but tag ${decision.tag ?? ''} says ${decision.version}; make them agree (or list version in [project].dynamic)`);
        }
        return;
    }
    notes.push(`${project.path} sets a static [project].version ${project.version}, so builds carry it, not ${decision.version}; list version in [project].dynamic to use setuptools_scm`);
}
/** The result for a decision, with everything derived from it. */
function present(facts) {
    const { options, decision, project, notes } = facts;
    const projectName = project?.versioning.distName ?? project?.name ?? null;
    const distNames = options.distNames ?? (projectName ? [projectName] : []);
    if (options.distNames === null && distNames.length === 0) {
        notes.push(`no [project].name in ${project?.path ?? `${options.cwd}/pyproject.toml`}: only SETUPTOOLS_SCM_PRETEND_VERSION is set`);
    }
    const steady = !decision.isRelease && !isDevrelease(decision.version) && !isPostrelease(decision.version);
    const { shouldPublish, publishReason } = publishDecision({
        eventName: options.event.name,
        ref: options.event.ref,
        isRelease: decision.isRelease,
        tag: decision.tag,
        headTags: decision.headTags,
        headRepoFork: options.event.headRepoFork,
        steadyVersion: steady ? decision.version : null,
    });
    let semver = '';
    try {
        semver = toSemver(decision.version);
    }
    catch (error) {
        notes.push(`no SemVer form: ${error.message}`);
    }
    return {
        version: decision.version,
        localVersion: localVersion(decision.version, {
            ...decision.local,
            schemes: facts.settings.localSchemes,
            now: options.now ?? new Date(),
        }),
        baseVersion: baseVersion(decision.version),
        tag: decision.tag,
        distance: decision.distance,
        commit: facts.head?.commit ?? '',
        dirty: decision.dirty,
        isRelease: decision.isRelease,
        isPrerelease: isPrerelease(decision.version),
        isDev: !decision.isRelease,
        shouldPublish,
        publishReason,
        dockerTag: dockerTag(decision.version),
        semver,
        distNames,
        env: pretendVersionEnv(decision.version, distNames),
        scheme: facts.settings.scheme,
        settings: facts.settings.sources,
        notes,
        warnings: facts.warnings,
    };
}

;// CONCATENATED MODULE: ./packages/git-version/settings.ts
/**
 * The settings a version is computed with: each from an input if given, else from the project's configuration,
 * else setuptools_scm's default, and a record of where each came from for the job summary.
 */







/** Resolves inputs over the project's configuration; throws VersionError naming the input or key at fault. */
function resolveSettings(options, project) {
    const versioning = project?.versioning ?? null;
    const origin = versioning?.file.endsWith('hatch.toml') ? 'hatch.toml' : 'pyproject.toml';
    const sources = [];
    const from = (setting, value, configured) => {
        sources.push(configured
            ? { setting, value, origin, key: shortKey(configured.key) }
            : { setting, value, origin: 'default' });
    };
    const scheme = pickScheme(options, versioning, sources, from);
    const rules = pickTagRules(options, versioning, sources, from);
    const localSchemes = versioning?.localScheme?.value ?? ['node-and-date'];
    from('local scheme (local-version only)', localSchemes.join(', '), versioning?.localScheme);
    const fallbackVersion = pickFallback(options, versioning, sources, from);
    const places = placesOf(options.cwd, versioning);
    if (versioning?.tool)
        from('git checkout', places.toplevel?.value ?? 'the checkout around it', versioning.root);
    return {
        scheme,
        localSchemes,
        localSchemeKey: versioning?.localScheme?.key ?? null,
        rules,
        tagKeys: options.tagPrefix !== null
            ? []
            : [versioning?.tagRegex, versioning?.tagPrefix, versioning?.tagStrict, versioning?.describeCommand]
                .filter((configured) => configured !== undefined)
                .map((configured) => configured.key),
        fallbackVersion,
        parentdirPrefix: versioning?.parentdirPrefixVersion ?? null,
        ...places,
        sources,
    };
}
// The key without the file's directory: the summary names the file in its origin column.
function shortKey(key) {
    return key.replace(/^.*?\[/, '[');
}
function pickScheme(options, versioning, sources, from) {
    const supported = `supported: ${VERSION_SCHEMES.join(', ')}`;
    if (options.scheme !== null) {
        if (!isVersionScheme(options.scheme)) {
            throw new VersionError(`input scheme is '${options.scheme}', which setuptools_scm 10.2.1 does not ship; ${supported}`);
        }
        sources.push({ setting: 'version scheme', value: options.scheme, origin: 'input', key: 'scheme' });
        return options.scheme;
    }
    const configured = versioning?.versionScheme;
    for (const name of configured?.value ?? []) {
        if (isVersionScheme(name)) {
            from('version scheme', name, configured);
            return name;
        }
        // setuptools_scm would take a plugin's scheme of that name from the build environment: never guess it.
        throw new VersionError(`${configured?.key ?? 'version_scheme'} names '${name}', which setuptools_scm 10.2.1 does not ship (a plugin's scheme?); ${supported} (or set the scheme input)`);
    }
    from('version scheme', 'guess-next-dev', undefined);
    return 'guess-next-dev';
}
function pickTagRules(options, versioning, sources, from) {
    const command = versioning?.describeCommand;
    const strict = versioning?.tagStrict?.value ?? false;
    const glob = `${versioning?.tagPrefix?.value ?? ''}${strict ? '*[0-9]*.*[0-9]*' : DEFAULT_MATCH}`;
    let describe = defaultDescribe(glob);
    if (command) {
        try {
            describe = describeSpecFromCommand(command.value);
        }
        catch (error) {
            if (!(error instanceof DescribeCommandError))
                throw error;
            throw new VersionError(`${command.key} cannot be honoured: ${error.message}; use git describe with --match/--exclude/--first-parent`);
        }
    }
    if (options.tagPrefix !== null) {
        sources.push({
            setting: 'tags',
            value: `${options.tagPrefix}<version>`,
            origin: 'input',
            key: 'tag-prefix',
        });
        return prefixRules(options.tagPrefix, describe);
    }
    const regex = versioning?.tagRegex;
    from('tag regex', regex?.value || "setuptools_scm's default", regex);
    if (versioning?.tagPrefix)
        from('tag prefix', versioning.tagPrefix.value, versioning.tagPrefix);
    from('describe', describeText(describe), command ?? versioning?.tagPrefix ?? versioning?.tagStrict);
    try {
        return tagRules({
            regex: regex?.value,
            strip: versioning?.tagPrefix?.value,
            describe,
            keepSpelling: versioning?.normalize?.value === false,
        });
    }
    catch (error) {
        if (!(error instanceof TagRegexError))
            throw error;
        throw new VersionError(`${regex?.key ?? 'tag_regex'} ${error.message}`);
    }
}
function describeText(spec) {
    const parts = spec.match.map((glob) => `--match ${glob}`);
    for (const glob of spec.exclude)
        parts.push(`--exclude ${glob}`);
    if (spec.firstParent)
        parts.push('--first-parent');
    if (!spec.tags)
        parts.push('annotated tags only');
    return parts.length > 0 ? parts.join(' ') : 'every tag';
}
function pickFallback(options, versioning, sources, from) {
    if (options.fallbackVersion !== null) {
        sources.push({
            setting: 'fallback version',
            value: options.fallbackVersion,
            origin: 'input',
            key: 'fallback-version',
        });
        return { value: options.fallbackVersion, key: 'input fallback-version' };
    }
    const configured = versioning?.fallbackVersion ?? null;
    if (configured === null)
        return null;
    if (parseVersion(configured.value) === null) {
        throw new VersionError(`${configured.key} '${configured.value}' is not a PEP 440 version; use e.g. 0.0.0`);
    }
    from('fallback version', configured.value, configured);
    return configured;
}
// Where setuptools_scm looks for git and for the changelog, from root (and hatch-vcs's relative_to).
function placesOf(cwd, versioning) {
    if (!versioning?.tool)
        return { gitDir: cwd, toplevel: null, changelogRoot: cwd };
    let base = cwd;
    let anchor = null;
    if (versioning.relativeTo) {
        anchor = (0,external_node_path_namespaceObject.resolve)(cwd, versioning.relativeTo.value);
        base = settings_isDirectory(anchor) ? anchor : (0,external_node_path_namespaceObject.dirname)(anchor);
    }
    const gitDir = (0,external_node_path_namespaceObject.resolve)(base, versioning.root?.value ?? '.');
    const key = versioning.root?.key ?? `${versioning.file} root (default ".")`;
    const hatch = versioning.tool === 'hatch-vcs';
    const changelogRoot = !hatch ? cwd : anchor === null ? gitDir : base;
    const toplevel = versioning.searchParentDirectories ? null : { value: gitDir, key };
    return { gitDir, toplevel, changelogRoot };
}
function settings_isDirectory(path) {
    try {
        return (0,external_node_fs_namespaceObject.statSync)(path).isDirectory();
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./packages/git-version/compute.ts
/** computeVersion: from a checkout and a GitHub event to the version a build must carry, and whether it publishes. */
















/** Computes the version of the checkout in `options.cwd` for the build described by `options.event`. */
async function computeVersion(options) {
    validateOptions(options);
    const git = options.git ?? createGit();
    const tagRef = options.event.ref.startsWith('refs/tags/')
        ? options.event.ref.slice('refs/tags/'.length)
        : null;
    const isRelease = options.mode === 'release' || (options.mode === 'auto' && tagRef !== null);
    const releaseTag = isRelease ? tagRef : null;
    const project = readProjectFacts(options.cwd);
    const settings = resolveSettings(options, project);
    const notes = [...(project?.versioning.notes ?? [])];
    const warnings = [];
    // Everything that depends on nothing else starts now; most runs need nothing more. The slowest process
    // (describe walks history) starts first: spawning from Node takes milliseconds each. (Starting a default
    // describe before the configuration is read was tried: in a monorepo that unwanted describe cost more than
    // the whole run.)
    const cwd = settings.gitDir;
    if (cwd !== options.cwd)
        checkRootExists(settings);
    const describeRun = releaseTag === null ? quiet(runDescribe(git, cwd, settings.rules)) : undefined;
    const tagRun = releaseTag !== null ? quiet(listLocalTags(git, cwd, releaseTag)) : undefined;
    const statusRun = releaseTag !== null ? quiet(modifiedFiles(git, cwd)) : undefined;
    const head = await readHead(git, cwd);
    if (head !== null)
        checkToplevel(settings, head);
    let decision;
    if (head === null) {
        decision = withoutRepository(options, settings, notes);
    }
    else if (releaseTag !== null) {
        const build = { options, settings, git, head, tag: releaseTag, tagRun, statusRun, notes, warnings };
        decision = await releaseFromTagRef(build);
    }
    else {
        decision = await fromHistory({ options, settings, git, head, isRelease, describeRun, notes, warnings });
    }
    checkProjectVersion(project, decision, notes);
    if (head?.commit && options.event.sha && options.event.sha !== head.commit) {
        notes.push(`HEAD ${head.commit.slice(0, 12)} is not GITHUB_SHA ${options.event.sha.slice(0, 12)}: the version is for the checked-out commit`);
    }
    if (decision.dirty && !decision.isRelease) {
        notes.push('the work tree has changes to tracked files (untracked files do not count)');
    }
    return present({ options, settings, decision, head, project, notes, warnings });
}
// Starts a promise whose failure is read later: no unhandled rejection if an earlier await throws first.
function quiet(promise) {
    promise.catch(() => undefined);
    return promise;
}
// git cannot start in a directory that does not exist; say which setting pointed there.
function checkRootExists(settings) {
    if (!(0,external_node_fs_namespaceObject.statSync)(settings.gitDir, { throwIfNoEntry: false })?.isDirectory()) {
        const key = settings.toplevel?.key ?? 'root';
        throw new VersionError(`${key} leads to ${settings.gitDir}, which is no directory; fix root`);
    }
}
// setuptools_scm reads git only where root leads to the top of the checkout (unless it searches parents).
function checkToplevel(settings, head) {
    if (settings.toplevel === null || (0,external_node_fs_namespaceObject.realpathSync)(settings.toplevel.value) === (0,external_node_fs_namespaceObject.realpathSync)(head.toplevel))
        return;
    throw new VersionError(`${settings.toplevel.key} leads to ${settings.toplevel.value}, which is not the top of the git checkout ${head.toplevel}, so setuptools_scm would not read git there; set root to the checkout (e.g. root = "..") or search_parent_directories = true`);
}
// No git checkout: setuptools_scm's parentdir_prefix_version, then fallback_version, as they are.
function withoutRepository(options, settings, notes) {
    const fromDirectory = directoryVersion(options.cwd, settings);
    const fallback = fromDirectory ?? settings.fallbackVersion;
    if (fallback === null) {
        throw new VersionError(`${options.cwd} is not inside a git checkout; check out the repository with actions/checkout (fetch-depth: 0) or set fallback-version`);
    }
    const parsed = parseVersion(fallback.value);
    if (parsed === null)
        throw new VersionError(`${fallback.key} '${fallback.value}' is not a PEP 440 version`);
    const version = formatVersion({ ...parsed, local: null });
    notes.push(`${options.cwd} is not a git checkout: version ${version} from ${fallback.key}`);
    return {
        version,
        tag: null,
        distance: 0,
        dirty: false,
        isRelease: false,
        headTags: [],
        local: { exact: true, node: null, dirty: false, tagLocal: parsed.local },
    };
}
function directoryVersion(cwd, settings) {
    const prefix = settings.parentdirPrefix;
    const name = (0,external_node_path_namespaceObject.basename)(cwd);
    if (prefix === null || !name.startsWith(prefix.value))
        return null;
    const found = versionFromTag(name.slice(prefix.value.length), settings.rules);
    if (found?.version == null)
        return null;
    const value = found.local === null ? found.version : `${found.version}+${found.local}`;
    return { value, key: `${prefix.key} (directory ${name})` };
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

;// CONCATENATED MODULE: ./actions/compute-dev-version/src/inputs.ts



function runnerVariable(name) {
    const value = process.env[name];
    if (!value)
        throw new InputError(`${name} is not set: run this action inside a GitHub Actions job`);
    return value;
}
/** Whether a pull request comes from a fork; read only for pull requests, where the payload says so. */
function headRepoFork() {
    const eventPath = process.env['GITHUB_EVENT_PATH'];
    if (!eventPath ||
        !['pull_request', 'pull_request_target'].includes(process.env['GITHUB_EVENT_NAME'] ?? '')) {
        return false;
    }
    try {
        const payload = JSON.parse((0,external_node_fs_namespaceObject.readFileSync)(eventPath, 'utf8'));
        return payload.pull_request?.head?.repo?.fork === true;
    }
    catch {
        return false;
    }
}
/** The build time of local versions: SOURCE_DATE_EPOCH when set (as setuptools_scm reads it), else now. */
function buildTime() {
    const epoch = process.env['SOURCE_DATE_EPOCH'];
    if (!epoch)
        return new Date();
    if (!/^[0-9]+$/.test(epoch)) {
        throw new InputError(`SOURCE_DATE_EPOCH is '${epoch}'; set it to whole seconds since 1970 or unset it`);
    }
    return new Date(Number(epoch) * 1000);
}
/** Reads and checks every input; the errors name the input and what it accepts. */
function readSettings() {
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const runNumber = Number(process.env['GITHUB_RUN_NUMBER'] ?? '');
    const distNames = getListInput('dist-name', { commas: true });
    const devNumber = getChoiceInput('dev-number', ['distance', 'run-number'], 'distance');
    if (devNumber === 'run-number' && !Number.isSafeInteger(runNumber)) {
        throw new InputError('Input dev-number is run-number, but GITHUB_RUN_NUMBER is not set to a number.');
    }
    return {
        exportEnv: getBooleanInput('export-env', true),
        options: {
            cwd: (0,external_node_path_namespaceObject.resolve)(workspace, getInput('working-directory') || '.'),
            mode: getChoiceInput('mode', ['auto', 'release', 'dev'], 'auto'),
            // Checked by computeVersion against setuptools_scm's schemes, beside the project's own version_scheme.
            scheme: getInput('scheme') || null,
            tagPrefix: getInput('tag-prefix') || null,
            devNumber,
            ...(devNumber === 'run-number' ? { runNumber } : {}),
            fallbackVersion: getInput('fallback-version') || null,
            fetch: getChoiceInput('fetch', ['auto', 'never'], 'auto'),
            allowDirty: getBooleanInput('allow-dirty', false),
            now: buildTime(),
            distNames: distNames.length > 0 ? distNames : null,
            event: {
                name: runnerVariable('GITHUB_EVENT_NAME'),
                ref: runnerVariable('GITHUB_REF'),
                sha: process.env['GITHUB_SHA'] ?? '',
                headRepoFork: headRepoFork(),
            },
        },
    };
}

;// CONCATENATED MODULE: ./actions/compute-dev-version/src/main.ts



function writeOutputs(result) {
    const outputs = {
        version: result.version,
        'local-version': result.localVersion,
        'base-version': result.baseVersion,
        tag: result.tag ?? '',
        distance: result.distance,
        commit: result.commit,
        dirty: result.dirty,
        'is-release': result.isRelease,
        'is-prerelease': result.isPrerelease,
        'is-dev': result.isDev,
        'should-publish': result.shouldPublish,
        'publish-reason': result.publishReason,
        'docker-tag': result.dockerTag,
        semver: result.semver,
    };
    for (const [name, value] of Object.entries(outputs))
        setOutput(name, String(value ?? ''));
}
// Where a setting came from, as a reader looks it up: the input's name, the file and key, or the default.
function origin(source) {
    if (source.origin === 'default')
        return "setuptools_scm's default";
    const where = source.origin === 'input' ? 'input' : source.origin;
    return { html: `${where} <code>${escapeHtml(source.key ?? '')}</code>` };
}
function writeSummary(result, settings) {
    const { options } = settings;
    const rows = [
        ['version', result.version],
        ['tag', result.tag ?? '(none)'],
        ['distance', String(result.distance)],
        ['commit', result.commit.slice(0, 12) + (result.dirty ? ' (dirty)' : '')],
        ['mode', `${options.mode} (${result.isRelease ? 'release' : 'dev'} build, ${result.scheme})`],
        ['should publish', `${result.shouldPublish ? 'yes' : 'no'}: ${result.publishReason}`],
    ];
    const summary = new Summary().heading(`Version ${result.version}`).table(null, rows.map(([label, value]) => [{ html: `<b>${label}</b>` }, value]));
    summary.heading('Settings', 3).table(['setting', 'value', 'from'], result.settings.map((source) => [source.setting, source.value, origin(source)]));
    if (settings.exportEnv && Object.keys(result.env).length > 0) {
        summary.paragraph(`Exported for later steps: ${Object.keys(result.env).join(', ')}`);
    }
    summary.list([...result.warnings, ...result.notes]).write();
}
/** compute-dev-version: one PEP 440 version per run, from git and the project's versioning configuration. */
async function main() {
    const settings = readSettings();
    const result = await group('Compute version from git', async () => {
        const computed = await computeVersion(settings.options);
        for (const source of computed.settings) {
            const from = source.origin === 'default' ? 'default' : `${source.origin} ${source.key ?? ''}`;
            info(`${source.setting}: ${source.value} (${from})`);
        }
        for (const note of computed.notes)
            info(note);
        info(`version ${computed.version} (${computed.localVersion}), should-publish ${computed.shouldPublish}: ${computed.publishReason}`);
        return computed;
    });
    for (const message of result.warnings)
        warning(message);
    writeOutputs(result);
    if (settings.exportEnv)
        for (const [name, value] of Object.entries(result.env))
            exportVariable(name, value);
    writeSummary(result, settings);
}

;// CONCATENATED MODULE: ./actions/compute-dev-version/src/index.ts


void runAction(main);

