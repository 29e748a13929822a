/**
 * The forms a secret takes on its way back to us: a server or a URL may percent-encode it (either hex
 * case, `+` for spaces, RFC 3986's strict set), escape it for HTML or JSON, or strip what looks like tags
 * from it; a Basic `Authorization` header carries it in base64 beside the user name.
 */

// Derived forms shorter than this would mask ordinary words; the secret itself is always kept.
export const MIN_DERIVED_LENGTH = 6;

const lowerHex = (text: string): string => text.replace(/%[0-9A-F]{2}/g, (m) => m.toLowerCase());

/** encodeURIComponent plus the five characters it leaves alone (`!'()*`), as RFC 3986 encoders do. */
function strictPercentEncode(text: string): string {
  return encodeURIComponent(text).replace(
    /[!'()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}

/** The HTML escapes servers use: `&amp;` and friends, with the apostrophe in its three spellings. */
function htmlEscapes(text: string): string[] {
  const base = text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
  return ['&#39;', '&#x27;', '&apos;'].map((apostrophe) => base.replace(/'/g, apostrophe));
}

/** JSON string escapes: the plain ones, and the `\u003c`-style and `\/` ones some encoders add. */
function jsonEscapes(text: string): string[] {
  const plain = JSON.stringify(text).slice(1, -1);
  const unicode = plain.replace(/[<>&']/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return [plain, unicode, plain.replace(/\//g, '\\/')];
}

/** What is left once tags are stripped (dropped, or replaced by a space) and whitespace collapsed. */
function htmlStripped(text: string): string[] {
  return ['', ' '].flatMap((replacement) => {
    const stripped = text.replace(/<[^>]*>/g, replacement);
    return [stripped, stripped.replace(/\s+/g, ' ').trim()];
  });
}

/** Every form of `secret` worth masking, the secret itself first; each line of a multi-line one too. */
export function encodingsOf(secret: string): string[] {
  if (!secret) return [];
  const percent = [encodeURIComponent(secret), strictPercentEncode(secret)];
  const forms = [
    secret,
    ...secret.split(/\r?\n/),
    ...percent,
    ...percent.map(lowerHex),
    ...percent.map((form) => form.replace(/%20/g, '+')),
    ...htmlEscapes(secret),
    ...jsonEscapes(secret),
    ...htmlStripped(secret),
  ];
  return [...new Set(forms)].filter((form, i) => i === 0 || form.length >= MIN_DERIVED_LENGTH);
}

/** The base64 of `username:password`, as a Basic `Authorization` or `Proxy-Authorization` header carries it. */
export function basicAuthForms(username: string, password: string): string[] {
  const pair = `${username}:${password}`;
  return [Buffer.from(pair, 'utf8').toString('base64'), Buffer.from(pair, 'utf8').toString('base64url')];
}
