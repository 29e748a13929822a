import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  IndexResponseError,
  IndexUrlError,
  NetworkError,
  PypiError,
  resolveIndexUrls,
} from '../pypi/index.js';
import { VerifyError } from './errors.js';
import { isTransient, readListing } from './read-listing.js';

describe('which failures a later look may cure', () => {
  it('retries no answer, 429, 5xx and answers that cannot be read; not 4xx or a bad URL', () => {
    const status = (code: number) => new IndexResponseError(`GET x: ${code}`, 'x', code);
    expect(isTransient(new NetworkError('reset', 'x', 'receive', true, 'ECONNRESET', false))).toBe(true);
    expect([429, 500, 502, 503].map((code) => isTransient(status(code)))).toEqual([true, true, true, true]);
    expect(isTransient(new PypiError('http://idx/pypi/pkg/1.0/json did not return JSON'))).toBe(true);
    expect([401, 403, 404].map((code) => isTransient(status(code)))).toEqual([false, false, false]);
    expect(isTransient(new IndexUrlError('repository-url …'))).toBe(false);
    expect(isTransient(new TypeError('bug'))).toBe(false);
  });
});

describe('one look at an index answering garbage with 200', () => {
  let server: Server;
  let base: string;
  const answers: Record<string, { type: string; body: string }> = {};

  beforeAll(async () => {
    server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0] ?? '';
      const answer = answers[path];
      if (!answer) return void res.writeHead(404).end();
      res.writeHead(200, { 'Content-Type': answer.type }).end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reports an HTML error page on the JSON API and an empty simple page as this look’s errors', async () => {
    answers['/pypi/pkg/1.0/json'] = { type: 'text/html', body: '<html>502 Bad Gateway</html>' };
    answers['/simple/pkg/'] = { type: 'application/vnd.pypi.simple.v1+json', body: '' };
    const read = await readListing(resolveIndexUrls(`${base}/simple/`), 'pkg', '1.0');
    expect(read.listing).toEqual({ json: null, simple: null });
    expect(read.errors).toEqual([
      `${base}/pypi/pkg/1.0/json did not return JSON`,
      `${base}/simple/pkg/ is not valid PEP 691 JSON`,
    ]);
  });

  it('still stops at once on a 403, naming the input to fix', async () => {
    const refusing = createServer((_req, res) => void res.writeHead(403, 'Forbidden').end());
    await new Promise<void>((resolve) => refusing.listen(0, '127.0.0.1', resolve));
    const port = (refusing.address() as AddressInfo).port;
    try {
      const read = readListing(resolveIndexUrls(`http://127.0.0.1:${port}/simple/`), 'pkg', '1.0');
      await expect(read).rejects.toThrow(VerifyError);
      await expect(read).rejects.toThrow(/403 Forbidden; check repository-url and the credentials in it$/);
    } finally {
      await new Promise<void>((resolve) => refusing.close(() => resolve()));
    }
  });
});
