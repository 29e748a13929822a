/** PEP 508 dependency specifiers and PEP 440 specifier sets, as packaging parses them (validity, URL, canonical text). */

// packaging's specifier grammar, one alternative per operator family (version parts as PEP 440 allows).
const PRE = String.raw`(?:[-_.]?(?:alpha|beta|preview|pre|a|b|c|rc)[-_.]?[0-9]*)?`;
const POST = String.raw`(?:(?:-[0-9]+)|(?:[-_.]?(?:post|rev|r)[-_.]?[0-9]*))?`;
const DEV = String.raw`(?:[-_.]?dev[-_.]?[0-9]*)?`;
const LOCAL = String.raw`(?:\+[a-z0-9]+(?:[-_.][a-z0-9]+)*)?`;
const EPOCH_RELEASE = String.raw`v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)*`;
const SPECIFIER_BODY =
  String.raw`(?:===\s*[^\s;)]*)` +
  String.raw`|(?:(?:==|!=)\s*${EPOCH_RELEASE}(?:\.\*|${PRE}${POST}${DEV}${LOCAL})?)` +
  String.raw`|(?:~=\s*v?(?:[0-9]+!)?[0-9]+(?:\.[0-9]+)+${PRE}${POST}${DEV})` +
  String.raw`|(?:(?:<=|>=|<|>)\s*${EPOCH_RELEASE}${PRE}${POST}${DEV})`;
const SPECIFIER_EXACT = new RegExp(String.raw`^\s*(?:${SPECIFIER_BODY})\s*$`, 'i');
const SPECIFIER_PREFIX = new RegExp(String.raw`(?:${SPECIFIER_BODY})`, 'iy');

/** True when `value` is a valid PEP 440 specifier set (`>=3.9, <4`), as `packaging.specifiers.SpecifierSet` takes it. */
export function isValidSpecifierSet(value: string): boolean {
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .every((part) => SPECIFIER_EXACT.test(part));
}

/** One parsed PEP 508 requirement; `text` is packaging's `str(Requirement(...))`. */
export interface ParsedRequirement {
  name: string;
  url: string | null;
  text: string;
}

/** Thrown for a requirement packaging would refuse; `message` is its first line. */
export class RequirementSyntaxError extends Error {
  override name = 'RequirementSyntaxError';
}

const IDENTIFIER = /[a-zA-Z0-9](?:[a-zA-Z0-9._-]*[a-zA-Z0-9])?/y;
const VARIABLE =
  /(?:python_version|python_full_version|os[._]name|sys[._]platform|platform_(?:release|system)|platform[._](?:version|machine|python_implementation)|python_implementation|implementation_(?:name|version)|extras?|dependency_groups)(?![A-Za-z0-9_])/y;
const OP = /===|==|~=|!=|<=|>=|<|>/y;
const QUOTED = /'[^']*'|"[^"]*"/y;

/** A small cursor over the text: the tokens of packaging's tokenizer, matched where needed. */
class Cursor {
  pos = 0;
  constructor(readonly source: string) {}
  ws(): boolean {
    const start = this.pos;
    while (this.source[this.pos] === ' ' || this.source[this.pos] === '\t') this.pos++;
    return this.pos > start;
  }
  match(re: RegExp): string | null {
    re.lastIndex = this.pos;
    const found = re.exec(this.source);
    if (!found) return null;
    this.pos += found[0].length;
    return found[0];
  }
  literal(text: string): boolean {
    if (!this.source.startsWith(text, this.pos)) return false;
    this.pos += text.length;
    return true;
  }
  word(text: string): boolean {
    const after = this.source[this.pos + text.length] ?? '';
    if (!this.source.startsWith(text, this.pos) || /[A-Za-z0-9_]/.test(after)) return false;
    this.pos += text.length;
    return true;
  }
  atEnd(): boolean {
    return this.pos >= this.source.length;
  }
  fail(expected: string): never {
    throw new RequirementSyntaxError(`Expected ${expected}`);
  }
}

/** Parse a PEP 508 requirement as packaging does; throws RequirementSyntaxError when packaging would. */
export function parseRequirement(source: string): ParsedRequirement {
  const cur = new Cursor(source);
  cur.ws();
  const name = cur.match(IDENTIFIER) ?? cur.fail('package name at the start of dependency specifier');
  cur.ws();
  const extras = parseExtras(cur);
  cur.ws();
  let url: string | null = null;
  let specifiers: string[] = [];
  let marker: string | null = null;
  if (cur.literal('@')) {
    cur.ws();
    url = cur.match(/[^ \t]+/y) ?? cur.fail('URL after @');
    if (!cur.atEnd()) {
      if (!cur.ws()) cur.fail('whitespace after URL');
      if (!cur.atEnd()) {
        if (!cur.literal(';')) cur.fail('semicolon (after URL and whitespace) or end');
        marker = parseMarker(cur);
      }
    }
  } else {
    specifiers = parseSpecifiers(cur);
    cur.ws();
    if (cur.literal(';')) marker = parseMarker(cur);
    else if (!cur.atEnd())
      cur.fail(
        specifiers.length
          ? 'comma (within version specifier), semicolon (after version specifier) or end'
          : 'semicolon (after name with no version specifier) or end',
      );
  }
  return { name, url, text: requirementText(name, extras, specifiers, url, marker) };
}

