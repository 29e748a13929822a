/** Uploads against small local servers: what is sent, and how every kind of answer (or silence) is classified. */
import { afterEach, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { hashFile } from '../../packages/dists/index.js';
import {
  apiTokenAuth,
  createHttpClient,
  resolveIndexUrls,
  uploadFile,
  uploadWithRetries,
} from '../../packages/pypi/index.js';
import { redact, secrets } from '../../packages/secrets/index.js';
import { fakeClock } from '../support/clock.js';
import { demoForm, tempFile } from './helpers/files.js';
import { parseMultipart, startServer, type TestServer } from './helpers/servers.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  secrets.clear();
});

async function serve(...args: Parameters<typeof startServer>): Promise<TestServer> {
  const server = await startServer(...args);
  servers.push(server);
  return server;
}

const TOKEN = 'pypi-AgEIcHlwaS5vcmcCJGE0ZTM1';

describe('uploadFile', () => {
  it('streams the form and the file with Basic __token__ credentials and an exact Content-Length', async () => {
    const server = await serve((_req, res) => void res.writeHead(200).end());
    const path = await tempFile('demo-1.0-py3-none-any.whl', 'PK wheel bytes');
    const fields = await demoForm(path);
    const outcome = await uploadFile({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields,
      auth: apiTokenAuth(TOKEN),
    });
    expect(outcome).toEqual({ kind: 'uploaded', status: 200, message: '200 OK' });
    const [req] = server.requests;
    expect(req?.method).toBe('POST');
    expect(req?.url).toBe('/legacy/');
    expect(req?.headers.authorization).toBe(`Basic ${Buffer.from(`__token__:${TOKEN}`).toString('base64')}`);
    expect(Number(req?.headers['content-length'])).toBe(req?.body.length);
    const { parts } = parseMultipart(req?.body as Buffer, String(req?.headers['content-type']));
    expect(parts.map((p) => [p.name, p.filename ?? p.value.toString()])).toEqual([
      ...fields.map(([name, value]) => [name, value]),
      ['content', 'demo-1.0-py3-none-any.whl'],
    ]);
    expect(parts.at(-1)?.value.toString()).toBe('PK wheel bytes');
  });

  it('streams a large file from disk without holding it in memory', async () => {
    let received = 0;
    const digest = createHash('sha256');
    const server = await serve(
      (_req, res, raw) => {
        raw.on('data', (chunk: Buffer) => {
          received += chunk.length;
          digest.update(chunk);
        });
        raw.on('end', () => void res.writeHead(200).end());
      },
      { readBody: false },
    );
    const size = 48 * 1024 * 1024;
    const path = await tempFile('big-1.0-py3-none-any.whl', { size });
    const fields = await demoForm(path, { name: 'big' });
    const before = process.memoryUsage();
    let peak = 0;
    const sampler = setInterval(() => {
      const now = process.memoryUsage();
      peak = Math.max(peak, now.rss - before.rss);
    }, 5);
    try {
      const outcome = await uploadFile({
        urls: resolveIndexUrls(`${server.url}legacy/`),
        path,
        fields,
        auth: apiTokenAuth(TOKEN),
      });
      expect(outcome.kind).toBe('uploaded');
    } finally {
      clearInterval(sampler);
    }
    expect(received).toBeGreaterThan(size);
    // The file is 48 MiB; the client keeps a few 64 KiB chunks in flight (the server side shares the process).
    expect(peak).toBeLessThan(32 * 1024 * 1024);
    expect(digest.digest('hex')).toHaveLength(64);
  });

  it("surfaces PyPI's message, and does not take the hash in it for the stored file's", async () => {
    // Warehouse names the blake2_256 of the file just sent. Reading it as the stored file's once turned a
    // conflict into "already present"; only the index's own listing can tell.
    const path = await tempFile('demo-1.0.tar.gz', 'sdist bytes');
    const { blake2_256 } = await hashFile(path);
    const reason = `File already exists ('demo-1.0.tar.gz', with blake2_256 hash '${blake2_256}'). See https://pypi.org/help/#file-name-reuse for more information.`;
    const storedSha256 = 'a'.repeat(64);
    const server = await serve((req, res) => {
      if (req.method === 'POST')
        return void res
          .writeHead(400, reason, { 'Content-Type': 'text/html' })
          .end('<html><body>400 Bad Request</body></html>');
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          info: { name: 'demo', version: '1.0' },
          urls: [{ filename: 'demo-1.0.tar.gz', size: 1, digests: { sha256: storedSha256 } }],
        }),
      );
    });
    const request = {
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
    };
    expect(await uploadFile(request)).toEqual({
      kind: 'already-exists',
      status: 400,
      message: `400 ${reason}`,
    });
    const report = await uploadWithRetries({ ...request, clock: fakeClock() });
    expect(report.outcome).toEqual({
      kind: 'already-exists',
      status: 400,
      message: `400 ${reason}`,
      sameContent: false,
    });
  });

  it('redacts credentials a server echoes back in the reason phrase and the body', async () => {
    const server = await serve((req, res) => {
      const header = String(req.headers.authorization);
      const password = Buffer.from(header.slice(6), 'base64').toString().split(':')[1];
      res
        .writeHead(403, `Invalid token ${password} (sent as ${header})`, { 'Content-Type': 'text/plain' })
        .end(`you sent ${header} = ${password}`);
    });
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const outcome = await uploadFile({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
    });
    expect(outcome.kind).toBe('client-error');
    expect(outcome.message).toBe('403 Invalid token *** (sent as Basic ***)');
    expect(outcome.message).not.toContain(TOKEN);
    expect(redact(`body: ${TOKEN}`)).toBe('body: ***');
  });

  it('does not follow a redirect: one request, a client error naming the fix', async () => {
    const server = await serve(
      (_req, res) => void res.writeHead(301, { Location: 'https://upload.example/legacy/' }).end(),
    );
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const outcome = await uploadFile({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
    });
    expect(outcome.kind).toBe('client-error');
    expect(outcome.message).toMatch(/301 redirect to https:\/\/upload\.example\/legacy\//);
    expect(server.requests).toHaveLength(1);
  });

  it('an answer before the body is read (413) is reported, not a hang', async () => {
    const server = await serve(
      (_req, res) => void res.writeHead(413, 'File too large. Limit for project demo is 100 MB.').end(),
      { readBody: false },
    );
    const path = await tempFile('demo-1.0-py3-none-any.whl', { size: 8 * 1024 * 1024 });
    const outcome = await uploadFile({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
    });
    expect(outcome).toMatchObject({
      kind: 'client-error',
      status: 413,
      message: '413 File too large. Limit for project demo is 100 MB.',
    });
  });

  it('a connection reset mid-body is retryable: the index cannot have stored a partial file', async () => {
    const server = await serve(
      (_req, _res, raw) => {
        let seen = 0;
        raw.on('data', (chunk: Buffer) => {
          seen += chunk.length;
          if (seen > 256 * 1024) raw.socket.destroy();
        });
      },
      { readBody: false },
    );
    const path = await tempFile('demo-1.0-py3-none-any.whl', { size: 16 * 1024 * 1024 });
    const outcome = await uploadFile({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
    });
    expect(outcome.kind).toBe('retryable');
    expect(outcome.message).toMatch(/while sending the request/);
  });

  it('a reset after the whole body arrived is ambiguous: the file may have landed', async () => {
    const server = await serve((_req, res) => void res.socket?.destroy());
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const outcome = await uploadFile({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
    });
    expect(outcome.kind).toBe('ambiguous');
    expect(outcome.message).toMatch(/after the request was sent/);
  });

  it('silence after the body is an ambiguous timeout', async () => {
    const server = await serve(() => undefined);
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const client = createHttpClient();
    const outcome = await uploadFile({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
      timeoutMs: 200,
      client,
    });
    client.close();
    expect(outcome.kind).toBe('ambiguous');
    expect(outcome.message).toMatch(/no activity for 200 ms/);
  });

  it('refusal to connect is retryable', async () => {
    const server = await serve(() => undefined);
    await server.close();
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const outcome = await uploadFile({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
    });
    expect(outcome.kind).toBe('retryable');
    expect(outcome.message).toMatch(/ECONNREFUSED/);
  });

  it('refuses an incomplete form or a missing file before sending anything', async () => {
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const urls = resolveIndexUrls('http://127.0.0.1:9/legacy/');
    await expect(
      uploadFile({ urls, path, fields: [[':action', 'file_upload']], auth: apiTokenAuth(TOKEN) }),
    ).rejects.toThrow(/lacks protocol_version, name, version, filetype/);
    await expect(
      uploadFile({ urls, path: `${path}.missing`, fields: await demoForm(path), auth: apiTokenAuth(TOKEN) }),
    ).rejects.toThrow(/cannot read .*missing: ENOENT/);
  });
});

