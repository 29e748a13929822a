import { describe, expect, it } from '@jest/globals';
import { SIGSTORE_URL_ENV, sigstoreStandInUrl, standInTrustRoot } from './index.js';

describe('sigstoreStandInUrl', () => {
  it('drops trailing slashes, so every URL built on it has one separator', () => {
    const base = sigstoreStandInUrl({ [SIGSTORE_URL_ENV]: 'http://127.0.0.1:8080/_/sigstore//' });
    expect(base).toBe('http://127.0.0.1:8080/_/sigstore');
    expect(standInTrustRoot(base ?? '')).toEqual({
      kind: 'url',
      url: 'http://127.0.0.1:8080/_/sigstore/trusted_root.json',
    });
  });
  it('is undefined when the variable is unset or empty', () => {
    expect(sigstoreStandInUrl({})).toBeUndefined();
    expect(sigstoreStandInUrl({ [SIGSTORE_URL_ENV]: '' })).toBeUndefined();
  });
});
