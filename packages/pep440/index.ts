/** PEP 440 versions: the one place in the suite that parses, normalizes, compares and converts them. */
export { parseVersion, type Version } from './parse.js';
export { baseVersion, formatVersion, normalizeVersion, publicVersion } from './format.js';
export { compareVersions } from './compare.js';
export { isDevrelease, isPostrelease, isPrerelease } from './kinds.js';
export { toSemver } from './semver.js';
export { parseSpecifier, parseSpecifierSet, specifierSetContains, type Specifier } from './specifiers.js';
