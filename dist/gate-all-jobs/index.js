import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

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

;// CONCATENATED MODULE: external "node:fs"
const external_node_fs_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");
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
            written += (0,external_node_fs_namespaceObject.writeSync)(1, bytes, written);
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

;// CONCATENATED MODULE: ./packages/job-gate/errors.ts
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

;// CONCATENATED MODULE: ./packages/job-gate/glob.ts
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

;// CONCATENATED MODULE: ./packages/job-gate/decide.ts

/**
 * The gate's whole rule. Green only when there is something to judge and every entry is green: a
 * success, or a failure, cancellation or skip its allow-list names. A skip that is not allowed is red,
 * because GitHub counts a skipped job as passed and a gate must not. When every entry was skipped,
 * nothing was tested at all: red unless allow-all-skipped says that is fine (allowed-skips cannot).
 */
function decide(entries, policy) {
    const allSkipped = entries.length > 0 && entries.every((entry) => entry.result === 'skipped');
    const verdicts = entries.map((entry) => {
        const names = [entry.name, ...(entry.aliases ?? [])];
        const allowedBy = (list) => selectedBy(list.map(compilePattern), names);
        const judge = (green, allowed, why) => ({ ...entry, green, allowed, why });
        switch (entry.result) {
            case 'success':
                return judge(true, false, 'succeeded');
            case 'failure':
                return allowedBy(policy.allowedFailures)
                    ? judge(true, true, 'failed, allowed by allowed-failures')
                    : judge(false, false, 'failed');
            case 'cancelled':
                return allowedBy(policy.allowedCancels)
                    ? judge(true, true, 'cancelled, allowed by allowed-cancels')
                    : judge(false, false, 'cancelled');
            case 'skipped':
                if (allSkipped) {
                    return policy.allowAllSkipped
                        ? judge(true, true, 'skipped like every other job, allowed by allow-all-skipped')
                        : judge(false, false, 'skipped like every other job: nothing was tested');
                }
                return allowedBy(policy.allowedSkips)
                    ? judge(true, true, 'skipped, allowed by allowed-skips')
                    : judge(false, false, 'skipped, and a skip is no success');
        }
    });
    const green = verdicts.length > 0 && verdicts.every((verdict) => verdict.green);
    return { result: green ? 'success' : 'failure', verdicts };
}

;// CONCATENATED MODULE: ./packages/job-gate/evaluate.ts


const entryOf = (item) => ({
    name: item.name,
    result: item.state === 'pending' ? 'success' : item.state,
    aliases: item.aliases,
});
/** Judges `items`: which are guarded by `patterns` (all of them when `patterns` is null), and how they stand. */
function evaluate(items, patterns, policy) {
    const role = (item) => {
        if (item.self)
            return 'self';
        return patterns === null || selectedBy(patterns, [item.name, ...item.aliases]) ? 'guarded' : 'unguarded';
    };
    const roles = items.map((item) => ({ item, role: role(item) }));
    const guarded = roles.filter((entry) => entry.role === 'guarded').map((entry) => entry.item);
    const finished = guarded.filter((item) => item.state !== 'pending');
    const pending = guarded.filter((item) => item.state === 'pending');
    // Unfinished items counted as successes: a red that shows even then is red whatever they come to.
    const decision = decide([...finished, ...pending].map(entryOf), policy);
    // decide() keeps the order, so the first verdicts are those of `finished`.
    const verdicts = new Map(decision.verdicts.slice(0, finished.length).map((verdict, index) => [finished[index], verdict]));
    // ... unless every finished item was skipped: the rest may be skipped too, and allow-all-skipped pass them all.
    const mayAllSkip = policy.allowAllSkipped && finished.every((item) => item.state === 'skipped');
    return {
        judged: roles.map(({ item, role }) => ({ item, role, verdict: verdicts.get(item) ?? null })),
        pending,
        unmatched: unmatchedPatterns(patterns ?? [], guarded),
        decision,
        finalReds: mayAllSkip && pending.length > 0 ? [] : decision.verdicts.filter((verdict) => !verdict.green),
    };
}
function unmatchedPatterns(patterns, guarded) {
    return patterns
        .filter((p) => !p.negated && !guarded.some((item) => patternMatches(p, [item.name, ...item.aliases])))
        .map((p) => p.source);
}
/** Compiles wait-for patterns. */
function compilePatterns(sources) {
    return sources.map(compilePattern);
}

