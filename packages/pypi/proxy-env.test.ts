import { afterEach, describe, expect, it } from '@jest/globals';
import { bypassesProxy, parseProxyUrl, proxyForUrl } from './proxy-env.js';
import { redact, secrets } from '../secrets/index.js';

afterEach(() => secrets.clear());

const u = (s: string) => new URL(s);

describe('proxyForUrl', () => {
  it('uses HTTPS_PROXY for https and HTTP_PROXY for http, lower case first', () => {
    const env = {
      HTTPS_PROXY: 'http://upper:1',
      https_proxy: 'http://lower:2',
      HTTP_PROXY: 'http://plain:3',
    };
    expect(proxyForUrl(u('https://pypi.org/simple/'), env)?.url.href).toBe('http://lower:2/');
    expect(proxyForUrl(u('http://index.example/simple/'), env)?.url.href).toBe('http://plain:3/');
    expect(proxyForUrl(u('http://index.example/simple/'), { HTTPS_PROXY: 'http://p:1' })).toBeNull();
  });

  it('accepts a bare host:port', () => {
    expect(proxyForUrl(u('https://pypi.org/'), { HTTPS_PROXY: 'proxy.corp:3128' })?.url.href).toBe(
      'http://proxy.corp:3128/',
    );
  });

  it('never proxies loopback addresses', () => {
    const env = { HTTPS_PROXY: 'http://p:1', HTTP_PROXY: 'http://p:1' };
    for (const target of [
      'http://127.0.0.1:8080/',
      'http://localhost/',
      'https://[::1]:4443/',
      'http://127.1.2.3/',
    ]) {
      expect(proxyForUrl(u(target), env)).toBeNull();
    }
  });

  it('honours NO_PROXY', () => {
    const env = { HTTPS_PROXY: 'http://p:1', NO_PROXY: 'internal.example, .corp' };
    expect(proxyForUrl(u('https://internal.example/'), env)).toBeNull();
    expect(proxyForUrl(u('https://pkgs.internal.example/'), env)).toBeNull();
    expect(proxyForUrl(u('https://x.corp/'), env)).toBeNull();
    expect(proxyForUrl(u('https://pypi.org/'), env)).not.toBeNull();
  });

  it('turns credentials into Proxy-Authorization and registers them', () => {
    const proxy = parseProxyUrl('http://bob:pr0xy-pass@proxy:3128');
    expect(proxy.url.href).toBe('http://proxy:3128/');
    expect(proxy.authorization).toBe(`Basic ${Buffer.from('bob:pr0xy-pass').toString('base64')}`);
    expect(redact('pr0xy-pass')).toBe('***');
  });

  it('refuses an https:// proxy with a clear message', () => {
    expect(() => parseProxyUrl('https://proxy:443')).toThrow(/only http:\/\/ proxies/);
  });
});

describe('bypassesProxy', () => {
  it.each([
    ['*', 'https://pypi.org/', true],
    ['pypi.org', 'https://pypi.org/', true],
    ['pypi.org', 'https://upload.pypi.org/', true],
    ['pypi.org', 'https://notpypi.org/', false],
    ['*.pypi.org', 'https://upload.pypi.org/', true],
    ['.pypi.org', 'https://pypi.org/', true],
    ['pypi.org:443', 'https://pypi.org/', true],
    ['pypi.org:8443', 'https://pypi.org/', false],
    ['10.0.0.5', 'http://10.0.0.5:8080/', true],
    ['[fd00::1]', 'http://[fd00::1]:8080/', true],
    ['', 'https://pypi.org/', false],
  ])('NO_PROXY=%s, %s → %s', (noProxy, target, expected) => {
    expect(bypassesProxy(u(target), noProxy)).toBe(expected);
  });
});
