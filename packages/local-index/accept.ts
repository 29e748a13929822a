/** PEP 691 content negotiation for the simple API. */

/** The formats the simple API can answer in. */
export type SimpleFormat = 'json' | 'html' | 'text/html';

/** The Content-Type sent for each format. */
export const SIMPLE_CONTENT_TYPES: Record<SimpleFormat, string> = {
  json: 'application/vnd.pypi.simple.v1+json',
  html: 'application/vnd.pypi.simple.v1+html',
  'text/html': 'text/html',
};

// Offer order breaks ties between equal q values: text/html first, as warehouse offers them.
const OFFERS: [string, SimpleFormat][] = [
  ['text/html', 'text/html'],
  ['application/vnd.pypi.simple.v1+html', 'html'],
  ['application/vnd.pypi.simple.v1+json', 'json'],
];

interface Range {
  type: string;
  subtype: string;
  q: number;
}

function parseAccept(header: string): Range[] {
  const ranges: Range[] = [];
  for (const item of header.split(',')) {
    const [media, ...params] = item.split(';');
    const [type, subtype] = (media ?? '').trim().toLowerCase().split('/');
    if (!type || !subtype) continue;
    let q = 1;
    for (const param of params) {
      const [key, value] = param.split('=').map((s) => s.trim());
      if (key?.toLowerCase() === 'q' && value !== undefined) {
        const parsed = Number.parseFloat(value);
        q = Number.isFinite(parsed) ? Math.min(1, Math.max(0, parsed)) : 0;
      }
    }
    ranges.push({ type, subtype, q });
  }
  return ranges;
}

function quality(ranges: Range[], offer: string): number {
  const [type, subtype] = offer.split('/');
  let best = -1;
  let bestSpecificity = -1;
  for (const range of ranges) {
    const matches =
      (range.type === '*' && range.subtype === '*') ||
      (range.type === type && (range.subtype === '*' || range.subtype === subtype));
    if (!matches) continue;
    // The most specific matching range decides, per RFC 9110.
    const specificity = range.type === '*' ? 0 : range.subtype === '*' ? 1 : 2;
    if (specificity > bestSpecificity) {
      bestSpecificity = specificity;
      best = range.q;
    }
  }
  return best;
}

/**
 * The format to answer in for this `Accept` header (or a `?format=` override), limited to `allowed`.
 * Like warehouse, a header that matches nothing gets the default (text/html) rather than a 406.
 */
export function chooseSimpleFormat(
  accept: string | undefined,
  formatParam: string | null,
  allowed: readonly SimpleFormat[] = ['json', 'html', 'text/html'],
): SimpleFormat {
  const fallback: SimpleFormat = allowed.includes('text/html') ? 'text/html' : (allowed[0] ?? 'text/html');
  const header = formatParam ?? accept;
  if (!header || header.trim() === '') return fallback;
  const ranges = parseAccept(header);
  let chosen: SimpleFormat | null = null;
  let chosenQ = 0;
  for (const [offer, format] of OFFERS) {
    if (!allowed.includes(format)) continue;
    const q = quality(ranges, offer);
    if (q > chosenQ) {
      chosen = format;
      chosenQ = q;
    }
  }
  return chosen ?? fallback;
}
