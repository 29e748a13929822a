/** Trusted publishing against a local stand-in for PyPI's /_/oidc/ endpoints. */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  mintToken,
  resolveIndexUrls,
  TokenSource,
  TrustedPublishingError,
  uploadFile,
  type IndexUrls,
} from '../../packages/pypi/index.js';
import { redact, secrets } from '../../packages/secrets/index.js';
import { fakeClock } from '../support/clock.js';
import { demoForm, tempFile } from './helpers/files.js';
import { unsignedJwt } from '../support/jwt.js';
import { startServer, type SeenRequest, type TestServer } from './helpers/servers.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  secrets.clear();
});

const CLAIMS = {
  iss: 'https://token.actions.githubusercontent.com',
  aud: 'pypi',
  repository: 'octo-org/octo-repo',
  workflow_ref: 'octo-org/octo-repo/.github/workflows/release.yml@refs/tags/v1.0',
  ref: 'refs/tags/v1.0',
  environment: 'pypi',
  event_name: 'push',
};

type MintAnswer = { status: number; body: unknown; reason?: string };

/** A PyPI stand-in: audience `pypi`, mint answers taken in turn, uploads accepted for the last minted token. */
async function fakePypi(
  mintAnswers: MintAnswer[],
): Promise<{ server: TestServer; urls: IndexUrls; mints: SeenRequest[] }> {
  const mints: SeenRequest[] = [];
  const server = await startServer((req, res) => {
    if (req.url === '/_/oidc/audience')
      return void res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"audience":"pypi"}');
    if (req.url === '/_/oidc/mint-token') {
      mints.push(req);
      const answer = mintAnswers[mints.length - 1] ?? mintAnswers.at(-1) ?? { status: 500, body: {} };
      return void res
        .writeHead(answer.status, answer.reason ?? '', { 'Content-Type': 'application/json' })
        .end(JSON.stringify(answer.body));
    }
    res.writeHead(200).end();
  });
  servers.push(server);
  return { server, urls: resolveIndexUrls(`${server.url}legacy/`), mints };
}

function idTokens() {
  const audiences: string[] = [];
  let n = 0;
  const get = async (audience: string) => {
    audiences.push(audience);
    n += 1;
    return unsignedJwt({ ...CLAIMS, jti: `jti-${n}` });
  };
  return { get, audiences };
}

