export const id = 411;
export const ids = [411];
export const modules = {

/***/ 72792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  rehearse: () => (/* reexport */ rehearse)
});

// UNUSED EXPORTS: ExpressionProblem, TriggerError, WorkflowError, classifyStep, combinedResult, condition, evaluate, expandMatrix, hostEnv, nextReady, plainToken, readTrigger, readWorkflow, resolve

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
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

// EXTERNAL MODULE: ./packages/local-index/server.ts + 80 modules
var server = __webpack_require__(53236);
// EXTERNAL MODULE: ./packages/common/format.ts
var format = __webpack_require__(8839);
// EXTERNAL MODULE: ./node_modules/@actions/expressions/dist/index.js + 28 modules
var dist = __webpack_require__(34082);
;// CONCATENATED MODULE: ./packages/rehearsal/expressions.ts
/**
 * `${{ }}` expressions evaluated by GitHub's own expression engine (@actions/expressions, which the workflow
 * parser is built on), over the contexts a job has, with the status functions of where they are evaluated.
 */

const CONTEXT_NAMES = [
    'github',
    'env',
    'needs',
    'steps',
    'matrix',
    'inputs',
    'runner',
    'secrets',
    'job',
    'vars',
    'strategy',
];
const GREEN = { succeeded: true, failed: false, cancelled: false };
/** A bad expression: its text and what is wrong with it. */
class ExpressionProblem extends Error {
    name = 'ExpressionProblem';
}
function statusFunctions(status) {
    const answer = (name, value) => ({
        name,
        minArgs: 0,
        maxArgs: 0,
        call: () => new dist/* data.BooleanData */.p.bo(value()),
    });
    return [
        answer('success', () => status.succeeded && !status.cancelled),
        answer('failure', () => status.failed && !status.cancelled),
        answer('always', () => true),
        answer('cancelled', () => status.cancelled),
    ];
}
function toData(value) {
    return JSON.parse(JSON.stringify(value ?? null), dist/* data.reviver */.p.eD);
}
/** Evaluates one expression (without the `${{ }}`) to plain data. */
function evaluate(expression, contexts, status = GREEN) {
    const functions = statusFunctions(status);
    try {
        const lexed = new dist/* Lexer */.JG(expression).lex();
        const tree = new dist/* Parser */.iX(lexed.tokens, CONTEXT_NAMES, functions).parse();
        const context = toData(Object.fromEntries(CONTEXT_NAMES.map((name) => [name, contexts[name] ?? {}])));
        const result = new dist/* Evaluator */.oi(tree, context, new Map(functions.map((f) => [f.name, f]))).evaluate();
        return JSON.parse(JSON.stringify(result, dist/* data.replacer */.p.$U) ?? 'null');
    }
    catch (error) {
        throw new ExpressionProblem(`\${{ ${expression} }}: ${error.message}`);
    }
}
/** True when `value` is truthy as GitHub's expressions judge it (the `if:` rule). */
function truthy(value) {
    if (value === null || value === false || value === 0 || value === '')
        return false;
    return !(typeof value === 'number' && Number.isNaN(value));
}
/** A value as a string, the way `${{ }}` inside text renders it: objects and arrays as JSON. */
function asText(value) {
    if (value === null)
        return '';
    if (typeof value === 'object')
        return JSON.stringify(value, null, 2);
    return String(value);
}
const WHOLE = /^\s*\$\{\{([\s\S]*?)\}\}\s*$/;
const EMBEDDED = /\$\{\{([\s\S]*?)\}\}/g;
/** A workflow value with its expressions evaluated: a lone `${{ x }}` keeps x's type, text gets strings. */
function resolve(value, contexts, status = GREEN) {
    if (typeof value === 'string') {
        const whole = WHOLE.exec(value);
        // `${{ a }} and ${{ b }}` also matches WHOLE (lazily up to the last `}}`): that is text, not one expression.
        if (whole && !whole[1]?.includes('}}'))
            return evaluate(whole[1], contexts, status);
        return value.replace(EMBEDDED, (_match, expression) => asText(evaluate(expression, contexts, status)));
    }
    if (Array.isArray(value))
        return value.map((item) => resolve(item, contexts, status));
    if (value !== null && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, contexts, status)]));
    return value;
}
/** A mapping of strings (env, with, outputs) with each value resolved and rendered as text. */
function resolveStrings(values, contexts) {
    return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, asText(resolve(value, contexts))]));
}
/** Evaluates an `if:` condition (a bare expression, or one inside `${{ }}`). */
function condition(expression, contexts, status) {
    const whole = WHOLE.exec(expression);
    return truthy(evaluate(whole ? whole[1] : expression, contexts, status));
}

// EXTERNAL MODULE: ./packages/artifact-service/service.ts + 8 modules
var artifact_service_service = __webpack_require__(71499);
;// CONCATENATED MODULE: ./packages/collect/select.ts
/** Which artifacts a pattern picks: the newest of each name, or an error naming the pattern and what exists. */

/** True when `name` matches the glob `pattern`: `*` any run of characters, `?` one, the rest itself. */
function artifactNameMatches(pattern, name) {
    const regex = [...pattern]
        .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
        .join('');
    return new RegExp(`^${regex}$`, 's').test(name);
}
/** Newer first: a higher id (the service numbers artifacts as they are created), then a later creation time. */
function newer(a, b) {
    if (a.id !== b.id)
        return a.id > b.id;
    return (a.createdAt ?? '') > (b.createdAt ?? '');
}
const MAX_NAMES = 10;
/** The names of `artifacts`, for a message: sorted, once each, at most ten. */
function nameList(artifacts) {
    const names = [...new Set(artifacts.map((a) => a.name))].sort();
    const shown = names.slice(0, MAX_NAMES).join(', ');
    return names.length > MAX_NAMES ? `${shown}, and ${names.length - MAX_NAMES} more` : shown;
}
/**
 * The artifacts whose names match `pattern`, the newest of each name (a re-run attempt uploads its own), sorted
 * by name. Nothing matched is an error naming the pattern and the artifacts `source` has.
 */