;// CONCATENATED MODULE: ./packages/job-gate/policy.ts


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
            const pattern = compilePattern(source);
            const hit = guarded.some((entry) => patternMatches(pattern, [entry.name, ...(entry.aliases ?? [])]));
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
    return new GateInputError(`${names}, which matches no job, check or status the gate guards (${shown.join(', ') || 'none'}): fix the name or remove it.`);
}

;// CONCATENATED MODULE: ./packages/job-gate/items.ts
/** `needs`-style result of a check run or job conclusion; unknown or unfinished-looking ones fail closed. */
function resultOfConclusion(status, conclusion) {
    if (status !== 'completed')
        return 'pending';
    switch (conclusion) {
        case 'success':
            return 'success';
        case 'cancelled':
            return 'cancelled';
        // GitHub treats both as "did not fail"; the gate treats both as "did not prove anything".
        case 'skipped':
        case 'neutral':
            return 'skipped';
        default: // failure, timed_out, action_required, stale, startup_failure, and anything new
            return 'failure';
    }
}
/** `needs`-style result of a commit status state. */
function resultOfStatus(state) {
    if (state === 'pending')
        return 'pending';
    return state === 'success' ? 'success' : 'failure';
}
/** The id of the gate's own job among `jobs`, or null when it cannot be told apart. */
function findSelf(jobs, identity) {
    const running = jobs.filter((job) => job.status !== 'completed');
    const byRunner = identity.runnerName
        ? running.filter((job) => job.runner_name === identity.runnerName)
        : [];
    const [onRunner] = byRunner;
    if (byRunner.length === 1 && onRunner)
        return onRunner.id;
    const byKey = identity.jobKey ? running.filter((job) => job.name === identity.jobKey) : [];
    const [named] = byKey;
    return byKey.length === 1 && named ? named.id : null;
}
/** Items for the jobs of this run's current attempt. */
function jobItems(jobs, selfId) {
    return jobs.map((job) => {
        const workflow = job.workflow_name ?? '';
        return {
            kind: 'job',
            name: job.name,
            aliases: workflow ? [workflow, `${workflow} / ${job.name}`] : [],
            state: resultOfConclusion(job.status, job.conclusion),
            detail: job.conclusion ?? job.status,
            url: job.html_url,
            replaced: 0,
            self: job.id === selfId,
        };
    });
}
/** Keeps the newest of each group by `key` (latest `time`, then highest id), counting what it replaced. */
function newestBy(items, key, time) {
    const at = (item) => Date.parse(time(item) ?? '') || 0;
    const newer = (a, b) => at(a) > at(b) || (at(a) === at(b) && a.id > b.id);
    const groups = new Map();
    for (const item of items) {
        const group = groups.get(key(item));
        if (!group)
            groups.set(key(item), { newest: item, replaced: 0 });
        else
            groups.set(key(item), {
                newest: newer(item, group.newest) ? item : group.newest,
                replaced: group.replaced + 1,
            });
    }
    return [...groups.values()];
}
/**
 * Items for check runs (the gate's own run's already left out): the newest per workflow and name, so a
 * re-run replaces the old result.
 */
function checkRunItems(checkRuns, workflowOf) {
    const display = (run) => {
        const workflow = workflowOf(run);
        return workflow ? `${workflow} / ${run.name}` : run.name;
    };
    return newestBy(checkRuns, display, (run) => run.started_at).map(({ newest, replaced }) => {
        const workflow = workflowOf(newest);
        return {
            kind: 'check-run',
            name: display(newest),
            aliases: workflow ? [newest.name, workflow] : [],
            state: resultOfConclusion(newest.status, newest.conclusion),
            detail: newest.conclusion ?? newest.status,
            url: newest.html_url,
            replaced,
            self: false,
        };
    });
}
/** Items for the commit statuses: the newest per context. */
function statusItems(statuses) {
    return newestBy(statuses, (status) => status.context, (status) => status.created_at).map(({ newest, replaced }) => ({
        kind: 'status',
        name: newest.context,
        aliases: [],
        state: resultOfStatus(newest.state),
        detail: newest.state,
        url: newest.target_url,
        replaced,
        self: false,
    }));
}

