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

;// CONCATENATED MODULE: ./packages/wheel-matrix/errors.ts
/** Why a plan cannot be made, in one line that names the file, setting or input to change. */
class PlanError extends Error {
    name = 'PlanError';
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/artifact-names.ts
/** Artifact names upload-artifact v4 accepts: not empty, none of `" : < > | * ? \r \n \ /`, and unique in a run. */

const FORBIDDEN = /[":<>|*?\r\n\\/]/;
/** The first character upload-artifact v4 refuses in `name`, or null. */
function forbiddenArtifactCharacter(name) {
    return FORBIDDEN.exec(name)?.[0] ?? null;
}
/** Throws a PlanError for a prefix that would make names upload-artifact refuses. */
function checkArtifactPrefix(prefix) {
    const bad = forbiddenArtifactCharacter(prefix);
    if (bad !== null) {
        throw new PlanError(`${JSON.stringify(prefix)} contains ${JSON.stringify(bad)}, which upload-artifact refuses in names (it refuses " : < > | * ? \\ / and line breaks)`);
    }
}
/** Throws when two planned artifacts share a name (upload-artifact v4 answers the second with 409). */
function checkUniqueArtifacts(names) {
    const seen = new Set();
    for (const name of names) {
        if (name === '' || forbiddenArtifactCharacter(name) !== null)
            throw new PlanError(`invalid artifact name ${JSON.stringify(name)}`);
        if (seen.has(name))
            throw new PlanError(`two jobs would upload artifact ${JSON.stringify(name)}`);
        seen.add(name);
    }
}

;// CONCATENATED MODULE: ./packages/dists/names.ts
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
function names_filenameProjectName(name) {
    return name.replace(/[-_.]+/g, '_').toLowerCase();
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/identifiers.ts
/** What a build identifier says: its interpreter (cp312, cp314t, pp310, gp312_250) and its architecture. */
const WINDOWS_ARCHS = {
    win32: 'x86',
    win_amd64: 'AMD64',
    win_arm64: 'ARM64',
};
const PLATFORM_PREFIXES = ['manylinux_', 'musllinux_', 'macosx_', 'pyodide_', 'ios_', 'android_'];
/** The interpreter part of an identifier: `cp312` in `cp312-manylinux_x86_64`. */
function interpreterOf(identifier) {
    return identifier.slice(0, identifier.indexOf('-'));
}
/** The platform part of an identifier: `manylinux_x86_64` in `cp312-manylinux_x86_64`. */
function platformTagOf(identifier) {
    return identifier.slice(identifier.indexOf('-') + 1);
}
/** The cibuildwheel architecture an identifier builds for (`AMD64` for `cp312-win_amd64`). */
function archOf(identifier) {
    const tag = platformTagOf(identifier);
    const windows = WINDOWS_ARCHS[tag];
    if (windows)
        return windows;
    for (const prefix of PLATFORM_PREFIXES)
        if (tag.startsWith(prefix))
            return tag.slice(prefix.length);
    return tag;
}
/** The Python minor version an identifier's interpreter implements: 12 for cp312, pp312 and gp312_250. */
function pythonMinorOf(identifier) {
    return Number(/^[a-z]+3(\d+)/.exec(identifier)?.[1] ?? NaN);
}
/** True for CPython identifiers, free-threaded ones included. */
function isCPython(identifier) {
    return identifier.startsWith('cp');
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/expected.ts
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
    return name === null ? null : names_filenameProjectName(name);
}
/**
 * True when `filename` matches a pattern of the contract: the distribution name (up to the first `-`) is
 * normalized as filenames spell it (lower case, runs of `-_.` as `_`), then `*` matches any run of
 * characters and every other character itself.
 */
function matchesExpectedPattern(pattern, filename) {
    const dash = filename.indexOf('-');
    const normalized = dash < 0 ? filename : filenameProjectName(filename.slice(0, dash)) + filename.slice(dash);
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

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/data.ts
/**
 * cibuildwheel 4.2.0's own tables, encoded as data: which build identifiers exist per platform and in
 * which order it builds them (its resources/build-platforms.toml), the architectures of each platform and
 * the names of its architecture enum (architecture.py), the enable groups (selector.py) and the option
 * names a config file may use (resources/defaults.toml, options.py). Source: pypa/cibuildwheel v4.2.0.
 * test/wheel-matrix/goldens/cibuildwheel-4.2.0.json holds the same tables as the oracle printed them.
 */
/** The platforms cibuildwheel builds for (its `--platform` values). */
const PLATFORMS = ['linux', 'macos', 'windows', 'pyodide', 'ios', 'android'];
/** Every build identifier cibuildwheel 4.2.0 knows, per platform, in the order it builds them. */
// prettier-ignore
const IDENTIFIERS = {
    linux: [
        'cp39-manylinux_x86_64', 'cp310-manylinux_x86_64', 'cp311-manylinux_x86_64', 'cp312-manylinux_x86_64',
        'cp313-manylinux_x86_64', 'cp314-manylinux_x86_64', 'cp314t-manylinux_x86_64', 'cp315-manylinux_x86_64',
        'cp315t-manylinux_x86_64', 'cp39-manylinux_i686', 'cp310-manylinux_i686', 'cp311-manylinux_i686',
        'cp312-manylinux_i686', 'cp313-manylinux_i686', 'cp314-manylinux_i686', 'cp314t-manylinux_i686',
        'cp315-manylinux_i686', 'cp315t-manylinux_i686', 'pp39-manylinux_x86_64', 'pp310-manylinux_x86_64',
        'pp311-manylinux_x86_64', 'gp312_250-manylinux_x86_64', 'cp39-manylinux_aarch64',
        'cp310-manylinux_aarch64', 'cp311-manylinux_aarch64', 'cp312-manylinux_aarch64',
        'cp313-manylinux_aarch64', 'cp314-manylinux_aarch64', 'cp314t-manylinux_aarch64',
        'cp315-manylinux_aarch64', 'cp315t-manylinux_aarch64', 'cp39-manylinux_ppc64le',
        'cp310-manylinux_ppc64le', 'cp311-manylinux_ppc64le', 'cp312-manylinux_ppc64le',
        'cp313-manylinux_ppc64le', 'cp314-manylinux_ppc64le', 'cp314t-manylinux_ppc64le',
        'cp315-manylinux_ppc64le', 'cp315t-manylinux_ppc64le', 'cp39-manylinux_s390x', 'cp310-manylinux_s390x',
        'cp311-manylinux_s390x', 'cp312-manylinux_s390x', 'cp313-manylinux_s390x', 'cp314-manylinux_s390x',
        'cp314t-manylinux_s390x', 'cp315-manylinux_s390x', 'cp315t-manylinux_s390x', 'cp39-manylinux_armv7l',
        'cp310-manylinux_armv7l', 'cp311-manylinux_armv7l', 'cp312-manylinux_armv7l', 'cp313-manylinux_armv7l',
        'cp314-manylinux_armv7l', 'cp314t-manylinux_armv7l', 'cp315-manylinux_armv7l', 'cp315t-manylinux_armv7l',
        'cp39-manylinux_riscv64', 'cp310-manylinux_riscv64', 'cp311-manylinux_riscv64', 'cp312-manylinux_riscv64',
        'cp313-manylinux_riscv64', 'cp314-manylinux_riscv64', 'cp314t-manylinux_riscv64',
        'cp315-manylinux_riscv64', 'cp315t-manylinux_riscv64', 'pp39-manylinux_aarch64',
        'pp310-manylinux_aarch64', 'pp311-manylinux_aarch64', 'gp312_250-manylinux_aarch64',
        'pp39-manylinux_i686', 'pp310-manylinux_i686', 'pp311-manylinux_i686', 'cp39-musllinux_x86_64',
        'cp310-musllinux_x86_64', 'cp311-musllinux_x86_64', 'cp312-musllinux_x86_64', 'cp313-musllinux_x86_64',
        'cp314-musllinux_x86_64', 'cp314t-musllinux_x86_64', 'cp315-musllinux_x86_64', 'cp315t-musllinux_x86_64',
        'cp39-musllinux_i686', 'cp310-musllinux_i686', 'cp311-musllinux_i686', 'cp312-musllinux_i686',
        'cp313-musllinux_i686', 'cp314-musllinux_i686', 'cp314t-musllinux_i686', 'cp315-musllinux_i686',
        'cp315t-musllinux_i686', 'cp39-musllinux_aarch64', 'cp310-musllinux_aarch64', 'cp311-musllinux_aarch64',
        'cp312-musllinux_aarch64', 'cp313-musllinux_aarch64', 'cp314-musllinux_aarch64',
        'cp314t-musllinux_aarch64', 'cp315-musllinux_aarch64', 'cp315t-musllinux_aarch64',
        'cp39-musllinux_ppc64le', 'cp310-musllinux_ppc64le', 'cp311-musllinux_ppc64le', 'cp312-musllinux_ppc64le',
        'cp313-musllinux_ppc64le', 'cp314-musllinux_ppc64le', 'cp314t-musllinux_ppc64le',
        'cp315-musllinux_ppc64le', 'cp315t-musllinux_ppc64le', 'cp39-musllinux_s390x', 'cp310-musllinux_s390x',
        'cp311-musllinux_s390x', 'cp312-musllinux_s390x', 'cp313-musllinux_s390x', 'cp314-musllinux_s390x',
        'cp314t-musllinux_s390x', 'cp315-musllinux_s390x', 'cp315t-musllinux_s390x', 'cp39-musllinux_armv7l',
        'cp310-musllinux_armv7l', 'cp311-musllinux_armv7l', 'cp312-musllinux_armv7l', 'cp313-musllinux_armv7l',
        'cp314-musllinux_armv7l', 'cp314t-musllinux_armv7l', 'cp315-musllinux_armv7l', 'cp315t-musllinux_armv7l',
        'cp39-musllinux_riscv64', 'cp310-musllinux_riscv64', 'cp311-musllinux_riscv64', 'cp312-musllinux_riscv64',
        'cp313-musllinux_riscv64', 'cp314-musllinux_riscv64', 'cp314t-musllinux_riscv64',
        'cp315-musllinux_riscv64', 'cp315t-musllinux_riscv64',
    ],
    macos: [
        'cp39-macosx_x86_64', 'cp39-macosx_arm64', 'cp39-macosx_universal2', 'cp310-macosx_x86_64',
        'cp310-macosx_arm64', 'cp310-macosx_universal2', 'cp311-macosx_x86_64', 'cp311-macosx_arm64',
        'cp311-macosx_universal2', 'cp312-macosx_x86_64', 'cp312-macosx_arm64', 'cp312-macosx_universal2',
        'cp313-macosx_x86_64', 'cp313-macosx_arm64', 'cp313-macosx_universal2', 'cp314-macosx_x86_64',
        'cp314-macosx_arm64', 'cp314-macosx_universal2', 'cp314t-macosx_x86_64', 'cp314t-macosx_arm64',
        'cp314t-macosx_universal2', 'cp315-macosx_x86_64', 'cp315-macosx_arm64', 'cp315-macosx_universal2',
        'cp315t-macosx_x86_64', 'cp315t-macosx_arm64', 'cp315t-macosx_universal2', 'pp39-macosx_x86_64',
        'pp39-macosx_arm64', 'pp310-macosx_x86_64', 'pp310-macosx_arm64', 'pp311-macosx_x86_64',
        'pp311-macosx_arm64', 'gp312_250-macosx_x86_64', 'gp312_250-macosx_arm64',
    ],
    windows: [
        'cp39-win32', 'cp39-win_amd64', 'cp310-win32', 'cp310-win_amd64', 'cp311-win32', 'cp311-win_amd64',
        'cp312-win32', 'cp312-win_amd64', 'cp313-win32', 'cp313-win_amd64', 'cp314-win32', 'cp314t-win32',
        'cp314-win_amd64', 'cp314t-win_amd64', 'cp315-win32', 'cp315t-win32', 'cp315-win_amd64',
        'cp315t-win_amd64', 'cp39-win_arm64', 'cp310-win_arm64', 'cp311-win_arm64', 'cp312-win_arm64',
        'cp313-win_arm64', 'cp314-win_arm64', 'cp314t-win_arm64', 'cp315-win_arm64', 'cp315t-win_arm64',
        'pp39-win_amd64', 'pp310-win_amd64', 'pp311-win_amd64', 'gp312_250-win_amd64',
    ],
    pyodide: [
        'cp312-pyodide_wasm32', 'cp313-pyodide_wasm32', 'cp314-pyodide_wasm32', 'cp315-pyodide_wasm32',
    ],
    ios: [
        'cp313-ios_arm64_iphoneos', 'cp313-ios_x86_64_iphonesimulator', 'cp313-ios_arm64_iphonesimulator',
        'cp314-ios_arm64_iphoneos', 'cp314-ios_x86_64_iphonesimulator', 'cp314-ios_arm64_iphonesimulator',
        'cp315-ios_arm64_iphoneos', 'cp315-ios_x86_64_iphonesimulator', 'cp315-ios_arm64_iphonesimulator',
    ],
    android: [
        'cp313-android_arm64_v8a', 'cp313-android_x86_64', 'cp314-android_arm64_v8a', 'cp314-android_x86_64',
        'cp315-android_arm64_v8a', 'cp315-android_x86_64',
    ],
};
/** The groups `enable` turns on; identifiers in them are off by default. */
const ENABLE_GROUPS = [
    'cpython-prerelease',
    'graalpy',
    'pypy',
    'pypy-eol',
    'pyodide-eol',
    'pyodide-prerelease',
];
/** Every value of cibuildwheel's Architecture enum, in its declaration order. */
const ARCHITECTURES = [
    'x86_64',
    'i686',
    'aarch64',
    'ppc64le',
    's390x',
    'armv7l',
    'riscv64',
    'universal2',
    'arm64',
    'x86',
    'AMD64',
    'ARM64',
    'wasm32',
    'arm64_v8a',
    'arm64_iphoneos',
    'arm64_iphonesimulator',
    'x86_64_iphonesimulator',
];
/** The architectures each platform can build (`Architecture.all_archs`), in enum order. */
const PLATFORM_ARCHS = {
    linux: ['x86_64', 'i686', 'aarch64', 'ppc64le', 's390x', 'armv7l', 'riscv64'],
    macos: ['x86_64', 'universal2', 'arm64'],
    windows: ['x86', 'AMD64', 'ARM64'],
    pyodide: ['wasm32'],
    ios: ['arm64_iphoneos', 'arm64_iphonesimulator', 'x86_64_iphonesimulator'],
    android: ['x86_64', 'arm64_v8a'],
};
/** How platforms name the same CPU (`ARCH_SYNONYMS`): linux x86_64 is macOS x86_64 and Windows AMD64. */
const ARCH_SYNONYMS = [
    { linux: 'x86_64', macos: 'x86_64', windows: 'AMD64', android: 'x86_64' },
    { linux: 'i686', macos: null, windows: 'x86' },
    { linux: 'aarch64', macos: 'arm64', windows: 'ARM64', android: 'arm64_v8a' },
];
/** Options `[tool.cibuildwheel]` and its platform tables accept (the keys of defaults.toml). */
// prettier-ignore
const OPTION_NAMES = new Set([
    'archs', 'audit-command', 'audit-requires', 'before-all', 'before-build', 'before-test', 'build',
    'build-frontend', 'build-verbosity', 'config-settings', 'container-engine', 'dependency-versions', 'enable',
    'environment', 'environment-pass', 'manylinux-aarch64-image', 'manylinux-armv7l-image',
    'manylinux-i686-image', 'manylinux-ppc64le-image', 'manylinux-pypy_aarch64-image',
    'manylinux-pypy_i686-image', 'manylinux-pypy_x86_64-image', 'manylinux-riscv64-image',
    'manylinux-s390x-image', 'manylinux-x86_64-image', 'musllinux-aarch64-image', 'musllinux-armv7l-image',
    'musllinux-i686-image', 'musllinux-ppc64le-image', 'musllinux-riscv64-image', 'musllinux-s390x-image',
    'musllinux-x86_64-image', 'pyodide-version', 'repair-wheel-command', 'skip', 'test-command',
    'test-environment', 'test-extras', 'test-groups', 'test-requires', 'test-runtime', 'test-skip',
    'test-sources', 'xbuild-files', 'xbuild-tools',
]);
const IMAGE_OPTIONS = [...OPTION_NAMES].filter((name) => /^(many|musl)linux-.*-image$/.test(name));
/** Options a platform table may not set (`DISALLOWED_OPTIONS`). */
const DISALLOWED_OPTIONS = {
    linux: ['dependency-versions'],
    macos: IMAGE_OPTIONS,
    windows: IMAGE_OPTIONS,
};

;// CONCATENATED MODULE: ./packages/wheel-matrix/jobs.ts
/**
 * Turning selected identifiers into jobs: one per target (as cibuildwheel runs), per target and Python, or
 * per identifier; regrouped coarser when there are more than max-jobs.
 */



/** From finest to coarsest. */
const GROUPINGS = ['identifier', 'python', 'platform'];
function wheelJob(target, identifiers, name, artifactName) {
    const archs = PLATFORM_ARCHS[target.platform].filter((arch) => identifiers.some((id) => target.platform === 'pyodide' || archOf(id) === arch));
    return {
        kind: 'wheels',
        name,
        artifactName,
        target,
        platform: target.platform,
        archs,
        builds: identifiers,
    };
}
function groupsBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const group = groups.get(key(item));
        if (group)
            group.push(item);
        else
            groups.set(key(item), [item]);
    }
    return groups;
}
/** The wheel jobs for `groupBy`, in target order then cibuildwheel's order. */
function wheelJobs(selections, groupBy, prefix) {
    return selections.flatMap(({ target, identifiers }) => {
        if (identifiers.length === 0)
            return [];
        if (groupBy === 'platform')
            return [wheelJob(target, identifiers, target.token, `${prefix}${target.token}`)];
        if (groupBy === 'identifier')
            return identifiers.map((id) => wheelJob(target, [id], id, `${prefix}${id}`));
        return [...groupsBy(identifiers, interpreterOf)].map(([python, ids]) => wheelJob(target, ids, `${target.token} ${python}`, `${prefix}${target.token}-${python}`));
    });
}
/** The jobs with the requested grouping, or the finest coarser one that fits max-jobs. */
function fitJobs(selections, requested, options) {
    const { maxJobs, otherJobs, prefix } = options;
    const wanted = wheelJobs(selections, requested, prefix);
    for (const groupBy of GROUPINGS.slice(GROUPINGS.indexOf(requested))) {
        const jobs = groupBy === requested ? wanted : wheelJobs(selections, groupBy, prefix);
        if (jobs.length + otherJobs <= maxJobs) {
            const note = groupBy === requested
                ? null
                : `group-by ${requested} makes ${wanted.length + otherJobs} jobs, more than max-jobs ${maxJobs}: grouped by ${groupBy} instead (${jobs.length + otherJobs} jobs)`;
            return { groupBy, jobs, note };
        }
    }
    const coarsest = wheelJobs(selections, 'platform', prefix).length + otherJobs;
    throw new PlanError(`the plan needs ${coarsest} jobs even grouped by platform, more than max-jobs ${maxJobs}: raise max-jobs (GitHub runs up to 256 per matrix) or plan fewer platforms`);
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

;// CONCATENATED MODULE: ./packages/wheel-matrix/project/setup-cfg.ts
/**
 * setup.cfg read the way Python's configparser reads it for cibuildwheel: `[section]` headers, `key = value`
 * or `key: value` (keys lower-cased), indented continuation lines, full-line `#`/`;` comments, `%(name)s`
 * interpolation. A file configparser rejects is an error here too.
 */
/** A setup.cfg configparser refuses, with the line. */
class SetupCfgError extends Error {
    name = 'SetupCfgError';
}
/** Parses setup.cfg text; throws SetupCfgError where configparser raises. */
function parseSetupCfg(text) {
    const sections = new Map([['DEFAULT', new Map()]]);
    const cursor = { section: null, sectionName: '', option: null, indent: Infinity };
    text.split(/\r\n|\r|\n/).forEach((line, index) => readLine(sections, cursor, line, index + 1));
    return sections;
}
function readLine(sections, cursor, line, lineNumber) {
    const stripped = line.trim();
    const comment = stripped.startsWith('#') || stripped.startsWith(';');
    if (stripped === '' || comment) {
        // Blank lines belong to a value being continued; comment lines are dropped.
        if (!comment && cursor.section && cursor.option)
            cursor.section.get(cursor.option)?.push('');
        return;
    }
    const indent = line.length - line.trimStart().length;
    if (cursor.section && cursor.option && indent > cursor.indent) {
        cursor.section.get(cursor.option)?.push(stripped);
        return;
    }
    cursor.indent = indent;
    const header = /^\[(.+)\]$/.exec(stripped);
    if (header) {
        openSection(sections, cursor, header[1], lineNumber);
        return;
    }
    if (!cursor.section)
        throw new SetupCfgError(`setup.cfg line ${lineNumber}: no [section] header before it`);
    const option = /^(.*?)\s*([=:])\s*(.*)$/.exec(stripped);
    if (!option || option[1] === '')
        throw new SetupCfgError(`setup.cfg line ${lineNumber}: not "key = value"`);
    const name = option[1].trimEnd().toLowerCase();
    if (cursor.section.has(name)) {
        throw new SetupCfgError(`setup.cfg line ${lineNumber}: ${name} is set twice in [${cursor.sectionName}]`);
    }
    cursor.section.set(name, [option[3].trim()]);
    cursor.option = name;
}
function openSection(sections, cursor, name, lineNumber) {
    if (sections.has(name) && name !== 'DEFAULT') {
        throw new SetupCfgError(`setup.cfg line ${lineNumber}: section [${name}] appears twice`);
    }
    if (!sections.has(name))
        sections.set(name, new Map());
    cursor.section = sections.get(name) ?? null;
    cursor.sectionName = name;
    cursor.option = null;
}
/** `config[section][option]` with configparser's defaults and interpolation; undefined when absent. */
function setupCfgOption(config, section, option) {
    const lines = config.get(section)?.get(option) ?? config.get('DEFAULT')?.get(option);
    if (!config.has(section) || lines === undefined)
        return undefined;
    return interpolate(config, section, lines.join('\n').trimEnd(), 1);
}
function interpolate(config, section, value, depth) {
    if (depth > 10)
        throw new SetupCfgError(`setup.cfg [${section}]: interpolation nested too deeply`);
    return value.replace(/%(%|\((\w+)\)s|.?)/g, (match, what, name) => {
        if (what === '%')
            return '%';
        if (name === undefined)
            throw new SetupCfgError(`setup.cfg [${section}]: '%' must be written '%%' (${match})`);
        const lines = config.get(section)?.get(name.toLowerCase()) ?? config.get('DEFAULT')?.get(name.toLowerCase());
        if (lines === undefined)
            throw new SetupCfgError(`setup.cfg [${section}]: %(${name})s names no option`);
        return interpolate(config, section, lines.join('\n').trimEnd(), depth + 1);
    });
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/project/setup-py.ts
/**
 * Reading a keyword argument of setup() from setup.py without running it, as cibuildwheel reads
 * python_requires (projectfiles.py): only a string literal passed to a call that is itself a statement at
 * the top of the module, or directly inside `if __name__ == "__main__":`, counts; the last one wins. A file
 * that does not tokenize (unclosed bracket or string) gives nothing, as Python's SyntaxError does there.
 */
const STRING_START = /^([rRbBuUfF]{0,2})('''|"""|'|")/;
const OPEN = '([{';
const CLOSE = ')]}';
const ASSIGNMENT = /^(=|[-+*/%&|^@]=|\/\/=|\*\*=|>>=|<<=)$/;
/** The value of `keyword=` in a top-level call statement of setup.py, or null (see the module comment). */
function setupPyKeyword(source, keyword) {
    const statements = logicalStatements(source);
    if (statements === null)
        return null;
    let found = null;
    let mainIndent = null;
    for (const statement of statements) {
        if (statement.indent === 0) {
            mainIndent = null;
            const body = mainBlockHead(statement.tokens);
            if (body !== null) {
                mainIndent = body.length > 0 ? null : -1;
                found = keywordOfCall(body, keyword) ?? found;
                continue;
            }
            found = keywordOfCall(statement.tokens, keyword) ?? found;
        }
        else if (mainIndent !== null) {
            if (mainIndent === -1)
                mainIndent = statement.indent;
            if (statement.indent === mainIndent)
                found = keywordOfCall(statement.tokens, keyword) ?? found;
        }
    }
    return found;
}
// `if __name__ == "__main__":` (either way round): the tokens after the colon, or null for other lines.
function mainBlockHead(tokens) {
    const [ifToken, left, op, right, colon] = tokens;
    if (ifToken?.text !== 'if' || op?.text !== '==' || colon?.text !== ':')
        return null;
    const isName = (t) => t?.kind === 'name' && t.text === '__name__';
    const isMain = (t) => t?.kind === 'string' && t.value === '__main__';
    if (!((isName(left) && isMain(right)) || (isMain(left) && isName(right))))
        return null;
    return tokens.slice(5);
}
// The statement must be a call (optionally assigned): `setup(...)`, `x = setuptools.setup(...)`.
function keywordOfCall(tokens, keyword) {
    let start = 0;
    let depth = 0;
    tokens.forEach((token, i) => {
        if (token.kind !== 'op')
            return;
        if (OPEN.includes(token.text))
            depth++;
        else if (CLOSE.includes(token.text))
            depth--;
        else if (depth === 0 && ASSIGNMENT.test(token.text))
            start = i + 1;
    });
    const expression = tokens.slice(start);
    if (expression.at(-1)?.text !== ')')
        return null;
    const args = finalCallArguments(expression);
    if (args === null)
        return null;
    let found = null;
    for (const arg of args) {
        const [name, equals, ...rest] = arg;
        if (name?.text !== keyword || equals?.text !== '=')
            continue;
        const value = withoutParentheses(rest);
        if (value.length > 0 && value.every((t) => t.kind === 'string' && typeof t.value === 'string')) {
            found = value.map((t) => t.value).join('');
        }
    }
    return found;
}
// `("a" "b")` is the same constant as `"a" "b"`.
function withoutParentheses(tokens) {
    let inner = tokens;
    while (inner[0]?.text === '(' && inner.at(-1)?.text === ')')
        inner = inner.slice(1, -1);
    return inner;
}
// The comma-separated arguments of the last bracket group, provided the expression is a plain primary
// (names, dots and bracket groups, no operators at the top), which is what makes the call the statement.
function finalCallArguments(expression) {
    let depth = 0;
    let lastOpen = -1;
    for (let i = 0; i < expression.length; i++) {
        const token = expression[i];
        if (token.kind === 'op' && OPEN.includes(token.text)) {
            if (depth === 0)
                lastOpen = i;
            depth++;
        }
        else if (token.kind === 'op' && CLOSE.includes(token.text)) {
            depth--;
        }
        else if (depth === 0 && !(token.kind === 'name' || token.text === '.')) {
            return null;
        }
        if (depth === 0 && ['await', 'not', 'lambda', 'yield'].includes(token.text))
            return null;
    }
    if (lastOpen <= 0 || expression[lastOpen]?.text !== '(')
        return null;
    const args = [[]];
    depth = 0;
    for (const token of expression.slice(lastOpen + 1, -1)) {
        if (token.kind === 'op' && OPEN.includes(token.text))
            depth++;
        if (token.kind === 'op' && CLOSE.includes(token.text))
            depth--;
        if (depth === 0 && token.text === ',')
            args.push([]);
        else
            args.at(-1)?.push(token);
    }
    return args;
}
/** Logical lines split at top-level semicolons, with their indentation; null when brackets or strings do not close. */
function logicalStatements(source) {
    const statements = [];
    let tokens = [];
    let indent = 0;
    let depth = 0;
    let atLineStart = true;
    let i = 0;
    const flush = () => {
        if (tokens.length > 0)
            statements.push({ indent, tokens });
        tokens = [];
    };
    while (i < source.length) {
        const ch = source[i];
        if (atLineStart) {
            const spaces = /^[ \t\f]*/.exec(source.slice(i))?.[0] ?? '';
            indent = spaces.replace(/\t/g, '        ').length;
            i += spaces.length;
            atLineStart = false;
            continue;
        }
        if (ch === '#') {
            while (i < source.length && source[i] !== '\n')
                i++;
        }
        else if (ch === '\\' && /^\\\r?\n/.test(source.slice(i, i + 3))) {
            i += source[i + 1] === '\r' ? 3 : 2;
        }
        else if (ch === '\n' || ch === '\r') {
            i++;
            if (depth === 0) {
                flush();
                atLineStart = true;
            }
        }
        else if (ch === ' ' || ch === '\t' || ch === '\f') {
            i++;
        }
        else if (ch === ';' && depth === 0) {
            flush();
            i++;
        }
        else {
            const token = readToken(source, i);
            if (token === null)
                return null;
            if (token.token.kind === 'op' && OPEN.includes(token.token.text))
                depth++;
            if (token.token.kind === 'op' && CLOSE.includes(token.token.text) && --depth < 0)
                return null;
            tokens.push(token.token);
            i = token.end;
        }
    }
    flush();
    return depth === 0 ? statements : null;
}
function readToken(source, at) {
    const rest = source.slice(at, at + 6);
    const string = STRING_START.exec(rest);
    if (string && (string[1] === '' || /^[a-z]/i.test(source[at]))) {
        const prefix = string[1].toLowerCase();
        return readString(source, at + prefix.length, prefix);
    }
    const name = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/.exec(source.slice(at, at + 200));
    if (name)
        return { token: { kind: 'name', text: name[0] }, end: at + name[0].length };
    const number = /^\d[\w.]*/.exec(source.slice(at, at + 100));
    if (number)
        return { token: { kind: 'other', text: number[0] }, end: at + number[0].length };
    const op = /^(\*\*=|\/\/=|>>=|<<=|->|:=|[-+*/%&|^@<>=!]=|\*\*|\/\/|<<|>>|\.\.\.|.)/s.exec(rest);
    const text = op?.[0] ?? source[at];
    return { token: { kind: 'op', text }, end: at + text.length };
}
function readString(source, quoteAt, prefix) {
    const quote = source.startsWith('"""', quoteAt) || source.startsWith("'''", quoteAt)
        ? source.slice(quoteAt, quoteAt + 3)
        : source[quoteAt];
    let i = quoteAt + quote.length;
    let raw = '';
    while (i < source.length) {
        if (source.startsWith(quote, i)) {
            const value = prefix.includes('f') || prefix.includes('b') ? null : prefix.includes('r') ? raw : setup_py_unescape(raw);
            return {
                token: { kind: 'string', text: source.slice(quoteAt - prefix.length, i + quote.length), value },
                end: i + quote.length,
            };
        }
        const ch = source[i];
        if (quote.length === 1 && ch === '\n')
            return null;
        if (ch === '\\' && i + 1 < source.length) {
            raw += ch + source[i + 1];
            i += 2;
        }
        else {
            raw += ch;
            i++;
        }
    }
    return null;
}
const SIMPLE_ESCAPES = {
    '\n': '',
    '\\': '\\',
    "'": "'",
    '"': '"',
    a: '\x07',
    b: '\b',
    f: '\f',
    n: '\n',
    r: '\r',
    t: '\t',
    v: '\v',
};
function setup_py_unescape(raw) {
    return raw.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/gs, (match, body) => {
        if (body in SIMPLE_ESCAPES)
            return SIMPLE_ESCAPES[body];
        if (/^[xuU]/.test(body))
            return String.fromCodePoint(parseInt(body.slice(1), 16));
        if (/^[0-7]+$/.test(body))
            return String.fromCodePoint(parseInt(body, 8));
        return match;
    });
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/project/project-files.ts
/** The project files planning reads: pyproject.toml (parsed), setup.cfg and setup.py, and what they declare. */




/** Reads the project files; a malformed pyproject.toml is a PlanError naming the line. */
function readProjectFiles(source) {
    const pyprojectText = source.read('pyproject.toml');
    const files = {
        source,
        pyproject: pyprojectText === null ? null : parsePyproject(pyprojectText),
        setupCfg: source.read('setup.cfg'),
        setupPy: source.read('setup.py'),
    };
    if (files.pyproject === null && files.setupCfg === null && files.setupPy === null) {
        throw new PlanError(`${source.label} has no pyproject.toml, setup.cfg or setup.py: point project-dir at the Python project`);
    }
    return files;
}
function parsePyproject(text) {
    try {
        return parse(text);
    }
    catch (error) {
        const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
        const reason = error.message.split('\n')[0] ?? '';
        throw new PlanError(`pyproject.toml is not valid TOML${where} (${reason}); fix the file`);
    }
}
// str() of a TOML value, as Python prints it: cibuildwheel passes str(requires-python) to SpecifierSet.
function pythonStr(value) {
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value);
}
function setupCfg(files) {
    if (files.setupCfg === null)
        return null;
    try {
        return parseSetupCfg(files.setupCfg);
    }
    catch (error) {
        if (error instanceof SetupCfgError)
            throw new PlanError(`${error.message}; fix the file`);
        throw error;
    }
}
function setupCfgValue(files, section, option) {
    const config = setupCfg(files);
    if (config === null)
        return undefined;
    try {
        return setupCfgOption(config, section, option);
    }
    catch (error) {
        if (error instanceof SetupCfgError)
            throw new PlanError(`${error.message}; fix the file`);
        throw error;
    }
}
/**
 * requires-python as cibuildwheel finds it: `[project] requires-python`, else setup.cfg
 * `[options] python_requires`, else a literal `python_requires=` in setup.py's setup() call; null if none.
 */
function declaredRequiresPython(files) {
    const project = files.pyproject?.['project'];
    if (typeof project === 'object' && project !== null && !Array.isArray(project)) {
        const value = project['requires-python'];
        if (value !== undefined)
            return { value: pythonStr(value), source: 'pyproject.toml [project] requires-python' };
    }
    if (files.setupCfg !== null) {
        const value = setupCfgValue(files, 'options', 'python_requires');
        if (value !== undefined)
            return { value, source: 'setup.cfg [options] python_requires' };
    }
    const fromSetupPy = files.setupPy === null ? null : setupPyKeyword(files.setupPy, 'python_requires');
    return fromSetupPy ? { value: fromSetupPy, source: 'setup.py python_requires' } : null;
}
/** The distribution name from `[project] name`, setup.cfg `[metadata] name` or setup.py's `name=`; null if dynamic. */
function declaredName(files) {
    const project = files.pyproject?.['project'];
    if (typeof project === 'object' && project !== null) {
        const name = project['name'];
        if (typeof name === 'string' && name !== '')
            return name;
    }
    try {
        const fromCfg = setupCfgValue(files, 'metadata', 'name');
        if (fromCfg)
            return fromCfg;
    }
    catch {
        // A setup.cfg that cannot be read names nothing; requires-python reports the problem.
    }
    return files.setupPy === null ? null : setupPyKeyword(files.setupPy, 'name');
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/options.ts
/**
 * The selection settings of one cibuildwheel platform, resolved with cibuildwheel's precedence (options.py
 * OptionsReader): defaults, then `[tool.cibuildwheel]`, then `[tool.cibuildwheel.<platform>]`, then
 * `CIBW_<OPTION>`, then `CIBW_<OPTION>_<PLATFORM>` where the option allows it. Each value remembers where
 * it came from, so that errors and the summary can name the file or variable to change.
 */

/** A configuration cibuildwheel refuses (its ConfigurationError), in one line. */
class CibuildwheelConfigError extends Error {
    name = 'CibuildwheelConfigError';
}
/** `[tool.cibuildwheel]` as parsed TOML, or an empty table. */
function cibuildwheelTable(pyproject) {
    const tool = pyproject?.['tool'];
    const table = isTable(tool) ? tool['cibuildwheel'] : undefined;
    return isTable(table) ? table : {};
}
/** True for a TOML table (not an array, date or scalar). */
function isTable(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
// _stringify_setting: lists joined by a space, booleans and numbers as Python prints them, no tables.
function options_stringify(value, name, source) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number' || typeof value === 'bigint')
        return String(value);
    if (Array.isArray(value))
        return value.map((item) => options_stringify(item, name, source)).join(' ');
    throw new CibuildwheelConfigError(`${source}: ${name} must be a string or a list of strings, not a table`);
}
function options_layers(config, platform, env, name, platformEnv) {
    const variable = `CIBW_${name.toUpperCase().replace(/-/g, '_')}`;
    const platformTable = config[platform];
    const result = [
        { value: config[name], source: `pyproject.toml [tool.cibuildwheel] ${name}` },
        {
            value: isTable(platformTable) ? platformTable[name] : undefined,
            source: `pyproject.toml [tool.cibuildwheel.${platform}] ${name}`,
        },
        { value: env[variable], source: variable },
    ];
    if (platformEnv) {
        const platformVariable = `${variable}_${platform.toUpperCase()}`;
        result.push({ value: env[platformVariable], source: platformVariable });
    }
    return result;
}
// _resolve_cascade: the last layer that is set wins (or is appended to the one before, for enable).
function resolve(stack, name, fallback, ignoreEmpty = false) {
    let result = { value: fallback, source: 'default' };
    for (const layer of stack) {
        if (layer.value === undefined || layer.value === null)
            continue;
        const value = options_stringify(layer.value, name, layer.source);
        if (ignoreEmpty && value === '')
            continue;
        if (layer.append && result.value !== '' && value !== '') {
            result = { value: `${result.value} ${value}`, source: `${result.source} + ${layer.source}` };
        }
        else if (!(layer.append && value === '')) {
            result = { value, source: layer.source };
        }
    }
    return result;
}
/** Enable groups from a setting: names separated by spaces, or `all`; an unknown name is an error. */
function parseEnableGroups(setting) {
    const groups = new Set();
    for (const word of setting.value.trim().split(/\s+/).filter(Boolean)) {
        if (word === 'all')
            return new Set(ENABLE_GROUPS);
        if (!ENABLE_GROUPS.includes(word)) {
            throw new CibuildwheelConfigError(`${setting.source}: unknown enable group ${JSON.stringify(word)}; the groups are ${ENABLE_GROUPS.join(', ')} (or all)`);
        }
        groups.add(word);
    }
    return groups;
}
/** The build, skip, enable and archs settings cibuildwheel would use on `platform`. */
function resolveSelectionSettings(config, platform, env) {
    const build = resolve(options_layers(config, platform, env, 'build', false), 'build', '*');
    const enableLayers = options_layers(config, platform, env, 'enable', false).map((layer) => layer.source.startsWith('CIBW_') ? { ...layer, append: true } : layer);
    const enable = resolve(enableLayers, 'enable', '');
    return {
        platform,
        build: build.value === '' ? { value: '*', source: build.source } : build,
        skip: resolve(options_layers(config, platform, env, 'skip', false), 'skip', ''),
        enable: { groups: parseEnableGroups(enable), source: enable.source },
        archs: resolve(options_layers(config, platform, env, 'archs', true), 'archs', 'auto', true),
    };
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/project/pure.ts
/**
 * Whether a project builds compiled code (platform wheels) or one pure-Python `py3-none-any` wheel, found
 * without building: the build backend and its settings, setup.py's extension arguments, and compiled
 * sources (C, C++, Cython, Rust, Fortran) in the package directories.
 */

const COMPILED_BACKENDS = [
    [/^scikit_build_core\b/, 'scikit-build-core'],
    [/^mesonpy$/, 'meson-python'],
    [/^maturin$/, 'maturin'],
    [/^sipbuild\.api$/, 'sip'],
    [/^py_build_cmake\b/, 'py-build-cmake'],
];
const SETUP_PY_MARKERS = [
    [/\bext_modules\b/, 'ext_modules'],
    [/\bExtension\s*\(/, 'Extension()'],
    [/\bcythonize\s*\(/, 'cythonize()'],
    [/\bcffi_modules\b/, 'cffi_modules'],
    [/\brust_extensions\b/, 'rust_extensions'],
    [/\b(from|import)\s+skbuild\b/, 'scikit-build'],
];
const SOURCE_KINDS = [
    [/\.c$/i, 'C'],
    [/\.(cc|cpp|cxx|c\+\+)$/i, 'C++'],
    [/\.pyx$/i, 'Cython'],
    [/\.rs$/i, 'Rust'],
    [/\.(f|f90|f95|for)$/i, 'Fortran'],
];
// Build hooks that only write files a pure wheel also has.
const PURE_HATCH_HOOKS = new Set(['vcs', 'jupyter-builder']);
const SKIPPED_DIRS = new Set([
    '.git',
    '.hg',
    '.tox',
    '.nox',
    '.venv',
    'venv',
    'node_modules',
    '__pycache__',
    'build',
    'dist',
    'tests',
    'test',
    'docs',
    'doc',
    'examples',
    'benchmarks',
]);
const MAX_ENTRIES = 20_000;
function table(root, ...path) {
    let node = root;
    for (const key of path)
        node = isTable(node) ? node[key] : undefined;
    return isTable(node) ? node : {};
}
function backendEvidence(files) {
    const backend = table(files.pyproject, 'build-system')['build-backend'];
    if (typeof backend !== 'string')
        return [];
    const compiled = COMPILED_BACKENDS.find(([pattern]) => pattern.test(backend));
    if (compiled)
        return [`build backend ${backend} (${compiled[1]})`];
    if (backend === 'hatchling.build') {
        const hooks = [
            ...Object.keys(table(files.pyproject, 'tool', 'hatch', 'build', 'hooks')),
            ...Object.keys(table(files.pyproject, 'tool', 'hatch', 'build', 'targets', 'wheel', 'hooks')),
        ].filter((hook) => !PURE_HATCH_HOOKS.has(hook));
        return hooks.length > 0 ? [`hatchling build hook ${hooks.join(', ')}`] : [];
    }
    if (backend === 'pdm.backend')
        return pdmEvidence(files);
    if (backend === 'poetry.core.masonry.api') {
        const build = table(files.pyproject, 'tool', 'poetry')['build'];
        return build !== undefined ? ['poetry build script ([tool.poetry] build)'] : [];
    }
    return [];
}
function pdmEvidence(files) {
    const build = table(files.pyproject, 'tool', 'pdm', 'build');
    const evidence = [];
    if (build['run-setuptools'] === true)
        evidence.push('pdm-backend run-setuptools');
    if (build['is-purelib'] === false)
        evidence.push('pdm-backend is-purelib = false');
    const hook = typeof build['custom-hook'] === 'string' ? build['custom-hook'] : 'pdm_build.py';
    if (files.source.read(hook) !== null)
        evidence.push(`pdm-backend build script ${hook}`);
    return evidence;
}
function setuptoolsEvidence(files) {
    const evidence = [];
    if (table(files.pyproject, 'tool', 'setuptools')['ext-modules'] !== undefined) {
        evidence.push('pyproject.toml [tool.setuptools] ext-modules');
    }
    if (Object.keys(table(files.pyproject, 'tool', 'setuptools-rust')).length > 0) {
        evidence.push('pyproject.toml [tool.setuptools-rust]');
    }
    const markers = SETUP_PY_MARKERS.filter(([pattern]) => files.setupPy !== null && pattern.test(files.setupPy));
    if (markers.length > 0)
        evidence.push(`setup.py uses ${markers.map(([, word]) => word).join(', ')}`);
    return evidence;
}
/** Where the importable code lives: src/ if there is one, and top-level directories with an __init__.py. */
function packageDirs(source) {
    const dirs = source.list('').filter((entry) => entry.directory && !SKIPPED_DIRS.has(entry.name));
    return dirs
        .filter((entry) => entry.name === 'src' || source.read(`${entry.name}/__init__.py`) !== null)
        .map((entry) => entry.name);
}
function compiledSources(source) {
    const found = [];
    const pending = [...packageDirs(source)];
    let seen = 0;
    const consider = (path) => {
        if (SOURCE_KINDS.some(([pattern]) => pattern.test(path)))
            found.push(path);
    };
    for (const entry of source.list(''))
        if (!entry.directory)
            consider(entry.name);
    while (pending.length > 0 && seen < MAX_ENTRIES) {
        const dir = pending.shift();
        for (const entry of source.list(dir)) {
            seen++;
            const path = `${dir}/${entry.name}`;
            if (entry.directory && !SKIPPED_DIRS.has(entry.name))
                pending.push(path);
            else if (!entry.directory)
                consider(path);
        }
    }
    return found.sort();
}
function describeSources(paths) {
    const kinds = SOURCE_KINDS.filter(([pattern]) => paths.some((p) => pattern.test(p))).map(([, kind]) => kind);
    const shown = paths.slice(0, 3).join(', ') + (paths.length > 3 ? ` and ${paths.length - 3} more` : '');
    return `${kinds.join('/')} sources ${shown}`;
}
/** Looks for compiled code; a project without any builds one pure wheel. */
function detectPure(files) {
    const evidence = [...backendEvidence(files), ...setuptoolsEvidence(files)];
    const sources = compiledSources(files.source);
    if (sources.length > 0)
        evidence.push(describeSources(sources));
    if (evidence.length > 0)
        return { pure: false, reason: `compiled code: ${evidence.join('; ')}` };
    const backend = table(files.pyproject, 'build-system')['build-backend'];
    const dirs = packageDirs(files.source);
    return {
        pure: true,
        reason: `no compiled code: build backend ${typeof backend === 'string' ? backend : 'setuptools (default)'} builds none, ` +
            `no extension modules in setup.py or pyproject.toml, no C, C++, Cython, Rust or Fortran sources in ${dirs.length > 0 ? dirs.map((d) => `${d}/`).join(' ') : 'the project root'}`,
    };
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/python-versions.ts
/** The `python-versions` shorthand: `3.11 3.12` narrows the plan to those CPythons (`3.14t`: free-threaded only). */



const CPYTHONS = new Set(PLATFORMS.flatMap((p) => IDENTIFIERS[p].map(interpreterOf)).filter((i) => i.startsWith('cp')));
function known() {
    const minors = [...CPYTHONS].filter((i) => !i.endsWith('t')).map((i) => Number(i.slice(3)));
    return `3.${Math.min(...minors)} to 3.${Math.max(...minors)}`;
}
/** A filter keeping the CPythons named in `text` (spaces or commas); null when `text` is empty. */
function pythonVersionsFilter(text) {
    const words = text.split(/[\s,]+/).filter(Boolean);
    if (words.length === 0)
        return null;
    const interpreters = new Set();
    for (const word of words) {
        const match = /^3\.(\d+)(t?)$/.exec(word);
        const base = match ? `cp3${match[1]}` : '';
        if (!match || !CPYTHONS.has(base + (match[2] ?? ''))) {
            throw new PlanError(`${JSON.stringify(word)} is not a CPython cibuildwheel 4.2.0 builds; write versions like 3.12 (${known()}), or 3.14t for free-threaded only`);
        }
        interpreters.add(base + match[2]);
        if (match[2] === '' && CPYTHONS.has(`${base}t`))
            interpreters.add(`${base}t`);
    }
    return {
        filter: 'python-versions',
        description: `python-versions ${JSON.stringify(words.join(' '))} (input)`,
        keep: (id) => interpreters.has(interpreterOf(id)),
    };
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/architectures.ts
/**
 * cibuildwheel's `archs` setting (`Architecture.parse_config`): names, case-insensitive, and the keywords
 * `auto`, `native`, `all`, `auto64`, `auto32`, which depend on the machine cibuildwheel runs on.
 */

/** An archs value cibuildwheel refuses. */
class ArchitectureError extends Error {
    name = 'ArchitectureError';
}
const BITNESS_PAIRS = { x86_64: 'i686', AMD64: 'x86', aarch64: 'armv7l' };
function archSynonym(arch, from, to) {
    for (const synonyms of ARCH_SYNONYMS) {
        if (synonyms[from] === arch) {
            const synonym = synonyms[to];
            return synonym === undefined ? arch : synonym;
        }
    }
    return arch;
}
/** The architecture cibuildwheel calls native for `platform` on `host`, or null when it cannot build there. */
function nativeArch(platform, host) {
    if (platform === 'pyodide')
        return 'wasm32';
    if (platform === 'ios') {
        if (host.os !== 'macos')
            return null;
        return host.machine === 'x86_64' ? 'x86_64_iphonesimulator' : 'arm64_iphonesimulator';
    }
    if (host.os === platform)
        return host.machine;
    return archSynonym(host.machine, host.os, platform);
}
function autoArchs(platform, host) {
    const native = nativeArch(platform, host);
    if (native === null)
        return [];
    if (platform === 'windows' && native === 'AMD64')
        return [native, 'x86'];
    if (platform === 'ios' && native === 'arm64_iphonesimulator')
        return [native, 'arm64_iphoneos'];
    return [native];
}
// A 64-bit machine's 32-bit sibling: i686 on x86_64, x86 on AMD64; armv7l needs AArch32 support, which
// cibuildwheel probes with `linux32 uname -m` and which the machines planned for here do not report.
function bitnessArchs(platform, host, bitness) {
    const native = nativeArch(platform, host);
    if (native === null)
        return [];
    if (native === 'wasm32')
        return bitness === 32 ? [native] : [];
    const thirtyTwo = Object.values(BITNESS_PAIRS);
    if (bitness === 64)
        return thirtyTwo.includes(native) ? [] : [native];
    if (thirtyTwo.includes(native))
        return [native];
    const sibling = BITNESS_PAIRS[native];
    if (sibling === undefined || !['linux', 'windows'].includes(platform) || native === 'aarch64')
        return [];
    return [sibling];
}
function archByName(name, platform) {
    const lower = name.toLowerCase();
    return (PLATFORM_ARCHS[platform].find((arch) => arch.toLowerCase() === lower) ??
        ARCHITECTURES.find((arch) => arch.toLowerCase() === lower));
}
/** The architectures an archs setting stands for on `platform` when cibuildwheel runs on `host`. */
function architectures_parseArchs(setting, platform, host) {
    const result = new Set();
    for (const word of setting.split(/[\s,]+/)) {
        let archs;
        if (word === 'auto')
            archs = autoArchs(platform, host);
        else if (word === 'native')
            archs = [nativeArch(platform, host)].filter((a) => a !== null);
        else if (word === 'all')
            archs = PLATFORM_ARCHS[platform];
        else if (word === 'auto64')
            archs = bitnessArchs(platform, host, 64);
        else if (word === 'auto32')
            archs = bitnessArchs(platform, host, 32);
        else {
            const arch = archByName(word, platform);
            if (arch === undefined)
                throw new ArchitectureError(`Invalid architecture '${word}'`);
            archs = [arch];
        }
        for (const arch of archs)
            result.add(arch);
    }
    return result;
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/brace-expand.ts
/**
 * Shell-style brace expansion for build/skip selectors, as cibuildwheel applies it (through bracex) before
 * matching: `cp3{10,11}-*` is `cp310-*` and `cp311-*`, `cp3{9..12}-*` counts, `\{` is a literal brace.
 */
/** A selector whose expansion is too large to be meant (bracex stops at 1,000 patterns). */
class BraceExpansionError extends Error {
    name = 'BraceExpansionError';
}
const EXPANSION_LIMIT = 1000;
const INT_RANGE = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/;
const CHAR_RANGE = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/;
/** Every pattern `pattern` stands for; throws BraceExpansionError past 1,000. */
function expandBraces(pattern) {
    const expanded = expand(toChars(pattern));
    if (expanded.length > EXPANSION_LIMIT) {
        throw new BraceExpansionError(`${JSON.stringify(pattern)} expands to more than the ${EXPANSION_LIMIT} patterns cibuildwheel allows`);
    }
    return expanded;
}
// Backslash escapes the next character (and disappears); `${` is never a group, as in bracex.
function toChars(pattern) {
    const chars = [];
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '\\') {
            if (i + 1 < pattern.length)
                chars.push({ ch: pattern[++i], literal: true });
        }
        else {
            chars.push({ ch, literal: ch === '{' && pattern[i - 1] === '$' && chars.at(-1)?.literal === false });
        }
    }
    return chars;
}
function brace_expand_text(chars) {
    return chars.map((c) => c.ch).join('');
}
function isOpen(c) {
    return c !== undefined && !c.literal && c.ch === '{';
}
function isClose(c) {
    return c !== undefined && !c.literal && c.ch === '}';
}
function expand(chars) {
    for (let open = 0; open < chars.length; open++) {
        if (!isOpen(chars[open]))
            continue;
        const close = matchingClose(chars, open);
        if (close < 0)
            continue;
        const alternatives = groupAlternatives(chars.slice(open + 1, close));
        if (alternatives === null)
            continue;
        const prefix = brace_expand_text(chars.slice(0, open));
        const suffix = chars.slice(close + 1);
        const result = [];
        for (const alternative of alternatives) {
            const tails = typeof alternative === 'string'
                ? expand(suffix).map((t) => alternative + t)
                : expand([...alternative, ...suffix]);
            for (const tail of tails) {
                result.push(prefix + tail);
                if (result.length > EXPANSION_LIMIT)
                    return result;
            }
        }
        return result;
    }
    return [brace_expand_text(chars)];
}
function matchingClose(chars, open) {
    let depth = 0;
    for (let i = open; i < chars.length; i++) {
        if (isOpen(chars[i]))
            depth++;
        else if (isClose(chars[i]) && --depth === 0)
            return i;
    }
    return -1;
}
/** The alternatives of `{...}`: range values (final strings) or comma-separated parts; null when not a group. */
function groupAlternatives(inner) {
    if (inner.every((c) => !c.literal)) {
        const range = rangeValues(brace_expand_text(inner));
        if (range)
            return range;
    }
    const parts = [[]];
    let depth = 0;
    for (const c of inner) {
        if (isOpen(c))
            depth++;
        else if (isClose(c))
            depth--;
        if (depth === 0 && !c.literal && c.ch === ',')
            parts.push([]);
        else
            parts.at(-1)?.push(c);
    }
    return parts.length > 1 ? parts : null;
}
function rangeValues(inner) {
    const int = INT_RANGE.exec(inner);
    if (int)
        return intRange(int[1], int[2], int[3]);
    const char = CHAR_RANGE.exec(inner);
    if (char)
        return charRange(char[1], char[2], char[3]);
    return null;
}
function steps(first, last, increment) {
    const step = Math.abs(Number(increment ?? 1)) || 1;
    const values = [];
    const direction = first <= last ? 1 : -1;
    for (let v = first; direction > 0 ? v <= last : v >= last; v += direction * step) {
        values.push(v);
        if (values.length > EXPANSION_LIMIT)
            break;
    }
    return values;
}
// Zero padding as bash: when either end has a leading zero, every value is as wide as the wider end.
function intRange(start, end, increment) {
    const padded = /^-?0\d/.test(start) || /^-?0\d/.test(end);
    const width = padded ? Math.max(start.length, end.length) : 0;
    return steps(Number(start), Number(end), increment).map((value) => {
        const digits = String(Math.abs(value));
        const sign = value < 0 ? '-' : '';
        return sign + digits.padStart(width - sign.length, '0');
    });
}
// Letters run through ASCII from A to z; the backslash between them stands for nothing, as in bracex.
function charRange(start, end, increment) {
    return steps(start.charCodeAt(0), end.charCodeAt(0), increment).map((code) => code === 0x5c ? '' : String.fromCharCode(code));
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
function parse_parseVersion(text) {
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
    const parsed = parse_parseVersion(v);
    if (parsed === null) {
        throw new Error(`not a PEP 440 version: ${JSON.stringify(v)} (expected e.g. "1.2.4", "1.2.4rc1", "1.2.4.dev5")`);
    }
    return parsed;
}

;// CONCATENATED MODULE: ./packages/pep440/compare.ts
/** PEP 440 ordering, following packaging's `_cmpkey` term by term. */

// Sentinels standing in for packaging's Infinity / NegativeInfinity.
const BELOW = -Infinity;
const ABOVE = Infinity;
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
    const x = parse_toVersion(a);
    const y = parse_toVersion(b);
    return (cmp(x.epoch, y.epoch) ||
        compareNumberLists(withoutTrailingZeros(x.release), withoutTrailingZeros(y.release)) ||
        compareNumberLists(preKey(x), preKey(y)) ||
        compareNumberLists([x.post ?? BELOW], [y.post ?? BELOW]) ||
        compareNumberLists([x.dev ?? ABOVE], [y.dev ?? ABOVE]) ||
        compareLocals(x.local, y.local));
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
    return publicOf(parse_toVersion(v));
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
    return parse_toVersion(v).post !== null;
}

;// CONCATENATED MODULE: ./packages/pep440/specifiers.ts
/** PEP 440 version specifiers (`>=3.10,<3.13`, `~=3.12`, `==3.*`) as pypa/packaging's SpecifierSet reads them. */




const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
const RELEASE = 'v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*';
// packaging's _regex, split by operator: which version forms each operator accepts.
const VERSION_FORMS = {
    '===': /^[^\s;)]*$/,
    '==': new RegExp(`^${RELEASE}(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})$`, 'i'),
    '!=': new RegExp(`^${RELEASE}(?:\\.\\*|${PRE}${POST}${DEV}${LOCAL})$`, 'i'),
    '~=': new RegExp(`^v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)+${PRE}${POST}${DEV}$`, 'i'),
    '<=': new RegExp(`^${RELEASE}${PRE}${POST}${DEV}$`, 'i'),
    '>=': new RegExp(`^${RELEASE}${PRE}${POST}${DEV}$`, 'i'),
    '<': new RegExp(`^${RELEASE}${PRE}${POST}${DEV}$`, 'i'),
    '>': new RegExp(`^${RELEASE}${PRE}${POST}${DEV}$`, 'i'),
};
const OPERATOR = /^\s*(===|~=|==|!=|<=|>=|<|>)\s*(.*?)\s*$/s;
/** Parses one clause; null when packaging would raise InvalidSpecifier. */
function parseSpecifier(text) {
    const match = OPERATOR.exec(text);
    if (!match)
        return null;
    const operator = match[1];
    const version = match[2] ?? '';
    return VERSION_FORMS[operator].test(version) ? { operator, version } : null;
}
/**
 * Parses a comma-separated specifier set (empty clauses ignored, as packaging does). Throws a one-line
 * error naming the clause that is not a specifier.
 */
function parseSpecifierSet(text) {
    return text
        .split(',')
        .map((clause) => clause.trim())
        .filter((clause) => clause !== '')
        .map((clause) => {
        const specifier = parseSpecifier(clause);
        if (!specifier)
            throw new Error(`not a PEP 440 version specifier: ${JSON.stringify(clause)}`);
        return specifier;
    });
}
/** Whether `version` satisfies every clause, with packaging's default pre-release rule. */
function specifierSetContains(specifiers, version) {
    const item = parse_toVersion(version);
    const prereleases = specifiers.some(allowsPrereleases);
    if (!prereleases && isPrerelease(item))
        return false;
    return specifiers.every((specifier) => matches(specifier, item));
}
function allowsPrereleases({ operator, version }) {
    if (!['==', '>=', '<=', '~=', '==='].includes(operator))
        return false;
    const parsed = parse_parseVersion(operator === '==' ? version.replace(/\.\*$/, '') : version);
    return parsed !== null && isPrerelease(parsed);
}
function matches({ operator, version }, item) {
    switch (operator) {
        case '==':
            return equal(item, version);
        case '!=':
            return !equal(item, version);
        case '~=':
            return compatible(item, version);
        case '<=':
            return compareVersions(publicVersion(item), version) <= 0;
        case '>=':
            return compareVersions(publicVersion(item), version) >= 0;
        case '<':
            return lessThan(item, parse_toVersion(version));
        case '>':
            return greaterThan(item, parse_toVersion(version));
        case '===':
            return formatVersion(item).toLowerCase() === version.toLowerCase();
    }
}
function equal(item, spec) {
    if (spec.endsWith('.*'))
        return prefixMatch(item, spec.slice(0, -2));
    const specVersion = parse_toVersion(spec);
    const prospective = specVersion.local === null ? parse_toVersion(publicVersion(item)) : item;
    return compareVersions(prospective, specVersion) === 0;
}
function compatible(item, spec) {
    const release = versionSplit(spec).filter((_, i, all) => all.slice(0, i + 1).every(isNotSuffix));
    const prefix = `${release.slice(0, -1).join('.')}.*`;
    return compareVersions(publicVersion(item), spec) >= 0 && equal(item, prefix);
}
function lessThan(item, spec) {
    if (compareVersions(item, spec) >= 0)
        return false;
    return !(!isPrerelease(spec) && isPrerelease(item) && sameBase(item, spec));
}
function greaterThan(item, spec) {
    if (compareVersions(item, spec) <= 0)
        return false;
    if (!isPostrelease(spec) && isPostrelease(item) && sameBase(item, spec))
        return false;
    return !(item.local !== null && sameBase(item, spec));
}
function sameBase(a, b) {
    return compareVersions(baseVersion(a), baseVersion(b)) === 0;
}
// Prefix matching as packaging does it: both sides canonical, split at dots and between a release
// number and its pre-release, the candidate's release padded with zeros to the spec's length.
function prefixMatch(item, spec) {
    const specParts = versionSplit(canonicalize(spec, false));
    const itemParts = versionSplit(canonicalize(publicVersion(item), true));
    const itemRelease = itemParts.filter((_, i) => itemParts.slice(0, i + 1).every(isDigits));
    const specRelease = specParts.filter((_, i) => specParts.slice(0, i + 1).every(isDigits));
    const padding = Array(Math.max(0, specRelease.length - itemRelease.length)).fill('0');
    const padded = [...itemRelease, ...padding, ...itemParts.slice(itemRelease.length)];
    const shortened = padded.slice(0, specParts.length);
    return shortened.length === specParts.length && shortened.every((part, i) => part === specParts[i]);
}
function canonicalize(text, stripTrailingZero) {
    const parsed = parse_parseVersion(text);
    if (!parsed)
        return text;
    let release = parsed.release.join('.');
    if (stripTrailingZero)
        release = release.replace(/(\.0)+$/, '');
    let result = (parsed.epoch === 0 ? '' : `${parsed.epoch}!`) + release;
    if (parsed.pre)
        result += `${parsed.pre.label}${parsed.pre.number}`;
    if (parsed.post !== null)
        result += `.post${parsed.post}`;
    if (parsed.dev !== null)
        result += `.dev${parsed.dev}`;
    if (parsed.local !== null)
        result += `+${parsed.local}`;
    return result;
}
function versionSplit(text) {
    return text.split('.').flatMap((item) => {
        const match = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/.exec(item);
        return match ? [match[1], match[2]] : [item];
    });
}
function isNotSuffix(segment) {
    return !['dev', 'a', 'b', 'rc', 'post'].some((prefix) => segment.startsWith(prefix));
}
function isDigits(segment) {
    return /^[0-9]+$/.test(segment);
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/validate-config.ts
/**
 * The checks cibuildwheel makes on `[tool.cibuildwheel]` before anything else (OptionsReader): unknown
 * option names, options a platform table may not set, and malformed overrides. Platform tables are only
 * checked for the platforms being planned, as cibuildwheel only reads the one it runs for.
 */


/** Throws CibuildwheelConfigError for the first problem cibuildwheel would stop at. */
function validateCibuildwheelTable(config, platforms) {
    const allowed = new Set([...OPTION_NAMES, ...PLATFORMS, 'overrides']);
    for (const name of Object.keys(config)) {
        if (!allowed.has(name))
            throw unknownOption(name, '[tool.cibuildwheel]', allowed);
    }
    for (const platform of platforms) {
        const table = config[platform];
        if (table === undefined)
            continue;
        const where = `[tool.cibuildwheel.${platform}]`;
        if (!isTable(table))
            throw new CibuildwheelConfigError(`pyproject.toml ${where} must be a table`);
        for (const name of Object.keys(table)) {
            if (DISALLOWED_OPTIONS[platform]?.includes(name)) {
                throw new CibuildwheelConfigError(`pyproject.toml ${where}: ${name} cannot be set for ${platform}`);
            }
            if (!OPTION_NAMES.has(name))
                throw unknownOption(name, where, OPTION_NAMES);
        }
    }
    validateOverrides(config['overrides']);
}
function unknownOption(name, where, allowed) {
    const guess = closestName(name, allowed);
    return new CibuildwheelConfigError(`pyproject.toml ${where}: ${name} is not a cibuildwheel 4.2.0 option${guess ? ` (did you mean ${guess}?)` : ''}`);
}
function validateOverrides(overrides) {
    if (overrides === undefined)
        return;
    const where = 'pyproject.toml [[tool.cibuildwheel.overrides]]';
    if (!Array.isArray(overrides))
        throw new CibuildwheelConfigError(`${where} must be a list of tables`);
    for (const override of overrides) {
        if (!isTable(override))
            throw new CibuildwheelConfigError(`${where} must be a list of tables`);
        const select = override['select'];
        if (!select || (Array.isArray(select) && select.length === 0)) {
            throw new CibuildwheelConfigError(`${where}: every override needs a select`);
        }
        const inherit = override['inherit'] ?? {};
        if (!isTable(inherit) ||
            !Object.values(inherit).every((rule) => ['none', 'append', 'prepend'].includes(String(rule)))) {
            throw new CibuildwheelConfigError(`${where}: inherit must map options to none, append or prepend`);
        }
    }
}
/** The allowed name closest to a misspelt one (two edits, or a third of its letters, at most), or null. */
function closestName(name, names) {
    let best = null;
    let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
    for (const candidate of names) {
        const distance = editDistance(name, candidate);
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min(previous[j] + 1, current[j - 1] + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length];
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/configuration.ts
/**
 * One cibuildwheel platform's whole selection configuration, from the project files and the environment,
 * and the identifiers `cibuildwheel --print-build-identifiers` prints for it.
 */







/** requires-python from CIBW_PROJECT_REQUIRES_PYTHON (when not empty) or the project files, parsed. */
function requiresPythonOf(files, env) {
    const fromEnv = env['CIBW_PROJECT_REQUIRES_PYTHON'];
    const declared = fromEnv
        ? { value: fromEnv, source: 'CIBW_PROJECT_REQUIRES_PYTHON' }
        : declaredRequiresPython(files);
    if (declared === null)
        return null;
    try {
        return { ...declared, specifiers: parseSpecifierSet(declared.value) };
    }
    catch (error) {
        throw new PlanError(`${declared.source} ${JSON.stringify(declared.value)} is not a version specifier set (${error.message}); write it like ">=3.10"`);
    }
}
/** The configuration cibuildwheel would use on `platform`; throws for what it would refuse. */
function platformConfiguration(files, env, platform) {
    const config = cibuildwheelTable(files.pyproject);
    validateCibuildwheelTable(config, [platform]);
    const settings = resolveSelectionSettings(config, platform, env);
    const requiresPython = requiresPythonOf(files, env);
    return {
        ...settings,
        requiresPython,
        selector: {
            build: settings.build.value,
            skip: settings.skip.value,
            requiresPython: requiresPython?.specifiers ?? null,
            enable: settings.enable.groups,
        },
    };
}
/**
 * What `cibuildwheel --print-build-identifiers --platform <platform> [--archs <archs>]` prints for the
 * project on `machine`: archs from the command line, else from the configuration.
 */
function printBuildIdentifiers(files, env, platform, options) {
    const configuration = platformConfiguration(files, env, platform);
    const archs = parseArchs(options.archs || configuration.archs.value, platform, options.machine);
    return selectIdentifiers(configuration, archs, options.machine);
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/fnmatch.ts
/**
 * Python's fnmatch.fnmatch on POSIX, which cibuildwheel matches selectors with: `*` any run, `?` one
 * character, `[seq]` and `[!seq]` sets with ranges, case-sensitive; an unclosed `[` is a literal.
 */
const cache = new Map();
/** True when `name` matches the shell-style `pattern` as fnmatch.fnmatch decides on Linux. */
function fnmatch(name, pattern) {
    let regex = cache.get(pattern);
    if (!regex) {
        regex = new RegExp(`^${translate(pattern)}$`, 's');
        cache.set(pattern, regex);
    }
    return regex.test(name);
}
function escapeChar(ch) {
    return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
function translate(pattern) {
    let out = '';
    let i = 0;
    while (i < pattern.length) {
        const ch = pattern[i++];
        if (ch === '*') {
            while (pattern[i] === '*')
                i++;
            out += '.*';
        }
        else if (ch === '?') {
            out += '.';
        }
        else if (ch === '[') {
            const end = setEnd(pattern, i);
            if (end < 0) {
                out += escapeChar('[');
            }
            else {
                out += translateSet(pattern.slice(i, end));
                i = end + 1;
            }
        }
        else {
            out += escapeChar(ch);
        }
    }
    return out;
}
/** Index of the `]` closing a set that starts at `start` (after `[`); a leading `!` and `]` belong to the set. */
function setEnd(pattern, start) {
    let j = start;
    if (pattern[j] === '!')
        j++;
    if (pattern[j] === ']')
        j++;
    while (j < pattern.length && pattern[j] !== ']')
        j++;
    return j < pattern.length ? j : -1;
}
// Ranges whose ends are out of order match nothing and are dropped, as Python 3.11 does.
function translateSet(body) {
    const negated = body.startsWith('!');
    const items = negated ? body.slice(1) : body;
    let set = '';
    for (let k = 0; k < items.length; k++) {
        const lo = items[k];
        if (items[k + 1] === '-' && k + 2 < items.length) {
            const hi = items[k + 2];
            if (lo <= hi)
                set += `${escapeChar(lo)}-${escapeChar(hi)}`;
            k += 2;
        }
        else {
            set += escapeChar(lo);
        }
    }
    if (set === '')
        return negated ? '.' : '(?!)';
    return negated ? `[^${set}]` : `[${set}]`;
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/selector.ts
/** cibuildwheel's BuildSelector: requires-python, enable groups, then the build and skip selectors. */




const expansions = new Map();
function expandedPatterns(selectors) {
    let patterns = expansions.get(selectors);
    if (!patterns) {
        patterns = selectors.split(/\s+/).filter(Boolean).flatMap(expandBraces);
        expansions.set(selectors, patterns);
    }
    return patterns;
}
/** True when any of the space-separated selectors (brace-expanded) matches `identifier`. */
function selectorMatches(selectors, identifier) {
    return expandedPatterns(selectors).some((pattern) => fnmatch(identifier, pattern));
}
/** True when requires-python admits the identifier's Python (tested as X.Y.99, as cibuildwheel does). */
function requiresPythonAdmits(requiresPython, identifier) {
    if (requiresPython === null)
        return true;
    return specifierSetContains(requiresPython, `3.${pythonMinorOf(identifier)}.99`);
}
/** The enable group an identifier needs, or null when it is built by default. */
function enableGroupOf(identifier) {
    if (fnmatch(identifier, 'cp316*'))
        return 'cpython-prerelease';
    if (fnmatch(identifier, 'pp3?-*') || fnmatch(identifier, 'pp310-*'))
        return 'pypy-eol';
    if (fnmatch(identifier, 'pp*'))
        return 'pypy';
    if (fnmatch(identifier, 'gp*'))
        return 'graalpy';
    if (fnmatch(identifier, 'cp312-pyodide_*'))
        return 'pyodide-eol';
    return null;
}
/** True when the enabled groups allow the identifier. */
function enabledFor(enable, identifier) {
    const group = enableGroupOf(identifier);
    return group === null || enable.has(group);
}
/** cibuildwheel's decision for one identifier. */
function selects(selector, identifier) {
    return (requiresPythonAdmits(selector.requiresPython, identifier) &&
        enabledFor(selector.enable, identifier) &&
        selectorMatches(selector.build, identifier) &&
        !selectorMatches(selector.skip, identifier));
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/selector-checks.ts
/**
 * The check cibuildwheel runs before a real build (not in print mode): every build selector must match an
 * identifier it can build with the enabled groups, or the build stops; a skip selector that matches none
 * only earns a warning.
 */


const EVERY_IDENTIFIER = PLATFORMS.flatMap((platform) => IDENTIFIERS[platform]);
/** Why one selector in `build` or `skip` matches nothing buildable; empty when all of them match. */
function unmatchedSelectors(kind, selectors, enable) {
    const enabled = EVERY_IDENTIFIER.filter((identifier) => enabledFor(enable, identifier));
    const problems = [];
    for (const selector of selectors.split(/\s+/).filter(Boolean)) {
        if (enabled.some((identifier) => selectorMatches(selector, identifier)))
            continue;
        problems.push(`${kind} selector '${selector}' matches nothing cibuildwheel 4.2.0 builds${hint(kind, selector)}`);
    }
    return problems;
}
function hint(kind, selector) {
    const hints = [];
    if (EVERY_IDENTIFIER.some((identifier) => selectorMatches(selector, identifier))) {
        const groups = ENABLE_GROUPS.filter((group) => EVERY_IDENTIFIER.some((identifier) => selectorMatches(selector, identifier) && enabledFor(new Set([group]), identifier)));
        hints.push(`it selects a group that is not enabled: add ${groups.join(' or ')} to enable, or remove it`);
    }
    if (/p2|p3[5-8]/.test(selector))
        hints.push('cibuildwheel 4 builds Python 3.9 and later only');
    if (selector.includes('cp313t'))
        hints.push('cibuildwheel 4 no longer builds free-threaded 3.13');
    if (hints.length === 0)
        hints.push(`identifiers look like cp312-manylinux_x86_64; fix ${kind}`);
    return ` (${hints.join('; ')})`;
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/cibuildwheel/selection-trace.ts



// On an Intel Mac cibuildwheel drops PyPy and GraalPy arm64 builds: they cannot be cross-compiled.
function buildableOn(platform, machine, identifier) {
    return !(platform === 'macos' &&
        machine.machine === 'x86_64' &&
        /^(pp|gp)/.test(identifier) &&
        identifier.endsWith('arm64'));
}
function cibuildwheelFilters(configuration) {
    const { selector, requiresPython, enable, build, skip } = configuration;
    const filters = [];
    if (requiresPython) {
        filters.push({
            filter: 'requires-python',
            description: `requires-python ${JSON.stringify(requiresPython.value)} (${requiresPython.source})`,
            keep: (id) => requiresPythonAdmits(selector.requiresPython, id),
        });
    }
    const groups = [...enable.groups].join(' ') || 'none';
    filters.push({
        filter: 'enable',
        description: `enable groups: ${groups} (${enable.source})`,
        keep: (id) => enabledFor(selector.enable, id),
    }, {
        filter: 'build',
        description: `build = ${JSON.stringify(build.value)} (${build.source})`,
        keep: (id) => selectorMatches(selector.build, id),
    }, {
        filter: 'skip',
        description: `skip = ${JSON.stringify(skip.value)} (${skip.source})`,
        keep: (id) => !selectorMatches(selector.skip, id),
    });
    return filters;
}
/** Runs selection for `archs` on `machine`, stage by stage; the last stage holds the selected identifiers. */
function traceSelection(configuration, archs, machine, extra = [], archsDescription = `archs ${[...archs].join(' ') || '(none)'}`) {
    const { platform } = configuration;
    // pyodide ignores archs, as cibuildwheel does.
    let remaining = IDENTIFIERS[platform].filter((id) => (platform === 'pyodide' || archs.has(archOf(id))) && buildableOn(platform, machine, id));
    const stages = [{ filter: 'archs', description: archsDescription, remaining }];
    for (const filter of [...cibuildwheelFilters(configuration), ...extra]) {
        remaining = remaining.filter((id) => filter.keep(id));
        stages.push({ filter: filter.filter, description: filter.description, remaining });
    }
    return stages;
}
/** The identifiers cibuildwheel selects on the configuration's platform for `archs` on `machine`, in its order. */
function selection_trace_selectIdentifiers(configuration, archs, machine) {
    return traceSelection(configuration, archs, machine).at(-1)?.remaining ?? [];
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/targets.ts



const LINUX_X86 = { os: 'linux', machine: 'x86_64' };
const MAC_ARM = { os: 'macos', machine: 'arm64' };
const WINDOWS_X64 = { os: 'windows', machine: 'AMD64' };
function target(token, platform, archs, machine, emulated = false) {
    return { token, platform, archs, machine, emulated };
}
/** Every target, in the order jobs are listed. */
const TARGETS = [
    target('linux-x86_64', 'linux', ['x86_64'], LINUX_X86),
    target('linux-aarch64', 'linux', ['aarch64'], { os: 'linux', machine: 'aarch64' }),
    target('linux-i686', 'linux', ['i686'], LINUX_X86),
    target('linux-ppc64le', 'linux', ['ppc64le'], LINUX_X86, true),
    target('linux-s390x', 'linux', ['s390x'], LINUX_X86, true),
    target('linux-riscv64', 'linux', ['riscv64'], LINUX_X86, true),
    target('linux-armv7l', 'linux', ['armv7l'], LINUX_X86, true),
    target('macos-arm64', 'macos', ['arm64'], MAC_ARM),
    target('macos-x86_64', 'macos', ['x86_64'], { os: 'macos', machine: 'x86_64' }),
    target('macos-universal2', 'macos', ['universal2'], MAC_ARM),
    target('windows-amd64', 'windows', ['AMD64'], WINDOWS_X64),
    target('windows-arm64', 'windows', ['ARM64'], { os: 'windows', machine: 'ARM64' }),
    target('windows-x86', 'windows', ['x86'], WINDOWS_X64),
    target('pyodide', 'pyodide', PLATFORM_ARCHS.pyodide, LINUX_X86),
    target('ios', 'ios', PLATFORM_ARCHS.ios, MAC_ARM),
    target('android', 'android', PLATFORM_ARCHS.android, LINUX_X86),
];
/** Coarse tokens: a platform's targets that have native GitHub-hosted machines. */
const COARSE_TOKENS = {
    linux: ['linux-x86_64', 'linux-aarch64'],
    macos: ['macos-arm64', 'macos-x86_64'],
    windows: ['windows-amd64', 'windows-arm64'],
};
/** The target of a fine token (case-insensitive), or undefined. */
function targetByToken(token) {
    return TARGETS.find((t) => t.token === token.toLowerCase());
}
/** The target that builds `arch` on `platform`, or undefined when there is none. */
function targetForArch(platform, arch) {
    return TARGETS.find((t) => t.platform === platform && t.archs.includes(arch));
}
/** Parses the space- or comma-separated tokens; throws a PlanError naming an unknown one and the choices. */
function parsePlatforms(text) {
    const words = text.split(/[\s,]+/).filter(Boolean);
    if (words.length === 0)
        throw new PlanError('names no platform; use e.g. "linux macos windows"');
    const coarse = new Set();
    const tokens = new Set();
    const named = new Set();
    for (const word of words) {
        const lower = word.toLowerCase();
        const expansion = COARSE_TOKENS[lower];
        if (expansion) {
            coarse.add(lower);
            for (const token of expansion)
                tokens.add(token);
            continue;
        }
        const fine = targetByToken(lower);
        if (!fine)
            throw unknownToken(word);
        if (fine.archs.length > 1)
            coarse.add(fine.platform);
        tokens.add(fine.token);
        named.add(fine.token);
    }
    return { coarse, targets: TARGETS.filter((t) => tokens.has(t.token)), named };
}
function unknownToken(word) {
    const known = [...Object.keys(COARSE_TOKENS), ...TARGETS.map((t) => t.token)];
    const guess = closestName(word.toLowerCase(), known);
    return new PlanError(`unknown platform ${JSON.stringify(word)}${guess ? ` (did you mean ${guess}?)` : ''}; the platforms are ${known.join(', ')}`);
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/select-targets.ts
/**
 * Selection for every requested target: each platform's cibuildwheel configuration, the architectures
 * each target builds, and the identifiers cibuildwheel selects for them, stage by stage.
 */









function checkExpandable(kind, setting) {
    for (const word of setting.value.split(/\s+/).filter(Boolean)) {
        try {
            expandBraces(word);
        }
        catch (error) {
            if (error instanceof BraceExpansionError)
                throw new PlanError(`${setting.source}: ${kind} selector ${error.message}`);
            throw error;
        }
    }
}
/** The configuration of `platform`, with cibuildwheel's refusals turned into one-line PlanErrors. */
function configurationOf(files, env, platform) {
    let configuration;
    try {
        configuration = platformConfiguration(files, env, platform);
    }
    catch (error) {
        if (error instanceof CibuildwheelConfigError)
            throw new PlanError(error.message);
        throw error;
    }
    checkExpandable('build', configuration.build);
    checkExpandable('skip', configuration.skip);
    for (const problem of unmatchedSelectors('build', configuration.build.value, configuration.enable.groups)) {
        throw new PlanError(`${configuration.build.source}: ${problem}`);
    }
    return configuration;
}
/** The archs setting resolved on `target`'s machine, refused in one line when it names no architecture. */
function resolvedArchs(configuration, target) {
    const { archs, platform } = configuration;
    try {
        return architectures_parseArchs(archs.value, platform, target.machine);
    }
    catch (error) {
        if (!(error instanceof ArchitectureError))
            throw error;
        throw new PlanError(`${archs.source}: archs ${JSON.stringify(archs.value)}: ${error.message.toLowerCase()}; ${platform} has ${PLATFORM_ARCHS[platform].join(', ')}`);
    }
}
/** A target's own architectures that the archs setting keeps (all of them at `auto`). */
function archsOf(configuration, target) {
    const resolved = resolvedArchs(configuration, target);
    if (configuration.archs.value === 'auto')
        return new Set(target.archs);
    return new Set(target.archs.filter((arch) => resolved.has(arch)));
}
/**
 * The architectures of each target of `platform`. With archs at `auto` the tokens decide; otherwise a
 * coarse token builds what cibuildwheel would on each of the platform's native machines (every architecture
 * going to its own target), and a fine token its own architecture when the setting includes it.
 */
function platformArchs(configuration, requested) {
    const { platform, archs } = configuration;
    const targets = requested.targets.filter((t) => t.platform === platform);
    const result = new Map(targets.map((t) => [t, archsOf(configuration, t)]));
    if (archs.value === 'auto' || !requested.coarse.has(platform))
        return result;
    for (const host of targets) {
        for (const arch of resolvedArchs(configuration, host)) {
            const target = targetForArch(platform, arch);
            if (!target) {
                throw new PlanError(`${archs.source}: archs ${JSON.stringify(archs.value)} gives ${arch}, which ${platform} does not build (it has ${PLATFORM_ARCHS[platform].join(', ')}); fix archs`);
            }
            const set = result.get(target) ?? new Set();
            result.set(target, set.add(arch));
        }
    }
    return result;
}
function archsDescription(configuration, target, archs) {
    const built = archs.length > 0 ? archs.join(' ') : 'none of its architectures';
    if (configuration.archs.value === 'auto')
        return `${target.token} builds ${built}`;
    const { value, source } = configuration.archs;
    return `archs ${JSON.stringify(value)} (${source}) gives ${target.token} ${built}`;
}
/** Selection for every requested target, grouped by platform in target order. */
function selectTargets(files, env, requested, extra) {
    const platforms = [...new Set(requested.targets.map((t) => t.platform))];
    return platforms.map((platform) => {
        const configuration = configurationOf(files, env, platform);
        const byTarget = platformArchs(configuration, requested);
        const targets = [...byTarget]
            .sort(([a], [b]) => TARGETS.indexOf(a) - TARGETS.indexOf(b))
            .map(([target, archSet]) => {
            const archs = PLATFORM_ARCHS[platform].filter((arch) => archSet.has(arch));
            const stages = traceSelection(configuration, new Set(archs), target.machine, extra, archsDescription(configuration, target, archs));
            return { target, archs, stages, identifiers: stages.at(-1)?.remaining ?? [] };
        });
        const warnings = unmatchedSelectors('skip', configuration.skip.value, configuration.enable.groups).map((problem) => `${configuration.skip.source}: ${problem}; it has no effect`);
        return { configuration, targets, warnings };
    });
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/plan.ts








const FILTER_ORDER = ['archs', 'requires-python', 'enable', 'build', 'skip', 'python-versions'];
function stageAt(stages, filter) {
    const index = FILTER_ORDER.indexOf(filter);
    return [...stages].reverse().find((stage) => FILTER_ORDER.indexOf(stage.filter) <= index);
}
/** The filter after which nothing was left across `targets`, described with the settings that made it. */
function lastFilter(targets) {
    let before = 0;
    for (const filter of FILTER_ORDER) {
        const stages = targets.map((t) => stageAt(t.stages, filter));
        const total = stages.reduce((sum, stage) => sum + (stage?.remaining.length ?? 0), 0);
        if (total === 0) {
            const descriptions = [
                ...new Set(targets.flatMap((t) => t.stages.filter((s) => s.filter === filter).map((s) => s.description))),
            ];
            const tokens = targets.map((t) => t.target.token).join(', ');
            if (filter === 'archs')
                return descriptions.join('; ');
            return `${descriptions.join('; ')} removed the last ${before} identifier${before === 1 ? '' : 's'} (${tokens})`;
        }
        before = total;
    }
    return 'nothing was removed';
}
function pureDecision(request) {
    if (request.pure === 'auto')
        return { ...detectPure(request.files), decidedBy: 'detection' };
    return {
        pure: request.pure,
        reason: request.pure ? 'the pure input says so' : 'the pure input says the project has compiled code',
        decidedBy: 'input',
    };
}
function sdistJob(prefix) {
    return {
        kind: 'sdist',
        name: 'sdist',
        artifactName: `${prefix}sdist`,
        target: null,
        platform: null,
        archs: [],
        builds: ['sdist'],
    };
}
function pureJob(prefix, sdist) {
    const builds = sdist ? ['sdist', 'wheel'] : ['wheel'];
    const name = sdist ? 'pure-python wheel and sdist' : 'pure-python wheel';
    return {
        kind: 'pure',
        name,
        artifactName: `${prefix}pure`,
        target: null,
        platform: null,
        archs: [],
        builds,
    };
}
function emptyTargetNotes(selection, request) {
    const notes = [];
    const warnings = [];
    for (const target of selection.flatMap((p) => p.targets)) {
        if (target.identifiers.length > 0)
            continue;
        const line = `${target.target.token}: no job, ${lastFilter([target])}`;
        if (request.platforms.named.has(target.target.token))
            warnings.push(line);
        else
            notes.push(line);
    }
    return { notes, warnings };
}
/** Plans the release's jobs; throws a PlanError naming the setting to change when it cannot. */
function planBuild(request) {
    checkArtifactPrefix(request.artifactPrefix);
    const prefix = request.artifactPrefix;
    const project = expectedProjectName(declaredName(request.files));
    const pure = pureDecision(request);
    const base = { pure, project, prefix };
    if (pure.pure)
        return purePlan(request, base);
    const extra = pythonVersionsFilter(request.pythonVersions);
    const selection = selectTargets(request.files, request.env, request.platforms, extra ? [extra] : []);
    const targets = selection.flatMap((p) => p.targets);
    if (targets.every((t) => t.identifiers.length === 0))
        throw new PlanError(`nothing to build: ${lastFilter(targets)}`);
    const others = request.sdist ? [sdistJob(prefix)] : [];
    const fitted = fitJobs(targets, request.groupBy, {
        maxJobs: request.maxJobs,
        otherJobs: others.length,
        prefix,
    });
    const jobs = [...others, ...fitted.jobs];
    checkUniqueArtifacts(jobs.map((job) => job.artifactName));
    const { notes, warnings } = emptyTargetNotes(selection, request);
    return {
        jobs,
        groupBy: fitted.groupBy,
        pure,
        selection,
        sdistArtifactName: request.sdist ? `${prefix}sdist` : null,
        expected: {
            format: EXPECTED_FORMAT,
            project,
            pure: false,
            sdist: request.sdist ? { artifact: `${prefix}sdist`, pattern: sdistPattern(project) } : null,
            jobs: fitted.jobs.map((job) => ({
                name: job.name,
                artifact: job.artifactName,
                wheels: job.builds.map((id) => expectedWheel(project, id)),
            })),
        },
        notes: [...(fitted.note ? [fitted.note] : []), ...notes],
        warnings: [...selection.flatMap((p) => p.warnings), ...warnings],
    };
}
function purePlan(request, base) {
    const job = pureJob(base.prefix, request.sdist);
    return {
        jobs: [job],
        groupBy: request.groupBy,
        pure: base.pure,
        selection: [],
        sdistArtifactName: request.sdist ? job.artifactName : null,
        expected: {
            format: EXPECTED_FORMAT,
            project: base.project,
            pure: true,
            sdist: request.sdist ? { artifact: job.artifactName, pattern: sdistPattern(base.project) } : null,
            jobs: [{ name: job.name, artifact: job.artifactName, wheels: [expectedPureWheel(base.project)] }],
        },
        notes: [],
        warnings: [],
    };
}

;// CONCATENATED MODULE: ./packages/wheel-matrix/project/source.ts
/** Where a project's files come from: a directory on disk, or (in tests) a map of paths to text. */


/** A project directory on disk. */
function directorySource(root) {
    return {
        label: root,
        read(path) {
            try {
                return (0,external_node_fs_namespaceObject.readFileSync)((0,external_node_path_namespaceObject.join)(root, path), 'utf8');
            }
            catch (error) {
                const code = error.code;
                if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR')
                    return null;
                throw error;
            }
        },
        list(dir) {
            try {
                return (0,external_node_fs_namespaceObject.readdirSync)((0,external_node_path_namespaceObject.join)(root, dir), { withFileTypes: true }).map((entry) => ({
                    name: entry.name,
                    directory: entry.isDirectory(),
                }));
            }
            catch {
                return [];
            }
        },
    };
}
/** A project given as path → text, for tests and examples. */
function memorySource(files, label = '(memory)') {
    return {
        label,
        read: (path) => files[path] ?? null,
        list(dir) {
            const prefix = dir === '' ? '' : `${dir}/`;
            const entries = new Map();
            for (const path of Object.keys(files)) {
                if (!path.startsWith(prefix))
                    continue;
                const [name, ...rest] = path.slice(prefix.length).split('/');
                if (name)
                    entries.set(name, (entries.get(name) ?? false) || rest.length > 0);
            }
            return [...entries].map(([name, directory]) => ({ name, directory }));
        },
    };
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

;// CONCATENATED MODULE: ./actions/build-wheel-matrix/src/runners.ts
/**
 * GitHub-hosted runner labels for each planned job, and the runner-map input that overrides them. Targets
 * without a native hosted runner (ppc64le, s390x, riscv64, armv7l) run on ubuntu-latest under QEMU.
 */


/** The labels of GitHub's hosted runners for each target, and for the sdist and pure jobs. */
const DEFAULT_RUNNERS = {
    'linux-x86_64': 'ubuntu-latest',
    'linux-aarch64': 'ubuntu-24.04-arm',
    'linux-i686': 'ubuntu-latest',
    'linux-ppc64le': 'ubuntu-latest',
    'linux-s390x': 'ubuntu-latest',
    'linux-riscv64': 'ubuntu-latest',
    'linux-armv7l': 'ubuntu-latest',
    'macos-arm64': 'macos-latest',
    'macos-x86_64': 'macos-15-intel',
    'macos-universal2': 'macos-latest',
    'windows-amd64': 'windows-latest',
    'windows-arm64': 'windows-11-arm',
    'windows-x86': 'windows-latest',
    pyodide: 'ubuntu-latest',
    ios: 'macos-latest',
    android: 'ubuntu-latest',
    sdist: 'ubuntu-latest',
    pure: 'ubuntu-latest',
};
const KEYS = [...TARGETS.map((t) => t.token), ...Object.keys(COARSE_TOKENS), 'sdist', 'pure'];
function isRunsOn(value) {
    if (typeof value === 'string')
        return value.trim() !== '';
    return (Array.isArray(value) &&
        value.length > 0 &&
        value.every((label) => typeof label === 'string' && label.trim() !== ''));
}
/** Parses the runner-map input; the errors name the key or value and what is accepted. */
function parseRunnerMap(text) {
    if (text.trim() === '')
        return {};
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch (error) {
        throw new InputError(`Input runner-map is not JSON (${error.message}); write e.g. {"linux-aarch64": "my-arm-runner"}`);
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
        throw new InputError('Input runner-map must be a JSON object, e.g. {"linux-aarch64": "my-arm-runner"}');
    }
    for (const [key, value] of Object.entries(parsed)) {
        if (!KEYS.includes(key))
            throw new InputError(`Input runner-map: unknown key ${JSON.stringify(key)}; the keys are ${KEYS.join(', ')}`);
        if (!isRunsOn(value))
            throw new InputError(`Input runner-map: ${key} must be a runner label or a list of labels`);
    }
    return parsed;
}
/** The runs-on value of a job, and whether it needs QEMU (an emulated target not mapped to a runner of its own). */
function runnerFor(job, map) {
    const key = job.target?.token ?? job.kind;
    const own = map[key];
    const platformWide = job.platform ? map[job.platform] : undefined;
    const runner = own ?? platformWide ?? DEFAULT_RUNNERS[key] ?? 'ubuntu-latest';
    return { runner, qemu: (job.target?.emulated ?? false) && own === undefined };
}

;// CONCATENATED MODULE: ./actions/build-wheel-matrix/src/inputs.ts





/** A value checked by the planner's own rules, its complaint prefixed with the input's name. */
function checked(name, read) {
    try {
        return read();
    }
    catch (error) {
        if (error instanceof PlanError)
            throw new InputError(`Input ${name}: ${error.message}`);
        throw error;
    }
}
function projectDir() {
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const dir = (0,external_node_path_namespaceObject.resolve)(workspace, getInput('project-dir') || '.');
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_namespaceObject.statSync)(dir).isDirectory();
    }
    catch {
        // reported below
    }
    if (!isDirectory) {
        throw new InputError(`Input project-dir: ${dir} is not a directory; check out the project first, or fix the path`);
    }
    return dir;
}
function artifactPrefix() {
    // Empty is a valid choice (names like linux-x86_64); the runner fills in the default when unset.
    const prefix = getInput('artifact-prefix');
    const bad = forbiddenArtifactCharacter(prefix);
    if (bad !== null) {
        throw new InputError(`Input artifact-prefix ${JSON.stringify(prefix)} contains ${JSON.stringify(bad)}, which upload-artifact refuses in names ( " : < > | * ? \\ / and line breaks)`);
    }
    return prefix;
}
// Only the variables that decide selection: the others (CIBW_ENVIRONMENT, ...) may carry values not to log.
const SELECTION_VARIABLES = /^CIBW_(BUILD|SKIP|ENABLE|ARCHS|ARCHS_[A-Z]+|PROJECT_REQUIRES_PYTHON)$/;
function cibuildwheelVariables() {
    return Object.fromEntries(Object.entries(process.env).filter(([name]) => SELECTION_VARIABLES.test(name)));
}
/** Reads and checks every input; the errors name the input and what it accepts. */
function readSettings() {
    const pure = getChoiceInput('pure', ['auto', 'true', 'false'], 'auto');
    const pythonVersions = getInput('python-versions');
    checked('python-versions', () => pythonVersionsFilter(pythonVersions));
    return {
        projectDir: projectDir(),
        platforms: checked('platforms', () => parsePlatforms(getInput('platforms') || 'linux macos windows')),
        pythonVersions,
        pure: pure === 'auto' ? 'auto' : pure === 'true',
        groupBy: getChoiceInput('group-by', [...GROUPINGS].reverse(), 'platform'),
        maxJobs: getIntegerInput('max-jobs', 256, { min: 1, max: 256 }),
        runnerMap: parseRunnerMap(getInput('runner-map')),
        artifactPrefix: artifactPrefix(),
        sdist: getBooleanInput('sdist', true),
        env: cibuildwheelVariables(),
    };
}

;// CONCATENATED MODULE: ./actions/build-wheel-matrix/src/log.ts
/** The log: one group for the project, one per platform showing selection step by step, one for the jobs. */

function runsOn(entry) {
    return Array.isArray(entry.runner) ? entry.runner.join(', ') : entry.runner;
}
function logPlatform(selection) {
    const { configuration } = selection;
    const settings = [
        ['build', configuration.build.value, configuration.build.source],
        ['skip', configuration.skip.value || '(none)', configuration.skip.source],
        ['enable', [...configuration.enable.groups].join(' ') || '(none)', configuration.enable.source],
        ['archs', configuration.archs.value, configuration.archs.source],
        [
            'requires-python',
            configuration.requiresPython?.value ?? '(any)',
            configuration.requiresPython?.source ?? 'not declared',
        ],
    ];
    for (const [name, value, source] of settings)
        info(`${name} = ${JSON.stringify(value)}  (${source})`);
    for (const target of selection.targets) {
        const [first, ...rest] = target.stages;
        const steps = rest.map((stage) => `${stage.filter} ${stage.remaining.length}`);
        const archs = target.archs.join(' ') || 'no architecture';
        info(`${target.target.token}: ${first?.remaining.length ?? 0} identifiers for ${archs} → ${steps.join(' → ')}`);
        if (target.identifiers.length > 0)
            info(`  ${target.identifiers.join(' ')}`);
    }
}
/** Writes the log groups for a finished plan, and its warnings as annotations. */
async function logPlan(plan, projectDir, matrix) {
    await group('Project', () => {
        info(`project: ${projectDir} (${plan.expected.project ?? 'name not declared statically'})`);
        info(`pure: ${plan.pure.pure} (${plan.pure.decidedBy}): ${plan.pure.reason}`);
    });
    for (const selection of plan.selection) {
        await group(`Selection for ${selection.configuration.platform}`, () => logPlatform(selection));
    }
    await group(`Jobs (${matrix.length}, grouped by ${plan.groupBy})`, () => {
        for (const entry of matrix) {
            const qemu = entry.qemu ? ', QEMU' : '';
            info(`${entry.name} on ${runsOn(entry)}${qemu} → ${entry['artifact-name']}: ${entry.build}`);
        }
        for (const note of plan.notes)
            info(note);
    });
    for (const message of plan.warnings)
        warning(message);
}


;// CONCATENATED MODULE: ./actions/build-wheel-matrix/src/matrix.ts

/** The matrix for a plan, with runners from the defaults and `runnerMap`. */
function matrixOf(plan, runnerMap) {
    const enable = new Map(plan.selection.map((p) => [
        p.configuration.platform,
        [...p.configuration.enable.groups].sort().join(' '),
    ]));
    return {
        include: plan.jobs.map((job) => {
            const { runner, qemu } = runnerFor(job, runnerMap);
            return {
                name: job.name,
                kind: job.kind,
                runner,
                platform: job.platform ?? '',
                archs: job.archs.join(' '),
                build: job.builds.join(' '),
                enable: job.platform ? (enable.get(job.platform) ?? '') : '',
                qemu,
                'artifact-name': job.artifactName,
            };
        }),
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

;// CONCATENATED MODULE: ./actions/build-wheel-matrix/src/summary.ts
/** The job summary: the planned jobs with their runners and identifiers, then what decided the selection. */


function code(text) {
    return { html: text === '' ? '' : `<code>${escapeHtml(text)}</code>` };
}
function headline(plan, matrix) {
    const wheels = plan.expected.jobs.reduce((sum, job) => sum + job.wheels.length, 0);
    const jobs = `${matrix.length} job${matrix.length === 1 ? '' : 's'}`;
    if (plan.pure.pure)
        return `Build plan: pure-python project, ${jobs}`;
    return `Build plan: ${jobs}, ${wheels} wheel${wheels === 1 ? '' : 's'}${plan.sdistArtifactName ? ' and the sdist' : ''}`;
}
/** The summary of a plan. */
function planSummary(plan, matrix) {
    const summary = new Summary().heading(headline(plan, matrix));
    summary.paragraph(`${plan.pure.pure ? 'Pure' : 'Not pure'} (${plan.pure.decidedBy}): ${plan.pure.reason}.`);
    summary.table(['Job', 'Runner', 'Archs', 'Builds', 'Artifact'], matrix.map((entry) => [
        entry.name,
        runsOn(entry) + (entry.qemu ? ' (QEMU)' : ''),
        entry.archs,
        code(entry.build),
        code(entry['artifact-name']),
    ]));
    const notes = [...plan.warnings, ...plan.notes];
    if (notes.length > 0)
        summary.heading('Notes', 3).list(notes);
    if (plan.selection.length > 0) {
        summary.heading('What selected them', 3).table(['Platform', 'Setting', 'Value', 'From'], plan.selection.flatMap(({ configuration: c }) => [
            [c.platform, 'build', code(c.build.value), c.build.source],
            [c.platform, 'skip', code(c.skip.value), c.skip.source],
            [c.platform, 'enable', code([...c.enable.groups].join(' ')), c.enable.source],
            [c.platform, 'archs', code(c.archs.value), c.archs.source],
            [
                c.platform,
                'requires-python',
                code(c.requiresPython?.value ?? ''),
                c.requiresPython?.source ?? 'not declared',
            ],
        ]));
    }
    return summary;
}

;// CONCATENATED MODULE: ./actions/build-wheel-matrix/src/main.ts






/** The plan's expected document with each job's runner, so that collect-artifacts names it when it is missing. */
function expectedWithRunners(plan, matrix) {
    const runners = new Map(matrix.map((entry) => [entry.name, entry.runner]));
    return {
        ...plan.expected,
        jobs: plan.expected.jobs.map((job) => ({ ...job, runner: runners.get(job.name) })),
    };
}
function writeOutputs(plan, matrix) {
    setOutput('matrix', JSON.stringify({ include: matrix }));
    setOutput('job-count', String(matrix.length));
    setOutput('expected', JSON.stringify(expectedWithRunners(plan, matrix)));
    setOutput('pure', `${plan.pure.pure}: ${plan.pure.reason}`);
    setOutput('sdist-artifact-name', plan.sdistArtifactName ?? '');
}
async function makePlan(settings) {
    return group('Read the project and plan', () => {
        info(`project-dir ${settings.projectDir}, platforms ${settings.platforms.targets.map((t) => t.token).join(' ')}`);
        const cibw = Object.entries(settings.env)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([name, value]) => `${name}=${value ?? ''}`);
        if (cibw.length > 0)
            info(`cibuildwheel variables: ${cibw.join(' ')}`);
        return planBuild({ ...settings, files: readProjectFiles(directorySource(settings.projectDir)) });
    });
}
/** build-wheel-matrix: plans the wheel jobs and the files the release must contain. */
async function main() {
    const settings = readSettings();
    const plan = await makePlan(settings);
    const { include: matrix } = matrixOf(plan, settings.runnerMap);
    await logPlan(plan, settings.projectDir, matrix);
    writeOutputs(plan, matrix);
    planSummary(plan, matrix).write();
}

;// CONCATENATED MODULE: ./actions/build-wheel-matrix/src/index.ts


void runAction(main);

