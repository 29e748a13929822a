/** Which proxy, if any, a request should use, from HTTPS_PROXY / HTTP_PROXY / NO_PROXY as curl reads them. */
import { IndexUrlError } from './errors.js';
import { registerBasicAuth, registerUrlCredentials } from '../secrets/index.js';

/** An HTTP proxy: `https` targets are tunnelled with CONNECT, `http` targets are sent as absolute URLs. */
export interface ProxySettings {
  url: URL;
  /** `Proxy-Authorization` value when the proxy URL carries credentials. */
  authorization?: string;
}

/**
 * The proxy for `target`, or null. Lower-case variables win over upper-case ones; NO_PROXY entries are
 * host names matching themselves and their subdomains (a leading `.` or `*.` is allowed), optional `:port`,
 * IP literals, or `*`. Loopback addresses never use a proxy (as @actions/http-client decides): a local
 * index on the runner must not be sent to a corporate proxy.
 */
export function proxyForUrl(target: URL, env: NodeJS.ProcessEnv = process.env): ProxySettings | null {
  const host = bareHost(target.hostname);
  if (isLoopback(host)) return null;
  const raw =
    target.protocol === 'https:'
      ? (env.https_proxy ?? env.HTTPS_PROXY ?? env.all_proxy ?? env.ALL_PROXY)
      : (env.http_proxy ?? env.HTTP_PROXY ?? env.all_proxy ?? env.ALL_PROXY);
  if (!raw || raw.trim() === '') return null;
  if (bypassesProxy(target, env.no_proxy ?? env.NO_PROXY ?? '')) return null;
  return parseProxyUrl(raw.trim());
}

/** Parse a proxy URL; a bare `host:port` means `http://host:port`. Credentials become `Proxy-Authorization`. */
export function parseProxyUrl(raw: string): ProxySettings {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    throw new IndexUrlError(`proxy setting '${raw}' is not a URL: use http://host:port`);
  }
  if (url.protocol !== 'http:') {
    throw new IndexUrlError(
      `proxy '${url.protocol}//${url.host}' is not supported: only http:// proxies are (set HTTPS_PROXY=http://host:port)`,
    );
  }
  if (!url.username && !url.password) return { url };
  const username = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  registerBasicAuth(username, password);
  const authorization = `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`;
  url.username = '';
  url.password = '';
  return { url, authorization };
}

/** True when NO_PROXY lists `target` (host, parent domain, IP, host:port, or `*`). */
export function bypassesProxy(target: URL, noProxy: string): boolean {
  const host = bareHost(target.hostname).toLowerCase();
  const port = target.port || (target.protocol === 'https:' ? '443' : '80');
  for (const rawEntry of noProxy.split(/[\s,]+/)) {
    let entry = rawEntry.trim().toLowerCase();
    if (!entry) continue;
    if (entry === '*') return true;
    let entryPort: string | undefined;
    const portMatch = /^(\[[^\]]+\]|[^:]+):(\d+)$/.exec(entry);
    if (portMatch?.[1] && portMatch[2]) {
      entry = portMatch[1];
      entryPort = portMatch[2];
    }
    if (entryPort && entryPort !== port) continue;
    entry = bareHost(entry).replace(/^\*?\./, '');
    if (host === entry || host.endsWith(`.${entry}`)) return true;
  }
  return false;
}

function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

function isLoopback(host: string): boolean {
  const lower = host.toLowerCase();
  if (lower === 'localhost' || lower.endsWith('.localhost')) return true;
  // A dotted IPv4 address (node:net's isIP would load the network stack at start-up for this).
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(lower)) return lower.startsWith('127.');
  return lower === '::1' || lower === '0:0:0:0:0:0:0:1';
}

/** The variables a proxy URL (and so its credentials) may come from, in every spelling curl and pip read. */
export const PROXY_VARIABLES = [
  'https_proxy',
  'HTTPS_PROXY',
  'http_proxy',
  'HTTP_PROXY',
  'all_proxy',
  'ALL_PROXY',
];

/**
 * Registers the credentials of every proxy URL in `env` as secrets, before anything can print them: the
 * runner does not mask environment variables, and pip, given the same environment, may echo them.
 */
export function registerProxyCredentials(env: NodeJS.ProcessEnv = process.env): void {
  for (const name of PROXY_VARIABLES) {
    const value = env[name]?.trim();
    if (value) registerUrlCredentials(/^[a-z][a-z0-9+.-]*:\/\//i.test(value) ? value : `http://${value}`);
  }
}
