/** Requests through HTTPS_PROXY / HTTP_PROXY: a CONNECT tunnel for https, absolute URLs for http, NO_PROXY. */
import { afterEach, describe, expect, it } from '@jest/globals';
import {
  apiTokenAuth,
  createHttpClient,
  NetworkError,
  resolveIndexUrls,
  uploadFile,
  type HttpClient,
} from '../../packages/pypi/index.js';
import { redact, secrets } from '../../packages/secrets/index.js';
import { demoForm, tempFile } from './helpers/files.js';
import { startProxy, startServer, TEST_CERT, type TestProxy, type TestServer } from './helpers/servers.js';

const open: Array<TestServer | TestProxy> = [];
const clients: HttpClient[] = [];
afterEach(async () => {
  clients.splice(0).forEach((c) => c.close());
  await Promise.all(open.splice(0).map((s) => s.close()));
  secrets.clear();
});

async function setup(options: { requireAuth?: string; tls?: boolean } = {}) {
  const index = await startServer(
    (req, res) =>
      void res
        .writeHead(200, { 'Content-Type': 'text/plain' })
        .end(`${req.method} ${req.url} ${req.headers.host}`),
    { tls: options.tls ?? true },
  );
  const proxy = await startProxy(options.requireAuth ? { requireAuth: options.requireAuth } : {});
  open.push(index, proxy);
  return { index, proxy };
}

function client(env: NodeJS.ProcessEnv): HttpClient {
  const c = createHttpClient({ env, ca: TEST_CERT });
  clients.push(c);
  return c;
}

describe('HTTPS through a CONNECT proxy', () => {
  it('tunnels to the named host (resolved by the proxy) and verifies TLS for that name', async () => {
    const { index, proxy } = await setup();
    const http = client({ HTTPS_PROXY: proxy.url });
    const response = await http.request({
      method: 'GET',
      url: `https://pypi.test:${index.port}/simple/demo/`,
    });
    expect(response.body.toString()).toBe(`GET /simple/demo/ pypi.test:${index.port}`);
    expect(proxy.connects).toEqual([{ authority: `pypi.test:${index.port}` }]);
  });

  it('keeps the tunnel alive for the next request', async () => {
    const { index, proxy } = await setup();
    const http = client({ https_proxy: proxy.url });
    for (const path of ['a', 'b', 'c'])
      await http.request({ method: 'GET', url: `https://pypi.test:${index.port}/${path}` });
    expect(proxy.connects).toHaveLength(1);
  });

  it('sends proxy credentials from the proxy URL, and never prints them', async () => {
    const auth = `Basic ${Buffer.from('corp:proxy-pass-1').toString('base64')}`;
    const { index, proxy } = await setup({ requireAuth: auth });
    const http = client({ HTTPS_PROXY: proxy.url.replace('http://', 'http://corp:proxy-pass-1@') });
    await http.request({ method: 'GET', url: `https://pypi.test:${index.port}/` });
    expect(proxy.connects[0]?.authorization).toBe(auth);
    expect(redact(`proxy said proxy-pass-1 / ${auth}`)).toBe('proxy said *** / Basic ***');
  });

  it('a refused tunnel (407) is a connect-phase network error naming the proxy', async () => {
    const { index, proxy } = await setup({ requireAuth: 'Basic nope' });
    const http = client({ HTTPS_PROXY: proxy.url });
    const error = await http
      .request({ method: 'GET', url: `https://pypi.test:${index.port}/` })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ phase: 'connect', bodySent: false, code: 'EPROXY' });
    expect((error as Error).message).toMatch(
      new RegExp(
        `proxy ${proxy.url.replace(/[/.]/g, '\\$&')} refused a tunnel to pypi\\.test:${index.port}: 407`,
      ),
    );
  });

  it('rejects a certificate that does not name the host', async () => {
    const { index, proxy } = await setup();
    const http = client({ HTTPS_PROXY: proxy.url });
    const error = await http
      .request({ method: 'GET', url: `https://other.test:${index.port}/` })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/other\.test/);
  });

  it('streams an upload through the tunnel', async () => {
    const { index, proxy } = await setup();
    const path = await tempFile('demo-1.0-py3-none-any.whl', { size: 2 * 1024 * 1024 });
    const outcome = await uploadFile({
      urls: resolveIndexUrls(`https://upload.pypi.test:${index.port}/legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth('pypi-proxy-upload-token'),
      client: client({ HTTPS_PROXY: proxy.url }),
    });
    expect(outcome.kind).toBe('uploaded');
    expect(index.requests[0]?.body.length).toBe(Number(index.requests[0]?.headers['content-length']));
    expect(proxy.connects).toEqual([{ authority: `upload.pypi.test:${index.port}` }]);
  });
});

describe('HTTP through a proxy', () => {
  it('sends the absolute URL to the proxy', async () => {
    const { index, proxy } = await setup({ tls: false });
    const http = client({ HTTP_PROXY: proxy.url });
    const response = await http.request({ method: 'GET', url: `http://mirror.test:${index.port}/simple/` });
    expect(response.body.toString()).toBe(`GET /simple/ mirror.test:${index.port}`);
    expect(proxy.forwards.map((f) => f.url)).toEqual([`http://mirror.test:${index.port}/simple/`]);
  });
});

describe('no proxy', () => {
  it('goes direct for NO_PROXY hosts and loopback addresses', async () => {
    const { index, proxy } = await setup();
    const http = client({ HTTPS_PROXY: proxy.url, NO_PROXY: 'example.org' });
    await http.request({ method: 'GET', url: `https://127.0.0.1:${index.port}/` });
    await http.request({ method: 'GET', url: `https://localhost:${index.port}/` });
    expect(proxy.connects).toEqual([]);
  });
});
