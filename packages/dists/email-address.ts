/**
 * Author-email / Maintainer-email as warehouse checks them: `email.utils.parseaddr`, then email-validator's
 * syntax rules (no DNS). ASCII addresses get email-validator's own messages; internationalized ones are
 * checked only for the @-sign and a dotted domain.
 */

const ATEXT = /^[A-Za-z0-9_!#$%&'*+\-/=?^`{|}~.]$/;
const HOST_LABEL = '(?:(?:[a-zA-Z0-9][a-zA-Z0-9-]*)?[a-zA-Z0-9])';
const HOSTNAME = new RegExp(`^${HOST_LABEL}(?:\\.${HOST_LABEL})*$`);
// email-validator's SPECIAL_USE_DOMAIN_NAMES (RFC 6761 and friends).
const SPECIAL_USE = ['arpa', 'invalid', 'local', 'localhost', 'onion', 'test'];

/**
 * The address parseaddr finds in a header value: the part in angle brackets, or the whole value; null when
 * strict parseaddr gives up (several addresses, unbalanced brackets) and warehouse checks nothing.
 */
export function addressOf(value: string): string | null {
  const unquoted = value.replace(/"(?:[^"\\]|\\.)*"/g, '""');
  if (/,/.test(unquoted.replace(/\([^)]*\)/g, ''))) return null;
  const angle = /<([^<>]*)>\s*$/.exec(unquoted);
  if (angle) return (angle[1] ?? '').trim() || null;
  if (/[<>]/.test(unquoted)) return null;
  const bare = unquoted.replace(/\([^)]*\)/g, '').trim();
  return bare === '' ? null : bare;
}

/** email-validator's complaint about `address` (check_deliverability off), or null when it is valid. */
export function emailAddressProblem(address: string): string | null {
  const at = address.indexOf('@');
  if (at < 0) return 'An email address must have an @-sign.';
  const local = address.slice(0, at);
  const domain = address.slice(at + 1);
  return localPartProblem(local) ?? domainProblem(domain);
}

function sortedDisplay(chars: Iterable<string>): string {
  return [...new Set(chars)].sort().map(display).join(', ');
}

function display(c: string): string {
  if (c === ' ') return 'SPACE';
  if (c === '\t') return 'TAB';
  if (/[\x00-\x1f\x7f]/.test(c)) return `U+${c.codePointAt(0)?.toString(16).toUpperCase().padStart(4, '0')}`;
  return `'${c}'`;
}

function localPartProblem(local: string): string | null {
  if (local === '') return 'There must be something before the @-sign.';
  if (/[^\x00-\x7f]/.test(local)) return null;
  if (local.startsWith('"')) return 'Quoting the part before the @-sign is not allowed here.';
  const bad = [...local].filter((c) => !ATEXT.test(c));
  if (bad.length)
    return `The email address contains invalid characters before the @-sign: ${sortedDisplay(bad)}.`;
  if (local.endsWith('.')) return 'An email address cannot have a period immediately before the @-sign.';
  if (local.startsWith('.')) return 'An email address cannot start with a period.';
  if (local.includes('..')) return 'An email address cannot have two periods in a row.';
  return null;
}

function domainProblem(domain: string): string | null {
  if (domain === '') return 'There must be something after the @-sign.';
  if (domain.startsWith('[')) return 'A bracketed IP address after the @-sign is not allowed here.';
  const ascii = !/[^\x00-\x7f]/.test(domain);
  const bad = [...domain].filter((c) => c <= '\x7f' && !/[a-zA-Z0-9.-]/.test(c));
  if (bad.length) return `The part after the @-sign contains invalid characters: ${sortedDisplay(bad)}.`;
  if (domain.endsWith('.')) return 'An email address cannot end with a period.';
  if (domain.startsWith('.')) return 'An email address cannot have a period immediately after the @-sign.';
  if (domain.includes('..')) return 'An email address cannot have two periods in a row.';
  if (domain.endsWith('-')) return 'An email address cannot end with a hyphen.';
  if (domain.startsWith('-')) return 'An email address cannot have a hyphen immediately after the @-sign.';
  if (domain.includes('.-') || domain.includes('-.'))
    return 'An email address cannot have a period and a hyphen next to each other.';
  if (ascii && domain.split('.').some((label) => /^(?!xn)..--/i.test(label)))
    return 'An email address cannot have two letters followed by two dashes immediately after the @-sign or after a period, except Punycode.';
  if (ascii && !HOSTNAME.test(domain))
    return 'The email address contains invalid characters after the @-sign after IDNA encoding.';
  if (ascii && domain.length > 253)
    return `The email address is too long after the @-sign (${domain.length - 253} character${domain.length - 253 === 1 ? '' : 's'} too many).`;
  const long = domain.split('.').find((label) => label.length > 63);
  if (ascii && long !== undefined)
    return `After the @-sign, periods cannot be separated by so many characters (${long.length - 63} character${long.length - 63 === 1 ? '' : 's'} too many).`;
  if (!domain.includes('.')) return 'The part after the @-sign is not valid. It should have a period.';
  if (ascii && !/[A-Za-z]$/.test(domain))
    return 'The part after the @-sign is not valid. It is not within a valid top-level domain.';
  const lower = domain.toLowerCase();
  if (SPECIAL_USE.some((d) => lower === d || lower.endsWith(`.${d}`)))
    return 'The part after the @-sign is a special-use or reserved name that cannot be used with email.';
  return null;
}
