/** Parsing PEP 440 versions the way pypa/packaging's `Version` does. */

/** A parsed, normalized PEP 440 version. */
export interface Version {
  /** 0 when absent. */
  epoch: number;
  /** e.g. [1, 2, 4]; never empty. */
  release: number[];
  pre: { label: 'a' | 'b' | 'rc'; number: number } | null;
  post: number | null;
  dev: number | null;
  /** Normalized: lower case, '.'-separated, numeric segments without leading zeros, e.g. "g1234abc.d20240101". */
  local: string | null;
}

// Python's `\s` is str.isspace(): JavaScript's `\s` differs (it has U+FEFF, lacks U+001C-U+001F and U+0085).
const SPACE =
  '[\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]';

// PEP 440 appendix B / packaging's VERSION_PATTERN, same groups, same backtracking behaviour.
// No `u` flag on purpose: with `i` alone, non-ASCII letters never fold onto ASCII ones (see README).
const VERSION_PATTERN =
  'v?' +
  '(?:(?<epoch>[0-9]+)!)?' +
  '(?<release>[0-9]+(?:\\.[0-9]+)*)' +
  '(?<pre>[-_.]?(?<preL>a|b|c|rc|alpha|beta|pre|preview)[-_.]?(?<preN>[0-9]+)?)?' +
  '(?<post>(?:-(?<postN1>[0-9]+))|(?:[-_.]?(?<postL>post|rev|r)[-_.]?(?<postN2>[0-9]+)?))?' +
  '(?<dev>[-_.]?(?<devL>dev)[-_.]?(?<devN>[0-9]+)?)?' +
  '(?:\\+(?<local>[a-z0-9]+(?:[-_.][a-z0-9]+)*))?';

const VERSION_RE = new RegExp(`^${SPACE}*${VERSION_PATTERN}${SPACE}*$`, 'i');

const PRE_LABELS: Record<string, 'a' | 'b' | 'rc'> = {
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
export function canonicalDigits(digits: string): string {
  return digits.replace(/^0+(?=.)/, '');
}

/** Python ints are unbounded; ours are doubles, so refuse what a double cannot hold exactly. */
function toInt(digits: string): number | null {
  const n = Number(canonicalDigits(digits));
  return Number.isSafeInteger(n) ? n : null;
}

function optionalInt(digits: string | undefined): number | null {
  return digits === undefined ? 0 : toInt(digits);
}

function normalizeLocal(local: string): string {
  return local
    .split(/[-_.]/)
    .map((part) => (/^[0-9]+$/.test(part) ? canonicalDigits(part) : part.toLowerCase()))
    .join('.');
}

/**
 * Parses PEP 440 text leniently, as packaging does (v prefix, alternate spellings, separators, case,
 * surrounding whitespace). Null when invalid or when a number exceeds Number.MAX_SAFE_INTEGER.
 */
export function parseVersion(text: string): Version | null {
  const g = VERSION_RE.exec(text)?.groups;
  if (g === undefined || g.release === undefined) return null;
  const epoch = g.epoch === undefined ? 0 : toInt(g.epoch);
  const release = g.release.split('.').map(toInt);
  if (epoch === null || release.some((n) => n === null)) return null;

  let pre: Version['pre'] = null;
  if (g.preL !== undefined) {
    const number = optionalInt(g.preN);
    if (number === null) return null;
    pre = { label: PRE_LABELS[g.preL.toLowerCase()] ?? 'rc', number };
  }
  let post: number | null = null;
  if (g.postN1 !== undefined) post = toInt(g.postN1);
  else if (g.postL !== undefined) post = optionalInt(g.postN2);
  if (g.post !== undefined && post === null) return null;
  let dev: number | null = null;
  if (g.devL !== undefined) {
    dev = optionalInt(g.devN);
    if (dev === null) return null;
  }
  const local = g.local === undefined ? null : normalizeLocal(g.local);
  return { epoch, release: release as number[], pre, post, dev, local };
}

/** The parsed form of `v`; throws a one-line error naming the text when it is not PEP 440. */
export function toVersion(v: string | Version): Version {
  if (typeof v !== 'string') return v;
  const parsed = parseVersion(v);
  if (parsed === null) {
    throw new Error(
      `not a PEP 440 version: ${JSON.stringify(v)} (expected e.g. "1.2.4", "1.2.4rc1", "1.2.4.dev5")`,
    );
  }
  return parsed;
}