;// CONCATENATED MODULE: ./packages/job-gate/snapshot.ts

const attemptsUpTo = (attempt) => Array.from({ length: attempt }, (_, index) => index + 1);
/** The gate's run as of `attempt`: commit and workflow from that attempt, the check suites of every attempt. */
async function loadRunContext(api, attempt) {
    const attempts = await Promise.all(attemptsUpTo(attempt).map((n) => api.getRunAttempt(api.runId, n)));
    const current = attempts[attempts.length - 1];
    if (!current)
        throw new Error(`attempt must be 1 or more, got ${attempt}`);
    const suites = attempts.map((run) => run.check_suite_id).filter((id) => id !== undefined);
    return {
        sha: current.head_sha,
        ownSuiteIds: new Set(suites),
        workflow: current.name ?? '',
        workflowId: current.workflow_id,
        attempt,
    };
}
/**
 * Check suites of workflow runs on the commit, asked for only when a check run names a suite not seen
 * before. A re-run's earlier attempts have check suites of their own that the listing does not show (it
 * gives each run's latest attempt), so those attempts are asked for too, once each.
 */
class CheckSuites {
    run;
    suites = new Map();
    asked = new Set();
    attemptsRead = new Set();
    constructor(run) {
        this.run = run;
    }
    /** What is known of each suite after learning any in `suiteIds` not asked about before. */
    async lookup(api, suiteIds) {
        const unknown = suiteIds.filter((id) => !this.asked.has(id));
        if (unknown.length === 0)
            return this.suites;
        const runs = (await api.listWorkflowRuns(this.run.sha)).filter((run) => run.id !== api.runId);
        for (const run of runs)
            this.learn(run, run);
        await Promise.all(runs.map((run) => this.learnEarlierAttempts(api, run)));
        for (const id of unknown)
            this.asked.add(id); // other apps' suites have no workflow run; ask once
        return this.suites;
    }
    async learnEarlierAttempts(api, run) {
        const earlier = attemptsUpTo((run.run_attempt ?? 1) - 1).filter((n) => !this.attemptsRead.has(`${run.id}/${n}`));
        for (const n of earlier)
            this.attemptsRead.add(`${run.id}/${n}`);
        const attempts = await Promise.all(earlier.map((n) => api.getRunAttempt(run.id, n)));
        for (const attempt of attempts)
            this.learn(attempt, run);
    }
    learn(attempt, run) {
        if (attempt.check_suite_id === undefined)
            return;
        const sibling = run.workflow_id === this.run.workflowId;
        this.suites.set(attempt.check_suite_id, { workflow: run.name ?? '', sibling });
    }
}
/** One look at GitHub: three listings at once, then the workflow runs behind any new check suites. */
async function takeSnapshot(api, run, identity, checkSuites) {
    const [jobs, checkRuns, statuses] = await Promise.all([
        api.listJobs(run.attempt),
        api.listCheckRuns(run.sha),
        api.listStatuses(run.sha),
    ]);
    const suiteOf = (check) => check.check_suite?.id ?? -1;
    const unowned = checkRuns.filter((check) => !run.ownSuiteIds.has(suiteOf(check)));
    const suites = await checkSuites.lookup(api, [...new Set(unowned.map(suiteOf))]);
    // Other runs of this workflow on the commit have gates of their own; each guards its own run.
    const others = unowned.filter((check) => !suites.get(suiteOf(check))?.sibling);
    const workflowOf = (check) => suites.get(suiteOf(check))?.workflow || undefined;
    const selfId = findSelf(jobs, identity);
    return {
        items: [...jobItems(jobs, selfId), ...checkRunItems(others, workflowOf), ...statusItems(statuses)],
        selfFound: selfId !== null,
    };
}

;// CONCATENATED MODULE: ./packages/job-gate/gate.ts




