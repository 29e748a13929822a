/** warehouse's `is_valid_uri(url, require_authority=False)`: rfc3986's checks of an http(s) URL, as PyPI runs them. */

const UNRESERVED_SUBDELIMS = "A-Za-z0-9._~\\-!$&'()*+,;=";
const PCT = '%[0-9A-Fa-f]{2}';
const REG_NAME = `(?:${PCT}|[${UNRESERVED_SUBDELIMS}])*`;
const IPV4 = '(?:[0-9]{1,3}\\.){3}[0-9]{1,3}';
const IP_LITERAL = '\\[(?:[0-9A-Fa-f:.]+|v[0-9A-Fa-f]+\\.[' + UNRESERVED_SUBDELIMS + ':]+)\\]';
const USERINFO = `(?:[${UNRESERVED_SUBDELIMS}:]|${PCT})+`;
const SUBAUTHORITY = new RegExp(`^(?:(${USERINFO})@)?(${REG_NAME}|${IPV4}|${IP_LITERAL})(?::([0-9]{1,5}))?$`);
const URI = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):)?(?:\/\/([^\\/?#]*))?/;

/**
 * True when PyPI takes `url` for Home-page, Download-URL or a Project-URL: a scheme of http or https, and a
 * well-formed host and port when there is an authority. Path and query are percent-encoded by rfc3986
 * before the check, so they never fail it.
 */
export function isValidHttpUri(url: string): boolean {
  const match = URI.exec(url);
  const scheme = match?.[1]?.toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return false;
  const authority = match?.[2];
  if (!authority) return true;
  const sub = SUBAUTHORITY.exec(authority);
  if (!sub) return false;
  const host = sub[2] ?? '';
  if (new RegExp(`^${IPV4}$`).test(host) && host.split('.').some((octet) => Number(octet) > 255))
    return false;
  return sub[3] === undefined || Number(sub[3]) <= 65535;
}
