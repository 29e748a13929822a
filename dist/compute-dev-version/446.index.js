export const id = 446;
export const ids = [446];
export const modules = {

/***/ 446:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  computeVersion: () => (/* reexport */ computeVersion)
});

// UNUSED EXPORTS: DEFAULT_TAG_REGEX, LOCAL_SCHEMES, PRETEND_KEY, VERSION_SCHEMES, VersionError, applyVersionScheme, createGit, describeArgs, describeSpecFromCommand, dockerTag, gitEnvironment, isVersionScheme, localVersion, parseDescribe, prefixRules, pretendVersionEnv, projectFactsFromToml, publishDecision, readProjectFacts, tagRules, versionFromTag

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(455);
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
    return Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 421, 23)).then(({ spawn }) => new Promise((resolve) => {
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
        if (!(0,external_node_fs_.statSync)(file).isFile())
            return false;
        if (platform !== 'win32')
            (0,external_node_fs_.accessSync)(file, external_node_fs_.constants.X_OK);
        return true;
    }
    catch {
        return false;
    }
}
async function isDirectory(path) {
    return (0,promises_.stat)(path).then((stats) => stats.isDirectory(), () => false);
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
    const { spawn } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 421, 23));
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
        return `did not finish within ${formatSeconds(result.timeoutMs / 1000)} and was stopped, with every process it started`;
    if (result.code !== null)
        return `exited with code ${result.code}`;
    return `was ended by ${result.signal ?? 'an unknown signal'}`;
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
            shallowFile: (0,external_node_path_.resolve)(cwd, shallowFile ?? '.git/shallow'),
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
        shallowFile: (0,external_node_path_.resolve)(cwd, shallowFile ?? '.git/shallow'),
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
        return (await (0,promises_.readFile)(shallowFile, 'utf8')).split('\n').filter((line) => line !== '');
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

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(292);
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
    const path = (0,external_node_path_.join)(dir, 'pyproject.toml');
    const text = readOptional(path);
    if (text === null)
        return null;
    const hatchText = readOptional((0,external_node_path_.join)(dir, 'hatch.toml'));
    const hatch = hatchText === null ? null : { path: (0,external_node_path_.join)(dir, 'hatch.toml'), text: hatchText };
    return projectFactsFromToml(text, path, hatch);
}
/** Reads a TOML file of the project; null when it does not exist. */
function readOptional(path) {
    try {
        return (0,external_node_fs_.readFileSync)(path, 'utf8');
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
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const where = error instanceof dist/* TomlError */.zx ? ` at line ${error.line}, column ${error.column}` : '';
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
    const directory = (0,external_node_path_.resolve)(root, fragmentDirectory(root));
    let entries;
    try {
        entries = await (0,promises_.readdir)(directory);
    }
    catch {
        return { directory, names: [], bump: null };
    }
    const names = [];
    await Promise.all(entries.map(async (name) => {
        if (NOT_FRAGMENTS.has(name) || fragmentType(name) === null)
            return;
        const isFile = await (0,promises_.stat)((0,external_node_path_.join)(directory, name)).then((info) => info.isFile(), () => false);
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
        const path = (0,external_node_path_.join)(root, file);
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
        anchor = (0,external_node_path_.resolve)(cwd, versioning.relativeTo.value);
        base = settings_isDirectory(anchor) ? anchor : (0,external_node_path_.dirname)(anchor);
    }
    const gitDir = (0,external_node_path_.resolve)(base, versioning.root?.value ?? '.');
    const key = versioning.root?.key ?? `${versioning.file} root (default ".")`;
    const hatch = versioning.tool === 'hatch-vcs';
    const changelogRoot = !hatch ? cwd : anchor === null ? gitDir : base;
    const toplevel = versioning.searchParentDirectories ? null : { value: gitDir, key };
    return { gitDir, toplevel, changelogRoot };
}
function settings_isDirectory(path) {
    try {
        return (0,external_node_fs_.statSync)(path).isDirectory();
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
    if (!(0,external_node_fs_.statSync)(settings.gitDir, { throwIfNoEntry: false })?.isDirectory()) {
        const key = settings.toplevel?.key ?? 'root';
        throw new VersionError(`${key} leads to ${settings.gitDir}, which is no directory; fix root`);
    }
}
// setuptools_scm reads git only where root leads to the top of the checkout (unless it searches parents).
function checkToplevel(settings, head) {
    if (settings.toplevel === null || (0,external_node_fs_.realpathSync)(settings.toplevel.value) === (0,external_node_fs_.realpathSync)(head.toplevel))
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
    const name = (0,external_node_path_.basename)(cwd);
    if (prefix === null || !name.startsWith(prefix.value))
        return null;
    const found = versionFromTag(name.slice(prefix.value.length), settings.rules);
    if (found?.version == null)
        return null;
    const value = found.local === null ? found.version : `${found.version}+${found.local}`;
    return { value, key: `${prefix.key} (directory ${name})` };
}

;// CONCATENATED MODULE: ./packages/git-version/index.ts
/** git-version: the version of a git checkout the way setuptools_scm 10 computes it from the project's own configuration, and the release/dev decision. */













/***/ })

};