describe('mintToken', () => {
  it('exchanges the OIDC token for the audience PyPI names, and registers both tokens as secrets', async () => {
    const { urls, mints } = await fakePypi([
      { status: 200, body: { success: true, token: 'pypi-minted-token-1', expires: 1_700_000_900 } },
    ]);
    const ids = idTokens();
    const minted = await mintToken({ urls, getIdToken: ids.get });
    expect(minted).toEqual({ token: 'pypi-minted-token-1', expiresAt: 1_700_000_900_000 });
    expect(ids.audiences).toEqual(['pypi']);
    const sent = JSON.parse(mints[0]?.body.toString() ?? '{}') as { token: string };
    expect(Object.keys(sent)).toEqual(['token']);
    expect(mints[0]?.headers['content-type']).toBe('application/json');
    expect(redact(`${sent.token} and pypi-minted-token-1`)).toBe('*** and ***');
  });

  it('assumes 15 minutes when PyPI does not say when the token expires', async () => {
    const { urls } = await fakePypi([{ status: 200, body: { token: 'pypi-minted-no-expiry' } }]);
    const clock = fakeClock();
    const minted = await mintToken({ urls, getIdToken: idTokens().get, clock });
    expect(minted.expiresAt).toBe(clock.now() + 15 * 60_000);
  });

  it("a refusal carries PyPI's error codes and the token's claims, never the token", async () => {
    const description =
      'valid token, but no corresponding publisher (Publisher with matching claims was not found)';
    const { urls } = await fakePypi([
      {
        status: 422,
        reason: 'Unprocessable Entity',
        body: { message: 'Token request failed', errors: [{ code: 'invalid-publisher', description }] },
      },
    ]);
    const ids = idTokens();
    const error = (await mintToken({ urls, getIdToken: ids.get }).catch(
      (e: unknown) => e,
    )) as TrustedPublishingError;
    expect(error).toBeInstanceOf(TrustedPublishingError);
    expect(error.stage).toBe('mint');
    expect(error.status).toBe(422);
    expect(error.errors).toEqual([{ code: 'invalid-publisher', description }]);
    expect(error.claims).toMatchObject({
      repository: 'octo-org/octo-repo',
      workflow_ref: CLAIMS.workflow_ref,
      ref: 'refs/tags/v1.0',
      environment: 'pypi',
      event_name: 'push',
    });
    expect(error.message).toBe(
      `trusted publishing: PyPI refused the OIDC token (422): invalid-publisher: ${description} ` +
        `[token claims: repository=octo-org/octo-repo, workflow_ref=${CLAIMS.workflow_ref}, ref=refs/tags/v1.0, environment=pypi, event_name=push]`,
    );
    expect(error.message).not.toContain(unsignedJwt({ ...CLAIMS, jti: 'jti-1' }).split('.')[1]);
  });

  it('redacts the OIDC token when a server echoes it back in its error', async () => {
    const server = await startServer((req, res) => {
      if (req.url === '/_/oidc/audience') return void res.writeHead(200).end('{"audience":"pypi"}');
      const token = (JSON.parse(req.body.toString()) as { token: string }).token;
      res
        .writeHead(422, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ errors: [{ code: 'invalid-token', description: `bad token ${token}` }] }));
    });
    servers.push(server);
    const error = (await mintToken({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      getIdToken: idTokens().get,
    }).catch((e: unknown) => e)) as TrustedPublishingError;
    expect(error.message).toMatch(
      /^trusted publishing: PyPI refused the OIDC token \(422\): invalid-token: bad token \*\*\* \[token claims/,
    );
    expect(error.errors[0]?.description).toBe('bad token ***');
  });

  it('gets a fresh OIDC token for each attempt after a 503 (PyPI refuses a reused jti)', async () => {
    const { urls, mints } = await fakePypi([
      { status: 503, body: {} },
      { status: 200, body: { token: 'pypi-minted-after-retry', expires: 1_700_000_900 } },
    ]);
    const ids = idTokens();
    const clock = fakeClock();
    await mintToken({ urls, getIdToken: ids.get, clock });
    const jtis = mints.map(
      (m) =>
        JSON.parse(
          Buffer.from(
            (JSON.parse(m.body.toString()) as { token: string }).token.split('.')[1] ?? '',
            'base64url',
          ).toString(),
        ).jti,
    );
    expect(jtis).toEqual(['jti-1', 'jti-2']);
    expect(clock.sleeps).toHaveLength(1);
  });

  it('explains an index without trusted publishing, and a job without id-token permission', async () => {
    const server = await startServer((_req, res) => void res.writeHead(404, 'Not Found').end());
    servers.push(server);
    const urls = resolveIndexUrls(`${server.url}legacy/`);
    await expect(mintToken({ urls, getIdToken: idTokens().get })).rejects.toThrow(
      /: this index does not offer trusted publishing$/,
    );
    const { urls: pypi } = await fakePypi([]);
    const denied = async () => {
      throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
    };
    const error = (await mintToken({ urls: pypi, getIdToken: denied }).catch(
      (e: unknown) => e,
    )) as TrustedPublishingError;
    expect(error.stage).toBe('id-token');
    expect(error.message).toMatch(
      /could not get an OIDC token for audience 'pypi': Unable to get .*'permissions: id-token: write'/,
    );
  });
});

describe('TokenSource', () => {
  it('reuses the token until less than 2 minutes remain, then mints again', async () => {
    const clock = fakeClock(1_700_000_000_000);
    const { urls, mints } = await fakePypi([
      { status: 200, body: { token: 'pypi-first-minted', expires: 1_700_000_900 } },
      { status: 200, body: { token: 'pypi-second-minted', expires: 1_700_001_700 } },
    ]);
    const source = new TokenSource({ urls, getIdToken: idTokens().get, clock });
    expect((await source.getToken()).token).toBe('pypi-first-minted');
    clock.advance(12 * 60_000);
    expect((await source.getToken()).token).toBe('pypi-first-minted');
    clock.advance(60_001 + 60_000);
    expect((await source.getAuth()).password).toBe('pypi-second-minted');
    expect(mints).toHaveLength(2);
  });

  it('shares one exchange between concurrent callers', async () => {
    const { urls, mints } = await fakePypi([
      { status: 200, body: { token: 'pypi-shared-minted', expires: 4_000_000_000 } },
    ]);
    const source = new TokenSource({ urls, getIdToken: idTokens().get });
    const tokens = await Promise.all([source.getAuth(), source.getAuth(), source.getAuth()]);
    expect(new Set(tokens.map((t) => t.password))).toEqual(new Set(['pypi-shared-minted']));
    expect(mints).toHaveLength(1);
  });

  it('authenticates uploads as __token__ with the minted token', async () => {
    const { server, urls } = await fakePypi([
      { status: 200, body: { token: 'pypi-upload-minted', expires: 4_000_000_000 } },
    ]);
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const outcome = await uploadFile({
      urls,
      path,
      fields: await demoForm(path),
      auth: new TokenSource({ urls, getIdToken: idTokens().get }),
    });
    expect(outcome.kind).toBe('uploaded');
    const upload = server.requests.find((r) => r.url === '/legacy/');
    expect(upload?.headers.authorization).toBe(
      `Basic ${Buffer.from('__token__:pypi-upload-minted').toString('base64')}`,
    );
  });
});
