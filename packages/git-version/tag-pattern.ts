/** Which tags are version tags, and the version inside a tag name (setuptools_scm 7.1's `tag_regex` rules). */
import { normalizeVersion } from '../pep440/index.js';

// setuptools_scm's DEFAULT_TAG_REGEX, with Python's Unicode `\w` and `\d` spelled out for JavaScript:
// an optional `word-` prefix, the version (optional v, one to three dotted numbers, any suffix without '+'),
// and a '+local' tail that is dropped.
const VERSION_PART = String.raw`(?<version>[vV]?\p{Nd}+(?:\.\p{Nd}+){0,2}[^+]*)(?:\+.*)?$`;
const DEFAULT_PREFIX = String.raw`(?:[\p{L}\p{N}_-]+-)?`;

/** How tags are recognised: the regex that extracts the version and the glob `git describe --match` uses. */
export interface TagPattern {
  /** The configured prefix (e.g. `mypkg-v`), or null for setuptools_scm's default. */
  prefix: string | null;
  /** Matches a tag (or branch segment) and captures `version`. */
  regex: RegExp;
  /** The `--match` glob: setuptools_scm's `*[0-9]*`, behind the prefix when there is one. */
  describeMatch: string;
}

/** A version found in a tag name. */
export interface TagVersion {
  /** The text the regex captured, e.g. `v1.0.0-rc.1`. */
  raw: string;
  /** Normalized PEP 440, e.g. `1.0.0rc1`; null when `raw` is not a PEP 440 version. */
  version: string | null;
  /** What followed a '+', which setuptools_scm drops (e.g. `local` in `1.0+local`). */
  dropped: string;
}

/** The tag pattern for a prefix: null means setuptools_scm's default regex (any `word-` prefix, optional v). */
export function tagPattern(prefix: string | null): TagPattern {
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
export function matchVersionPart(name: string, pattern: TagPattern): string | null {
  const match = pattern.regex.exec(name);
  const version = match?.groups?.version;
  return version ? version : null;
}

/** The version a tag carries, or null when the tag does not match the pattern at all. */
export function versionFromTag(tag: string, pattern: TagPattern): TagVersion | null {
  const match = pattern.regex.exec(tag);
  const raw = match?.groups?.version;
  const end = match?.indices?.groups?.version?.[1];
  if (!raw || end === undefined) return null;
  return { raw, version: normalizeVersion(raw), dropped: tag.slice(end + 1) };
}

/** True when `tag` matches `git describe --match <glob>` for this pattern (so describe could pick it). */
export function describeCouldPick(tag: string, pattern: TagPattern): boolean {
  return (
    (pattern.prefix === null || tag.startsWith(pattern.prefix)) &&
    /[0-9]/.test(tag.slice(pattern.prefix?.length ?? 0))
  );
}

/** Escapes a literal for git's wildmatch (used by `describe --match/--exclude`). */
export function escapeGlob(text: string): string {
  return text.replace(/[\\*?[\]]/g, (c) => `\\${c}`);
}

/** Escapes a literal for a JavaScript regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, (c) => `\\${c}`);
}