function selectArtifacts(artifacts, pattern, source) {
    const newest = new Map();
    for (const artifact of artifacts) {
        if (!artifactNameMatches(pattern, artifact.name))
            continue;
        const seen = newest.get(artifact.name);
        if (!seen || newer(artifact, seen))
            newest.set(artifact.name, artifact);
    }
    if (newest.size === 0) {
        const what = artifacts.length === 0
            ? `${source} has no artifacts: upload them (actions/upload-artifact) in the jobs this one needs`
            : `none of the ${new Set(artifacts.map((a) => a.name)).size} artifacts of ${source} matches (${nameList(artifacts)}): fix the pattern input or the upload-artifact names`;
        throw new CollectError(`pattern ${JSON.stringify(pattern)} matched nothing: ${what}`);
    }
    return [...newest.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}

// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(38522);
;// CONCATENATED MODULE: ./packages/dists/zip-writer.ts
/** Writing small zip archives in memory: deflated or stored members, optional zip64 records, any method number. */

/**
 * A zip of `members` in memory, as upload-artifact and wheel builders write them (UTF-8 names, Unix modes); with
 * `zip64`, every size and offset goes through zip64 extra fields and end records.
 */
function writeZip(members, options = {}) {
    const zip64 = options.zip64 ?? false;
    const locals = [];
    const centrals = [];
    let offset = 0;
    for (const member of members) {
        const data = Buffer.isBuffer(member.data) ? member.data : Buffer.from(member.data);
        const method = member.method ?? 8;
        const body = method === 8 ? (0,external_node_zlib_.deflateRawSync)(data) : data;
        const name = Buffer.from(member.name);
        const crc = (0,external_node_zlib_.crc32)(data);
        const localExtra = zip64 ? zip64Extra([data.length, body.length]) : Buffer.alloc(0);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(0x04034b50, 0);
        local.writeUInt16LE(zip64 ? 45 : 20, 4);
        local.writeUInt16LE(0x800, 6);
        local.writeUInt16LE(method, 8);
        local.writeUInt16LE(0x21, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(zip64 ? 0xffffffff : body.length, 18);
        local.writeUInt32LE(zip64 ? 0xffffffff : data.length, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(localExtra.length, 28);
        locals.push(local, name, localExtra, body);
        const centralExtra = zip64 ? zip64Extra([data.length, body.length, offset]) : Buffer.alloc(0);
        const central = Buffer.alloc(46);
        central.writeUInt32LE(0x02014b50, 0);
        central.writeUInt16LE(0x0314, 4);
        central.writeUInt16LE(zip64 ? 45 : 20, 6);
        central.writeUInt16LE(0x800, 8);
        central.writeUInt16LE(method, 10);
        central.writeUInt16LE(0x21, 14);
        central.writeUInt32LE(crc, 16);
        central.writeUInt32LE(zip64 ? 0xffffffff : body.length, 20);
        central.writeUInt32LE(zip64 ? 0xffffffff : data.length, 24);
        central.writeUInt16LE(name.length, 28);
        central.writeUInt16LE(centralExtra.length, 30);
        central.writeUInt32LE(((member.mode ?? 0o100644) << 16) >>> 0, 38);
        central.writeUInt32LE(zip64 ? 0xffffffff : offset, 42);
        centrals.push(central, name, centralExtra);
        offset += 30 + name.length + localExtra.length + body.length;
    }
    const cd = Buffer.concat(centrals);
    const tail = [];
    if (zip64) {
        const record = Buffer.alloc(56);
        record.writeUInt32LE(0x06064b50, 0);
        record.writeBigUInt64LE(44n, 4);
        record.writeUInt16LE(45, 12);
        record.writeUInt16LE(45, 14);
        record.writeBigUInt64LE(BigInt(members.length), 24);
        record.writeBigUInt64LE(BigInt(members.length), 32);
        record.writeBigUInt64LE(BigInt(cd.length), 40);
        record.writeBigUInt64LE(BigInt(offset), 48);
        const locator = Buffer.alloc(20);
        locator.writeUInt32LE(0x07064b50, 0);
        locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
        locator.writeUInt32LE(1, 16);
        tail.push(record, locator);
    }
    const eocd = Buffer.alloc(22);
    eocd.writeUInt32LE(0x06054b50, 0);
    eocd.writeUInt16LE(zip64 ? 0xffff : members.length, 8);
    eocd.writeUInt16LE(zip64 ? 0xffff : members.length, 10);
    eocd.writeUInt32LE(zip64 ? 0xffffffff : cd.length, 12);
    eocd.writeUInt32LE(zip64 ? 0xffffffff : offset, 16);
    return Buffer.concat([...locals, cd, ...tail, eocd]);
}
function zip64Extra(values) {
    const extra = Buffer.alloc(4 + 8 * values.length);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(8 * values.length, 2);
    values.forEach((v, i) => extra.writeBigUInt64LE(BigInt(v), 4 + 8 * i));
    return extra;
}

// EXTERNAL MODULE: ./packages/dists/zip-reader.ts + 1 modules
var zip_reader = __webpack_require__(76081);
;// CONCATENATED MODULE: ./packages/rehearsal/artifact-steps.ts
/**
 * upload-artifact and download-artifact played against the artifact service stand-in (packages/artifact-service),
 * the same storage this suite's actions reach through the official client: what one job uploads, collect-artifacts
 * and later jobs download. The path, pattern and merge-multiple rules are upload/download-artifact v4's.
 */





const GLOB = /[*?[]/;
async function filesUnder(dir) {
    const entries = await (0,promises_.readdir)(dir, { withFileTypes: true, recursive: true }).catch(() => []);
    return entries.filter((entry) => entry.isFile()).map((entry) => (0,external_node_path_.join)(entry.parentPath, entry.name));
}
function globRegex(pattern) {
    const source = pattern
        .split('/')
        .map((part) => part === '**'
        ? '(?:.*)'
        : [...part]
            .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
            .join(''))
        .join('/');
    return new RegExp(`^${source.replace(/\(\?:\.\*\)\//g, '(?:.*/)?')}$`);
}
/** The files `path` (upload-artifact's lines: files, directories, globs) names, and the root they are relative to. */
async function uploadSelection(workspace, path) {
    const lines = path
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line && !line.startsWith('!'));
    const searchRoots = [];
    const files = new Set();
    for (const line of lines) {
        const absolute = (0,external_node_path_.resolve)(workspace, line);
        const globAt = line.search(GLOB);
        if (globAt < 0) {
            const info = await (0,promises_.stat)(absolute).catch(() => null);
            if (info?.isDirectory())
                for (const file of await filesUnder(absolute))
                    files.add(file);
            else if (info?.isFile())
                files.add(absolute);
            searchRoots.push(info?.isDirectory() ? absolute : (0,external_node_path_.dirname)(absolute));
            continue;
        }
        const base = (0,external_node_path_.resolve)(workspace, line.slice(0, globAt).replace(/[^/]*$/, '') || '.');
        searchRoots.push(base);
        const regex = globRegex(absolute.split(external_node_path_.sep).join('/'));
        for (const file of await filesUnder(base))
            if (regex.test(file.split(external_node_path_.sep).join('/')))
                files.add(file);
    }
    let root = searchRoots[0] ?? workspace;
    for (const other of searchRoots)
        while ((0,external_node_path_.relative)(root, other).startsWith('..'))
            root = (0,external_node_path_.dirname)(root);
    return { root, files: [...files].sort() };
}
/** upload-artifact: the files of `path` zipped under `name`, refused when that name was uploaded in this run. */
async function playUpload(setup, job, inputs) {
    const name = inputs['name'] || 'artifact';
    const { root, files } = await uploadSelection(job.workspace, inputs['path'] ?? '');
    setup.log.line(`upload-artifact: plays against the local artifact service: ${files.length} file(s) as '${name}'`);
    if (files.length === 0) {
        const mode = inputs['if-no-files-found'] || 'warn';
        const message = `upload-artifact: no files were found with the provided path: ${inputs['path'] ?? ''}`;
        if (mode === 'error')
            return { ok: false, problem: message };
        if (mode === 'warn')
            setup.log.line(`warning: ${message}; no artifact will be uploaded`);
        return { ok: true };
    }
    const service = await (0,artifact_service_service/* startArtifactService */.A)({ storageDir: setup.artifactStorage });
    try {
        if (service.artifacts(1).some((artifact) => artifact.name === name))
            return {
                ok: false,
                problem: `upload-artifact: an artifact named '${name}' was already uploaded in this run`,
            };
        const members = await Promise.all(files.map(async (file) => ({
            name: (0,external_node_path_.relative)(root, file).split(external_node_path_.sep).join('/'),
            data: await (0,promises_.readFile)(file),
        })));
        const artifact = await service.addArtifact({ runId: 1, attempt: 1, job: job.id, name }, writeZip(members));
        return {
            ok: true,
            outputs: { 'artifact-id': String(artifact.id), 'artifact-digest': artifact.digest ?? '' },
        };
    }
    finally {
        await service.close();
    }
}
/** The artifacts download-artifact's `name` or `pattern` picks (all of the run when neither is given). */
function chosen(artifacts, inputs) {
    const name = inputs['name'];
    if (name) {
        const artifact = artifacts.filter((a) => a.name === name).at(-1);
        return artifact ? [artifact] : `download-artifact: no artifact named '${name}' in this run`;
    }
    const pattern = inputs['pattern'];
    return artifacts.filter((artifact) => !pattern || artifactNameMatches(pattern, artifact.name));
}
async function extract(zip, scratch, into) {
    const file = (0,external_node_path_.join)(scratch, `${Date.now()}-${Math.random()}.zip`);
    await (0,promises_.writeFile)(file, zip);
    const archive = await zip_reader/* ZipArchive */.SJ.open(file);
    let count = 0;
    try {
        for (const entry of archive.entries) {
            if ((0,zip_reader/* zipEntryKind */.wK)(entry) !== 'file')
                continue;
            const target = (0,external_node_path_.resolve)(into, entry.name);
            if ((0,external_node_path_.relative)(into, target).startsWith('..'))
                throw new Error(`download-artifact: ${entry.name} leaves ${into}`);
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(target), { recursive: true });
            await (0,promises_.writeFile)(target, await archive.read(entry));
            count += 1;
        }
    }
    finally {
        await archive.close();
        await (0,promises_.rm)(file, { force: true });
    }
    return count;
}
/** download-artifact: by name into `path`; by pattern (or all) each into `path/<name>`, or together with merge-multiple. */
async function playDownload(setup, job, inputs) {
    const into = (0,external_node_path_.resolve)(job.workspace, inputs['path'] || '.');
    const service = await (0,artifact_service_service/* startArtifactService */.A)({ storageDir: setup.artifactStorage });
    const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)(job.tempDir, 'download-'));
    try {
        const picked = chosen(service.artifacts(1), inputs);
        if (typeof picked === 'string')
            return { ok: false, problem: picked };
        setup.log.line(`download-artifact: plays against the local artifact service: ${picked.map((a) => a.name).join(', ') || 'no artifacts'}`);
        const separate = !inputs['name'] && inputs['merge-multiple'] !== 'true';
        for (const artifact of picked) {
            const response = await fetch(service.downloadUrl(artifact.id));
            if (!response.ok)
                return { ok: false, problem: `download-artifact: ${artifact.name}: HTTP ${response.status}` };
            const zip = Buffer.from(await response.arrayBuffer());
            await extract(zip, scratch, separate ? (0,external_node_path_.join)(into, artifact.name) : into);
        }
        return { ok: true, outputs: { 'download-path': into } };
    }
    finally {
        await (0,promises_.rm)(scratch, { recursive: true, force: true });
        await service.close();
    }
}