describe('uploadWithRetries', () => {
  it('retries 503 and 429 with backoff, honouring Retry-After, until uploaded', async () => {
    const answers = [
      [503, 'Service Unavailable', {}],
      [429, 'Too Many Requests', { 'Retry-After': '20' }],
      [200, 'OK', {}],
    ] as const;
    const server = await serve((_req, res) => {
      const [status, reason, headers] = answers[server.requests.length - 1] ?? [500, 'x', {}];
      res.writeHead(status, reason, headers).end();
    });
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const clock = fakeClock();
    const report = await uploadWithRetries({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
      clock,
      random: () => 0.5,
    });
    expect(report.outcome.kind).toBe('uploaded');
    expect(report.attempts).toBe(3);
    expect(report.history).toEqual(['503 Service Unavailable', '429 Too Many Requests']);
    expect(clock.sleeps).toEqual([500, 20_000]);
    // Each attempt re-sent the whole body.
    expect(new Set(server.requests.map((r) => r.body.length)).size).toBe(1);
  });

  it('after "stored but 502" it looks at the index (past the CDN) and finds the file instead of re-sending', async () => {
    const path = await tempFile('demo-1.0.tar.gz', 'sdist');
    const hashes = await hashFile(path);
    const stored: string[] = [];
    const server = await serve((req, res) => {
      if (req.method === 'POST') {
        stored.push('demo-1.0.tar.gz');
        res.writeHead(502, 'Bad Gateway').end();
        return;
      }
      const urls = stored.map((filename) => ({
        filename,
        url: `/files/${filename}`,
        size: hashes.size,
        digests: { sha256: hashes.sha256 },
      }));
      res
        .writeHead(200, { 'Content-Type': 'application/json' })
        .end(JSON.stringify({ info: { name: 'demo', version: '1.0' }, urls }));
    });
    const report = await uploadWithRetries({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
      clock: fakeClock(),
    });
    expect(report.outcome).toMatchObject({ kind: 'uploaded', confirmedByProbe: true });
    expect(report.attempts).toBe(1);
    expect(report.history).toEqual(['502 Bad Gateway']);
    const probe = server.requests[1];
    expect(probe?.url).toMatch(/^\/pypi\/demo\/1\.0\/json\?cachebust=[0-9a-z]+$/);
    expect(probe?.headers['cache-control']).toBe('no-cache');
  });

  it('after an ambiguous failure with nothing stored, it uploads again', async () => {
    const server = await serve((req, res) => {
      if (req.method === 'GET') return void res.writeHead(404).end();
      if (server.requests.filter((r) => r.method === 'POST').length === 1) return void res.socket?.destroy();
      res.writeHead(200).end();
    });
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const report = await uploadWithRetries({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
      clock: fakeClock(),
    });
    expect(report.outcome.kind).toBe('uploaded');
    expect(report.attempts).toBe(2);
    expect(server.requests.map((r) => `${r.method} ${r.url.replace(/\?.*/, '')}`)).toEqual([
      'POST /legacy/',
      'GET /pypi/demo/1.0/json',
      'GET /simple/demo/',
      'POST /legacy/',
    ]);
  });

  it('stops at a final client error', async () => {
    const server = await serve(
      (_req, res) => void res.writeHead(400, "'1.0+local' is an invalid value for Version.").end(),
    );
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const report = await uploadWithRetries({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
      clock: fakeClock(),
    });
    expect(report).toEqual({
      outcome: {
        kind: 'client-error',
        status: 400,
        message: "400 '1.0+local' is an invalid value for Version.",
      },
      attempts: 1,
      history: [],
    });
  });

  it('resolves "already exists" without a hash (pypiserver 409) by comparing sha256 on the index', async () => {
    const path = await tempFile('demo-1.0.tar.gz', 'x');
    const { sha256 } = await hashFile(path);
    const server = await serve((req, res) => {
      if (req.method === 'POST') return void res.writeHead(409, 'Conflict').end('File already exists');
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(
        JSON.stringify({
          info: { name: 'demo', version: '1.0' },
          urls: [{ filename: 'demo-1.0.tar.gz', size: 1, digests: { sha256 } }],
        }),
      );
    });
    const report = await uploadWithRetries({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
      clock: fakeClock(),
    });
    expect(report.outcome).toMatchObject({ kind: 'already-exists', sameContent: true });
  });

  it('reads the file anew on each attempt', async () => {
    const server = await serve(
      (_req, res) => void res.writeHead(server.requests.length === 1 ? 503 : 200).end(),
    );
    const path = await tempFile('demo-1.0.tar.gz', 'content');
    await uploadWithRetries({
      urls: resolveIndexUrls(`${server.url}legacy/`),
      path,
      fields: await demoForm(path),
      auth: apiTokenAuth(TOKEN),
      clock: fakeClock(),
    });
    const contents = server.requests.map((r) =>
      parseMultipart(r.body, String(r.headers['content-type'])).parts.at(-1)?.value.toString(),
    );
    expect(contents).toEqual(['content', 'content']);
    expect(await readFile(path, 'utf8')).toBe('content');
  });
});
