/**
 * git's wildmatch as `git describe --match/--exclude` applies it to tag names (no WM_PATHNAME: `*` and `?` also
 * match `/`): `*`, `?`, `[...]` with `!`/`^`, ranges and `[:class:]`, and `\` escapes.
 */

const POSIX_CLASSES: Record<string, string> = {
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

const cache = new Map<string, RegExp | null>();

/** True when `text` matches the glob `pattern` as git describe matches tag names. */
export function wildmatch(pattern: string, text: string): boolean {
  let regex = cache.get(pattern);
  if (regex === undefined) {
    regex = globRegex(pattern);
    cache.set(pattern, regex);
  }
  return regex !== null && regex.test(text);
}

// null when the pattern can match nothing (an unclosed set or a trailing backslash, which git aborts on).
function globRegex(pattern: string): RegExp | null {
  let out = '';
  let at = 0;
  while (at < pattern.length) {
    const c = pattern[at] ?? '';
    at += 1;
    if (c === '*') out += '[\\s\\S]*';
    else if (c === '?') out += '[\\s\\S]';
    else if (c === '\\') {
      if (at >= pattern.length) return null;
      out += literal(pattern[at] ?? '');
      at += 1;
    } else if (c === '[') {
      const set = bracket(pattern, at);
      if (set === null) return null;
      out += set.regex;
      at = set.end;
    } else out += literal(c);
  }
  return new RegExp(`^${out}$`, 'u');
}

function literal(c: string, inSet = false): string {
  return /[\\^$.*+?()[\]{}|/]/.test(c) || (inSet && c === '-') ? `\\${c}` : c;
}

// One `[...]` starting after the `[`; its regex and the index after its `]`.
function bracket(pattern: string, start: number): { regex: string; end: number } | null {
  let at = start;
  let negate = false;
  if (pattern[at] === '!' || pattern[at] === '^') {
    negate = true;
    at += 1;
  }
  const parts: string[] = [];
  let first = true;
  for (;;) {
    if (at >= pattern.length) return null;
    let c = pattern[at] ?? '';
    if (c === ']' && !first) break;
    first = false;
    at += 1;
    if (c === '[' && pattern[at] === ':') {
      const close = pattern.indexOf(':]', at + 1);
      const name = close < 0 ? '' : pattern.slice(at + 1, close);
      const set = POSIX_CLASSES[name];
      if (set === undefined) return null;
      parts.push(set);
      at = close + 2;
      continue;
    }
    if (c === '\\') {
      if (at >= pattern.length) return null;
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
      if (c <= end) parts.push(`${literal(c, true)}-${literal(end, true)}`);
      continue;
    }
    parts.push(literal(c, true));
  }
  const body = parts.join('');
  const regex = body === '' ? (negate ? '[\\s\\S]' : '[^\\s\\S]') : `[${negate ? '^' : ''}${body}]`;
  return { regex, end: at + 1 };
}