// EXTERNAL MODULE: ./packages/process/run.ts + 4 modules
var run = __webpack_require__(18239);
;// CONCATENATED MODULE: ./packages/rehearsal/host.ts
/**
 * The host a rehearsal builds on: which wheel its interpreter makes, and the plan that expects exactly that wheel
 * (build-wheel-matrix limited to this platform, architecture and Python), so collect can prove the set complete.
 */

const PROBE = `import json, os, platform, sys
try:
    libc = os.confstr("CS_GNU_LIBC_VERSION") or ""
except (AttributeError, ValueError, OSError):
    libc = ""
print(json.dumps({"machine": platform.machine(), "tag": "cp%d%d" % sys.version_info[:2], "libc": libc}))`;
/** cibuildwheel's name of the OS Node reports as `platform`: linux, macos or windows. */
function cibwPlatform(platform) {
    return platform === 'darwin' ? 'macos' : platform === 'win32' ? 'windows' : 'linux';
}
/** cibuildwheel's name of `machine` on `platform`. */
function cibwArch(platform, machine) {
    const lower = machine.toLowerCase();
    if (platform === 'windows')
        return lower === 'arm64' ? 'ARM64' : 'AMD64';
    if (platform === 'macos')
        return lower === 'x86_64' ? 'x86_64' : 'arm64';
    return lower === 'arm64' ? 'aarch64' : lower === 'amd64' ? 'x86_64' : lower;
}
/** Reads the facts from `python` itself; throws one line when it cannot run. */
async function readHost(python, platform) {
    const result = await (0,run/* runProcess */.R3)(python, ['-c', PROBE]).catch((error) => ({
        code: 1,
        stdout: '',
        stderr: error.message,
    }));
    if (result.code !== 0)
        throw new Error(`--python ${python} cannot run: ${result.stderr.trim().split('\n').at(-1) ?? ''}`);
    const probe = JSON.parse(result.stdout);
    const glibc = /^glibc (\d+)\.(\d+)/.exec(probe.libc);
    return {
        platform,
        arch: cibwArch(platform, probe.machine),
        pythonTag: probe.tag,
        glibc: platform === 'linux' && glibc ? `${glibc[1]}_${glibc[2]}` : null,
    };
}
/** build-wheel-matrix's `platforms` and CIBW_BUILD for a plan of this host's one wheel. */
function hostPlan(host) {
    const platformTag = host.platform === 'linux'
        ? `manylinux_${host.arch}`
        : host.platform === 'macos'
            ? `macosx_${host.arch}`
            : `win_${host.arch.toLowerCase()}`;
    return {
        platforms: `${host.platform}-${host.arch.toLowerCase()}`,
        build: `${host.pythonTag}-${platformTag}`,
    };
}
/** The Python that retags a Linux wheel `linux_<arch>` as `manylinux_<glibc>_<arch>` (WHEEL, RECORD, file name). */
const RETAG_SCRIPT = `import base64, hashlib, os, sys, zipfile
path, tag = sys.argv[1], sys.argv[2]
name = os.path.basename(path)
plain = name.rsplit("-", 1)[1][: -len(".whl")]
if not plain.startswith("linux_"):
    sys.exit(0)
new_tag = tag + "_" + plain[len("linux_"):]
with zipfile.ZipFile(path) as source:
    members = [(info, source.read(info)) for info in source.infolist()]
def digest(data):
    return "sha256=" + base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
wheel_file = next(info.filename for info, _ in members if info.filename.endswith(".dist-info/WHEEL"))
out = []
for info, data in members:
    if info.filename == wheel_file:
        data = data.decode().replace(plain, new_tag).encode()
        members_wheel = data
    out.append((info, data))
for index, (info, data) in enumerate(out):
    if info.filename.endswith(".dist-info/RECORD"):
        lines = [line for line in data.decode().splitlines() if not line.startswith(wheel_file + ",")]
        lines.insert(0, "%s,%s,%d" % (wheel_file, digest(members_wheel), len(members_wheel)))
        out[index] = (info, ("\\n".join(lines) + "\\n").encode())
target = os.path.join(os.path.dirname(path), name[: -len(plain) - 4] + new_tag + ".whl")
with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as wheel:
    for info, data in out:
        wheel.writestr(info, data)
os.remove(path)
print("tagged %s for this host's glibc: %s" % (plain, os.path.basename(target)))`;

// EXTERNAL MODULE: ./packages/local-runner/file-command-parser.ts
var file_command_parser = __webpack_require__(5405);
;// CONCATENATED MODULE: ./packages/rehearsal/file-commands.ts
/** The files a runner gives each step (GITHUB_OUTPUT, GITHUB_ENV, GITHUB_PATH, …), and what a step wrote in them. */



/** Fresh, empty step files in `dir`; returns their environment. */
async function stepFileEnv(dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const files = {
        GITHUB_OUTPUT: (0,external_node_path_.join)(dir, 'output'),
        GITHUB_ENV: (0,external_node_path_.join)(dir, 'env'),
        GITHUB_PATH: (0,external_node_path_.join)(dir, 'path'),
        GITHUB_STEP_SUMMARY: (0,external_node_path_.join)(dir, 'summary.md'),
        GITHUB_STATE: (0,external_node_path_.join)(dir, 'state'),
    };
    await Promise.all(Object.values(files).map((file) => (0,promises_.writeFile)(file, '')));
    return files;
}
/** Reads what a step wrote into the files of `stepFileEnv(dir)`. */
async function readStepWrites(dir) {
    const read = (name) => (0,promises_.readFile)((0,external_node_path_.join)(dir, name), 'utf8').catch(() => '');
    const [output, env, path] = await Promise.all([read('output'), read('env'), read('path')]);
    return {
        outputs: (0,file_command_parser/* parseFileCommands */.c)(output, 'GITHUB_OUTPUT'),
        env: (0,file_command_parser/* parseFileCommands */.c)(env, 'GITHUB_ENV'),
        path: path.split(/\r?\n/).filter(Boolean),
    };
}

// EXTERNAL MODULE: ./packages/local-runner/runner-env.ts
var runner_env = __webpack_require__(49259);
;// CONCATENATED MODULE: ./packages/rehearsal/runner-env.ts
/** The environment a step of a rehearsed job runs with, as a runner sets it. */


