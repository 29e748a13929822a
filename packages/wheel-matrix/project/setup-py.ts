/**
 * Reading a keyword argument of setup() from setup.py without running it, as cibuildwheel reads
 * python_requires (projectfiles.py): only a string literal passed to a call that is itself a statement at
 * the top of the module, or directly inside `if __name__ == "__main__":`, counts; the last one wins. A file
 * that does not tokenize (unclosed bracket or string) gives nothing, as Python's SyntaxError does there.
 */

interface Token {
  kind: 'name' | 'string' | 'op' | 'other';
  text: string;
  /** The decoded value of a string literal (null for f-strings and bytes, which are not str constants). */
  value?: string | null;
}

interface Statement {
  indent: number;
  tokens: Token[];
}

const STRING_START = /^([rRbBuUfF]{0,2})('''|"""|'|")/;
const OPEN = '([{';
const CLOSE = ')]}';
const ASSIGNMENT = /^(=|[-+*/%&|^@]=|\/\/=|\*\*=|>>=|<<=)$/;

/** The value of `keyword=` in a top-level call statement of setup.py, or null (see the module comment). */
export function setupPyKeyword(source: string, keyword: string): string | null {
  const statements = logicalStatements(source);
  if (statements === null) return null;
  let found: string | null = null;
  let mainIndent: number | null = null;
  for (const statement of statements) {
    if (statement.indent === 0) {
      mainIndent = null;
      const body = mainBlockHead(statement.tokens);
      if (body !== null) {
        mainIndent = body.length > 0 ? null : -1;
        found = keywordOfCall(body, keyword) ?? found;
        continue;
      }
      found = keywordOfCall(statement.tokens, keyword) ?? found;
    } else if (mainIndent !== null) {
      if (mainIndent === -1) mainIndent = statement.indent;
      if (statement.indent === mainIndent) found = keywordOfCall(statement.tokens, keyword) ?? found;
    }
  }
  return found;
}

// `if __name__ == "__main__":` (either way round): the tokens after the colon, or null for other lines.
function mainBlockHead(tokens: Token[]): Token[] | null {
  const [ifToken, left, op, right, colon] = tokens;
  if (ifToken?.text !== 'if' || op?.text !== '==' || colon?.text !== ':') return null;
  const isName = (t: Token | undefined) => t?.kind === 'name' && t.text === '__name__';
  const isMain = (t: Token | undefined) => t?.kind === 'string' && t.value === '__main__';
  if (!((isName(left) && isMain(right)) || (isMain(left) && isName(right)))) return null;
  return tokens.slice(5);
}

// The statement must be a call (optionally assigned): `setup(...)`, `x = setuptools.setup(...)`.
function keywordOfCall(tokens: Token[], keyword: string): string | null {
  let start = 0;
  let depth = 0;
  tokens.forEach((token, i) => {
    if (token.kind !== 'op') return;
    if (OPEN.includes(token.text)) depth++;
    else if (CLOSE.includes(token.text)) depth--;
    else if (depth === 0 && ASSIGNMENT.test(token.text)) start = i + 1;
  });
  const expression = tokens.slice(start);
  if (expression.at(-1)?.text !== ')') return null;
  const args = finalCallArguments(expression);
  if (args === null) return null;
  let found: string | null = null;
  for (const arg of args) {
    const [name, equals, ...rest] = arg;
    if (name?.text !== keyword || equals?.text !== '=') continue;
    const value = withoutParentheses(rest);
    if (value.length > 0 && value.every((t) => t.kind === 'string' && typeof t.value === 'string')) {
      found = value.map((t) => t.value).join('');
    }
  }
  return found;
}

// `("a" "b")` is the same constant as `"a" "b"`.
function withoutParentheses(tokens: Token[]): Token[] {
  let inner = tokens;
  while (inner[0]?.text === '(' && inner.at(-1)?.text === ')') inner = inner.slice(1, -1);
  return inner;
}

// The comma-separated arguments of the last bracket group, provided the expression is a plain primary
// (names, dots and bracket groups, no operators at the top), which is what makes the call the statement.
function finalCallArguments(expression: Token[]): Token[][] | null {
  let depth = 0;
  let lastOpen = -1;
  for (let i = 0; i < expression.length; i++) {
    const token = expression[i] as Token;
    if (token.kind === 'op' && OPEN.includes(token.text)) {
      if (depth === 0) lastOpen = i;
      depth++;
    } else if (token.kind === 'op' && CLOSE.includes(token.text)) {
      depth--;
    } else if (depth === 0 && !(token.kind === 'name' || token.text === '.')) {
      return null;
    }
    if (depth === 0 && ['await', 'not', 'lambda', 'yield'].includes(token.text)) return null;
  }
  if (lastOpen <= 0 || expression[lastOpen]?.text !== '(') return null;
  const args: Token[][] = [[]];
  depth = 0;
  for (const token of expression.slice(lastOpen + 1, -1)) {
    if (token.kind === 'op' && OPEN.includes(token.text)) depth++;
    if (token.kind === 'op' && CLOSE.includes(token.text)) depth--;
    if (depth === 0 && token.text === ',') args.push([]);
    else args.at(-1)?.push(token);
  }
  return args;
}

/** Logical lines split at top-level semicolons, with their indentation; null when brackets or strings do not close. */
function logicalStatements(source: string): Statement[] | null {
  const statements: Statement[] = [];
  let tokens: Token[] = [];
  let indent = 0;
  let depth = 0;
  let atLineStart = true;
  let i = 0;
  const flush = () => {
    if (tokens.length > 0) statements.push({ indent, tokens });
    tokens = [];
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (atLineStart) {
      const spaces = /^[ \t\f]*/.exec(source.slice(i))?.[0] ?? '';
      indent = spaces.replace(/\t/g, '        ').length;
      i += spaces.length;
      atLineStart = false;
      continue;
    }
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n') i++;
    } else if (ch === '\\' && /^\\\r?\n/.test(source.slice(i, i + 3))) {
      i += source[i + 1] === '\r' ? 3 : 2;
    } else if (ch === '\n' || ch === '\r') {
      i++;
      if (depth === 0) {
        flush();
        atLineStart = true;
      }
    } else if (ch === ' ' || ch === '\t' || ch === '\f') {
      i++;
    } else if (ch === ';' && depth === 0) {
      flush();
      i++;
    } else {
      const token = readToken(source, i);
      if (token === null) return null;
      if (token.token.kind === 'op' && OPEN.includes(token.token.text)) depth++;
      if (token.token.kind === 'op' && CLOSE.includes(token.token.text) && --depth < 0) return null;
      tokens.push(token.token);
      i = token.end;
    }
  }
  flush();
  return depth === 0 ? statements : null;
}

function readToken(source: string, at: number): { token: Token; end: number } | null {
  const rest = source.slice(at, at + 6);
  const string = STRING_START.exec(rest);
  if (string && (string[1] === '' || /^[a-z]/i.test(source[at] as string))) {
    const prefix = (string[1] as string).toLowerCase();
    return readString(source, at + prefix.length, prefix);
  }
  const name = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/.exec(source.slice(at, at + 200));
  if (name) return { token: { kind: 'name', text: name[0] }, end: at + name[0].length };
  const number = /^\d[\w.]*/.exec(source.slice(at, at + 100));
  if (number) return { token: { kind: 'other', text: number[0] }, end: at + number[0].length };
  const op = /^(\*\*=|\/\/=|>>=|<<=|->|:=|[-+*/%&|^@<>=!]=|\*\*|\/\/|<<|>>|\.\.\.|.)/s.exec(rest);
  const text = op?.[0] ?? (source[at] as string);
  return { token: { kind: 'op', text }, end: at + text.length };
}

function readString(source: string, quoteAt: number, prefix: string): { token: Token; end: number } | null {
  const quote =
    source.startsWith('"""', quoteAt) || source.startsWith("'''", quoteAt)
      ? source.slice(quoteAt, quoteAt + 3)
      : (source[quoteAt] as string);
  let i = quoteAt + quote.length;
  let raw = '';
  while (i < source.length) {
    if (source.startsWith(quote, i)) {
      const value =
        prefix.includes('f') || prefix.includes('b') ? null : prefix.includes('r') ? raw : unescape(raw);
      return {
        token: { kind: 'string', text: source.slice(quoteAt - prefix.length, i + quote.length), value },
        end: i + quote.length,
      };
    }
    const ch = source[i] as string;
    if (quote.length === 1 && ch === '\n') return null;
    if (ch === '\\' && i + 1 < source.length) {
      raw += ch + (source[i + 1] as string);
      i += 2;
    } else {
      raw += ch;
      i++;
    }
  }
  return null;
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = {
  '\n': '',
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

function unescape(raw: string): string {
  return raw.replace(
    /\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|[0-7]{1,3}|.)/gs,
    (match, body: string) => {
      if (body in SIMPLE_ESCAPES) return SIMPLE_ESCAPES[body] as string;
      if (/^[xuU]/.test(body)) return String.fromCodePoint(parseInt(body.slice(1), 16));
      if (/^[0-7]+$/.test(body)) return String.fromCodePoint(parseInt(body, 8));
      return match;
    },
  );
}
