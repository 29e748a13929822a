/**
 * Which tags are version tags and the version inside a tag name, by setuptools_scm 10's rules: `tag.prefix`
 * stripped, then `tag_regex` (its `version` group, or its only group), then the text after the group kept when
 * it still makes a PEP 440 version. Also which tags `git describe` can pick at all (its `--match`/`--exclude`).
 */
import { formatVersion, parseVersion } from '../pep440/index.js';
import { DEFAULT_MATCH, defaultDescribe, type DescribeSpec } from './describe.js';
import { matchAtStart, pythonRegex, type PythonRegex } from './python-regex.js';
import { wildmatch } from './wildmatch.js';

/** setuptools_scm's DEFAULT_TAG_REGEX: an optional `word-` prefix, an optional v, a '+local' tail. */
export const DEFAULT_TAG_REGEX = String.raw`^(?:[\w-]+-)?(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`;

/**
 * DEFAULT_TAG_REGEX as pythonRegex translates it (a test keeps the two equal). Nearly every project uses the
 * default, and translating it at each start took longer than reading the whole configuration.
 */
export const DEFAULT_TAG_REGEX_JS = String.raw`^(?:[\p{L}\p{N}_-]+-)?(?<version>[vV]?[\p{Nd}]+(?:\.[\p{Nd}]+){0,2}[^\+]*)(?:\+[^\n]*)?(?=\n?(?![\s\S]))`;
const VERSION_PART = String.raw`(?P<version>[vV]?\d+(?:\.\d+){0,2}[^\+]*)(?:\+.*)?$`;

/** How tags are recognised and which ones describe may pick. */
export interface TagRules {
  /** setuptools_scm's `tag.prefix`: removed from a tag that starts with it, before the regex. */
  strip: string;
  regex: PythonRegex;
  /** The group holding the version: the only group, or the one named `version`. */
  group: number | 'version';
  /** Keep the version as the tag spells it (`normalize = false`); schemes then see e.g. `v1.2.0`. */
  keepSpelling: boolean;
  /** Tag selection and output options of the describe command. */
  describe: DescribeSpec;
  /** The tag-prefix input these rules come from, or null. */
  inputPrefix: string | null;
}

/** A version found in a tag name. */
export interface TagVersion {
  /** Normalized public PEP 440 version, e.g. `1.0.0rc1`; null when the tag holds none. */
  version: string | null;
  /** The public version as setuptools_scm's schemes see it (normalized, or as spelled with `normalize = false`). */
  text: string;
  /** The local part setuptools_scm 10 keeps from the tag (normalized), or null. */
  local: string | null;
}

/** Thrown when a tag regex is unusable; the caller names the configuration key. */
export class TagRegexError extends Error {
  override name = 'TagRegexError';
}

/** Rules from a Python regex source, as setuptools_scm's `_check_tag_regex` accepts them. */
export function tagRules(options: {
  regex?: string | null;
  strip?: string;
  describe?: DescribeSpec;
  keepSpelling?: boolean;
  inputPrefix?: string | null;
}): TagRules {
  const source = options.regex || DEFAULT_TAG_REGEX;
  let regex: PythonRegex;
  try {
    regex =
      source === DEFAULT_TAG_REGEX
        ? { source, regex: new RegExp(DEFAULT_TAG_REGEX_JS, 'duy'), groups: 1, names: ['version'] }
        : pythonRegex(source);
  } catch (error) {
    throw new TagRegexError(`'${source}' cannot be used: ${(error as Error).message}`);
  }
  if (regex.groups === 0 || (regex.groups > 1 && !regex.names.includes('version'))) {
    throw new TagRegexError(
      `'${source}' must contain a single group or a group named 'version' around the version part of a tag`,
    );
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
export function prefixRules(prefix: string, describe: DescribeSpec): TagRules {
  const spec = { ...describe, match: [`${escapeGlob(prefix)}*[0-9]*`], exclude: [] };
  return tagRules({
    regex: `^${escapePythonRegex(prefix)}${VERSION_PART}`,
    describe: spec,
    inputPrefix: prefix,
  });
}

/** The version text a tag or branch segment holds by the rules (no PEP 440 check), as `_parse_version_tag`. */
export function matchVersionPart(name: string, rules: TagRules): string | null {
  const stripped = rules.strip !== '' && name.startsWith(rules.strip) ? name.slice(rules.strip.length) : name;
  const match = matchAtStart(rules.regex, stripped);
  const version = match ? groupOf(match, rules.group) : undefined;
  return version ? version : null;
}

/** The version a tag carries, as setuptools_scm's tag_to_version; null when the regex does not match. */
export function versionFromTag(tag: string, rules: TagRules): TagVersion | null {
  const stripped = rules.strip !== '' && tag.startsWith(rules.strip) ? tag.slice(rules.strip.length) : tag;
  const match = matchAtStart(rules.regex, stripped);
  if (!match) return null;
  const raw = groupOf(match, rules.group);
  const span = rules.group === 'version' ? match.indices?.groups?.version : match.indices?.[rules.group];
  if (!raw || span === undefined) return { version: null, text: raw ?? '', local: null };
  const base = parseVersion(raw);
  if (base === null) return { version: null, text: raw, local: null };
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
export function describeCouldPick(tag: string, rules: TagRules): boolean {
  const { match, exclude } = rules.describe;
  if (match.length > 0 && !match.some((glob) => wildmatch(glob, tag))) return false;
  return !exclude.some((glob) => wildmatch(glob, tag));
}

/** Escapes a literal for git's wildmatch (used by `describe --match/--exclude`). */
export function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
}

/** Escapes a literal as Python's re.escape does (every character but letters, digits and `_`). */
export function escapePythonRegex(text: string): string {
  return text.replace(/[^\p{L}\p{N}_]/gu, (c) => `\\${c}`);
}

function groupOf(match: RegExpExecArray, group: number | 'version'): string | undefined {
  return group === 'version' ? match.groups?.version : match[group];
}
