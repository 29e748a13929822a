/**
 * Python `re` patterns (setuptools_scm's `tag_regex`, hatch-vcs's `tag-pattern`) as JavaScript regular expressions
 * that match the same tags: Python's Unicode `\d`, `\w`, `\s`, `$` and `.`, named groups, `{,n}`, literal braces.
 * What has no faithful JavaScript form (scoped flags, conditionals, atomic groups) is refused, never approximated.
 */

/** A translated pattern; `match` anchors at the start as Python's `re.match` does. */
export interface PythonRegex {
  /** The pattern as written in the configuration. */
  source: string;
  regex: RegExp;
  /** Capturing groups in the pattern. */
  groups: number;
  /** Names of the named groups. */
  names: string[];
}

const DIGIT = String.raw`\p{Nd}`;
const WORD = String.raw`\p{L}\p{N}_`;
// Python's str.isspace(); JavaScript's \s differs (it has U+FEFF, lacks U+001C-U+001F and U+0085).
const SPACE = String.raw`\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000`;
const ASCII_DIGIT = '0-9';
const ASCII_WORD = 'a-zA-Z0-9_';
const SYNTAX = new Set('^$\\.*+?()[]{}|/'.split(''));
const SIMPLE_ESCAPES: Record<string, string> = {
  a: '\\x07',
  f: '\\f',
  n: '\\n',
  r: '\\r',
  t: '\\t',
  v: '\\v',
};

/** Thrown with the reason a pattern cannot be translated; the caller names the configuration key. */
export class PythonRegexError extends Error {
  override name = 'PythonRegexError';
}

interface Flags {
  ignoreCase: boolean;
  multiline: boolean;
  dotAll: boolean;
  verbose: boolean;
  ascii: boolean;
}

/** Translates a Python regular expression; throws PythonRegexError when it has no faithful JavaScript form. */
export function pythonRegex(source: string): PythonRegex {
  const { flags, rest } = leadingFlags(source);
  const translator = new Translator(rest, flags);
  const body = translator.translate();
  const jsFlags = `duy${flags.ignoreCase ? 'i' : ''}${flags.multiline ? 'm' : ''}${flags.dotAll ? 's' : ''}`;
  let regex: RegExp;
  try {
    regex = new RegExp(body, jsFlags);
  } catch (error) {
    throw new PythonRegexError(`it is not a valid regular expression (${(error as Error).message})`);
  }
  return { source, regex, groups: translator.groups, names: translator.names };
}

/** `re.match`: the match at position 0, or null. */
export function matchAtStart(pattern: PythonRegex, text: string): RegExpExecArray | null {
  pattern.regex.lastIndex = 0;
  return pattern.regex.exec(text);
}

function leadingFlags(source: string): { flags: Flags; rest: string } {
  const flags: Flags = { ignoreCase: false, multiline: false, dotAll: false, verbose: false, ascii: false };
  let rest = source;
  for (let match = /^\(\?([aiLmsux]+)\)/.exec(rest); match; match = /^\(\?([aiLmsux]+)\)/.exec(rest)) {
    for (const flag of match[1] ?? '') {
      if (flag === 'L') throw new PythonRegexError('the L (locale) flag has no JavaScript form');
      if (flag === 'i') flags.ignoreCase = true;
      if (flag === 'm') flags.multiline = true;
      if (flag === 's') flags.dotAll = true;
      if (flag === 'x') flags.verbose = true;
      if (flag === 'a') flags.ascii = true;
    }
    rest = rest.slice(match[0].length);
  }
  return { flags, rest };
}

class Translator {
  groups = 0;
  names: string[] = [];
  private at = 0;
  private out = '';

  constructor(
    private readonly text: string,
    private readonly flags: Flags,
  ) {}

  translate(): string {
    while (this.at < this.text.length) {
      const c = this.text[this.at] ?? '';
      if (this.flags.verbose && this.skipVerbose(c)) continue;
      if (c === '\\') this.out += this.escape(false);
      else if (c === '[') this.characterClass();
      else if (c === '(') this.group();
      else if (c === '{') this.brace();
      else if (c === '}' || c === ']') this.literal(c);
      else if (c === '$') this.simple(this.flags.multiline ? '$' : String.raw`(?=\n?(?![\s\S]))`);
      else if (c === '.') this.simple(this.flags.dotAll ? '.' : String.raw`[^\n]`);
      else if ('*+?'.includes(c)) this.quantifier(c);
      else this.simple(c);
    }
    return this.out;
  }

  private simple(js: string): void {
    this.out += js;
    this.at += 1;
  }

  private literal(c: string): void {
    this.out += `\\${c}`;
    this.at += 1;
  }

  private skipVerbose(c: string): boolean {
    if (/\s/.test(c)) {
      this.at += 1;
      return true;
    }
    if (c !== '#') return false;
    const end = this.text.indexOf('\n', this.at);
    this.at = end < 0 ? this.text.length : end + 1;
    return true;
  }

  private quantifier(c: string): void {
    this.out += c;
    this.at += 1;
    const next = this.text[this.at];
    if (next === '+') throw new PythonRegexError('possessive quantifiers have no JavaScript form');
    if (next === '?') this.simple('?');
  }

