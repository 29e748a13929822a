import { afterEach, describe, expect, it } from '@jest/globals';
import { IndexUrlError } from './errors.js';
import { jsonApiUrl, resolveIndexUrls, simpleProjectUrl } from './index-urls.js';
import { redact, secrets } from '../secrets/index.js';

afterEach(() => secrets.clear());

describe('resolveIndexUrls', () => {
  it('knows pypi and testpypi by name', () => {
    expect(resolveIndexUrls('pypi')).toEqual({
      kind: 'pypi',
      upload: 'https://upload.pypi.org/legacy/',
      simple: 'https://pypi.org/simple/',
      json: 'https://pypi.org/pypi/',
      oidcAudience: 'https://upload.pypi.org/_/oidc/audience',
      oidcMintToken: 'https://upload.pypi.org/_/oidc/mint-token',
    });
    const test = resolveIndexUrls(' TestPyPI ');
    expect([test.kind, test.upload, test.simple, test.json]).toEqual([
      'testpypi',
      'https://test.pypi.org/legacy/',
      'https://test.pypi.org/simple/',
      'https://test.pypi.org/pypi/',
    ]);
  });

  it('recognises the real PyPI URLs, upload or simple', () => {
    expect(resolveIndexUrls('https://upload.pypi.org/legacy/').kind).toBe('pypi');
    expect(resolveIndexUrls('https://pypi.org/simple/').upload).toBe('https://upload.pypi.org/legacy/');
    expect(resolveIndexUrls('https://test.pypi.org/legacy/').simple).toBe('https://test.pypi.org/simple/');
  });

  it('maps a custom upload URL to its simple and JSON siblings', () => {
    const urls = resolveIndexUrls('http://127.0.0.1:8080/legacy/');
    expect(urls).toEqual({
      kind: 'custom',
      upload: 'http://127.0.0.1:8080/legacy/',
      simple: 'http://127.0.0.1:8080/simple/',
      json: 'http://127.0.0.1:8080/pypi/',
      oidcAudience: 'http://127.0.0.1:8080/_/oidc/audience',
      oidcMintToken: 'http://127.0.0.1:8080/_/oidc/mint-token',
    });
  });

  it('keeps a path prefix', () => {
    const urls = resolveIndexUrls('https://mirror.example/pypi-proxy/simple/');
    expect(urls.upload).toBe('https://mirror.example/pypi-proxy/legacy/');
    expect(urls.json).toBe('https://mirror.example/pypi-proxy/pypi/');
  });

  it('accepts /simple without the slash (a GET) but refuses /legacy without it, naming the fix', () => {
    expect(resolveIndexUrls('http://localhost:3141/simple').simple).toBe('http://localhost:3141/simple/');
    expect(() => resolveIndexUrls('https://upload.pypi.org/legacy')).toThrow(IndexUrlError);
    expect(() => resolveIndexUrls('https://upload.pypi.org/legacy')).toThrow(
      /must end with a slash: use 'https:\/\/upload\.pypi\.org\/legacy\/'.*POST into a GET/,
    );
  });

  it('refuses other shapes with a one-line error naming the input', () => {
    expect(() => resolveIndexUrls('')).toThrow(/repository-url is empty/);
    expect(() => resolveIndexUrls('upload.pypi.org')).toThrow(
      /repository-url 'upload\.pypi\.org' is not a URL/,
    );
    expect(() => resolveIndexUrls('https://example.org/upload/', 'index-url')).toThrow(
      /index-url .* must end in \/legacy\//,
    );
    expect(() => resolveIndexUrls('ftp://example.org/legacy/')).toThrow(/http:\/\/ or https:\/\//);
    expect(() => resolveIndexUrls('https://example.org/legacy/?x=1')).toThrow(/query or fragment/);
  });

  it('takes credentials out of the URL and registers the password as a secret', () => {
    const urls = resolveIndexUrls('https://alice:s3cr%40t-pw@index.example/simple/');
    expect(urls.auth).toEqual({ username: 'alice', password: 's3cr@t-pw' });
    expect(urls.simple).toBe('https://index.example/simple/');
    expect(redact('password s3cr@t-pw')).toBe('password ***');
  });
});

describe('project URLs', () => {
  const urls = resolveIndexUrls('pypi');
  it('normalizes the project name (PEP 503)', () => {
    expect(simpleProjectUrl(urls, 'Demo.Pkg_Two')).toBe('https://pypi.org/simple/demo-pkg-two/');
    expect(jsonApiUrl(urls, 'Demo.Pkg')).toBe('https://pypi.org/pypi/demo-pkg/json');
  });
  it('escapes the version (a local version has +)', () => {
    expect(jsonApiUrl(urls, 'demo', '1.0+abc.1')).toBe('https://pypi.org/pypi/demo/1.0%2Babc.1/json');
  });
});

describe('resolveIndexUrls messages', () => {
  it('never show credentials written in the URL', () => {
    expect(() => resolveIndexUrls('https://bob:hunter2-pw@index.example/legacy/?x=1')).toThrow(
      "repository-url 'https://index.example/legacy/?x=1' must not carry a query or fragment",
    );
  });
});