/** The GITHUB_* and RUNNER_* variables of `job` (no step files, no inputs), from the rehearsed run's context. */
function runnerVariables(setup, job) {
    const github = setup.contexts.github;
    return (0,runner_env/* runnerVariables */.Gg)({
        workspace: job.workspace,
        runnerTemp: job.tempDir,
        eventName: setup.trigger.eventName,
        eventPath: (0,external_node_path_.join)(setup.workDir, 'event.json'),
        ref: setup.trigger.ref,
        sha: setup.trigger.sha,
        refName: String(github['ref_name'] ?? ''),
        refType: String(github['ref_type'] ?? ''),
        repository: String(github['repository'] ?? ''),
        workflow: setup.workflow.name,
        workflowRef: String(github['workflow_ref'] ?? ''),
        job: job.id,
        actor: 'rehearsal',
    });
}
/** PATH with the job's additions first. */
function jobPath(setup, job) {
    return [...job.path, setup.baseEnv['PATH'] ?? ''].filter(Boolean).join(external_node_path_.delimiter);
}
/** The whole environment of a step: the host's, the runner's variables, the job's env, then the step's. */
function stepEnvironment(setup, job, stepEnv) {
    return {
        ...setup.baseEnv,
        ...runnerVariables(setup, job),
        ...job.env,
        ...stepEnv,
        PATH: jobPath(setup, job),
    };
}

;// CONCATENATED MODULE: ./packages/rehearsal/shell-step.ts
/** A `run:` step: its script written to a file and run by bash, sh or python, as a runner runs it. */





// As GitHub's runner starts each shell (its documented command lines).
const SHELLS = {
    default: { extension: 'sh', command: (script) => ['bash', ['-e', script]] },
    bash: {
        extension: 'sh',
        command: (script) => ['bash', ['--noprofile', '--norc', '-eo', 'pipefail', script]],
    },
    sh: { extension: 'sh', command: (script) => ['sh', ['-e', script]] },
    python: { extension: 'py', command: (script) => ['python', [script]] },
};
/** Why a step was stopped: the rehearsal was interrupted, or else its job ran out of time. */
const stopped = (setup) => setup.signal.aborted
    ? 'stopped: the rehearsal was interrupted'
    : 'stopped: the job ran past its timeout-minutes';
/** Runs `script` with `shell` in the job's workspace (or `workingDirectory` inside it). */
async function runShellStep(setup, job, step) {
    const shell = SHELLS[step.shell] ?? SHELLS['default'];
    if (!shell)
        throw new Error('no shells');
    if (job.signal.aborted)
        return { ok: false, problem: stopped(setup) };
    const stepDir = (0,external_node_path_.join)(job.tempDir, `step-${step.index}`);
    const files = await stepFileEnv(stepDir);
    const scriptPath = (0,external_node_path_.join)(stepDir, `script.${shell.extension}`);
    await (0,promises_.writeFile)(scriptPath, step.script);
    const env = { ...stepEnvironment(setup, job, step.env), ...files };
    const [command, args] = shell.command(scriptPath);
    const running = await (0,run/* startProcess */.kp)(command, args, {
        cwd: step.workingDirectory ? (0,external_node_path_.join)(job.workspace, step.workingDirectory) : job.workspace,
        env,
        timeoutMs: 6 * 3600_000,
        onLine: (line, stream) => setup.log.output(line, stream),
    });
    const stop = () => void running.stop();
    // An interruption while the process was starting has already fired: stop it now.
    if (job.signal.aborted)
        stop();
    else
        job.signal.addEventListener('abort', stop, { once: true });
    const result = await running.result.finally(() => job.signal.removeEventListener('abort', stop));
    if (job.signal.aborted)
        return { ok: false, problem: stopped(setup) };
    if (result.code !== 0)
        return { ok: false, problem: `the ${command} script exited with ${result.code ?? result.signal}` };
    return { ok: true, ...(await readStepWrites(stepDir)) };
}

;// CONCATENATED MODULE: ./packages/rehearsal/local-equivalents.ts
/**
 * Local equivalents of the well-known actions the templates use, each saying in the log what it stands for:
 * checkout clones the project at the rehearsed commit, setup-python is a virtual environment of the host's
 * interpreter, setup-qemu is not needed, cibuildwheel builds this host's wheel with `python -m build`.
 */





async function quietly(command, args, cwd) {
    const result = await (0,run/* runProcess */.R3)(command, args, { cwd, timeoutMs: 600_000 });
    if (result.code !== 0)
        throw new Error(`${command} ${args.join(' ')}: ${result.stderr.trim().split('\n').at(-1)}`);
    return result.stdout;
}
/** actions/checkout: a fresh clone of the project, detached at the rehearsed commit, with its tags. */
async function playCheckout(setup, job) {
    setup.log.line(`checkout: plays as a clone of ${setup.projectDir} at ${setup.trigger.sha.slice(0, 12)}`);
    if ((await (0,promises_.readdir)(job.workspace)).length > 0)
        return { ok: false, problem: `checkout: the workspace ${job.workspace} is not empty` };
    await quietly('git', ['clone', '--quiet', '--no-hardlinks', '--no-checkout', setup.projectDir, '.'], job.workspace);
    await quietly('git', ['checkout', '--quiet', '--detach', setup.trigger.sha], job.workspace);
    return { ok: true };
}
/** actions/setup-python: a virtual environment of the host's interpreter (with its packages), first on PATH. */
async function playSetupPython(setup, job, inputs) {
    const dir = (0,external_node_path_.join)(job.tempDir, 'python');
    const asked = inputs['python-version']
        ? ` (python-version '${inputs['python-version']}' is not installed)`
        : '';
    setup.log.line(`setup-python: plays as a virtual environment of the host's ${setup.python}${asked}`);
    if (job.path.includes((0,external_node_path_.join)(dir, 'bin')))
        return { ok: true };
    try {
        await quietly(setup.python, ['-m', 'venv', '--system-site-packages', '--without-pip', dir], job.tempDir);
    }
    catch (error) {
        return { ok: false, problem: `setup-python: ${error.message}` };
    }
    const version = (await quietly((0,external_node_path_.join)(dir, 'bin', 'python'), ['-c', 'import platform; print(platform.python_version())'], dir)).trim();
    return {
        ok: true,
        outputs: { 'python-version': version, 'python-path': (0,external_node_path_.join)(dir, 'bin', 'python') },
        env: { pythonLocation: dir, Python_ROOT_DIR: dir },
        path: [(0,external_node_path_.join)(dir, 'bin')],
    };
}
/** docker/setup-qemu-action: nothing to do, since only this host's own wheels are built. */
function playSetupQemu(setup) {
    setup.log.line('setup-qemu: skipped (a rehearsal builds only the wheels this host runs natively)');
    return { ok: true };
}
/**
 * pypa/cibuildwheel: for the matrix entry of this host's platform and architecture, `python -m build --wheel`
 * into output-dir (the one wheel of the host's interpreter; on Linux tagged manylinux for the host's glibc, as
 * auditwheel's repair is not played); any other entry is skipped and said so.
 */
async function playCibuildwheel(setup, job, step) {
    const { host } = setup;
    const platform = step.env['CIBW_PLATFORM'] || job.env['CIBW_PLATFORM'] || host.platform;
    const archs = step.env['CIBW_ARCHS'] || job.env['CIBW_ARCHS'] || host.arch;
    if (platform !== host.platform || !archs.split(/[\s,]+/).includes(host.arch)) {
        setup.log.line(`cibuildwheel: skipped, ${platform} ${archs} wheels are not built on this ${host.platform} ${host.arch} host`);
        return { ok: true };
    }
    const outputDir = step.with['output-dir'] || 'wheelhouse';
    const packageDir = step.with['package-dir'] || '.';
    await (0,promises_.mkdir)((0,external_node_path_.join)(job.workspace, outputDir), { recursive: true });
    setup.log.line(`cibuildwheel: plays as '${setup.python} -m build --wheel' for ${host.pythonTag} on this host, into ${outputDir}`);
    const python = JSON.stringify(setup.python);
    const retag = host.glibc
        ? `for wheel in "${outputDir}"/*-linux_*.whl; do ${python} -c "$RETAG" "$wheel" manylinux_${host.glibc}; done\n`
        : '';
    return runShellStep(setup, job, {
        index: step.index,
        script: `${python} -m build --wheel --outdir "${outputDir}" "${packageDir}"\n${retag}`,
        shell: 'bash',
        env: { ...step.env, RETAG: RETAG_SCRIPT },
        workingDirectory: null,
    });
}

