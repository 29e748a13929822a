/** The simple and JSON APIs against local servers: negotiation, HTML fallback, gzip, retries, cache-busting, findFile. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { gzipSync } from 'node:zlib';
import {
  fetchReleaseJson,
  fetchSimpleProject,
  findFile,
  IndexResponseError,
  resolveIndexUrls,
} from '../../packages/pypi/index.js';
import { secrets } from '../../packages/secrets/index.js';
import { fakeClock } from '../support/clock.js';
import { startServer, type TestServer } from './helpers/servers.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  secrets.clear();
});

async function serve(handler: Parameters<typeof startServer>[0]): Promise<TestServer> {
  const server = await startServer(handler);
  servers.push(server);
  return server;
}

const SHA = 'a'.repeat(64);
const JSON_PAGE = {
  meta: { 'api-version': '1.1' },
  name: 'demo-pkg',
  versions: ['1.0'],
  files: [
    {
      filename: 'demo_pkg-1.0.tar.gz',
      url: '/files/demo_pkg-1.0.tar.gz',
      hashes: { sha256: SHA },
      yanked: false,
      size: 10,
    },
  ],
};
const HTML_PAGE = `<html><body><a href="/files/demo_pkg-1.0.tar.gz#sha256=${SHA}" data-requires-python="&gt;=3.8">demo_pkg-1.0.tar.gz</a></body></html>`;

describe('fetchSimpleProject', () => {
  it('asks for PEP 691 JSON at the normalized project URL and parses it', async () => {
    const server = await serve(
      (_req, res) =>
        void res
          .writeHead(200, {
            'Content-Type': 'application/vnd.pypi.simple.v1+json',
            'X-PyPI-Last-Serial': '42',
          })
          .end(JSON.stringify(JSON_PAGE)),
    );
    const page = await fetchSimpleProject(resolveIndexUrls(`${server.url}simple/`), 'Demo_Pkg');
    expect(server.requests[0]?.url).toBe('/simple/demo-pkg/');
    expect(server.requests[0]?.headers.accept).toMatch(
      /^application\/vnd\.pypi\.simple\.v1\+json, .*text\/html;q=0\.01$/,
    );
    expect(page).toMatchObject({ name: 'demo-pkg', format: 'json', lastSerial: 42, versions: ['1.0'] });
    expect(page?.files[0]).toMatchObject({
      filename: 'demo_pkg-1.0.tar.gz',
      url: `${server.url}files/demo_pkg-1.0.tar.gz`,
      hashes: { sha256: SHA },
    });
  });

  it('falls back to PEP 503 HTML when that is what the index serves (gzip-encoded here)', async () => {
    const server = await serve(
      (_req, res) =>
        void res
          .writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Encoding': 'gzip' })
          .end(gzipSync(HTML_PAGE)),
    );
    const page = await fetchSimpleProject(resolveIndexUrls(`${server.url}simple/`), 'demo-pkg');
    expect(page?.format).toBe('html');
    expect(page?.files).toEqual([
      {
        filename: 'demo_pkg-1.0.tar.gz',
        url: `${server.url}files/demo_pkg-1.0.tar.gz`,
        hashes: { sha256: SHA },
        requiresPython: '>=3.8',
        yanked: false,
        coreMetadata: false,
      },
    ]);
  });

  it('returns null for an unknown project, and throws a one-line error for other statuses', async () => {
    const server = await serve(
      (req, res) => void res.writeHead(req.url === '/simple/nope/' ? 404 : 403, 'Forbidden').end(),
    );
    const urls = resolveIndexUrls(`${server.url}simple/`);
    expect(await fetchSimpleProject(urls, 'nope')).toBeNull();
    await expect(fetchSimpleProject(urls, 'secret')).rejects.toThrow(
      new IndexResponseError(`GET ${server.url}simple/secret/: 403 Forbidden`, '', 403),
    );
  });

  it('retries 503 and network failures with backoff', async () => {
    const server = await serve((_req, res) => {
      const n = server.requests.length;
      if (n === 1) return void res.writeHead(503, { 'Retry-After': '3' }).end();
      if (n === 2) return void res.socket?.destroy();
      res
        .writeHead(200, { 'Content-Type': 'application/vnd.pypi.simple.v1+json' })
        .end(JSON.stringify(JSON_PAGE));
    });
    const clock = fakeClock();
    const page = await fetchSimpleProject(resolveIndexUrls(`${server.url}simple/`), 'demo-pkg', {
      clock,
      random: () => 0,
    });
    expect(page?.files).toHaveLength(1);
    expect(clock.sleeps).toEqual([3_000, 0]);
  });

  it('sends credentials written in the index URL', async () => {
    const server = await serve(
      (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html' }).end(HTML_PAGE),
    );
    await fetchSimpleProject(
      resolveIndexUrls(server.url.replace('http://', 'http://reader:read-only-pw@') + 'simple/'),
      'demo-pkg',
    );
    expect(server.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('reader:read-only-pw').toString('base64')}`,
    );
  });

  it('fresh: no-cache header, but no query string (PyPI strips it from /simple/ and purges on upload)', async () => {
    const server = await serve(
      (_req, res) => void res.writeHead(200, { 'Content-Type': 'text/html' }).end(HTML_PAGE),
    );
    await fetchSimpleProject(resolveIndexUrls(`${server.url}simple/`), 'demo-pkg', { fresh: true });
    expect(server.requests[0]?.url).toBe('/simple/demo-pkg/');
    expect(server.requests[0]?.headers['cache-control']).toBe('no-cache');
  });
});

describe('fetchReleaseJson', () => {
  const release = {
    info: { name: 'Demo.Pkg', version: '1.0', yanked: false },
    urls: [
      {
        filename: 'demo_pkg-1.0.tar.gz',
        url: 'https://files.example/demo_pkg-1.0.tar.gz',
        size: 10,
        digests: { sha256: SHA, md5: 'b'.repeat(32), blake2b_256: 'c'.repeat(64) },
      },
    ],
  };

  it('reads /pypi/<name>/<version>/json', async () => {
    const server = await serve(
      (_req, res) =>
        void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(release)),
    );
    const got = await fetchReleaseJson(resolveIndexUrls(`${server.url}legacy/`), 'Demo.Pkg', '1.0');
    expect(server.requests[0]?.url).toBe('/pypi/demo-pkg/1.0/json');
    expect(got?.files[0]).toMatchObject({
      filename: 'demo_pkg-1.0.tar.gz',
      size: 10,
      digests: { sha256: SHA },
    });
  });

  it('fresh: a new query string on every request, so a CDN that cached the earlier 404 misses', async () => {
    const server = await serve((_req, res) =>
      server.requests.length < 3
        ? void res.writeHead(404).end()
        : void res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(release)),
    );
    const urls = resolveIndexUrls(`${server.url}legacy/`);
    expect(await fetchReleaseJson(urls, 'demo-pkg', '1.0', { fresh: true })).toBeNull();
    expect(await fetchReleaseJson(urls, 'demo-pkg', '1.0', { fresh: true })).toBeNull();
    expect(await fetchReleaseJson(urls, 'demo-pkg', '1.0', { fresh: true })).not.toBeNull();
    const queries = server.requests.map((r) => r.url);
    expect(new Set(queries).size).toBe(3);
    for (const q of queries) expect(q).toMatch(/^\/pypi\/demo-pkg\/1\.0\/json\?cachebust=[0-9a-z]+$/);
  });
});

describe('findFile', () => {
  it('finds a file through the JSON API', async () => {
    const server = await serve(
      (_req, res) =>
        void res.writeHead(200, { 'Content-Type': 'application/json' }).end(
          JSON.stringify({
            info: { name: 'demo', version: '1.0' },
            urls: [{ filename: 'demo-1.0.tar.gz', size: 7, digests: { sha256: SHA } }],
          }),
        ),
    );
    const urls = resolveIndexUrls(`${server.url}legacy/`);
    expect(await findFile(urls, 'demo', '1.0', 'demo-1.0.tar.gz')).toEqual({
      present: true,
      sha256: SHA,
      size: 7,
      source: 'json',
    });
  });

  it('falls back to the simple page when the index has no JSON API', async () => {
    const server = await serve((req, res) => {
      if (req.url.startsWith('/pypi/')) return void res.writeHead(405, 'Method Not Allowed').end();
      res
        .writeHead(200, { 'Content-Type': 'application/vnd.pypi.simple.v1+json' })
        .end(JSON.stringify(JSON_PAGE));
    });
    const urls = resolveIndexUrls(`${server.url}legacy/`);
    expect(await findFile(urls, 'demo-pkg', '1.0', 'demo_pkg-1.0.tar.gz')).toEqual({
      present: true,
      sha256: SHA,
      size: 10,
      source: 'simple',
    });
    expect(await findFile(urls, 'demo-pkg', '1.0', 'demo_pkg-1.0-py3-none-any.whl')).toEqual({
      present: false,
      source: 'simple',
    });
  });
});
