import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
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

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
;// CONCATENATED MODULE: ./packages/git-version/git.ts
/** Running git: argument arrays through spawn, never a shell, with an environment that cannot redirect it. */


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
/** The real git, found on PATH (or `executable`), run without a shell. */
function createGit(options = {}) {
    const executable = options.executable ?? 'git';
    const env = gitEnvironment(options.env ?? process.env);
    return {
        run(args, { cwd, input }) {
            return new Promise((resolve, reject) => {
                const child = (0,external_node_child_process_namespaceObject.spawn)(executable, args, {
                    cwd,
                    env,
                    stdio: [input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
                });
                const out = [];
                const err = [];
                child.stdout?.on('data', (chunk) => out.push(chunk));
                child.stderr?.on('data', (chunk) => err.push(chunk));
                child.on('error', (error) => {
                    if (error.code === 'ENOENT') {
                        reject(new VersionError(`${executable} was not found on PATH (cwd ${cwd}); install git on the runner`));
                    }
                    else {
                        reject(error);
                    }
                });
                child.on('close', (code, signal) => {
                    resolve({
                        code: code ?? (signal ? 128 : 1),
                        stdout: Buffer.concat(out).toString('utf8'),
                        stderr: Buffer.concat(err).toString('utf8'),
                    });
                });
                if (input !== undefined && child.stdin) {
                    child.stdin.on('error', () => undefined); // git may exit before reading all of it; the exit code tells
                    child.stdin.end(input);
                }
            });
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

;// CONCATENATED MODULE: ./packages/git-version/describe.ts
/** `git describe` as setuptools_scm 7.1 runs it, and reading its `--long` output. */
/** setuptools_scm's describe command (`--dirty --tags --long --match`), plus `--exclude` for tags we skip. */
function describeArgs(match, exclude = []) {
    const args = ['describe', '--dirty', '--tags', '--long', `--match=${match}`];
    for (const pattern of exclude)
        args.push(`--exclude=${pattern}`);
    return args;
}
/** Parses `<tag>-<distance>-g<sha>[-dirty]` the way setuptools_scm does (split from the right); null otherwise. */
function parseDescribe(output) {
    let text = output.trim();
    const dirty = text.endsWith('-dirty');
    if (dirty)
        text = text.slice(0, -'-dirty'.length);
    const match = /^(.+)-([0-9]+)-g([0-9a-f]+)$/s.exec(text);
    if (!match)
        return null;
    return { tag: match[1] ?? '', distance: Number(match[2]), abbrev: match[3] ?? '', dirty };
}

;// CONCATENATED MODULE: ./packages/git-version/tag-pattern.ts
/** Which tags are version tags, and the version inside a tag name (setuptools_scm 7.1's `tag_regex` rules). */

// setuptools_scm's DEFAULT_TAG_REGEX, with Python's Unicode `\w` and `\d` spelled out for JavaScript:
// an optional `word-` prefix, the version (optional v, one to three dotted numbers, any suffix without '+'),
// and a '+local' tail that is dropped.
const VERSION_PART = String.raw `(?<version>[vV]?\p{Nd}+(?:\.\p{Nd}+){0,2}[^+]*)(?:\+.*)?$`;
const DEFAULT_PREFIX = String.raw `(?:[\p{L}\p{N}_-]+-)?`;
/** The tag pattern for a prefix: null means setuptools_scm's default regex (any `word-` prefix, optional v). */
function tagPattern(prefix) {
    if (prefix === null || prefix === '') {
        return {
            prefix: null,
            regex: new RegExp(`^${DEFAULT_PREFIX}${VERSION_PART}`, 'du'),
            describeMatch: '*[0-9]*',
        };
    }
    return {
        prefix,
        regex: new RegExp(`^${escapeRegex(prefix)}${VERSION_PART}`, 'du'),
        describeMatch: `${escapeGlob(prefix)}*[0-9]*`,
    };
}
/** The version part of a tag or branch segment by the pattern's regex (no PEP 440 check), as setuptools_scm's `_parse_version_tag`. */
function matchVersionPart(name, pattern) {
    const match = pattern.regex.exec(name);
    const version = match?.groups?.version;
    return version ? version : null;
}
/** The version a tag carries, or null when the tag does not match the pattern at all. */
function versionFromTag(tag, pattern) {
    const match = pattern.regex.exec(tag);
    const raw = match?.groups?.version;
    const end = match?.indices?.groups?.version?.[1];
    if (!raw || end === undefined)
        return null;
    return { raw, version: normalizeVersion(raw), dropped: tag.slice(end + 1) };
}
/** True when `tag` matches `git describe --match <glob>` for this pattern (so describe could pick it). */
function describeCouldPick(tag, pattern) {
    return ((pattern.prefix === null || tag.startsWith(pattern.prefix)) &&
        /[0-9]/.test(tag.slice(pattern.prefix?.length ?? 0)));
}
/** Escapes a literal for git's wildmatch (used by `describe --match/--exclude`). */
function escapeGlob(text) {
    return text.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
}
/** Escapes a literal for a JavaScript regular expression. */
function escapeRegex(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/]/g, (c) => `\\${c}`);
}

;// CONCATENATED MODULE: ./packages/git-version/nearest-tag.ts
/** Finding the tag a version builds on: setuptools_scm's `git describe`, minus tags we must not use. */


/** Runs describe with setuptools_scm's arguments. */
function runDescribe(git, cwd, pattern, exclude = []) {
    return git.run(describeArgs(pattern.describeMatch, exclude), { cwd });
}
/**
 * The nearest usable tag. Starts from `first` (a describe already running) and describes again, with `--exclude`,
 * only when the answer is a tag that is not a PEP 440 version or, for dev builds, a tag on HEAD.
 */
async function findNearestTag(query, first) {
    const { git, cwd, pattern } = query;
    const excluded = new Set();
    const skipped = [];
    const headTags = [];
    let result = await (first ?? runDescribe(git, cwd, pattern));
    for (;;) {
        const described = result.code === 0 ? parseDescribe(result.stdout) : null;
        if (described === null)
            return { nearest: null, skipped, headTags };
        const version = versionFromTag(described.tag, pattern)?.version ?? null;
        const onHead = query.ignoreHeadTags && described.distance === 0;
        if (version !== null && !onHead) {
            return { nearest: { ...described, version }, skipped, headTags };
        }
        const before = excluded.size;
        for (const tag of await query.tags()) {
            if (excluded.has(tag.name) || !describeCouldPick(tag.name, pattern))
                continue;
            const valid = versionFromTag(tag.name, pattern)?.version != null;
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
        result = await runDescribe(git, cwd, pattern, [...excluded].map(escapeGlob));
    }
}

;// CONCATENATED MODULE: ./packages/git-version/schemes.ts
/** setuptools_scm 7.1's version schemes, rule for rule, on the normalized version of the nearest tag. */

/** The version schemes, for validating inputs. */
const VERSION_SCHEMES = [
    'guess-next-dev',
    'no-guess-dev',
    'post-release',
    'release-branch-semver',
];
/** The version a scheme gives, unnormalized exactly as setuptools_scm formats it; throws VersionError where it raises. */
function applyVersionScheme(scheme, input) {
    if (input.exact) {
        return input.tag;
    }
    switch (scheme) {
        case 'guess-next-dev':
            return `${guessNextVersion(input.tag)}.dev${input.number}`;
        case 'no-guess-dev':
            return `${dontGuessNextVersion(input.tag)}.dev${input.number}`;
        case 'post-release':
            return `${input.tag}.post${input.number}`;
        case 'release-branch-semver':
            return releaseBranchSemver(input);
    }
}
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
/** setuptools_scm's guess_next_simple_semver: keep `retain` numeric parts, bump the last, pad to three. */
function guessNextSimpleSemver(tag, retain, increment = true) {
    const parts = tag
        .split('.')
        .slice(0, retain)
        .map((part) => {
        if (!/^[0-9]+$/.test(part)) {
            throw new VersionError(`nearest tag's version ${tag} cannot be read as a numeric semver version by scheme release-branch-semver; tag a release like 1.2.0 or choose another version scheme`);
        }
        return BigInt(part);
    });
    while (parts.length < retain)
        parts.push(0n);
    if (increment)
        parts[parts.length - 1] = (parts[parts.length - 1] ?? 0n) + 1n;
    while (parts.length < 3)
        parts.push(0n);
    return parts.join('.');
}
function releaseBranchSemver(input) {
    if (input.branch !== null) {
        const segment = input.branch.split('/').pop() ?? '';
        let branchVersion = input.branchVersion(segment);
        if (branchVersion !== null) {
            if (branchVersion.startsWith('v'))
                branchVersion = branchVersion.slice(1);
            // A maintenance branch (release-1.2, 1.2.x) whose major.minor matches the tag: next is a patch/rc bump.
            const tagMinor = input.tag.split('.').slice(0, 2);
            const branchMinor = branchVersion.split('.').slice(0, 2);
            if (tagMinor.length === branchMinor.length && tagMinor.every((part, i) => part === branchMinor[i])) {
                return `${guessNextVersion(input.tag)}.dev${input.number}`;
            }
        }
    }
    return `${guessNextSimpleSemver(input.tag, 2)}.dev${input.number}`;
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

;// CONCATENATED MODULE: external "node:fs/promises"
const promises_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");
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
        if (!plan.countWithoutTags || boundary.length === 0)
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

;// CONCATENATED MODULE: ./packages/git-version/work-tree.ts
/** Small questions about the work tree and its history. */


/** `git rev-list --count HEAD`. */
async function countCommits(git, cwd) {
    const result = await git.run(['rev-list', '--count', 'HEAD'], { cwd });
    if (result.code !== 0)
        throw new VersionError(`counting commits in ${cwd} failed: ${firstLine(result.stderr)}`);
    return Number(result.stdout.trim());
}
// setuptools_scm's test when describe has nothing: tracked changes only, untracked files do not count.
async function isDirty(git, cwd) {
    const result = await git.run(['status', '--porcelain', '--untracked-files=no'], { cwd });
    return result.code === 0 && result.stdout.trim() !== '';
}

;// CONCATENATED MODULE: ./packages/git-version/history-build.ts
/** Dev builds (and release mode without a tag ref): setuptools_scm's describe, schemes and fallbacks. */








// Dev builds (and release mode without a tag ref): setuptools_scm's describe, schemes and fallbacks.
/** The decision from history; `describeRun` is the describe computeVersion already started. */
async function fromHistory(options, git, head, pattern, isRelease, describeRun, notes) {
    const cwd = options.cwd;
    let tagList = null;
    const query = {
        git,
        cwd,
        pattern,
        head: head.commit,
        ignoreHeadTags: !isRelease,
        tags: () => (tagList ??= listLocalTags(git, cwd)),
    };
    let outcome = await findNearestTag(query, describeRun);
    if (head.shallow && head.commit !== null && !(await coversNearest(git, cwd, head, outcome))) {
        outcome = await completeShallowClone(options, git, head, pattern, isRelease, outcome, query, () => (tagList = null), notes);
    }
    if (outcome.skipped.length > 0) {
        notes.push(`ignored tags that are not PEP 440 versions (setuptools_scm would fail on them): ${outcome.skipped.join(', ')}`);
    }
    if (outcome.headTags.length > 0) {
        notes.push(`HEAD carries ${outcome.headTags.join(', ')}; a branch build ignores tags on HEAD and stays a dev version`);
    }
    const nearest = outcome.nearest;
    if (isRelease) {
        if (nearest === null || nearest.distance !== 0) {
            const where = nearest === null
                ? 'no version tag is reachable'
                : `the nearest version tag ${nearest.tag} is ${nearest.distance} commit(s) back`;
            throw new VersionError(`mode is release but HEAD ${(head.commit ?? 'unborn').slice(0, 12)} carries no version tag (${where}); tag HEAD or use mode auto`);
        }
        if (nearest.dirty)
            notes.push(`the work tree has changes to tracked files; the release still carries the tag's version ${nearest.version}`);
        notes.push(`release build of tag ${nearest.tag}: version ${nearest.version}`);
        return {
            version: nearest.version,
            tag: nearest.tag,
            distance: 0,
            dirty: nearest.dirty,
            node: null,
            isRelease: true,
            headTags: [],
        };
    }
    if (nearest !== null) {
        const number = options.devNumber === 'run-number' ? (options.runNumber ?? 0) : nearest.distance;
        const raw = applyVersionScheme(options.scheme, {
            tag: nearest.version,
            exact: nearest.distance === 0 && !nearest.dirty,
            number,
            branch: head.branch,
            branchVersion: (segment) => matchVersionPart(segment, pattern),
        });
        const version = checkSchemeResult(raw, options.scheme, nearest.tag);
        notes.push(`${nearest.distance} commit(s) since tag ${nearest.tag}: version ${version} (scheme ${options.scheme}${runNumberNote(options)})`);
        return {
            version,
            tag: nearest.tag,
            distance: nearest.distance,
            dirty: nearest.dirty,
            node: nearest.abbrev,
            isRelease: false,
            headTags: outcome.headTags,
        };
    }
    // No version tag at all: setuptools_scm's "0.0" with every commit counted, or the fallback.
    const [count, dirty] = await Promise.all([
        head.commit === null || options.fallbackVersion !== null ? Promise.resolve(0) : countCommits(git, cwd),
        isDirty(git, cwd),
    ]);
    const node = head.commit === null ? null : head.commit.slice(0, 7);
    if (options.fallbackVersion !== null) {
        const version = normalizeVersion(options.fallbackVersion) ?? options.fallbackVersion;
        notes.push(`no version tag is reachable from HEAD: using fallback-version ${version}`);
        return { version, tag: null, distance: 0, dirty, node, isRelease: false, headTags: outcome.headTags };
    }
    const number = options.devNumber === 'run-number' ? (options.runNumber ?? 0) : count;
    const raw = applyVersionScheme(options.scheme, {
        tag: '0.0',
        exact: false,
        number,
        branch: head.branch,
        branchVersion: (s) => matchVersionPart(s, pattern),
    });
    const version = checkSchemeResult(raw, options.scheme, null);
    notes.push(`no version tag is reachable from HEAD: version ${version} from ${count} commit(s), as setuptools_scm (set fallback-version to choose another)`);
    return { version, tag: null, distance: count, dirty, node, isRelease: false, headTags: outcome.headTags };
}
function runNumberNote(options) {
    return options.devNumber === 'run-number'
        ? `, run number ${options.runNumber} in place of the distance`
        : '';
}
function checkSchemeResult(raw, scheme, tag) {
    const version = normalizeVersion(raw);
    if (version === null) {
        throw new VersionError(`version scheme ${scheme} turns tag ${tag ?? '(none)'} into '${raw}', which is not a PEP 440 version; choose another scheme or tag a new release`);
    }
    return version;
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
async function completeShallowClone(options, git, head, pattern, isRelease, outcome, query, forgetTags, notes) {
    if (options.fetch === 'never') {
        const what = outcome.nearest === null
            ? 'has no version tag in it'
            : `may not reach the nearest version tag (found ${outcome.nearest.tag})`;
        throw new VersionError(`the checkout at ${options.cwd} is a shallow clone that ${what}; give actions/checkout \`fetch-depth: 0\` or set fetch: auto`);
    }
    let current = outcome;
    const report = await deepenShallowHistory({
        git,
        cwd: options.cwd,
        shallowFile: head.shallowFile,
        wanted: (tag) => versionFromTag(tag.name, pattern)?.version != null && (isRelease || tag.commit !== head.commit),
        settled: async () => {
            forgetTags();
            current = await findNearestTag(query);
            return coversNearest(git, options.cwd, head, current);
        },
        tagsChanged: forgetTags,
        countWithoutTags: options.fallbackVersion === null,
        notes,
    });
    // Tags on HEAD that only the remote has (pushed after the shallow checkout or never fetched) still mean
    // "the tag's own build publishes this commit".
    if (!isRelease && head.commit !== null) {
        for (const tag of report.remoteTags) {
            const valid = versionFromTag(tag.name, pattern)?.version != null;
            if (valid && tag.commit === head.commit && !current.headTags.includes(tag.name))
                current.headTags.push(tag.name);
        }
    }
    return current;
}

;// CONCATENATED MODULE: ./packages/git-version/options.ts
/** What computeVersion reads and returns, and the checks on what it reads. */



/** Throws a VersionError naming the input when an option is out of range. */
function validateOptions(options) {
    if (!['auto', 'release', 'dev'].includes(options.mode)) {
        throw new VersionError(`input mode is '${options.mode}'; use auto, release or dev`);
    }
    if (!VERSION_SCHEMES.includes(options.scheme)) {
        throw new VersionError(`input scheme is '${options.scheme}'; use one of ${VERSION_SCHEMES.join(', ')}`);
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

;// CONCATENATED MODULE: ./packages/git-version/pyproject.ts
/** The few facts about pyproject.toml a version decision needs: `[project]` name, version and `dynamic`. */




/** Reads `<dir>/pyproject.toml`; null when there is none. Throws VersionError on invalid TOML or field types. */
async function readProjectFacts(dir) {
    const path = (0,external_node_path_namespaceObject.join)(dir, 'pyproject.toml');
    let text;
    try {
        text = await (0,promises_namespaceObject.readFile)(path, 'utf8');
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return null;
        throw new VersionError(`${path}: cannot read it (${error.message}); check the working-directory input`);
    }
    return projectFactsFromToml(text, path);
}
/** The facts from pyproject.toml's text; `path` only names the file in errors. */
function projectFactsFromToml(text, path) {
    let document;
    try {
        document = parse(text);
    }
    catch (error) {
        const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
        const reason = error.message.split('\n')[0] ?? '';
        throw new VersionError(`${path}: invalid TOML${where} (${reason}); fix the file`);
    }
    const project = document.project;
    if (project === undefined)
        return { path, name: null, version: null, dynamicVersion: false };
    if (!isTable(project))
        throw new VersionError(`${path}: [project] must be a table; fix the file`);
    const name = optionalString(project.name, 'name', path);
    const version = optionalString(project.version, 'version', path);
    const dynamic = project.dynamic;
    if (dynamic !== undefined &&
        !(Array.isArray(dynamic) && dynamic.every((item) => typeof item === 'string'))) {
        throw new VersionError(`${path}: [project].dynamic must be a list of strings; fix the file`);
    }
    return { path, name, version, dynamicVersion: Array.isArray(dynamic) && dynamic.includes('version') };
}
function optionalString(value, field, path) {
    if (value === undefined)
        return null;
    if (typeof value !== 'string')
        throw new VersionError(`${path}: [project].${field} must be a string; fix the file`);
    return value;
}
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

;// CONCATENATED MODULE: ./packages/git-version/release-build.ts




// A tag build: the version is the pushed tag's, and that tag must name HEAD.
/** The decision for a build of tag `tag` (from GITHUB_REF); throws VersionError when the tag cannot be released. */
async function releaseFromTagRef(options, git, head, pattern, tag, tagRun, statusRun, notes) {
    const parsed = versionFromTag(tag, pattern);
    if (parsed === null || parsed.version === null) {
        const expected = pattern.prefix === null ? 'an optional prefix such as v' : `the prefix ${pattern.prefix}`;
        throw new VersionError(`tag '${tag}' (GITHUB_REF ${options.event.ref}) is not ${expected} followed by a PEP 440 version; push a tag like ${pattern.prefix ?? 'v'}1.2.3 or set the tag-prefix input`);
    }
    let commit = (await tagRun)?.[0]?.commit ?? null;
    if (commit === null && options.fetch === 'auto' && head.commit !== null) {
        const ref = `refs/tags/${tag}`;
        const remote = await pickRemote(git, options.cwd);
        const fetched = await git.run(['fetch', '--no-tags', '--quiet', '--no-auto-gc', remote, `+${ref}:${ref}`], { cwd: options.cwd });
        if (fetched.code === 0) {
            notes.push(`fetched tag ${tag}, which the checkout did not have`);
            commit = (await listLocalTags(git, options.cwd, tag))[0]?.commit ?? null;
        }
    }
    if (commit === null) {
        throw new VersionError(`tag '${tag}' (GITHUB_REF ${options.event.ref}) is not in the checkout at ${options.cwd}; check out the tag with actions/checkout`);
    }
    if (commit !== head.commit) {
        throw new VersionError(`tag '${tag}' points at ${commit.slice(0, 12)} but HEAD is ${(head.commit ?? 'unborn').slice(0, 12)}; check out the tag (actions/checkout ref: ${options.event.ref}) or move the tag to the built commit`);
    }
    const dirty = (await statusRun) ?? false;
    if (parsed.dropped !== '')
        notes.push(`tag ${tag}: dropped '+${parsed.dropped}' (a local version part), as setuptools_scm does`);
    if (dirty)
        notes.push(`the work tree has changes to tracked files; the release still carries the tag's version ${parsed.version}`);
    notes.push(`release build of tag ${tag}: version ${parsed.version}`);
    return { version: parsed.version, tag, distance: 0, dirty, node: null, isRelease: true, headTags: [] };
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

;// CONCATENATED MODULE: ./packages/pep440/kinds.ts
/** What kind of release a version is, with packaging's definitions. */

/** packaging's is_prerelease: true for pre-releases and for dev releases (1.0.dev1 is a pre-release). */
function isPrerelease(v) {
    const { pre, dev } = parse_toVersion(v);
    return pre !== null || dev !== null;
}
/** True when the version has a .devN segment. */
function isDevrelease(v) {
    return toVersion(v).dev !== null;
}
/** True when the version has a .postN segment (including the implicit form 1.0-1). */
function isPostrelease(v) {
    return toVersion(v).post !== null;
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

;// CONCATENATED MODULE: ./packages/git-version/local-version.ts
/** The display-only local version: setuptools_scm's `node-and-date` local scheme. */
/** `version` plus `+g<sha>` and `.d<YYYYMMDD>` when dirty, as setuptools_scm's node-and-date. */
function localVersion(version, input) {
    const date = `d${input.now.toISOString().slice(0, 10).replace(/-/g, '')}`;
    const parts = [];
    if (!input.exact && input.node !== null)
        parts.push(`g${input.node}`);
    if (input.dirty)
        parts.push(date);
    return parts.length === 0 ? version : `${version}+${parts.join('.')}`;
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
 * dev release unless HEAD carries a version tag (that tag's own build publishes it); anything else does not.
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
/** The result for `decision`, with everything derived from it. */
function present(options, decision, head, project, notes) {
    const distNames = options.distNames ?? (project?.name ? [project.name] : []);
    if (options.distNames === null && distNames.length === 0) {
        notes.push(`no [project].name in ${project?.path ?? `${options.cwd}/pyproject.toml`}: only SETUPTOOLS_SCM_PRETEND_VERSION is set`);
    }
    const { shouldPublish, publishReason } = publishDecision({
        eventName: options.event.name,
        ref: options.event.ref,
        isRelease: decision.isRelease,
        tag: decision.tag,
        headTags: decision.headTags,
        headRepoFork: options.event.headRepoFork,
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
            exact: decision.isRelease,
            node: decision.node,
            dirty: decision.dirty,
            now: options.now ?? new Date(),
        }),
        baseVersion: baseVersion(decision.version),
        tag: decision.tag,
        distance: decision.distance,
        commit: head?.commit ?? '',
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
        notes,
    };
}

;// CONCATENATED MODULE: ./packages/git-version/compute.ts
/** computeVersion: from a checkout and a GitHub event to the version a build must carry, and whether it publishes. */













/** Computes the version of the checkout in `options.cwd` for the build described by `options.event`. */
async function computeVersion(options) {
    validateOptions(options);
    const git = options.git ?? createGit();
    const pattern = tagPattern(options.tagPrefix);
    const notes = [];
    const tagRef = options.event.ref.startsWith('refs/tags/')
        ? options.event.ref.slice('refs/tags/'.length)
        : null;
    const isRelease = options.mode === 'release' || (options.mode === 'auto' && tagRef !== null);
    const releaseTag = isRelease ? tagRef : null;
    // Everything that depends on nothing else starts now; most runs need nothing more. The slowest process
    // (describe walks history) starts first: spawning from Node takes milliseconds each.
    const describeRun = releaseTag === null ? quiet(runDescribe(git, options.cwd, pattern)) : undefined;
    const tagRun = releaseTag !== null ? quiet(listLocalTags(git, options.cwd, releaseTag)) : undefined;
    const statusRun = releaseTag !== null ? quiet(isDirty(git, options.cwd)) : undefined;
    const headRun = quiet(readHead(git, options.cwd));
    const projectRun = quiet(readProjectFacts(options.cwd));
    const head = await headRun;
    const project = await projectRun;
    let decision;
    if (head === null) {
        decision = withoutRepository(options, notes);
    }
    else if (releaseTag !== null) {
        decision = await releaseFromTagRef(options, git, head, pattern, releaseTag, tagRun, statusRun, notes);
    }
    else {
        decision = await fromHistory(options, git, head, pattern, isRelease, describeRun, notes);
    }
    checkProjectVersion(project, decision, notes);
    if (head?.commit && options.event.sha && options.event.sha !== head.commit) {
        notes.push(`HEAD ${head.commit.slice(0, 12)} is not GITHUB_SHA ${options.event.sha.slice(0, 12)}: the version is for the checked-out commit`);
    }
    if (decision.dirty && !decision.isRelease) {
        notes.push('the work tree has changes to tracked files (untracked files do not count)');
    }
    return present(options, decision, head, project, notes);
}
// Starts a promise whose failure is read later: no unhandled rejection if an earlier await throws first.
function quiet(promise) {
    promise.catch(() => undefined);
    return promise;
}
function withoutRepository(options, notes) {
    if (options.fallbackVersion === null) {
        throw new VersionError(`${options.cwd} is not inside a git checkout; check out the repository with actions/checkout (fetch-depth: 0) or set fallback-version`);
    }
    const version = normalizeVersion(options.fallbackVersion) ?? options.fallbackVersion;
    notes.push(`${options.cwd} is not a git checkout: using fallback-version ${version}`);
    return { version, tag: null, distance: 0, dirty: false, node: null, isRelease: false, headTags: [] };
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
            scheme: getChoiceInput('scheme', ['guess-next-dev', 'no-guess-dev', 'post-release', 'release-branch-semver'], 'guess-next-dev'),
            tagPrefix: getInput('tag-prefix') || null,
            devNumber,
            ...(devNumber === 'run-number' ? { runNumber } : {}),
            fallbackVersion: getInput('fallback-version') || null,
            fetch: getChoiceInput('fetch', ['auto', 'never'], 'auto'),
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
function writeSummary(result, settings) {
    const { options } = settings;
    const rows = [
        ['version', result.version],
        ['tag', result.tag ?? '(none)'],
        ['distance', String(result.distance)],
        ['commit', result.commit.slice(0, 12) + (result.dirty ? ' (dirty)' : '')],
        ['mode', `${options.mode} (${result.isRelease ? 'release' : 'dev'} build, ${options.scheme})`],
        ['should publish', `${result.shouldPublish ? 'yes' : 'no'}: ${result.publishReason}`],
    ];
    const summary = new Summary().heading(`Version ${result.version}`).table(null, rows.map(([label, value]) => [{ html: `<b>${label}</b>` }, value]));
    if (settings.exportEnv && Object.keys(result.env).length > 0) {
        summary.paragraph(`Exported for later steps: ${Object.keys(result.env).join(', ')}`);
    }
    summary.list(result.notes).write();
}
/** compute-dev-version: one PEP 440 version per run, from git. */
async function main() {
    const settings = readSettings();
    const result = await group('Compute version from git', async () => {
        const computed = await computeVersion(settings.options);
        for (const note of computed.notes)
            info(note);
        info(`version ${computed.version} (${computed.localVersion}), should-publish ${computed.shouldPublish}: ${computed.publishReason}`);
        return computed;
    });
    writeOutputs(result);
    if (settings.exportEnv)
        for (const [name, value] of Object.entries(result.env))
            exportVariable(name, value);
    writeSummary(result, settings);
}

;// CONCATENATED MODULE: ./actions/compute-dev-version/src/index.ts


void runAction(main);