;// CONCATENATED MODULE: ./packages/rehearsal/steps.ts
const KNOWN = {
    'actions/checkout': 'checkout',
    'actions/setup-python': 'setup-python',
    'actions/upload-artifact': 'upload-artifact',
    'actions/download-artifact': 'download-artifact',
    'docker/setup-qemu-action': 'setup-qemu',
    'pypa/cibuildwheel': 'cibuildwheel',
};
/** The name of the action a `uses:` names (`owner/repo[/path]`, without `@ref`). */
function usesName(uses) {
    return uses.replace(/@.*$/, '');
}
/**
 * How to play `step`: `uses: <owner>/release-actions/<name>@…` (or `./dist/<name>`) is this suite's `<name>`
 * when `suiteActions` has it; a few well-known actions have local equivalents; anything else cannot be played.
 */
function classifyStep(step, suiteActions) {
    if (step.uses === null) {
        const shell = step.shell ?? 'default';
        if (shell === 'default' || shell === 'bash' || shell === 'python' || shell === 'sh')
            return { kind: 'run', shell };
        return { kind: 'unknown', reason: `shell '${shell}' cannot run here (bash, sh and python can)` };
    }
    const name = usesName(step.uses);
    const suite = /^(?:[^/]+\/release-actions|\.\/dist)\/([^/]+)$/.exec(name)?.[1];
    if (suite !== undefined) {
        if (suiteActions.includes(suite))
            return { kind: 'suite', action: suite };
        return { kind: 'unknown', reason: `release-actions has no action '${suite}'` };
    }
    const known = KNOWN[name.toLowerCase()];
    if (known !== undefined && known !== 'run' && known !== 'suite' && known !== 'unknown')
        return { kind: known };
    return { kind: 'unknown', reason: `no local equivalent of ${step.uses}` };
}

// EXTERNAL MODULE: ./packages/local-runner/action-metadata.ts
var action_metadata = __webpack_require__(62831);
// EXTERNAL MODULE: ./packages/local-runner/run-action.ts
var run_action = __webpack_require__(98261);
;// CONCATENATED MODULE: ./packages/rehearsal/suite-step.ts
/** A step that uses one of this suite's actions: its bundle run through the local runner, as a runner runs it. */




/**
 * The inputs the rehearsal sets: every `repository-url` is the embedded index (whatever the template says, so
 * nothing can reach PyPI), and verify-pypi's dependencies come from the extra index when one was given.
 */
function rehearsalInputs(declared, given, setup) {
    const inputs = { ...given };
    const notes = [];
    if (declared.includes('repository-url')) {
        inputs['repository-url'] = setup.indexUploadUrl;
        notes.push(`repository-url: the embedded index, ${setup.indexUploadUrl}`);
    }
    if (declared.includes('extra-index-url') && setup.extraIndexUrl && !given['extra-index-url']) {
        inputs['extra-index-url'] = setup.extraIndexUrl;
        notes.push(`extra-index-url: ${setup.extraIndexUrl}`);
    }
    return { inputs, notes };
}
/** Runs this suite's `action` with `with` as its inputs. */
async function runSuiteStep(setup, job, step) {
    const actionDir = (0,external_node_path_.join)(setup.suiteDir, step.action);
    const metadata = await (0,action_metadata/* readActionMetadata */.O)(actionDir);
    const { inputs, notes } = rehearsalInputs(Object.keys(metadata.inputs), step.with, setup);
    const env = { ...step.env };
    if (step.action === 'build-wheel-matrix') {
        // A plan of the one wheel this host builds: collect then proves exactly that set complete.
        const plan = hostPlan(setup.host);
        inputs['platforms'] = plan.platforms;
        env['CIBW_BUILD'] = plan.build;
        notes.push(`platforms: ${plan.platforms} and CIBW_BUILD: ${plan.build}, the wheel this host builds`);
    }
    for (const note of notes)
        setup.log.line(`rehearsal sets ${note}`);
    const idToken = job.idToken ? setup.idTokenEnv({ job: job.id, environment: job.environment }) : {};
    const environment = stepEnvironment(setup, job, env);
    // The runner's own variables win over runAction's defaults; the step files are runAction's.
    const run = await (0,run_action/* runAction */.C)({
        actionDir,
        inputs,
        event: { name: setup.trigger.eventName, payload: setup.trigger.payload },
        ref: setup.trigger.ref,
        sha: setup.trigger.sha,
        workspace: job.workspace,
        env: { ...environment, ...runnerVariables(setup, job), ...idToken },
        strictInputs: true,
        artifactStorage: setup.artifactStorage,
        signal: job.signal,
        timeoutMs: 6 * 3600_000,
        onLine: (line, stream) => setup.log.output(line, stream),
        ...(setup.node ? { node: setup.node } : {}),
    });
    if (run.exitCode !== 0) {
        const error = run.commands.find((command) => command.command === 'error')?.message;
        return { ok: false, problem: error ?? `${step.action} exited with ${run.exitCode ?? run.signal}` };
    }
    return { ok: true, outputs: run.outputs, env: run.env, path: run.path };
}

;// CONCATENATED MODULE: ./packages/rehearsal/job-run.ts
/** One job (one matrix combination) played step by step, with GitHub's rules for `if:`, outputs and env. */







/** The contexts a step's expressions see. */
function jobContexts(setup, job) {
    return {
        ...setup.contexts,
        env: job.env,
        needs: job.needs,
        matrix: job.matrix,
        steps: job.steps,
        job: { status: 'success' },
        runner: { os: setup.host.platform, arch: setup.host.arch, temp: job.tempDir },
    };
}
function stepLabel(step, index, contexts) {
    if (step.name !== null)
        return step.name;
    if (step.uses !== null)
        return `uses ${step.uses.replace(/@.*$/, '')}`;
    let script = step.run ?? '';
    try {
        script = resolveStrings({ run: script }, contexts)['run'] ?? script;
    }
    catch {
        // The step itself reports the bad expression.
    }
    return `run: ${script.trim().split('\n')[0]?.slice(0, 70) ?? `step ${index + 1}`}`;
}
async function play(setup, job, step, index, contexts) {
    const env = resolveStrings(step.env, contexts);
    const inputs = resolveStrings(step.with, contexts);
    const how = classifyStep(step, setup.suiteActions);
    switch (how.kind) {
        case 'run':
            return runShellStep(setup, job, {
                index,
                script: resolveStrings({ run: step.run ?? '' }, contexts)['run'] ?? '',
                shell: how.shell,
                env,
                workingDirectory: step.workingDirectory === null
                    ? null
                    : (resolveStrings({ dir: step.workingDirectory }, contexts)['dir'] ?? null),
            });
        case 'suite':
            return runSuiteStep(setup, job, { action: how.action, with: inputs, env });
        case 'checkout':
            return playCheckout(setup, job);
        case 'setup-python':
            return playSetupPython(setup, job, inputs);
        case 'setup-qemu':
            return playSetupQemu(setup);
        case 'cibuildwheel':
            return playCibuildwheel(setup, job, { index, with: inputs, env });
        case 'upload-artifact':
            return playUpload(setup, job, inputs);
        case 'download-artifact':
            return playDownload(setup, job, inputs);
        case 'unknown':
            return { ok: false, problem: how.reason };
    }
}
/** Plays the steps of `job` in order; a failed step fails the job, and later steps run only if their `if:` says so. */
async function runJobSteps(setup, job, steps) {
    await (0,promises_.mkdir)(job.tempDir, { recursive: true });
    await (0,promises_.mkdir)(job.workspace, { recursive: true });
    let problem = null;
    for (const [index, step] of steps.entries()) {
        const contexts = jobContexts(setup, job);
        const label = stepLabel(step, index, contexts);
        const status = { succeeded: problem === null, failed: problem !== null, cancelled: job.signal.aborted };
        let outcome;
        try {
            if (!condition(step.if, contexts, status)) {
                setup.log.line(`- ${label}: skipped (if: ${step.if})`);
                job.steps[step.id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
                continue;
            }
            setup.log.line(`- ${label}`);
            outcome = await play(setup, job, step, index, contexts);
        }
        catch (error) {
            outcome = { ok: false, problem: error.message };
        }
        const result = outcome.ok ? 'success' : 'failure';
        const tolerated = !outcome.ok && truthy(resolve(step.continueOnError, contexts));
        job.steps[step.id] = {
            outcome: result,
            conclusion: tolerated ? 'success' : result,
            outputs: outcome.outputs ?? {},
        };
        Object.assign(job.env, outcome.env ?? {});
        job.path.unshift(...(outcome.path ?? []).reverse());
        const failure = `step '${label}' failed: ${outcome.problem ?? 'it failed'}`;
        if (tolerated)
            setup.log.line(`  ${failure} (continue-on-error: the job goes on)`);
        else if (!outcome.ok) {
            problem ??= failure;
            setup.log.line(`  ${failure}`);
        }
    }
    return problem;
}

;// CONCATENATED MODULE: ./packages/rehearsal/matrix.ts
const isRecord = (value) => value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value);
const matches = (combination, filter, keys) => Object.entries(filter).every(([key, value]) => !keys.includes(key) || JSON.stringify(combination[key]) === JSON.stringify(value));
function product(axes) {
    let combinations = [{}];
    for (const [key, values] of axes)
        combinations = combinations.flatMap((combination) => values.map((value) => ({ ...combination, [key]: value })));
    return combinations;
}
/**
 * The combinations of a resolved matrix: the product of its axes, less `exclude`, with each `include` entry
 * added to every combination whose original values it does not change, or as a combination of its own.
 * A job without a matrix is one combination with no values. Throws with the reason for a malformed matrix.
 */