/** The items of `needs` entries. */
function needsItems(entries) {
    return entries.map((entry) => ({
        kind: 'needs',
        name: entry.name,
        aliases: [],
        state: entry.result,
        detail: entry.result,
        url: null,
        replaced: 0,
        self: false,
    }));
}
/**
 * The gate: judges `needs` at once, then (with wait-for) looks at GitHub until everything guarded has
 * finished, a red settles it (fail-fast), a pattern finds nothing in time, or the timeout passes.
 */
async function runGate(settings, api, clock, onEvent = () => { }) {
    const needs = settings.needs ? evaluate(needsItems(settings.needs), null, settings.policy) : null;
    const base = { needs, api: null, run: null };
    if (needs && settings.waitFor.length === 0)
        return settle(settings, base);
    if (needs && settings.failFast && needs.finalReds.length > 0)
        return { ...base, result: 'failure', stop: { kind: 'fail-fast' } };
    if (!api)
        throw new Error('wait-for needs a GitHub API client');
    const polled = await poll(settings, api, clock, onEvent);
    const outcome = { ...base, api: polled.evaluation, run: polled.run };
    return polled.stop.kind === 'decided'
        ? settle(settings, outcome)
        : { ...outcome, result: 'failure', stop: polled.stop };
}
/** The final answer once everything guarded has finished: both parts green, every allow-list entry used. */
function settle(settings, outcome) {
    const parts = [outcome.needs, outcome.api].filter((part) => part !== null);
    const guarded = parts.flatMap((part) => part.judged.filter((j) => j.role === 'guarded').map((j) => j.item));
    const unmatched = unmatchedAllowances(settings.policy, guarded);
    if (unmatched.length > 0) {
        const message = unmatchedAllowancesError(unmatched, guarded).message;
        return { ...outcome, result: 'failure', stop: { kind: 'allowances', message } };
    }
    const green = parts.every((part) => part.decision.result === 'success');
    return { ...outcome, result: green ? 'success' : 'failure', stop: { kind: 'decided' } };
}
/** Looks at GitHub again and again, backing off, until something settles the gate. */
async function poll(settings, api, clock, onEvent) {
    const patterns = compilePatterns(settings.waitFor);
    const started = clock.now();
    let run = null;
    let checkSuites = null;
    let evaluation = null;
    let lastError = null;
    let interval = settings.pollIntervalMs;
    for (let round = 1;; round += 1) {
        try {
            if (!run) {
                run = await loadRunContext(api, settings.attempt);
                onEvent({ type: 'run', run });
            }
            checkSuites ??= new CheckSuites(run);
            const snapshot = await takeSnapshot(api, run, settings.identity, checkSuites);
            evaluation = evaluate(snapshot.items, patterns, settings.policy);
            lastError = null;
            onEvent({ type: 'look', round, evaluation, selfFound: snapshot.selfFound });
            const stop = stopReason(settings, evaluation, clock.now() - started);
            if (stop)
                return { evaluation, run, stop };
        }
        catch (error) {
            if (!(error instanceof GateApiError) || !error.transient)
                throw error;
            lastError = error.message;
            onEvent({ type: 'retrying', message: error.message });
        }
        const left = started + settings.timeoutMs - clock.now();
        if (left <= 0)
            return { evaluation, run, stop: { kind: 'timeout', seconds: settings.timeoutMs / 1000, lastError } };
        const untilDiscovery = started + settings.discoveryTimeoutMs - clock.now();
        const wait = Math.min(interval, left, evaluation?.unmatched.length && untilDiscovery > 0 ? untilDiscovery : Infinity);
        onEvent({ type: 'waiting', ms: wait });
        await clock.sleep(wait);
        interval = Math.min(interval * 1.5, settings.maxPollIntervalMs);
    }
}
/** Why to stop after a look, or null to look again. */
function stopReason(settings, evaluation, elapsedMs) {
    if (settings.failFast && evaluation.finalReds.length > 0)
        return { kind: 'fail-fast' };
    if (evaluation.unmatched.length > 0) {
        if (elapsedMs < settings.discoveryTimeoutMs)
            return null;
        return {
            kind: 'undiscovered',
            patterns: evaluation.unmatched,
            seconds: settings.discoveryTimeoutMs / 1000,
        };
    }
    if (evaluation.pending.length === 0)
        return { kind: 'decided' };
    return null;
}

