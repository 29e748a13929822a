export const id = 212;
export const ids = [212];
export const modules = {

/***/ 212:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  directorySource: () => (/* reexport */ directorySource),
  planBuild: () => (/* reexport */ planBuild),
  readProjectFiles: () => (/* reexport */ readProjectFiles)
});

// UNUSED EXPORTS: ArchitectureError, BraceExpansionError, COARSE_TOKENS, CibuildwheelConfigError, ENABLE_GROUPS, EXPECTED_FORMAT, GROUPINGS, IDENTIFIERS, PLATFORMS, PLATFORM_ARCHS, PlanError, TARGETS, detectPure, expandBraces, forbiddenArtifactCharacter, matchesExpectedPattern, memorySource, parseArchs, parseExpected, parsePlatforms, platformConfiguration, printBuildIdentifiers, pythonVersionsFilter, selectorMatches, unmatchedSelectors

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(24);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(760);
;// CONCATENATED MODULE: ./packages/wheel-matrix/project/source.ts
/** Where a project's files come from: a directory on disk, or (in tests) a map of paths to text. */


/** A project directory on disk. */
function directorySource(root) {
    return {
        label: root,
        read(path) {
            try {
                return (0,external_node_fs_.readFileSync)((0,external_node_path_.join)(root, path), 'utf8');
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
                return (0,external_node_fs_.readdirSync)((0,external_node_path_.join)(root, dir), { withFileTypes: true }).map((entry) => ({
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

// EXTERNAL MODULE: ./node_modules/smol-toml/dist/index.js + 8 modules
var dist = __webpack_require__(292);
// EXTERNAL MODULE: ./packages/wheel-matrix/errors.ts
var errors = __webpack_require__(849);
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
        throw new errors/* PlanError */.W(`${source.label} has no pyproject.toml, setup.cfg or setup.py: point project-dir at the Python project`);
    }
    return files;
}
function parsePyproject(text) {
    try {
        return (0,dist/* parse */.qg)(text);
    }
    catch (error) {
        const where = error instanceof dist/* TomlError */.zx ? ` at line ${error.line}, column ${error.column}` : '';
        const reason = error.message.split('\n')[0] ?? '';
        throw new errors/* PlanError */.W(`pyproject.toml is not valid TOML${where} (${reason}); fix the file`);
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
            throw new errors/* PlanError */.W(`${error.message}; fix the file`);
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
            throw new errors/* PlanError */.W(`${error.message}; fix the file`);
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

// EXTERNAL MODULE: ./packages/wheel-matrix/artifact-names.ts
var artifact_names = __webpack_require__(121);
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

// EXTERNAL MODULE: ./packages/wheel-matrix/cibuildwheel/identifiers.ts
var identifiers = __webpack_require__(886);
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
    const tag = (0,identifiers/* platformTagOf */.t9)(identifier);
    for (const [regex, pattern] of PLATFORM_PATTERNS) {
        const match = regex.exec(tag);
        if (match)
            return pattern(match[1]);
    }
    return tag; // win32, win_amd64, win_arm64 are exact
}
/** The python and ABI tags of an identifier's wheel: cp312-cp312, cp314-cp314t, pp310-pypy310_pp*, graalpy312-graalpy250_312_*. */
function pythonAbiPattern(identifier) {
    const interpreter = (0,identifiers/* interpreterOf */.OS)(identifier);
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
    const limitedApi = /^cp\d+$/.test((0,identifiers/* interpreterOf */.OS)(identifier));
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

// EXTERNAL MODULE: ./packages/wheel-matrix/jobs.ts
var wheel_matrix_jobs = __webpack_require__(994);
// EXTERNAL MODULE: ./packages/wheel-matrix/cibuildwheel/options.ts
var options = __webpack_require__(324);
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
        node = (0,options/* isTable */.bI)(node) ? node[key] : undefined;
    return (0,options/* isTable */.bI)(node) ? node : {};
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

// EXTERNAL MODULE: ./packages/wheel-matrix/python-versions.ts
var python_versions = __webpack_require__(516);
// EXTERNAL MODULE: ./packages/wheel-matrix/cibuildwheel/data.ts
var data = __webpack_require__(508);
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
    for (const synonyms of data/* ARCH_SYNONYMS */.AV) {
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
    return (data/* PLATFORM_ARCHS */.kj[platform].find((arch) => arch.toLowerCase() === lower) ??
        data/* ARCHITECTURES */.Xe.find((arch) => arch.toLowerCase() === lower));
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
            archs = data/* PLATFORM_ARCHS */.kj[platform];
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

// EXTERNAL MODULE: ./packages/wheel-matrix/cibuildwheel/validate-config.ts
var validate_config = __webpack_require__(661);
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
        throw new errors/* PlanError */.W(`${declared.source} ${JSON.stringify(declared.value)} is not a version specifier set (${error.message}); write it like ">=3.10"`);
    }
}
/** The configuration cibuildwheel would use on `platform`; throws for what it would refuse. */
function platformConfiguration(files, env, platform) {
    const config = (0,options/* cibuildwheelTable */.W9)(files.pyproject);
    (0,validate_config/* validateCibuildwheelTable */.a)(config, [platform]);
    const settings = (0,options/* resolveSelectionSettings */.SR)(config, platform, env);
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
    return specifierSetContains(requiresPython, `3.${(0,identifiers/* pythonMinorOf */.fr)(identifier)}.99`);
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


const EVERY_IDENTIFIER = data/* PLATFORMS */.P4.flatMap((platform) => data/* IDENTIFIERS */.fW[platform]);
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
        const groups = data/* ENABLE_GROUPS */.$c.filter((group) => EVERY_IDENTIFIER.some((identifier) => selectorMatches(selector, identifier) && enabledFor(new Set([group]), identifier)));
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
    let remaining = data/* IDENTIFIERS */.fW[platform].filter((id) => (platform === 'pyodide' || archs.has((0,identifiers/* archOf */.Qh)(id))) && buildableOn(platform, machine, id));
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

// EXTERNAL MODULE: ./packages/wheel-matrix/targets.ts
var wheel_matrix_targets = __webpack_require__(622);
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
                throw new errors/* PlanError */.W(`${setting.source}: ${kind} selector ${error.message}`);
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
        if (error instanceof options/* CibuildwheelConfigError */.OV)
            throw new errors/* PlanError */.W(error.message);
        throw error;
    }
    checkExpandable('build', configuration.build);
    checkExpandable('skip', configuration.skip);
    for (const problem of unmatchedSelectors('build', configuration.build.value, configuration.enable.groups)) {
        throw new errors/* PlanError */.W(`${configuration.build.source}: ${problem}`);
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
        throw new errors/* PlanError */.W(`${archs.source}: archs ${JSON.stringify(archs.value)}: ${error.message.toLowerCase()}; ${platform} has ${data/* PLATFORM_ARCHS */.kj[platform].join(', ')}`);
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
            const target = (0,wheel_matrix_targets/* targetForArch */.pV)(platform, arch);
            if (!target) {
                throw new errors/* PlanError */.W(`${archs.source}: archs ${JSON.stringify(archs.value)} gives ${arch}, which ${platform} does not build (it has ${data/* PLATFORM_ARCHS */.kj[platform].join(', ')}); fix archs`);
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
            .sort(([a], [b]) => wheel_matrix_targets/* TARGETS */.dW.indexOf(a) - wheel_matrix_targets/* TARGETS */.dW.indexOf(b))
            .map(([target, archSet]) => {
            const archs = data/* PLATFORM_ARCHS */.kj[platform].filter((arch) => archSet.has(arch));
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
    (0,artifact_names/* checkArtifactPrefix */.hO)(request.artifactPrefix);
    const prefix = request.artifactPrefix;
    const project = expectedProjectName(declaredName(request.files));
    const pure = pureDecision(request);
    const base = { pure, project, prefix };
    if (pure.pure)
        return purePlan(request, base);
    const extra = (0,python_versions/* pythonVersionsFilter */.Q)(request.pythonVersions);
    const selection = selectTargets(request.files, request.env, request.platforms, extra ? [extra] : []);
    const targets = selection.flatMap((p) => p.targets);
    if (targets.every((t) => t.identifiers.length === 0))
        throw new errors/* PlanError */.W(`nothing to build: ${lastFilter(targets)}`);
    const others = request.sdist ? [sdistJob(prefix)] : [];
    const fitted = (0,wheel_matrix_jobs/* fitJobs */.wj)(targets, request.groupBy, {
        maxJobs: request.maxJobs,
        otherJobs: others.length,
        prefix,
    });
    const jobs = [...others, ...fitted.jobs];
    (0,artifact_names/* checkUniqueArtifacts */.xn)(jobs.map((job) => job.artifactName));
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

;// CONCATENATED MODULE: ./packages/wheel-matrix/index.ts
/**
 * wheel-matrix: plans the wheel jobs of a release (platform × architecture × Python) with cibuildwheel
 * 4.2.0's own selection, and the files the release must contain. No runner knowledge: the action maps
 * the planned jobs to runner labels and writes the outputs.
 */



















/***/ })

};
