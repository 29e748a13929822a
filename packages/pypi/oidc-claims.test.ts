import { describe, expect, it } from '@jest/globals';
import { unsignedJwt } from '../../test/support/jwt.js';
import { decodeOidcClaims } from './oidc-claims.js';

describe('decodeOidcClaims', () => {
  it('reads the claims a trusted publisher is matched on', () => {
    const jwt = unsignedJwt({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'pypi',
      repository: 'octo/demo',
      workflow_ref: 'octo/demo/.github/workflows/release.yml@refs/tags/v1.0',
      ref: 'refs/tags/v1.0',
      environment: 'pypi',
      event_name: 'push',
      exp: 1700000000,
      runner_environment: 'github-hosted',
    });
    expect(decodeOidcClaims(jwt)).toEqual({
      iss: 'https://token.actions.githubusercontent.com',
      aud: 'pypi',
      repository: 'octo/demo',
      workflow_ref: 'octo/demo/.github/workflows/release.yml@refs/tags/v1.0',
      ref: 'refs/tags/v1.0',
      environment: 'pypi',
      event_name: 'push',
      exp: 1700000000,
    });
  });

  it('returns null for something that is not a JWT', () => {
    expect(decodeOidcClaims('not-a-jwt')).toBeNull();
    expect(decodeOidcClaims('a.!!!.c')).toBeNull();
  });
});