function expandMatrix(matrix) {
    if (matrix === null)
        return [{}];
    if (!isRecord(matrix))
        throw new Error(`strategy.matrix must be a mapping, not ${JSON.stringify(matrix)}`);
    const axes = [];
    for (const [key, values] of Object.entries(matrix)) {
        if (key === 'include' || key === 'exclude')
            continue;
        if (!Array.isArray(values))
            throw new Error(`strategy.matrix.${key} must be a list, not ${JSON.stringify(values)}`);
        axes.push([key, values]);
    }
    const keys = axes.map(([key]) => key);
    const excluded = (Array.isArray(matrix['exclude']) ? matrix['exclude'] : []).filter(isRecord);
    const base = axes.length === 0 ? [] : product(axes).filter((c) => !excluded.some((e) => matches(c, e, keys)));
    const combinations = base.map((combination) => ({ ...combination }));
    for (const entry of (Array.isArray(matrix['include']) ? matrix['include'] : []).filter(isRecord)) {
        const targets = combinations.filter((combination, index) => index < base.length && matches(combination, entry, keys));
        if (targets.length === 0)
            combinations.push({ ...entry });
        for (const target of targets)
            Object.assign(target, entry);
    }
    if (combinations.length === 0)
        throw new Error('strategy.matrix has no combinations');
    return combinations;
}

;// CONCATENATED MODULE: ./packages/rehearsal/engine.ts
/**
 * A workflow's jobs played in the order their `needs` allow, each only if its `if:` (GitHub's reading, with the
 * implied `success()`) holds over the results of the jobs it needs; matrix jobs once per combination.
 */





/** The next job whose needs have all finished, in file order. */
function nextReady(jobs, finished) {
    return jobs.find((job) => !finished.has(job.id) && job.needs.every((need) => finished.has(need)));
}
/** A matrix job's result from its combinations': any failure fails it, all skipped skips it. */
function combinedResult(results) {
    if (results.includes('failure'))
        return 'failure';
    if (results.includes('cancelled'))
        return 'cancelled';
    if (results.length > 0 && results.every((result) => result === 'skipped'))
        return 'skipped';
    return 'success';
}
function displayName(job, matrix, contexts) {
    if (job.name !== null)
        return asText(resolve(job.name, { ...contexts, matrix }));
    const values = Object.values(matrix).map((value) => asText(value));
    return values.length > 0 ? `${job.id} (${values.join(', ')})` : job.id;
}
function environmentName(environment, contexts) {
    const resolved = resolve(environment, contexts);
    if (resolved === null)
        return null;
    if (typeof resolved === 'object' && !Array.isArray(resolved))
        return resolved['name'] ? asText(resolved['name']) : null;
    return asText(resolved);
}
const writesIdToken = (permissions) => permissions === 'write-all' ||
    (permissions !== null &&
        typeof permissions === 'object' &&
        !Array.isArray(permissions) &&
        permissions['id-token'] === 'write');
/** GitHub's limit on a job: its `timeout-minutes`, 360 by default. */
function jobTimeout(job, contexts) {
    const minutes = job.timeoutMinutes === null ? 360 : Number(resolve(job.timeoutMinutes, contexts));
    if (!Number.isFinite(minutes) || minutes <= 0)
        throw new Error(`job '${job.id}': timeout-minutes must be a number above 0, not ${String(job.timeoutMinutes)}`);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), minutes * 60_000);
    return { signal: controller.signal, clear: () => clearTimeout(timer) };
}
/** One combination of `job`, played; its report and outputs. */
async function runCombination(setup, job, matrix, scope) {
    const contexts = { ...setup.contexts, needs: scope.needs, matrix };
    const name = displayName(job, matrix, contexts);
    const dir = (0,external_node_path_.join)(setup.workDir, 'jobs', `${job.id}-${scope.index + 1}`);
    const started = Date.now();
    setup.log.line(`▶ ${name}`);
    const env = resolveStrings({ ...setup.workflow.env, ...job.env }, { ...contexts, env: resolveStrings(setup.workflow.env, contexts) });
    const timeout = jobTimeout(job, contexts);
    const state = {
        id: job.id,
        name,
        workspace: (0,external_node_path_.join)(dir, 'workspace'),
        tempDir: (0,external_node_path_.join)(dir, 'temp'),
        matrix,
        needs: scope.needs,
        env,
        path: [],
        steps: {},
        environment: environmentName(job.environment, contexts),
        idToken: writesIdToken(job.permissions),
        signal: AbortSignal.any([setup.signal, timeout.signal]),
    };
    const problem = await runJobSteps(setup, state, job.steps).finally(() => timeout.clear());
    const outputs = problem === null ? resolveStrings(job.outputs, { ...contexts, steps: state.steps, env: state.env }) : {};
    const result = problem === null ? 'success' : setup.signal.aborted ? 'cancelled' : 'failure';
    const report = { id: job.id, name, result, durationMs: Date.now() - started, reason: problem };
    const took = (0,format/* formatSeconds */.Xo)(report.durationMs / 1000);
    setup.log.line(`${result === 'success' ? '✔' : '✖'} ${name}: ${result} in ${took}${problem ? `: ${problem}` : ''}`);
    return { report, outputs };
}
/** The reports of one job: skipped, or one per combination. */
async function runJob(setup, job, needs) {
    const contexts = { ...setup.contexts, needs };
    const results = job.needs.map((need) => needs[need]?.result);
    const status = {
        succeeded: results.every((result) => result === 'success'),
        failed: results.some((result) => result === 'failure'),
        cancelled: setup.signal.aborted,
    };
    if (!condition(job.if, contexts, status)) {
        const blockers = job.needs.filter((need) => needs[need]?.result !== 'success');
        const reason = blockers.length > 0 ? `needs ${blockers.join(', ')}, which did not succeed` : `if: ${job.if} is false`;
        setup.log.line(`○ ${job.id}: skipped (${reason})`);
        return {
            reports: [{ id: job.id, name: job.id, result: 'skipped', durationMs: 0, reason }],
            entry: { result: 'skipped', outputs: {} },
        };
    }
    if (job.calls !== null)
        throw new Error(`job '${job.id}' calls the reusable workflow ${job.calls}, which a rehearsal cannot play`);
    const combinations = expandMatrix(resolve(job.matrix, contexts));
    const reports = [];
    const outputs = {};
    for (const [index, matrix] of combinations.entries()) {
        const played = await runCombination(setup, job, matrix, { index, needs });
        reports.push(played.report);
        for (const [key, value] of Object.entries(played.outputs))
            if (value !== '')
                outputs[key] = value;
    }
    return { reports, entry: { result: combinedResult(reports.map((r) => r.result)), outputs } };
}
/** Plays every job of the workflow; resolves with one report per job played (or skipped). */
async function playWorkflow(setup) {
    const finished = new Map();
    const reports = [];
    const jobs = setup.workflow.jobs;
    for (let job = nextReady(jobs, new Set(finished.keys())); job; job = nextReady(jobs, new Set(finished.keys()))) {
        const needs = Object.fromEntries(job.needs.map((need) => [need, finished.get(need)]));
        let played;
        try {
            played = await runJob(setup, job, needs);
        }
        catch (error) {
            const reason = error.message;
            setup.log.line(`✖ ${job.id}: failure (${reason})`);
            played = {
                reports: [{ id: job.id, name: job.id, result: 'failure', durationMs: 0, reason }],
                entry: { result: 'failure', outputs: {} },
            };
        }
        reports.push(...played.reports);
        finished.set(job.id, played.entry);
    }
    return reports;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(37067);
;// CONCATENATED MODULE: ./packages/rehearsal/oidc-issuer.ts
/**
 * A stand-in for GitHub's OIDC token service, for the job that publishes: the request contract @actions/core's
 * client speaks (ACTIONS_ID_TOKEN_REQUEST_URL with a bearer token, `&audience=`), RS256 tokens with GitHub's
 * claim names for that job, signed by a key only the rehearsal's index trusts.
 */


/** GitHub's issuer, which the tokens name (trusted publishing matches publishers by it). */
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
const part = (value) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** Starts the issuer on a free loopback port. */
async function startOidcIssuer() {
    const { privateKey, publicKey } = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 });
    const kid = (0,external_node_crypto_.randomUUID)();
    const jobs = new Map();
    const mint = (claims, audience) => {
        const now = Math.floor(Date.now() / 1000);
        const body = {
            jti: (0,external_node_crypto_.randomUUID)(),
            aud: audience,
            iss: GITHUB_ISSUER,
            iat: now,
            nbf: now,
            exp: now + 300,
            ...claims,
        };
        const input = `${part({ alg: 'RS256', typ: 'JWT', kid })}.${part(body)}`;
        return `${input}.${(0,external_node_crypto_.sign)('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
    };
    const server = (0,external_node_http_.createServer)((request, response) => {
        const url = new URL(request.url ?? '/', 'http://localhost');
        const claims = jobs.get((request.headers.authorization ?? '').replace(/^Bearer /, ''));
        if (!claims || url.searchParams.get('api-version') !== '2.0') {
            response.writeHead(401, { 'content-type': 'application/json' }).end('{"message":"unauthorized"}');
            return;
        }
        const value = mint(claims, url.searchParams.get('audience') ?? `https://github.com/${String(claims['repository_owner'])}`);
        response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ value }));
    });
    await new Promise((listening) => server.listen(0, '127.0.0.1', listening));
    const { port } = server.address();
    return {
        jwks: { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] },
        jobEnv: (claims) => {
            const token = `rehearsal-${(0,external_node_crypto_.randomUUID)()}`;
            jobs.set(token, claims);
            return {
                ACTIONS_ID_TOKEN_REQUEST_URL: `http://127.0.0.1:${port}/token?api-version=2.0`,
                ACTIONS_ID_TOKEN_REQUEST_TOKEN: token,
            };
        },
        close: () => new Promise((closed) => server.close(() => closed())),
    };
}

