import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 121:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ forbiddenArtifactCharacter),
/* harmony export */   hO: () => (/* binding */ checkArtifactPrefix),
/* harmony export */   xn: () => (/* binding */ checkUniqueArtifacts)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(849);
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W(`${JSON.stringify(prefix)} contains ${JSON.stringify(bad)}, which upload-artifact refuses in names (it refuses " : < > | * ? \\ / and line breaks)`);
    }
}
/** Throws when two planned artifacts share a name (upload-artifact v4 answers the second with 409). */
function checkUniqueArtifacts(names) {
    const seen = new Set();
    for (const name of names) {
        if (name === '' || forbiddenArtifactCharacter(name) !== null)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W(`invalid artifact name ${JSON.stringify(name)}`);
        if (seen.has(name))
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PlanError */ .W(`two jobs would upload artifact ${JSON.stringify(name)}`);
        seen.add(name);
    }
}


/***/ }),

/***/ 508:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $c: () => (/* binding */ ENABLE_GROUPS),
/* harmony export */   AV: () => (/* binding */ ARCH_SYNONYMS),
/* harmony export */   GI: () => (/* binding */ DISALLOWED_OPTIONS),
/* harmony export */   P4: () => (/* binding */ PLATFORMS),
/* harmony export */   TM: () => (/* binding */ OPTION_NAMES),
/* harmony export */   Xe: () => (/* binding */ ARCHITECTURES),
/* harmony export */   fW: () => (/* binding */ IDENTIFIERS),
/* harmony export */   kj: () => (/* binding */ PLATFORM_ARCHS)
/* harmony export */ });
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


/***/ }),

/***/ 886:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OS: () => (/* binding */ interpreterOf),
/* harmony export */   Qh: () => (/* binding */ archOf),
/* harmony export */   fr: () => (/* binding */ pythonMinorOf),
/* harmony export */   t9: () => (/* binding */ platformTagOf)
/* harmony export */ });
/* unused harmony export isCPython */
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


/***/ }),

/***/ 324:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   OV: () => (/* binding */ CibuildwheelConfigError),
/* harmony export */   SR: () => (/* binding */ resolveSelectionSettings),
/* harmony export */   W9: () => (/* binding */ cibuildwheelTable),
/* harmony export */   bI: () => (/* binding */ isTable)
/* harmony export */ });
/* unused harmony export parseEnableGroups */
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(508);
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
function stringify(value, name, source) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'boolean')
        return value ? 'True' : 'False';
    if (typeof value === 'number' || typeof value === 'bigint')
        return String(value);
    if (Array.isArray(value))
        return value.map((item) => stringify(item, name, source)).join(' ');
    throw new CibuildwheelConfigError(`${source}: ${name} must be a string or a list of strings, not a table`);
}
function layers(config, platform, env, name, platformEnv) {
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
        const value = stringify(layer.value, name, layer.source);
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
            return new Set(_data_js__WEBPACK_IMPORTED_MODULE_0__/* .ENABLE_GROUPS */ .$c);
        if (!_data_js__WEBPACK_IMPORTED_MODULE_0__/* .ENABLE_GROUPS */ .$c.includes(word)) {
            throw new CibuildwheelConfigError(`${setting.source}: unknown enable group ${JSON.stringify(word)}; the groups are ${_data_js__WEBPACK_IMPORTED_MODULE_0__/* .ENABLE_GROUPS */ .$c.join(', ')} (or all)`);
        }
        groups.add(word);
    }
    return groups;
}
/** The build, skip, enable and archs settings cibuildwheel would use on `platform`. */
function resolveSelectionSettings(config, platform, env) {
    const build = resolve(layers(config, platform, env, 'build', false), 'build', '*');
    const enableLayers = layers(config, platform, env, 'enable', false).map((layer) => layer.source.startsWith('CIBW_') ? { ...layer, append: true } : layer);
    const enable = resolve(enableLayers, 'enable', '');
    return {
        platform,
        build: build.value === '' ? { value: '*', source: build.source } : build,
        skip: resolve(layers(config, platform, env, 'skip', false), 'skip', ''),
        enable: { groups: parseEnableGroups(enable), source: enable.source },
        archs: resolve(layers(config, platform, env, 'archs', true), 'archs', 'auto', true),
    };
}


/***/ }),

/***/ 661:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N: () => (/* binding */ closestName),
/* harmony export */   a: () => (/* binding */ validateCibuildwheelTable)
/* harmony export */ });
/* harmony import */ var _data_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(508);
/* harmony import */ var _options_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(324);
/**
 * The checks cibuildwheel makes on `[tool.cibuildwheel]` before anything else (OptionsReader): unknown
 * option names, options a platform table may not set, and malformed overrides. Platform tables are only
 * checked for the platforms being planned, as cibuildwheel only reads the one it runs for.
 */