function requirementText(
  name: string,
  extras: string[],
  specifiers: string[],
  url: string | null,
  marker: string | null,
): string {
  let text = name + (extras.length ? `[${[...extras].sort().join(',')}]` : '');
  text += [...specifiers].sort().join(',');
  if (url !== null) text += ` @ ${url}${marker !== null ? ' ' : ''}`;
  return marker !== null ? `${text}; ${marker}` : text;
}

function parseExtras(cur: Cursor): string[] {
  if (!cur.literal('[')) return [];
  cur.ws();
  const extras: string[] = [];
  const first = cur.match(IDENTIFIER);
  if (first !== null) {
    extras.push(first);
    for (;;) {
      cur.ws();
      if (!cur.literal(',')) break;
      cur.ws();
      extras.push(cur.match(IDENTIFIER) ?? cur.fail('extra name after comma'));
    }
  }
  cur.ws();
  if (!cur.literal(']')) cur.fail(first !== null ? 'comma between extra names' : 'matching right bracket');
  return extras;
}

function parseSpecifiers(cur: Cursor): string[] {
  const parenthesized = cur.literal('(');
  if (parenthesized) cur.ws();
  const specs: string[] = [];
  for (;;) {
    const spec = cur.match(SPECIFIER_PREFIX);
    if (spec === null) {
      if (specs.length > 0) cur.fail('version specifier after comma');
      break;
    }
    if (cur.source.startsWith('.*', cur.pos))
      cur.fail('end of version specifier (.* suffix is only allowed with == and !=)');
    specs.push(spec.replace(/\s+/g, ''));
    const before = cur.pos;
    cur.ws();
    if (!cur.literal(',')) {
      cur.pos = before;
      break;
    }
    cur.ws();
  }
  if (parenthesized) {
    cur.ws();
    if (!cur.literal(')')) cur.fail('matching right parenthesis (after version specifier)');
  }
  return specs;
}

// marker := and ('or' and)*; and := atom ('and' atom)*; atom := '(' marker ')' | var op var.
function parseMarker(cur: Cursor): string {
  cur.ws();
  const text = parseMarkerOr(cur);
  cur.ws();
  if (!cur.atEnd()) cur.fail('end of dependency specifier');
  return text;
}

function parseMarkerOr(cur: Cursor): string {
  const parts = [parseMarkerAnd(cur)];
  for (;;) {
    const before = cur.pos;
    cur.ws();
    if (!cur.word('or')) {
      cur.pos = before;
      return parts.join(' or ');
    }
    cur.ws();
    parts.push(parseMarkerAnd(cur));
  }
}

function parseMarkerAnd(cur: Cursor): string {
  const parts = [parseMarkerAtom(cur)];
  for (;;) {
    const before = cur.pos;
    cur.ws();
    if (!cur.word('and')) {
      cur.pos = before;
      return parts.join(' and ');
    }
    cur.ws();
    parts.push(parseMarkerAtom(cur));
  }
}

function parseMarkerAtom(cur: Cursor): string {
  if (cur.literal('(')) {
    cur.ws();
    const inner = parseMarkerOr(cur);
    cur.ws();
    if (!cur.literal(')')) cur.fail('matching right parenthesis (after marker expression)');
    return `(${inner})`;
  }
  const left = parseMarkerVar(cur);
  cur.ws();
  const op = parseMarkerOp(cur);
  cur.ws();
  const right = parseMarkerVar(cur);
  return `${left} ${op} ${right}`;
}

function parseMarkerVar(cur: Cursor): string {
  const variable = cur.match(VARIABLE);
  if (variable !== null) {
    if (variable === 'python_implementation') return 'platform_python_implementation';
    return variable.replace('.', '_');
  }
  const quoted = cur.match(QUOTED);
  if (quoted !== null) return `"${quoted.slice(1, -1)}"`;
  return cur.fail('a marker variable or quoted string');
}

function parseMarkerOp(cur: Cursor): string {
  if (cur.word('in')) return 'in';
  if (cur.word('not')) {
    if (!cur.ws()) cur.fail("whitespace after 'not'");
    if (!cur.word('in')) cur.fail("'in' after 'not'");
    return 'not in';
  }
  return cur.match(OP) ?? cur.fail('marker operator, one of <=, <, !=, ==, >=, >, ~=, ===, in, not in');
}