;// CONCATENATED MODULE: ./packages/rehearsal/trigger.ts
/** The push or pull request a rehearsal stands for, read from the project's git repository. */

/** A project the rehearsal cannot stand a trigger on (not a repository, no tag to release). */
class TriggerError extends Error {
    name = 'TriggerError';
}
async function git(projectDir, args) {
    const result = await (0,run/* runProcess */.R3)('git', args, { cwd: projectDir });
    if (result.code !== 0)
        throw new TriggerError(`${projectDir}: git ${args.join(' ')} failed: ${result.stderr.trim().split('\n').at(-1) ?? ''}`);
    return result.stdout.trim();
}
/**
 * The trigger of `event` on `projectDir`: `tag` is a push of the project's newest `v*` tag (by version) at its
 * commit; `branch` a push of HEAD to refs/heads/main; `pull_request` pull request 1 whose head is HEAD.
 */
async function readTrigger(projectDir, event, repository) {
    const inside = await (0,run/* runProcess */.R3)('git', ['rev-parse', '--is-inside-work-tree'], { cwd: projectDir }).catch(() => null);
    if (inside?.stdout.trim() !== 'true')
        throw new TriggerError(`${projectDir} is not a git repository: rehearse checks out a commit, so 'git init' and commit first`);
    if (event === 'tag') {
        const tag = (await git(projectDir, ['tag', '--list', 'v*', '--sort=-v:refname'])).split('\n')[0];
        if (!tag)
            throw new TriggerError(`${projectDir} has no v* tag: tag the release (git tag v1.0.0) or rehearse --event branch`);
        const sha = await git(projectDir, ['rev-list', '-n', '1', tag]);
        const ref = `refs/tags/${tag}`;
        return {
            eventName: 'push',
            ref,
            sha,
            payload: { ref, after: sha, repository: { full_name: repository } },
        };
    }
    const sha = await git(projectDir, ['rev-parse', 'HEAD']);
    if (event === 'branch') {
        const ref = 'refs/heads/main';
        return {
            eventName: 'push',
            ref,
            sha,
            payload: { ref, after: sha, repository: { full_name: repository } },
        };
    }
    const payload = {
        number: 1,
        pull_request: {
            number: 1,
            head: { sha, ref: 'feature', repo: { full_name: repository, fork: false } },
            base: { ref: 'main', repo: { full_name: repository } },
        },
        repository: { full_name: repository },
    };
    return { eventName: 'pull_request', ref: 'refs/pull/1/merge', sha, payload };
}
/** The `github` context of a run of `workflowFile` for `trigger`. */
function githubContext(trigger, repository, workflow) {
    const [, kind, name] = /^refs\/(heads|tags|pull)\/(.*)$/.exec(trigger.ref) ?? [];
    return {
        event_name: trigger.eventName,
        event: trigger.payload,
        ref: trigger.ref,
        ref_name: name ?? trigger.ref,
        ref_type: kind === 'tags' ? 'tag' : 'branch',
        sha: trigger.sha,
        repository,
        repository_owner: repository.split('/')[0] ?? '',
        workflow: workflow.name,
        workflow_ref: `${repository}/.github/workflows/${workflow.file}@${trigger.ref}`,
        head_ref: trigger.eventName === 'pull_request' ? 'feature' : '',
        base_ref: trigger.eventName === 'pull_request' ? 'main' : '',
        run_id: '1',
        run_number: '1',
        run_attempt: '1',
        actor: 'rehearsal',
        server_url: 'https://github.com',
        api_url: 'https://api.github.com',
        token: '',
    };
}

// EXTERNAL MODULE: ./node_modules/@actions/workflow-parser/dist/index.js + 68 modules
var workflow_parser_dist = __webpack_require__(34723);
;// CONCATENATED MODULE: ./packages/rehearsal/workflow.ts
/**
 * A workflow template as GitHub reads it: parsed and converted by the official @actions/workflow-parser, so the
 * job graph, `needs` and each `if:` (with its implied `success()`) are GitHub's own reading, never a copy.
 */

