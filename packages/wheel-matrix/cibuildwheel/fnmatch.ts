/**
 * Python's fnmatch.fnmatch on POSIX, which cibuildwheel matches selectors with: `*` any run, `?` one
 * character, `[seq]` and `[!seq]` sets with ranges, case-sensitive; an unclosed `[` is a literal.
 */

const cache = new Map<string, RegExp>();

/** True when `name` matches the shell-style `pattern` as fnmatch.fnmatch decides on Linux. */
export function fnmatch(name: string, pattern: string): boolean {
  let regex = cache.get(pattern);
  if (!regex) {
    regex = new RegExp(`^${translate(pattern)}$`, 's');
    cache.set(pattern, regex);
  }
  return regex.test(name);
}

function escapeChar(ch: string): string {
  return `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

function translate(pattern: string): string {
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i++] as string;
    if (ch === '*') {
      while (pattern[i] === '*') i++;
      out += '.*';
    } else if (ch === '?') {
      out += '.';
    } else if (ch === '[') {
      const end = setEnd(pattern, i);
      if (end < 0) {
        out += escapeChar('[');
      } else {
        out += translateSet(pattern.slice(i, end));
        i = end + 1;
      }
    } else {
      out += escapeChar(ch);
    }
  }
  return out;
}

/** Index of the `]` closing a set that starts at `start` (after `[`); a leading `!` and `]` belong to the set. */
function setEnd(pattern: string, start: number): number {
  let j = start;
  if (pattern[j] === '!') j++;
  if (pattern[j] === ']') j++;
  while (j < pattern.length && pattern[j] !== ']') j++;
  return j < pattern.length ? j : -1;
}

// Ranges whose ends are out of order match nothing and are dropped, as Python 3.11 does.
function translateSet(body: string): string {
  const negated = body.startsWith('!');
  const items = negated ? body.slice(1) : body;
  let set = '';
  for (let k = 0; k < items.length; k++) {
    const lo = items[k] as string;
    if (items[k + 1] === '-' && k + 2 < items.length) {
      const hi = items[k + 2] as string;
      if (lo <= hi) set += `${escapeChar(lo)}-${escapeChar(hi)}`;
      k += 2;
    } else {
      set += escapeChar(lo);
    }
  }
  if (set === '') return negated ? '.' : '(?!)';
  return negated ? `[^${set}]` : `[${set}]`;
}