  // `{m,n}` is a quantifier (`{,n}` means `{0,n}`); any other brace is a literal in Python.
  private brace(): void {
    const match = /^\{(\d*)(,(\d*))?\}/.exec(this.text.slice(this.at));
    if (!match || (match[2] === undefined && match[1] === '')) {
      this.literal('{');
      return;
    }
    const [whole, min = '', comma, max = ''] = match;
    this.out += comma === undefined ? `{${min}}` : `{${min || '0'},${max}}`;
    this.at += whole.length;
    const next = this.text[this.at];
    if (next === '+') throw new PythonRegexError('possessive quantifiers have no JavaScript form');
    if (next === '?') this.simple('?');
  }

  private group(): void {
    const rest = this.text.slice(this.at);
    const named = /^\(\?P<([^>]+)>/.exec(rest);
    if (named) {
      this.groups += 1;
      this.names.push(named[1] ?? '');
      this.out += `(?<${named[1]}>`;
      this.at += named[0].length;
      return;
    }
    const backref = /^\(\?P=([^)]+)\)/.exec(rest);
    if (backref) {
      this.out += `\\k<${backref[1]}>`;
      this.at += backref[0].length;
      return;
    }
    const comment = /^\(\?#[^)]*\)/.exec(rest);
    if (comment) {
      this.at += comment[0].length;
      return;
    }
    const kept = /^\((?:\?:|\?=|\?!|\?<=|\?<!)/.exec(rest);
    if (kept) {
      this.out += kept[0];
      this.at += kept[0].length;
      return;
    }
    if (rest.startsWith('(?')) {
      throw new PythonRegexError(
        `the group '${rest.slice(0, 4)}…' (inline flags, conditionals or atomic groups) has no JavaScript form`,
      );
    }
    this.groups += 1;
    this.simple('(');
  }

  private characterClass(): void {
    this.out += '[';
    this.at += 1;
    if (this.text[this.at] === '^') this.simple('^');
    if (this.text[this.at] === ']') this.literal(']');
    while (this.at < this.text.length && this.text[this.at] !== ']') {
      const c = this.text[this.at] ?? '';
      if (c === '\\') this.out += this.escape(true);
      else if (c === '[') this.literal('[');
      else this.simple(c);
    }
    if (this.at >= this.text.length) throw new PythonRegexError('a character set is not closed with ]');
    this.simple(']');
  }

  // One escape sequence at `at`, as it must read inside or outside a character class.
  private escape(inClass: boolean): string {
    const c = this.text[this.at + 1];
    this.at += 2;
    if (c === undefined) throw new PythonRegexError('it ends with a lone backslash');
    const digit = this.flags.ascii ? ASCII_DIGIT : DIGIT;
    const word = this.flags.ascii ? ASCII_WORD : WORD;
    const classes: Record<string, string> = { d: digit, w: word, s: SPACE };
    const lower = c.toLowerCase();
    if (lower in classes && (c === lower || !inClass)) {
      const body = classes[lower] ?? '';
      if (inClass) return body;
      return c === lower ? `[${body}]` : `[^${body}]`;
    }
    if ('DWS'.includes(c)) throw new PythonRegexError(`\\${c} inside a character set has no JavaScript form`);
    if (c in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[c] ?? '';
    if (c === 'b') return inClass ? '\\x08' : wordBoundary(word, true);
    if (c === 'B' && !inClass) return wordBoundary(word, false);
    if (c === 'A' && !inClass) return String.raw`(?<![\s\S])`;
    if (c === 'Z' && !inClass) return String.raw`(?![\s\S])`;
    if (c === 'x') return this.hex(2);
    if (c === 'u') return this.hex(4);
    if (c === 'U') return this.hex(8);
    if (c === '0') return this.octal('0');
    if (/[1-9]/.test(c)) return inClass ? this.octal(c) : this.backReference(c);
    if (/[\p{L}\p{N}]/u.test(c)) throw new PythonRegexError(`the escape \\${c} is not one Python knows`);
    if (SYNTAX.has(c) || (inClass && c === '-')) return `\\${c}`;
    return `\\u{${c.codePointAt(0)?.toString(16) ?? '0'}}`;
  }

  private hex(length: number): string {
    const digits = this.text.slice(this.at, this.at + length);
    if (!new RegExp(`^[0-9a-fA-F]{${length}}$`).test(digits)) {
      throw new PythonRegexError(`an escape needs ${length} hex digits`);
    }
    this.at += length;
    return `\\u{${digits}}`;
  }

  private octal(first: string): string {
    const more = /^[0-7]{0,2}/.exec(this.text.slice(this.at))?.[0] ?? '';
    this.at += more.length;
    return `\\u{${parseInt(first + more, 8).toString(16)}}`;
  }

  private backReference(first: string): string {
    const second = /^[0-9]/.exec(this.text.slice(this.at))?.[0] ?? '';
    this.at += second.length;
    return `\\${first}${second}`;
  }
}

// Python's \b and \B follow Unicode word characters; JavaScript's follow ASCII ones even with the u flag.
function wordBoundary(word: string, boundary: boolean): string {
  const before = `(?<=[${word}])`;
  const notBefore = `(?<![${word}])`;
  const after = `(?=[${word}])`;
  const notAfter = `(?![${word}])`;
  return boundary
    ? `(?:${before}${notAfter}|${notBefore}${after})`
    : `(?:${before}${after}|${notBefore}${notAfter})`;
}
