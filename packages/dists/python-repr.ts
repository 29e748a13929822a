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
