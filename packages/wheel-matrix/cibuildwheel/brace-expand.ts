/**
 * Shell-style brace expansion for build/skip selectors, as cibuildwheel applies it (through bracex) before
 * matching: `cp3{10,11}-*` is `cp310-*` and `cp311-*`, `cp3{9..12}-*` counts, `\{` is a literal brace.
 */

/** A selector whose expansion is too large to be meant (bracex stops at 1,000 patterns). */
export class BraceExpansionError extends Error {
  override readonly name = 'BraceExpansionError';
}

/** One character of the pattern; escaped ones never open, close or split a group. */
interface Char {
  ch: string;
  literal: boolean;
}

const EXPANSION_LIMIT = 1000;
const INT_RANGE = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/;
const CHAR_RANGE = /^([A-Za-z])\.\.([A-Za-z])(?:\.\.(-?\d+))?$/;

/** Every pattern `pattern` stands for; throws BraceExpansionError past 1,000. */
export function expandBraces(pattern: string): string[] {
  const expanded = expand(toChars(pattern));
  if (expanded.length > EXPANSION_LIMIT) {
    throw new BraceExpansionError(
      `${JSON.stringify(pattern)} expands to more than the ${EXPANSION_LIMIT} patterns cibuildwheel allows`,
    );
  }
  return expanded;
}

// Backslash escapes the next character (and disappears); `${` is never a group, as in bracex.
function toChars(pattern: string): Char[] {
  const chars: Char[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] as string;
    if (ch === '\\') {
      if (i + 1 < pattern.length) chars.push({ ch: pattern[++i] as string, literal: true });
    } else {
      chars.push({ ch, literal: ch === '{' && pattern[i - 1] === '$' && chars.at(-1)?.literal === false });
    }
  }
  return chars;
}

function text(chars: readonly Char[]): string {
  return chars.map((c) => c.ch).join('');
}

function isOpen(c: Char | undefined): boolean {
  return c !== undefined && !c.literal && c.ch === '{';
}

function isClose(c: Char | undefined): boolean {
  return c !== undefined && !c.literal && c.ch === '}';
}

function expand(chars: readonly Char[]): string[] {
  for (let open = 0; open < chars.length; open++) {
    if (!isOpen(chars[open])) continue;
    const close = matchingClose(chars, open);
    if (close < 0) continue;
    const alternatives = groupAlternatives(chars.slice(open + 1, close));
    if (alternatives === null) continue;
    const prefix = text(chars.slice(0, open));
    const suffix = chars.slice(close + 1);
    const result: string[] = [];
    for (const alternative of alternatives) {
      const tails =
        typeof alternative === 'string'
          ? expand(suffix).map((t) => alternative + t)
          : expand([...alternative, ...suffix]);
      for (const tail of tails) {
        result.push(prefix + tail);
        if (result.length > EXPANSION_LIMIT) return result;
      }
    }
    return result;
  }
  return [text(chars)];
}

function matchingClose(chars: readonly Char[], open: number): number {
  let depth = 0;
  for (let i = open; i < chars.length; i++) {
    if (isOpen(chars[i])) depth++;
    else if (isClose(chars[i]) && --depth === 0) return i;
  }
  return -1;
}

/** The alternatives of `{...}`: range values (final strings) or comma-separated parts; null when not a group. */
function groupAlternatives(inner: readonly Char[]): (string | Char[])[] | null {
  if (inner.every((c) => !c.literal)) {
    const range = rangeValues(text(inner));
    if (range) return range;
  }
  const parts: Char[][] = [[]];
  let depth = 0;
  for (const c of inner) {
    if (isOpen(c)) depth++;
    else if (isClose(c)) depth--;
    if (depth === 0 && !c.literal && c.ch === ',') parts.push([]);
    else parts.at(-1)?.push(c);
  }
  return parts.length > 1 ? parts : null;
}

function rangeValues(inner: string): string[] | null {
  const int = INT_RANGE.exec(inner);
  if (int) return intRange(int[1] as string, int[2] as string, int[3]);
  const char = CHAR_RANGE.exec(inner);
  if (char) return charRange(char[1] as string, char[2] as string, char[3]);
  return null;
}

function steps(first: number, last: number, increment: string | undefined): number[] {
  const step = Math.abs(Number(increment ?? 1)) || 1;
  const values: number[] = [];
  const direction = first <= last ? 1 : -1;
  for (let v = first; direction > 0 ? v <= last : v >= last; v += direction * step) {
    values.push(v);
    if (values.length > EXPANSION_LIMIT) break;
  }
  return values;
}

// Zero padding as bash: when either end has a leading zero, every value is as wide as the wider end.
function intRange(start: string, end: string, increment: string | undefined): string[] {
  const padded = /^-?0\d/.test(start) || /^-?0\d/.test(end);
  const width = padded ? Math.max(start.length, end.length) : 0;
  return steps(Number(start), Number(end), increment).map((value) => {
    const digits = String(Math.abs(value));
    const sign = value < 0 ? '-' : '';
    return sign + digits.padStart(width - sign.length, '0');
  });
}

// Letters run through ASCII from A to z; the backslash between them stands for nothing, as in bracex.
function charRange(start: string, end: string, increment: string | undefined): string[] {
  return steps(start.charCodeAt(0), end.charCodeAt(0), increment).map((code) =>
    code === 0x5c ? '' : String.fromCharCode(code),
  );
}