/** The parser's errors for a workflow it cannot read. */
class WorkflowError extends Error {
    file;
    problems;
    name = 'WorkflowError';
    constructor(file, problems) {
        super(problems.length > 0 ? problems.join('; ') : `${file}: not a workflow`);
        this.file = file;
        this.problems = problems;
    }
}
/** A parser token as plain data: mappings, sequences and literals as themselves, expressions as `${{ … }}`. */
function plainToken(token) {
    if ((0,workflow_parser_dist/* isMapping */.pi)(token))
        return Object.fromEntries([...token].map((pair) => [String(plainToken(pair.key)), plainToken(pair.value)]));
    if ((0,workflow_parser_dist/* isSequence */.wZ)(token))
        return [...token].map(plainToken);
    if ((0,workflow_parser_dist/* isBasicExpression */.hR)(token))
        return `\${{ ${token.expression} }}`;
    if ((0,workflow_parser_dist/* isLiteral */.c$)(token))
        return token.toJSON();
    return token.toString();
}
const record = (value) => value !== null && typeof value === 'object' && !Array.isArray(value) ? value : {};
const workflow_text = (value) => value === undefined || value === null ? null : String(value);
/** `raw`'s `defaults.run` over `outer`'s: a job's defaults win over the workflow's, as GitHub reads them. */
function runDefaults(raw, outer) {
    const run = record(record(raw['defaults'])['run']);
    return {
        shell: workflow_text(run['shell']) ?? outer.shell,
        workingDirectory: workflow_text(run['working-directory']) ?? outer.workingDirectory,
    };
}
function readStep(raw, id, condition, defaults) {
    const run = workflow_text(raw['run']);
    // Defaults only ever apply to `run` steps.
    const fallback = run === null ? { shell: null, workingDirectory: null } : defaults;
    return {
        id,
        name: workflow_text(raw['name']),
        if: condition,
        uses: workflow_text(raw['uses']),
        run,
        shell: workflow_text(raw['shell']) ?? fallback.shell,
        workingDirectory: workflow_text(raw['working-directory']) ?? fallback.workingDirectory,
        with: record(raw['with']),
        env: record(raw['env']),
        continueOnError: raw['continue-on-error'] ?? false,
    };
}
/** Reads workflow `content` (named `file` in errors); throws WorkflowError with the parser's errors. */
async function readWorkflow(content, file) {
    const parsed = (0,workflow_parser_dist/* parseWorkflow */.hM)({ name: file, content }, new workflow_parser_dist/* NoOperationTraceWriter */.P0());
    const template = parsed.value ? await (0,workflow_parser_dist/* convertWorkflowTemplate */.DE)(parsed.context, parsed.value) : null;
    const problems = [
        ...new Set([
            ...parsed.context.errors.getErrors().map((error) => error.message),
            ...(template?.errors ?? []).map((error) => error.Message),
        ]),
    ];
    if (!template || !parsed.value || problems.length > 0)
        throw new WorkflowError(file, problems);
    const document = record(plainToken(parsed.value));
    const rawJobs = record(document['jobs']);
    const workflowDefaults = runDefaults(document, { shell: null, workingDirectory: null });
    const jobs = template.jobs.map((job) => {
        const id = job.id.value;
        const raw = record(rawJobs[id]);
        const rawSteps = Array.isArray(raw['steps']) ? raw['steps'] : [];
        const steps = 'steps' in job ? job.steps : [];
        const defaults = runDefaults(raw, workflowDefaults);
        return {
            id,
            name: raw['name'] ?? null,
            needs: (job.needs ?? []).map((need) => need.value),
            if: job.if.expression,
            matrix: record(raw['strategy'])['matrix'] ?? null,
            env: record(raw['env']),
            outputs: record(raw['outputs']),
            environment: raw['environment'] ?? null,
            permissions: raw['permissions'] ?? null,
            timeoutMinutes: raw['timeout-minutes'] ?? null,
            calls: job.type === 'reusableWorkflowJob' ? job.ref.value : null,
            steps: steps.map((step, index) => readStep(record(rawSteps[index]), step.id, step.if?.expression ?? 'success()', defaults)),
        };
    });
    return { name: workflow_text(document['name']) ?? file, env: record(document['env']), jobs };
}

;// CONCATENATED MODULE: ./packages/rehearsal/rehearse.ts
/** A whole rehearsal: the trigger, the embedded index with trusted publishing, every job played, and clean-up. */









const RUNNER_OWNED = /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_)/;
/** The host's environment without what a runner sets itself (a rehearsal run inside Actions must not leak in). */
function hostEnv(env) {
    return Object.fromEntries(Object.entries(env).filter((entry) => entry[1] !== undefined && !RUNNER_OWNED.test(entry[0])));
}
/** The names of the actions built in `suiteDir`. */
async function suiteActions(suiteDir) {
    const entries = await (0,promises_.readdir)(suiteDir, { withFileTypes: true });
    const names = await Promise.all(entries
        .filter((entry) => entry.isDirectory())
        .map(async (entry) => (await (0,promises_.readFile)((0,external_node_path_.join)(suiteDir, entry.name, 'action.yml')).catch(() => null)) ? entry.name : null));
    return names.filter((name) => name !== null);
}
/** The environment names of the jobs that may ask for an OIDC token, when each is written as a literal. */
function publishingEnvironments(workflow) {
    const names = workflow.jobs
        .filter((job) => JSON.stringify(job.permissions ?? {}).includes('"id-token":"write"'))
        .map((job) => typeof job.environment === 'object' && job.environment && !Array.isArray(job.environment)
        ? job.environment['name']
        : job.environment)
        .filter((name) => typeof name === 'string' && !name.includes('${{'));
    return [...new Set(names)];
}
/** Rehearses the workflow at `options.templatePath` on the project. */
async function rehearse(options) {
    const projectDir = (0,external_node_path_.resolve)(options.projectDir);
    const file = (0,external_node_path_.basename)(options.templatePath);
    const workflow = await readWorkflow(await (0,promises_.readFile)(options.templatePath, 'utf8'), file);
    const repository = options.repository ?? `local/${(0,external_node_path_.basename)(projectDir).toLowerCase()}`;
    const trigger = await readTrigger(projectDir, options.event, repository);
    const python = options.python ?? 'python3';
    const host = await readHost(python, cibwPlatform(process.platform));
    const workDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)(options.tempDir, 'release-actions-rehearsal-'));
    const issuer = await startOidcIssuer();
    try {
        const storageDir = options.indexStorage ?? (0,external_node_path_.join)(workDir, 'index');
        await (0,promises_.mkdir)(storageDir, { recursive: true });
        const environments = publishingEnvironments(workflow);
        const index = await (0,server/* startIndex */.f)({
            storageDir,
            trustedPublishers: [
                {
                    issuer: GITHUB_ISSUER,
                    jwks: issuer.jwks,
                    repository,
                    workflow: file,
                    ...(environments.length === 1 ? { environment: environments[0] } : {}),
                },
            ],
        });
        try {
            await (0,promises_.writeFile)((0,external_node_path_.join)(workDir, 'event.json'), JSON.stringify(trigger.payload));
            const github = githubContext(trigger, repository, { name: workflow.name, file });
            const setup = {
                workflow,
                trigger,
                contexts: { github, vars: {}, inputs: {}, secrets: {} },
                log: options.log,
                projectDir,
                workDir,
                suiteDir: (0,external_node_path_.resolve)(options.suiteDir),
                suiteActions: await suiteActions(options.suiteDir),
                python,
                artifactStorage: (0,external_node_path_.join)(workDir, 'artifacts'),
                indexUploadUrl: index.uploadUrl,
                extraIndexUrl: options.extraIndexUrl ?? null,
                // publish-pypi signs PEP 740 attestations under trusted publishing, and verify-pypi checks them: both
                // against the index's Sigstore stand-in, as the real ones would against public-good Sigstore.
                baseEnv: { ...hostEnv(options.env), [SIGSTORE_URL_ENV]: `${index.url}/_/sigstore` },
                host,
                idTokenEnv: ({ job, environment }) => issuer.jobEnv({
                    sub: `repo:${repository}:${environment ? `environment:${environment}` : `ref:${trigger.ref}`}`,
                    repository,
                    repository_owner: repository.split('/')[0],
                    workflow_ref: github['workflow_ref'],
                    job_workflow_ref: github['workflow_ref'],
                    ref: trigger.ref,
                    sha: trigger.sha,
                    event_name: trigger.eventName,
                    job_workflow_sha: trigger.sha,
                    runner_environment: 'github-hosted',
                    ...(environment ? { environment } : {}),
                    job,
                }),
                signal: options.signal,
                ...(options.node ? { node: options.node } : {}),
            };
            const jobs = await playWorkflow(setup);
            return { trigger, workflow, jobs, indexUrl: index.url };
        }
        finally {
            await index.close();
        }
    }
    finally {
        await issuer.close();
        await (0,promises_.rm)(workDir, { recursive: true, force: true });
    }
}

;// CONCATENATED MODULE: ./packages/rehearsal/index.ts
/**
 * rehearsal: a release workflow template played locally on a real project, as GitHub would run it (the parser's
 * job graph and conditions, this suite's bundles, local equivalents of the well-known actions, the embedded index
 * with trusted publishing). See README.md.
 */









/***/ })

};