;// CONCATENATED MODULE: ./packages/job-gate/report.ts
function row(judged, stop) {
    const { item, role, verdict } = judged;
    const base = { kind: item.kind, name: item.name, result: item.detail, url: item.url };
    const replaced = item.replaced > 0 ? ` (newest of ${item.replaced + 1})` : '';
    if (role === 'self')
        return { ...base, counts: 'ignored', why: 'the gate itself' };
    if (role === 'unguarded')
        return { ...base, counts: 'not guarded', why: 'no wait-for pattern names it' };
    if (!verdict) {
        const why = stop.kind === 'decided' ? 'unfinished' : `unfinished when the gate stopped (${stopWords(stop)})`;
        return { ...base, counts: 'waiting', why };
    }
    const counts = !verdict.green ? 'red' : verdict.allowed ? 'allowed' : 'green';
    return { ...base, counts, why: `${verdict.why}${replaced}` };
}
function stopWords(stop) {
    switch (stop.kind) {
        case 'fail-fast':
            return 'fail-fast';
        case 'timeout':
            return `timeout ${stop.seconds} s`;
        case 'undiscovered':
            return `discovery-timeout ${stop.seconds} s`;
        default:
            return stop.kind;
    }
}
const listed = (names, limit = 5) => names.length > limit
    ? `${names.slice(0, limit).join(', ')} and ${names.length - limit} more`
    : names.join(', ');
const PAST_TENSE = {
    failure: 'failed',
    error: 'errored',
    timed_out: 'timed out',
    action_required: 'needs action',
    startup_failure: 'failed to start',
};
/** `wheel (3) failed`, `docs cancelled`, `ci/appveyor errored`. */
const redWords = (row) => `${row.name} ${PAST_TENSE[row.result] ?? row.result.replace(/_/g, ' ')}`;
/** The one-line summary (the `summary` output and the error line). */
function summaryLine(outcome, rows) {
    const reds = rows.filter((r) => r.counts === 'red').map(redWords);
    const waiting = rows.filter((r) => r.counts === 'waiting').map((r) => r.name);
    const guarded = rows.filter((r) => ['green', 'red', 'allowed', 'waiting'].includes(r.counts)).length;
    const allowed = rows.filter((r) => r.counts === 'allowed').length;
    const { stop } = outcome;
    if (outcome.result === 'success')
        return `All ${guarded} guarded jobs, checks and statuses are green${allowed ? ` (${allowed} allowed)` : ''}.`;
    if (stop.kind === 'allowances')
        return stop.message;
    if (stop.kind === 'undiscovered') {
        const patterns = stop.patterns.map((p) => JSON.stringify(p)).join(', ');
        return `wait-for ${stop.patterns.length > 1 ? 'patterns' : 'pattern'} ${patterns} matched no job, check run or status within ${stop.seconds} s (discovery-timeout): check the names${reds.length ? `; red: ${listed(reds)}` : ''}.`;
    }
    if (stop.kind === 'timeout') {
        const error = stop.lastError ? ` Last error: ${stop.lastError}.` : '';
        return `Timed out after ${stop.seconds} s${waiting.length ? ` waiting for ${listed(waiting)}` : ''}${reds.length ? `; red: ${listed(reds)}` : ''}.${error}`;
    }
    if (reds.length === 0)
        return 'Nothing to judge: no job, check run or status is guarded.';
    const more = stop.kind === 'fail-fast' && waiting.length > 0 ? ` (fail-fast: ${waiting.length} not waited for)` : '';
    return `${reds.length} red: ${listed(reds)}${more}.`;
}
/** The report of an outcome: every item considered as a row, the reds, and one line. */
function gateReport(outcome) {
    const judged = [...(outcome.needs?.judged ?? []), ...(outcome.api?.judged ?? [])];
    const rows = judged.map((entry) => row(entry, outcome.stop));
    const failed = rows
        .filter((r) => r.counts === 'red' || (r.counts === 'waiting' && outcome.result === 'failure'))
        .map((r) => ({ name: r.name, result: r.counts === 'red' ? r.result : 'unfinished', why: r.why }));
    if (outcome.stop.kind === 'undiscovered') {
        for (const pattern of outcome.stop.patterns)
            failed.push({
                name: pattern,
                result: 'missing',
                why: `no job, check run or status matched within ${outcome.stop.seconds} s`,
            });
    }
    return { result: outcome.result, summary: summaryLine(outcome, rows), failed, rows };
}

