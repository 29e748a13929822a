// Downloads against real local HTTP servers: the bytes hashed as sent, streamed past any collected-body
// limit, redirects, credentials kept to the index, bodies cut at the expected size, retries.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fakeClock } from '../../test/support/clock.js';
import { createHttpClient, resolveIndexUrls, type HttpClient } from '../pypi/index.js';
import { downloadFile, downloadFiles, type DownloadContext } from './download-files.js';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

interface Served {
  url: string;
  requests: IncomingMessage[];
  handle: (handler: Handler) => void;
  close: () => Promise<void>;
}

async function serve(): Promise<Served> {
  let handler: Handler = (_req, res) => void res.writeHead(404).end();
  const requests: IncomingMessage[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    handle: (next) => (handler = next),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

const sha256 = (data: Buffer): string => createHash('sha256').update(data).digest('hex');
const BYTES = Buffer.from('pretend these are the bytes of a wheel\n'.repeat(50));

let index: Served;
let storage: Served;
let client: HttpClient;

function context(indexUrl = `${index.url}/simple/`): DownloadContext {
  return { urls: resolveIndexUrls(indexUrl), client, clock: fakeClock(0), policy: { maxAttempts: 3 } };
}

beforeAll(async () => {
  [index, storage] = await Promise.all([serve(), serve()]);
  client = createHttpClient();
});
afterEach(() => {
  index.requests.length = 0;
  storage.requests.length = 0;
});
afterAll(async () => {
  client.close();
  await Promise.all([index.close(), storage.close()]);
});

describe('downloading a listed file', () => {
  it('hashes the bytes exactly as sent, asking for no content coding and decoding none', async () => {
    // A server that labels an already-compressed file gzip: pip hashes the raw bytes, and so must this.
    index.handle((_req, res) => void res.writeHead(200, { 'Content-Encoding': 'gzip' }).end(BYTES));
    const url = `${index.url}/packages/pkg-1.0.tar.gz`;
    const download = await downloadFile({ url, expectedSize: BYTES.length }, context());
    expect(download).toEqual({ url, sha256: sha256(BYTES), size: BYTES.length });
    expect(index.requests[0]?.headers['accept-encoding']).toBe('identity');
  });

  it('streams a file larger than any response the client would collect (64 MiB) through the hash', async () => {
    const chunk = Buffer.alloc(1 << 20, 7);
    const chunks = 65;
    const whole = createHash('sha256');
    for (let i = 0; i < chunks; i++) whole.update(chunk);
    index.handle((_req, res) => {
      res.writeHead(200, { 'Content-Length': String(chunk.length * chunks) });
      let sent = 0;
      const more = (): void => {
        while (sent < chunks) {
          sent++;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
    const url = `${index.url}/packages/big-1.0-py3-none-any.whl`;
    const download = await downloadFile({ url, expectedSize: chunk.length * chunks }, context());
    expect(download).toEqual({ url, sha256: whole.digest('hex'), size: chunk.length * chunks });
  });

  it('follows a redirect to storage elsewhere, sending the index credentials to the index only', async () => {
    index.handle((_req, res) => void res.writeHead(302, { Location: `${storage.url}/blob/1` }).end());
    storage.handle((_req, res) => void res.writeHead(200).end(BYTES));
    const url = `${index.url}/packages/pkg-1.0.tar.gz`;
    const withAuth = context(`http://ci:s3cret@${index.url.slice('http://'.length)}/simple/`);
    const download = await downloadFile({ url, expectedSize: BYTES.length }, withAuth);
    expect(download).toEqual({ url, sha256: sha256(BYTES), size: BYTES.length });
    expect(index.requests[0]?.headers.authorization).toBe(
      `Basic ${Buffer.from('ci:s3cret').toString('base64')}`,
    );
    expect(storage.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('stops reading a body that runs past the expected size', async () => {
    index.handle((_req, res) => void res.writeHead(200).end(Buffer.concat([BYTES, BYTES])));
    const url = `${index.url}/packages/pkg-1.0.tar.gz`;
    const download = await downloadFile({ url, expectedSize: BYTES.length }, context());
    expect(download.sha256).toBeNull();
    expect(download.size).toBeGreaterThan(BYTES.length);
    expect(download.error).toBeUndefined();
  });

  it('retries 503 and a connection cut mid-body at once, a 404 only at the next look', async () => {
    let calls = 0;
    index.handle((_req, res) => {
      calls++;
      if (calls === 1) return void res.writeHead(503, 'Service Unavailable').end();
      if (calls === 2) {
        res.writeHead(200, { 'Content-Length': String(BYTES.length) });
        res.write(BYTES.subarray(0, 10));
        return void res.destroy();
      }
      res.writeHead(200).end(BYTES);
    });
    const url = `${index.url}/packages/pkg-1.0.tar.gz`;
    expect(await downloadFile({ url, expectedSize: BYTES.length }, context())).toEqual({
      url,
      sha256: sha256(BYTES),
      size: BYTES.length,
    });
    expect(calls).toBe(3);

    index.handle((_req, res) => void res.writeHead(404, 'Not Found').end('no such file'));
    const missing = await downloadFile({ url, expectedSize: BYTES.length }, context());
    expect(missing).toMatchObject({ sha256: null, error: `GET ${url}: 404 Not Found` });
    expect(index.requests).toHaveLength(4);
  });
});

describe('downloading many', () => {
  it('keeps at most four downloads in flight and returns the results in order', async () => {
    let inFlight = 0;
    let most = 0;
    const results = await downloadFiles(
      Array.from({ length: 10 }, (_, i) => ({ url: `u${i}`, expectedSize: 1 })),
      async (request) => {
        most = Math.max(most, ++inFlight);
        await new Promise((resolve) => setTimeout(resolve, 5));
        inFlight--;
        return { url: request.url, sha256: 'x', size: 1 };
      },
    );
    expect(most).toBe(4);
    expect(results.map((r) => r.url)).toEqual(Array.from({ length: 10 }, (_, i) => `u${i}`));
  });
});
