import { afterEach, describe, expect, it } from '@jest/globals';
import { forgetSecretsForTests, redact, registerBasicAuth, registerSecret } from './redact.js';

afterEach(() => forgetSecretsForTests());

describe('redact', () => {
  it('removes registered secrets wherever they appear', () => {
    registerSecret('pypi-AgEIcHlwaS5vcmc');
    expect(redact('400 token pypi-AgEIcHlwaS5vcmc is invalid (pypi-AgEIcHlwaS5vcmc)')).toBe(
      '400 token *** is invalid (***)',
    );
  });

  it('removes the URL-encoded and JSON-escaped forms too', () => {
    registerSecret('a+b/c"d=secret');
    expect(redact('?p=a%2Bb%2Fc%22d%3Dsecret and a%2bb%2fc%22d%3dsecret')).toBe('?p=*** and ***');
    expect(redact('{"token":"a+b/c\\"d=secret"}')).toBe('{"token":"***"}');
  });

  it('removes the base64 Authorization value built from Basic credentials', () => {
    registerBasicAuth('__token__', 'pypi-secret-value');
    const header = Buffer.from('__token__:pypi-secret-value').toString('base64');
    expect(redact(`echo: Basic ${header}`)).toBe('echo: Basic ***');
  });

  it('masks the longest secret first so no fragment of it survives', () => {
    registerSecret('abcdef');
    registerSecret('abcdefghijkl');
    expect(redact('abcdefghijkl')).toBe('***');
  });

  it('ignores empty and very short values, which would mask ordinary words', () => {
    registerSecret('');
    registerSecret('abc');
    registerSecret(undefined);
    expect(redact('abc is fine')).toBe('abc is fine');
  });
});
