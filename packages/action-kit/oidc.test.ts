import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startGithubOidc, type GithubOidcService } from '../../test/support/github-oidc.js';
import { getIdToken, isForkPullRequest, OidcUnavailableError } from './oidc.js';

describe('getIdToken', () => {
  let github: GithubOidcService;
  const saved = { ...process.env };
  beforeAll(async () => {
    github = await startGithubOidc();
  });
  afterAll(async () => {
    process.env = saved;
    await github.close();
  });

  it('gets the token for an audience through @actions/core and masks it', async () => {
    Object.assign(process.env, github.env);
    const writes: string[] = [];
    const spy = jest.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      writes.push(String(chunk));
      return true;
    });
    const token = await getIdToken('pypi');
    spy.mockRestore();
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as {
      aud: string;
    };
    expect(claims.aud).toBe('pypi');
    expect(writes.join('')).toContain(`::add-mask::${token}`);
  });

  it('says which permission is missing, or that forks get none', async () => {
    delete process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
    await expect(getIdToken('pypi')).rejects.toThrow(OidcUnavailableError);
    await expect(getIdToken('pypi')).rejects.toThrow(
      'set the `password` input to an API token (user `__token__`), or publish from a GitHub workflow whose job has `permissions: id-token: write`',
    );
    await expect(getIdToken('pypi', true)).rejects.toThrow('refused for pull requests from forks');
  });

  it('recognises fork pull requests from the event payload', () => {
    const fork = { pull_request: { head: { repo: { fork: true } } } };
    expect(isForkPullRequest({ name: 'pull_request', payload: fork })).toBe(true);
    expect(isForkPullRequest({ name: 'push', payload: fork })).toBe(false);
    expect(isForkPullRequest({ name: 'pull_request', payload: {} })).toBe(false);
  });
});
