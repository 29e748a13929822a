import { describe, expect, it } from '@jest/globals';
import { encodingsOf, SecretRegistry } from './index.js';

// Every character class a password generator uses, and the ones each encoding changes.
const PASSWORD = `p@ss w<b>rd&"x'y/z+é`;

describe('SecretRegistry.redact', () => {
  it('removes the secret in every form a server or a URL may turn it into', () => {
    const registry = new SecretRegistry();
    registry.registerBasicAuth('__token__', PASSWORD);
    const echoes = {
      raw: PASSWORD,
      'URL-encoded': encodeURIComponent(PASSWORD),
      'URL-encoded, lower-case hex': encodeURIComponent(PASSWORD).replace(/%[0-9A-F]{2}/g, (m) =>
        m.toLowerCase(),
      ),
      'form-encoded': new URLSearchParams({ p: PASSWORD }).toString().slice(2),
      'URL userinfo': new URL(`https://u:${encodeURIComponent(PASSWORD)}@host/`).password,
      'HTML entities': PASSWORD.replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#39;'),
      'HTML entities (hex apostrophe)': PASSWORD.replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/"/g, '&quot;')
        .replace(/'/g, '&#x27;'),
      'HTML-stripped': PASSWORD.replace(/<[^>]*>/g, ''),
      'HTML-stripped to a space': PASSWORD.replace(/<[^>]*>/g, ' '),
      'JSON-escaped': JSON.stringify(PASSWORD).slice(1, -1),
      'JSON-escaped, \\u003c style': JSON.stringify(PASSWORD)
        .slice(1, -1)
        .replace(/</g, '\\u003c')
        .replace(/>/g, '\\u003e')
        .replace(/&/g, '\\u0026')
        .replace(/'/g, '\\u0027'),
      'base64 user:password': Buffer.from(`__token__:${PASSWORD}`).toString('base64'),
    };
    const leaked = Object.entries(echoes)
      .filter(([, echo]) => registry.redact(`before ${echo} after`) !== 'before *** after')
      .map(([name]) => name);
    expect(leaked).toEqual([]);
  });

  it('masks the longest form first so no fragment of it survives', () => {
    const registry = new SecretRegistry();
    registry.register('abcdef');
    registry.register('abcdefghijkl');
    expect(registry.redact('abcdefghijkl and abcdef')).toBe('*** and ***');
  });

  it('keeps every line of a multi-line secret, and never masks short derived fragments', () => {
    const registry = new SecretRegistry();
    registry.register('first-line-secret\nsecond-line-secret');
    expect(registry.redact('x second-line-secret y')).toBe('x *** y');
    expect(encodingsOf('ab<i>c')).toEqual([
      'ab<i>c',
      'ab%3Ci%3Ec',
      'ab%3ci%3ec',
      'ab&lt;i&gt;c',
      'ab\\u003ci\\u003ec',
    ]);
  });

  it('takes credentials from a URL as written and decoded, with their base64 header form', () => {
    const registry = new SecretRegistry();
    registry.registerUrlCredentials('http://proxy-user:pr%40xy-pass@proxy.example:3128');
    const header = Buffer.from('proxy-user:pr@xy-pass').toString('base64');
    expect(registry.redact(`pr%40xy-pass pr@xy-pass ${header}`)).toBe('*** *** ***');
    registry.registerUrlCredentials('not a url');
    registry.registerUrlCredentials('https://user@host/');
    expect(registry.redact('user')).toBe('user');
  });
});

describe('SecretRegistry.subscribe', () => {
  it('tells a listener of forms registered before and after it subscribed, each once', () => {
    const registry = new SecretRegistry();
    registry.register('early-secret');
    const heard: string[] = [];
    const unsubscribe = registry.subscribe((form) => heard.push(form));
    registry.register('late<secret>');
    registry.register('early-secret');
    expect(heard).toEqual([...encodingsOf('early-secret'), ...encodingsOf('late<secret>')]);
    unsubscribe();
    registry.register('unheard-secret');
    expect(heard).not.toContain('unheard-secret');
  });
});
