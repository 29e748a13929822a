/** Python's `shlex.split` (POSIX mode), which setuptools_scm applies to a describe command written as one string. */

/** Splits `text` into words like `shlex.split`; throws an Error with shlex's reason when quoting is unbalanced. */
export function shlexSplit(text: string): string[] {
  const words: string[] = [];
  let word: string | null = null;
  let at = 0;
  const add = (chars: string): void => {
    word = (word ?? '') + chars;
  };
  while (at < text.length) {
    const c = text[at] ?? '';
    at += 1;
    if (' \t\r\n'.includes(c)) {
      if (word !== null) words.push(word);
      word = null;
    } else if (c === '\\') {
      if (at >= text.length) throw new Error('No escaped character');
      add(text[at] ?? '');
      at += 1;
    } else if (c === "'") {
      const end = text.indexOf("'", at);
      if (end < 0) throw new Error('No closing quotation');
      add(text.slice(at, end));
      at = end + 1;
    } else if (c === '"') {
      at = doubleQuoted(text, at, add);
    } else {
      add(c);
    }
  }
  if (word !== null) words.push(word);
  return words;
}

// Inside double quotes a backslash escapes only `\` and `"`; elsewhere it stays.
function doubleQuoted(text: string, start: number, add: (chars: string) => void): number {
  let at = start;
  add('');
  for (;;) {
    if (at >= text.length) throw new Error('No closing quotation');
    const c = text[at] ?? '';
    at += 1;
    if (c === '"') return at;
    if (c === '\\' && at >= text.length) throw new Error('No escaped character');
    if (c === '\\' && (text[at] === '\\' || text[at] === '"')) {
      add(text[at] ?? '');
      at += 1;
    } else {
      add(c);
    }
  }
}