;// CONCATENATED MODULE: ./packages/action-kit/github.ts


/**
 * An Octokit client from @actions/github (API base, proxy settings, user agent as GitHub's own actions
 * have them) with Octokit's retry plugin (5xx and network failures) and throttling plugin (Retry-After,
 * secondary and primary rate limits). Imported on first use: the chunk, undici included, loads only in
 * actions that call GitHub's API.
 */
async function createGithubClient(options) {
    useStdoutStream(); // @actions/* may write there too
    const [{ getOctokit }, { retry }, { throttling }] = await Promise.all([
        __nccwpck_require__.e(/* import() */ 758).then(__nccwpck_require__.bind(__nccwpck_require__, 1758)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(735)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9735)),
        Promise.all(/* import() */[__nccwpck_require__.e(251), __nccwpck_require__.e(856)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6856)),
    ]);
    const unit = options.waitUnitMs ?? 1000;
    const notify = (kind) => (retryAfter, request, _octokit, retries) => options.onRateLimit({
        kind,
        retryAfterSeconds: retryAfter,
        retries,
        method: request.method,
        url: request.url,
    });
    const octokit = getOctokit(options.token, {
        ...(options.baseUrl ? { baseUrl: options.baseUrl } : {}),
        ...(options.userAgent ? { userAgent: options.userAgent } : {}),
        // Octokit logs through these; only the message goes on, redacted like every line action-kit writes.
        log: {
            debug: (message) => debug(message),
            info: (message) => debug(message),
            warn: (message) => warning(message),
            error: (message) => warning(message),
        },
        retry: { retries: options.retries ?? 2, retryAfterBaseValue: unit },
        throttle: {
            onRateLimit: notify('primary'),
            onSecondaryRateLimit: notify('secondary'),
            retryAfterBaseValue: unit,
        },
    }, retry, throttling);
    return {
        request: (route, parameters) => octokit.request(route, parameters),
        paginate: (route, parameters) => octokit.paginate(route, parameters),
    };
}

;// CONCATENATED MODULE: ./packages/job-gate/github-api.ts

