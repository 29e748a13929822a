/** Python's `repr()` of a string, because PyPI's messages quote values with `{value!r}`. */
export function pyRepr(value: string | null | undefined): string {
  if (value === null || value === undefined) return 'None';
  // Python picks single quotes unless the text holds a ' and no ".
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f) out += '\\x' + code.toString(16).padStart(2, '0');
    else out += ch;
  }
  return out + quote;
}

// Python's whitespace (str.isspace): JavaScript's trim() differs (it strips U+FEFF, keeps \x1c-\x1f and \x85).
const PY_SPACE = '[\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\p{Zs}\\u2028\\u2029]';
const PY_STRIP = new RegExp(`^${PY_SPACE}+|${PY_SPACE}+$`, 'gu');
const PY_LEADING_SPACE = new RegExp(`^${PY_SPACE}+`, 'u');

/** Python's `str.strip()`. */
export function pyStrip(value: string): string {
  return value.replace(PY_STRIP, '');
}

/** How many characters of Python whitespace `value` starts with. */
export function pyLeadingSpace(value: string): number {
  return value.length - value.replace(PY_LEADING_SPACE, '').length;
}