/** Throws CibuildwheelConfigError for the first problem cibuildwheel would stop at. */
function validateCibuildwheelTable(config, platforms) {
    const allowed = new Set([..._data_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_NAMES */ .TM, ..._data_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORMS */ .P4, 'overrides']);
    for (const name of Object.keys(config)) {
        if (!allowed.has(name))
            throw unknownOption(name, '[tool.cibuildwheel]', allowed);
    }
    for (const platform of platforms) {
        const table = config[platform];
        if (table === undefined)
            continue;
        const where = `[tool.cibuildwheel.${platform}]`;
        if (!(0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(table))
            throw new _options_js__WEBPACK_IMPORTED_MODULE_1__/* .CibuildwheelConfigError */ .OV(`pyproject.toml ${where} must be a table`);
        for (const name of Object.keys(table)) {
            if (_data_js__WEBPACK_IMPORTED_MODULE_0__/* .DISALLOWED_OPTIONS */ .GI[platform]?.includes(name)) {
                throw new _options_js__WEBPACK_IMPORTED_MODULE_1__/* .CibuildwheelConfigError */ .OV(`pyproject.toml ${where}: ${name} cannot be set for ${platform}`);
            }
            if (!_data_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_NAMES */ .TM.has(name))
                throw unknownOption(name, where, _data_js__WEBPACK_IMPORTED_MODULE_0__/* .OPTION_NAMES */ .TM);
        }
    }
    validateOverrides(config['overrides']);
}
function unknownOption(name, where, allowed) {
    const guess = closestName(name, allowed);
    return new _options_js__WEBPACK_IMPORTED_MODULE_1__/* .CibuildwheelConfigError */ .OV(`pyproject.toml ${where}: ${name} is not a cibuildwheel 4.2.0 option${guess ? ` (did you mean ${guess}?)` : ''}`);
}
function validateOverrides(overrides) {
    if (overrides === undefined)
        return;
    const where = 'pyproject.toml [[tool.cibuildwheel.overrides]]';
    if (!Array.isArray(overrides))
        throw new _options_js__WEBPACK_IMPORTED_MODULE_1__/* .CibuildwheelConfigError */ .OV(`${where} must be a list of tables`);
    for (const override of overrides) {
        if (!(0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(override))
            throw new _options_js__WEBPACK_IMPORTED_MODULE_1__/* .CibuildwheelConfigError */ .OV(`${where} must be a list of tables`);
        const select = override['select'];
        if (!select || (Array.isArray(select) && select.length === 0)) {
            throw new _options_js__WEBPACK_IMPORTED_MODULE_1__/* .CibuildwheelConfigError */ .OV(`${where}: every override needs a select`);
        }
        const inherit = override['inherit'] ?? {};
        if (!(0,_options_js__WEBPACK_IMPORTED_MODULE_1__/* .isTable */ .bI)(inherit) ||
            !Object.values(inherit).every((rule) => ['none', 'append', 'prepend'].includes(String(rule)))) {
            throw new _options_js__WEBPACK_IMPORTED_MODULE_1__/* .CibuildwheelConfigError */ .OV(`${where}: inherit must map options to none, append or prepend`);
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


/***/ }),

/***/ 849:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ PlanError)
/* harmony export */ });
/** Why a plan cannot be made, in one line that names the file, setting or input to change. */
class PlanError extends Error {
    name = 'PlanError';
}


/***/ }),

/***/ 994:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Jg: () => (/* binding */ GROUPINGS),
/* harmony export */   wj: () => (/* binding */ fitJobs)
/* harmony export */ });
/* unused harmony export wheelJobs */
/* harmony import */ var _cibuildwheel_data_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(508);
/* harmony import */ var _cibuildwheel_identifiers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(886);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(849);
/**
 * Turning selected identifiers into jobs: one per target (as cibuildwheel runs), per target and Python, or
 * per identifier; regrouped coarser when there are more than max-jobs.
 */



/** From finest to coarsest. */
const GROUPINGS = ['identifier', 'python', 'platform'];
function wheelJob(target, identifiers, name, artifactName) {
    const archs = _cibuildwheel_data_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORM_ARCHS */ .kj[target.platform].filter((arch) => identifiers.some((id) => target.platform === 'pyodide' || (0,_cibuildwheel_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .archOf */ .Qh)(id) === arch));
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
        return [...groupsBy(identifiers, _cibuildwheel_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .interpreterOf */ .OS)].map(([python, ids]) => wheelJob(target, ids, `${target.token} ${python}`, `${prefix}${target.token}-${python}`));
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
    throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanError */ .W(`the plan needs ${coarsest} jobs even grouped by platform, more than max-jobs ${maxJobs}: raise max-jobs (GitHub runs up to 256 per matrix) or plan fewer platforms`);
}


/***/ }),

/***/ 516:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ pythonVersionsFilter)
/* harmony export */ });
/* harmony import */ var _cibuildwheel_data_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(508);
/* harmony import */ var _cibuildwheel_identifiers_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(886);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(849);
/** The `python-versions` shorthand: `3.11 3.12` narrows the plan to those CPythons (`3.14t`: free-threaded only). */