/** A GateApi over GitHub's REST API through an Octokit client (pagination by its Link headers). */
function githubGateApi(client, target) {
    const repo = { owner: target.owner, repo: target.repo };
    const call = async (what, permission, fn) => {
        try {
            return await fn();
        }
        catch (error) {
            throw apiError(error, what, permission);
        }
    };
    const list = (route, parameters) => client.paginate(route, { ...repo, per_page: 100, ...parameters });
    return {
        runId: target.runId,
        getRunAttempt: (runId, attempt) => call(`workflow run ${runId} attempt ${attempt}`, 'actions: read', async () => {
            const route = 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}';
            const parameters = { ...repo, run_id: runId, attempt_number: attempt, exclude_pull_requests: true };
            return (await client.request(route, parameters)).data;
        }),
        listJobs: (attempt) => call(`the jobs of run ${target.runId} attempt ${attempt}`, 'actions: read', () => list('GET /repos/{owner}/{repo}/actions/runs/{run_id}/attempts/{attempt_number}/jobs', {
            run_id: target.runId,
            attempt_number: attempt,
        })),
        listCheckRuns: (sha) => call(`the check runs of ${sha}`, 'checks: read', () => list('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', { ref: sha, filter: 'all' })),
        listStatuses: (sha) => call(`the commit statuses of ${sha}`, 'statuses: read', () => list('GET /repos/{owner}/{repo}/commits/{ref}/statuses', { ref: sha })),
        listWorkflowRuns: (sha) => call(`the workflow runs of ${sha}`, 'actions: read', () => list('GET /repos/{owner}/{repo}/actions/runs', {
            head_sha: sha,
            exclude_pull_requests: true,
        })),
    };
}
/** GitHub's own words for a failed request: the body's message, else the error's. */
function serverMessage(error) {
    const data = error.response?.data;
    const message = data?.message;
    if (typeof message === 'string')
        return message;
    // Octokit appends " - <documentation URL>" to the message; the URL adds nothing to a one-line error.
    return error instanceof Error ? error.message.replace(/ - https?:\/\/\S*$/, '') : String(error);
}
/** One line for a failed API call, with the fix; transient when trying again later may help. */
function apiError(error, what, permission) {
    if (error instanceof GateApiError)
        return error;
    const status = error.status;
    const message = serverMessage(error);
    if (status === 401) {
        return new GateApiError(`GitHub refused github-token reading ${what} (401 ${message}): pass a valid token, or leave github-token unset to use the run's GITHUB_TOKEN.`, false);
    }
    if ((status === 403 || status === 429) && /rate limit/i.test(message)) {
        return new GateApiError(`GitHub's rate limit stopped reading ${what} (${status} ${message})`, true);
    }
    if (status === 403) {
        return new GateApiError(`GitHub denied reading ${what} (403 ${message}): give the gate job \`permissions: ${permission}\`, or a github-token that has it.`, false);
    }
    if (status === 404) {
        return new GateApiError(`GitHub has no ${what} (404 ${message}): the token must be able to read this repository, and GITHUB_REPOSITORY, GITHUB_RUN_ID and GITHUB_RUN_ATTEMPT must be this run's.`, false);
    }
    if (typeof status === 'number' && status < 500) {
        return new GateApiError(`GitHub refused reading ${what} (${status} ${message}).`, false);
    }
    const code = typeof status === 'number' ? `${status} ` : '';
    return new GateApiError(`Reading ${what} failed (${code}${message})`, true);
}

;// CONCATENATED MODULE: ./actions/gate-all-jobs/src/client.ts


const MAX_RATE_LIMIT_RETRIES = 5;
/** Whether to wait as GitHub asks: only a few times per request, and never past the gate's own deadline. */
function shouldWait(notice, deadline, now = Date.now()) {
    return notice.retries < MAX_RATE_LIMIT_RETRIES && now + notice.retryAfterSeconds * 1000 < deadline;
}
function rateLimitLine(notice, waiting) {
    const what = notice.kind === 'secondary' ? "GitHub's secondary rate limit" : "GitHub's hourly rate limit";
    const request = `${notice.method} ${new URL(notice.url, 'https://api.github.com').pathname}`;
    return waiting
        ? `${what} on ${request}: waiting ${notice.retryAfterSeconds} s, as GitHub asks`
        : `${what} on ${request}: GitHub asks for ${notice.retryAfterSeconds} s, more than the gate has left (or tried too often); giving up on this request`;
}
/** The gate's view of GitHub's API for this run, through @actions/github with retries and rate limits honoured. */
async function gateApi(github, deadline) {
    const client = await createGithubClient({
        token: github.token,
        baseUrl: github.apiUrl,
        userAgent: 'release-actions/gate-all-jobs',
        onRateLimit: (notice) => {
            const waiting = shouldWait(notice, deadline);
            info(rateLimitLine(notice, waiting));
            return waiting;
        },
    });
    return githubGateApi(client, github.target);
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

;// CONCATENATED MODULE: ./packages/job-gate/names.ts

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
        throw new GateInputError(`Input ${input} starts with [ but is not a JSON list: write ["a", "b"], or a, b without brackets.`);
    }
    if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
        throw new GateInputError(`Input ${input} must be a JSON list of names (strings), like ["a", "b"].`);
    }
    return value.map((name) => name.trim()).filter((name) => name !== '');
}

;// CONCATENATED MODULE: ./packages/job-gate/results.ts
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

;// CONCATENATED MODULE: ./packages/job-gate/needs.ts


