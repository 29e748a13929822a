/** PEP 440 version specifiers (`>=3.10,<3.13`, `~=3.12`, `==3.*`) as pypa/packaging's SpecifierSet reads them. */
import { compareVersions } from './compare.js';
import { baseVersion, formatVersion, publicVersion } from './format.js';
import { isPostrelease, isPrerelease } from './kinds.js';
import { parseVersion, toVersion, type Version } from './parse.js';

/** One clause of a specifier set, e.g. `>=` and `3.10`. */
export interface Specifier {
  operator: '~=' | '==' | '!=' | '<=' | '>=' | '<' | '>' | '===';
  /** The version text as written (trimmed), `3.12.*` for a prefix match. */
  version: string;
}

const PRE = '(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?';
const POST = '(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?';
const DEV = '(?:[-_.]?dev[-_.]?[0-9]*)?';
const LOCAL = '(?:\\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?';
const RELEASE = 'v?(?:[0-9]+!)?[0-9]+(?:\\.[0-9]+)*';
// packaging's _regex, split by operator: which version forms each operator accepts.
const VERSION_FORMS: Record<Specifier['operator'], RegExp> = {
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
export function parseSpecifier(text: string): Specifier | null {
  const match = OPERATOR.exec(text);
  if (!match) return null;
  const operator = match[1] as Specifier['operator'];
  const version = match[2] ?? '';
  return VERSION_FORMS[operator].test(version) ? { operator, version } : null;
}

/**
 * Parses a comma-separated specifier set (empty clauses ignored, as packaging does). Throws a one-line
 * error naming the clause that is not a specifier.
 */
export function parseSpecifierSet(text: string): Specifier[] {
  return text
    .split(',')
    .map((clause) => clause.trim())
    .filter((clause) => clause !== '')
    .map((clause) => {
      const specifier = parseSpecifier(clause);
      if (!specifier) throw new Error(`not a PEP 440 version specifier: ${JSON.stringify(clause)}`);
      return specifier;
    });
}

/** Whether `version` satisfies every clause, with packaging's default pre-release rule. */
export function specifierSetContains(specifiers: readonly Specifier[], version: string | Version): boolean {
  const item = toVersion(version);
  const prereleases = specifiers.some(allowsPrereleases);
  if (!prereleases && isPrerelease(item)) return false;
  return specifiers.every((specifier) => matches(specifier, item));
}

function allowsPrereleases({ operator, version }: Specifier): boolean {
  if (!['==', '>=', '<=', '~=', '==='].includes(operator)) return false;
  const parsed = parseVersion(operator === '==' ? version.replace(/\.\*$/, '') : version);
  return parsed !== null && isPrerelease(parsed);
}

function matches({ operator, version }: Specifier, item: Version): boolean {
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
      return lessThan(item, toVersion(version));
    case '>':
      return greaterThan(item, toVersion(version));
    case '===':
      return formatVersion(item).toLowerCase() === version.toLowerCase();
  }
}

function equal(item: Version, spec: string): boolean {
  if (spec.endsWith('.*')) return prefixMatch(item, spec.slice(0, -2));
  const specVersion = toVersion(spec);
  const prospective = specVersion.local === null ? toVersion(publicVersion(item)) : item;
  return compareVersions(prospective, specVersion) === 0;
}

function compatible(item: Version, spec: string): boolean {
  const release = versionSplit(spec).filter((_, i, all) => all.slice(0, i + 1).every(isNotSuffix));
  const prefix = `${release.slice(0, -1).join('.')}.*`;
  return compareVersions(publicVersion(item), spec) >= 0 && equal(item, prefix);
}

function lessThan(item: Version, spec: Version): boolean {
  if (compareVersions(item, spec) >= 0) return false;
  return !(!isPrerelease(spec) && isPrerelease(item) && sameBase(item, spec));
}

function greaterThan(item: Version, spec: Version): boolean {
  if (compareVersions(item, spec) <= 0) return false;
  if (!isPostrelease(spec) && isPostrelease(item) && sameBase(item, spec)) return false;
  return !(item.local !== null && sameBase(item, spec));
}

function sameBase(a: Version, b: Version): boolean {
  return compareVersions(baseVersion(a), baseVersion(b)) === 0;
}

// Prefix matching as packaging does it: both sides canonical, split at dots and between a release
// number and its pre-release, the candidate's release padded with zeros to the spec's length.
function prefixMatch(item: Version, spec: string): boolean {
  const specParts = versionSplit(canonicalize(spec, false));
  const itemParts = versionSplit(canonicalize(publicVersion(item), true));
  const itemRelease = itemParts.filter((_, i) => itemParts.slice(0, i + 1).every(isDigits));
  const specRelease = specParts.filter((_, i) => specParts.slice(0, i + 1).every(isDigits));
  const padding = Array<string>(Math.max(0, specRelease.length - itemRelease.length)).fill('0');
  const padded = [...itemRelease, ...padding, ...itemParts.slice(itemRelease.length)];
  const shortened = padded.slice(0, specParts.length);
  return shortened.length === specParts.length && shortened.every((part, i) => part === specParts[i]);
}

function canonicalize(text: string, stripTrailingZero: boolean): string {
  const parsed = parseVersion(text);
  if (!parsed) return text;
  let release = parsed.release.join('.');
  if (stripTrailingZero) release = release.replace(/(\.0)+$/, '');
  let result = (parsed.epoch === 0 ? '' : `${parsed.epoch}!`) + release;
  if (parsed.pre) result += `${parsed.pre.label}${parsed.pre.number}`;
  if (parsed.post !== null) result += `.post${parsed.post}`;
  if (parsed.dev !== null) result += `.dev${parsed.dev}`;
  if (parsed.local !== null) result += `+${parsed.local}`;
  return result;
}

function versionSplit(text: string): string[] {
  return text.split('.').flatMap((item) => {
    const match = /^([0-9]+)((?:a|b|c|rc)[0-9]+)$/.exec(item);
    return match ? [match[1] as string, match[2] as string] : [item];
  });
}

function isNotSuffix(segment: string): boolean {
  return !['dev', 'a', 'b', 'rc', 'post'].some((prefix) => segment.startsWith(prefix));
}

function isDigits(segment: string): boolean {
  return /^[0-9]+$/.test(segment);
}