const CPYTHONS = new Set(_cibuildwheel_data_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORMS */ .P4.flatMap((p) => _cibuildwheel_data_js__WEBPACK_IMPORTED_MODULE_0__/* .IDENTIFIERS */ .fW[p].map(_cibuildwheel_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .interpreterOf */ .OS)).filter((i) => i.startsWith('cp')));
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
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .PlanError */ .W(`${JSON.stringify(word)} is not a CPython cibuildwheel 4.2.0 builds; write versions like 3.12 (${known()}), or 3.14t for free-threaded only`);
        }
        interpreters.add(base + match[2]);
        if (match[2] === '' && CPYTHONS.has(`${base}t`))
            interpreters.add(`${base}t`);
    }
    return {
        filter: 'python-versions',
        description: `python-versions ${JSON.stringify(words.join(' '))} (input)`,
        keep: (id) => interpreters.has((0,_cibuildwheel_identifiers_js__WEBPACK_IMPORTED_MODULE_1__/* .interpreterOf */ .OS)(id)),
    };
}


/***/ }),

/***/ 622:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   dW: () => (/* binding */ TARGETS),
/* harmony export */   lB: () => (/* binding */ COARSE_TOKENS),
/* harmony export */   pV: () => (/* binding */ targetForArch),
/* harmony export */   qA: () => (/* binding */ parsePlatforms)
/* harmony export */ });
/* unused harmony export targetByToken */
/* harmony import */ var _cibuildwheel_data_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(508);
/* harmony import */ var _cibuildwheel_validate_config_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(661);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(849);



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
    target('pyodide', 'pyodide', _cibuildwheel_data_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORM_ARCHS */ .kj.pyodide, LINUX_X86),
    target('ios', 'ios', _cibuildwheel_data_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORM_ARCHS */ .kj.ios, MAC_ARM),
    target('android', 'android', _cibuildwheel_data_js__WEBPACK_IMPORTED_MODULE_0__/* .PLATFORM_ARCHS */ .kj.android, LINUX_X86),
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
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanError */ .W('names no platform; use e.g. "linux macos windows"');
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
    const guess = (0,_cibuildwheel_validate_config_js__WEBPACK_IMPORTED_MODULE_2__/* .closestName */ .N)(word.toLowerCase(), known);
    return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .PlanError */ .W(`unknown platform ${JSON.stringify(word)}${guess ? ` (did you mean ${guess}?)` : ''}; the platforms are ${known.join(', ')}`);
}


/***/ }),

/***/ 24:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

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

// EXTERNAL MODULE: ./packages/wheel-matrix/errors.ts
var errors = __nccwpck_require__(849);
// EXTERNAL MODULE: ./packages/wheel-matrix/artifact-names.ts
var artifact_names = __nccwpck_require__(121);
// EXTERNAL MODULE: ./packages/wheel-matrix/python-versions.ts
var python_versions = __nccwpck_require__(516);
// EXTERNAL MODULE: ./packages/wheel-matrix/targets.ts
var targets = __nccwpck_require__(622);
// EXTERNAL MODULE: ./packages/wheel-matrix/jobs.ts
var jobs = __nccwpck_require__(994);
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
const KEYS = [...targets/* TARGETS */.dW.map((t) => t.token), ...Object.keys(targets/* COARSE_TOKENS */.lB), 'sdist', 'pure'];
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
        if (error instanceof errors/* PlanError */.W)
            throw new InputError(`Input ${name}: ${error.message}`);
        throw error;
    }
}
function projectDir() {
    const workspace = process.env['GITHUB_WORKSPACE'] ?? process.cwd();
    const dir = (0,external_node_path_.resolve)(workspace, getInput('project-dir') || '.');
    let isDirectory = false;
    try {
        isDirectory = (0,external_node_fs_.statSync)(dir).isDirectory();
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
    const bad = (0,artifact_names/* forbiddenArtifactCharacter */.Bx)(prefix);
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
    checked('python-versions', () => (0,python_versions/* pythonVersionsFilter */.Q)(pythonVersions));
    return {
        projectDir: projectDir(),
        platforms: checked('platforms', () => (0,targets/* parsePlatforms */.qA)(getInput('platforms') || 'linux macos windows')),
        pythonVersions,
        pure: pure === 'auto' ? 'auto' : pure === 'true',
        groupBy: getChoiceInput('group-by', [...jobs/* GROUPINGS */.Jg].reverse(), 'platform'),
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
        (0,external_node_fs_.appendFileSync)(path, `${this.toString()}${external_node_os_namespaceObject.EOL}`, { encoding: 'utf8' });
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
    // The planner (cibuildwheel's data, the TOML parser) loads once the inputs are good.
    const { directorySource, planBuild, readProjectFiles } = await Promise.all(/* import() */[__nccwpck_require__.e(292), __nccwpck_require__.e(212)]).then(__nccwpck_require__.bind(__nccwpck_require__, 212));
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