const HOW = "pass `jobs: ${{ toJSON(needs) }}` and list the guarded jobs under the gate job's `needs:`";
/** The entries of `${{ toJSON(needs) }}`: one per job the gate job needs, with its result. */
function parseNeeds(text, input = 'jobs') {
    if (text.trim() === '')
        throw new GateInputError(`Input ${input} is empty: ${HOW}.`);
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new GateInputError(`Input ${input} is not JSON (${reason}): ${HOW}.`);
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        const kind = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value;
        throw new GateInputError(`Input ${input} must be an object of jobs, got ${kind}: ${HOW}.`);
    }
    const entries = Object.entries(value).map(([name, job]) => ({
        name,
        result: resultOf(name, job, input),
    }));
    if (entries.length === 0)
        throw new GateInputError(`Input ${input} is {}: the gate job has no \`needs:\`, so it guards nothing; ${HOW}.`);
    return entries;
}
function resultOf(name, job, input) {
    const result = job?.result;
    if (typeof result === 'string' && RESULTS.includes(result))
        return result;
    const got = typeof result === 'string' ? JSON.stringify(result) : 'no result';
    throw new GateInputError(`Input ${input}: job ${JSON.stringify(name)} has ${got}, expected one of ${RESULTS.join(', ')}: ${HOW}.`);
}

;// CONCATENATED MODULE: ./actions/gate-all-jobs/src/inputs.ts


const MAX_WAIT_SECONDS = 6 * 3600; // a job's own limit on GitHub-hosted runners
/** Reads and checks every input; the errors name the input and the fix. */
function readSettings() {
    // First of all, so that nothing printed from here on can show it.
    const token = getInput('github-token');
    secrets_registerSecret(token);
    const jobsText = getInput('jobs');
    const waitFor = parseNameList(getInput('wait-for'), 'wait-for');
    if (jobsText === '' && waitFor.length === 0) {
        throw new InputError('Nothing to guard: set jobs to ${{ toJSON(needs) }} (with the guarded jobs under needs:), or wait-for to the jobs, checks or statuses to wait for.');
    }
    if (waitFor.length > 0 && waitFor.every((pattern) => pattern.startsWith('!'))) {
        throw new InputError('Input wait-for has only !patterns, which leave things out but pick nothing: add what to wait for, such as * or build *.');
    }
    const pollSeconds = getIntegerInput('poll-interval', 10, { min: 1, max: 3600 });
    const gate = {
        needs: jobsText === '' ? null : parseNeeds(jobsText, 'jobs'),
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
    const list = (field) => parseNameList(getInput(ALLOW_LIST_INPUTS[field]), ALLOW_LIST_INPUTS[field]);
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
            info(`${mark(verdict)} ${item.name}: ${verdict.why}`);
    }
}
const progress_listed = (names, limit = 8) => names.length > limit
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
        reds.length ? `${reds.length} red (${progress_listed(reds)})` : '',
        evaluation.pending.length
            ? `${evaluation.pending.length} unfinished (${progress_listed(evaluation.pending.map((i) => i.name))})`
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
                info(`Commit ${event.run.sha}, workflow ${JSON.stringify(event.run.workflow)}, attempt ${event.run.attempt}`);
                break;
            case 'look':
                info(lookLine(event.round, event.evaluation));
                if (!event.selfFound && !warnedSelf) {
                    warnedSelf = true;
                    warning("The gate could not tell its own job among this run's jobs (by RUNNER_NAME, or a job named as GITHUB_JOB); if a wait-for pattern matches it, the gate waits for itself until the timeout. Narrow wait-for, or add !<gate job name>.");
                }
                break;
            case 'retrying':
                info(`${event.message}; the next look tries again`);
                break;
            case 'waiting':
                info(`  next look in ${Math.round(event.ms / 100) / 10} s`);
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
    const { gate } = settings;
    const deadline = Date.now() + gate.timeoutMs;
    const api = settings.github ? await gateApi(settings.github, deadline) : null;
    const title = gate.waitFor.length
        ? `Waiting for ${gate.waitFor.join(', ')}${gate.needs ? ' (and the needed jobs)' : ''}`
        : 'Judging the needed jobs';
    const outcome = await group(title, () => runGate(gate, api, realClock, logProgress()));
    await group('Verdicts', () => {
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
    info(report.summary);
}

;// CONCATENATED MODULE: ./actions/gate-all-jobs/src/index.ts


void runAction(main);

