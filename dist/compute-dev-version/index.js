import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

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

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(24);
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
    writeStdout(`${redact(line)}\n`);
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
                writeStdout(`${formatCommand('add-mask', {}, line)}\n`);
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

;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(760);
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
    const safe = redact(value);
    if (process.env['GITHUB_OUTPUT']) {
        appendFileCommand('GITHUB_OUTPUT', keyValueMessage(name, safe));
        return;
    }
    // Old runners without GITHUB_OUTPUT still understand the deprecated command.
    writeStdout(`${external_node_os_namespaceObject.EOL}${formatCommand('set-output', { name }, safe)}${external_node_os_namespaceObject.EOL}`);
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
        (0,external_node_fs_.appendFileSync)(path, `${this.toString()}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
    }
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
        const payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
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
            cwd: (0,external_node_path_.resolve)(workspace, getInput('working-directory') || '.'),
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
    // git-version is most of the bundle: loaded once the inputs are good, so a refusal does not parse it.
    const { computeVersion } = await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(446)]).then(__nccwpck_require__.bind(__nccwpck_require__, 446));
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

