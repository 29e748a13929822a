/** Small local servers for the index-client tests: plain HTTP, HTTPS with the test certificate, a proxy. */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A request as the server saw it, body included. */
export interface SeenRequest {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  rawHeaders: string[];
  body: Buffer;
}

/** A running test server. */
export interface TestServer {
  url: string;
  port: number;
  requests: SeenRequest[];
  close(): Promise<void>;
}

type Handler = (
  req: SeenRequest,
  res: http.ServerResponse,
  raw: http.IncomingMessage,
) => void | Promise<void>;

const tlsDir = new URL('../tls/', import.meta.url);
/** The self-signed test certificate (localhost, pypi.test, upload.pypi.test, 127.0.0.1). */
export const TEST_CERT = readFileSync(new URL('localhost-cert.pem', tlsDir), 'utf8');
const TEST_KEY = readFileSync(new URL('localhost-key.pem', tlsDir), 'utf8');

/** Start a server that reads each request body fully, records it, then calls `handler`. */
export async function startServer(
  handler: Handler,
  options: { tls?: boolean; readBody?: boolean } = {},
): Promise<TestServer> {
  const requests: SeenRequest[] = [];
  const onRequest = (raw: http.IncomingMessage, res: http.ServerResponse) => {
    const chunks: Buffer[] = [];
    const finish = () => {
      const seen: SeenRequest = {
        method: raw.method ?? '',
        url: raw.url ?? '',
        headers: raw.headers,
        rawHeaders: raw.rawHeaders,
        body: Buffer.concat(chunks),
      };
      requests.push(seen);
      Promise.resolve(handler(seen, res, raw)).catch((err: unknown) => {
        res.statusCode = 599;
        res.end(String(err));
      });
    };
    if (options.readBody === false) return finish();
    raw.on('data', (c: Buffer) => chunks.push(c));
    raw.on('end', finish);
  };
  const server = options.tls
    ? https.createServer({ cert: TEST_CERT, key: TEST_KEY }, onRequest)
    : http.createServer(onRequest);
  const sockets = new Set<net.Socket>();
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `${options.tls ? 'https' : 'http'}://127.0.0.1:${port}/`,
    port,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A forward proxy: CONNECT tunnels and absolute-URL HTTP requests; every host name resolves to 127.0.0.1. */
export interface TestProxy {
  url: string;
  connects: Array<{ authority: string; authorization?: string }>;
  forwards: Array<{ url: string; authorization?: string }>;
  close(): Promise<void>;
}

/** Start a proxy; with `requireAuth` it answers 407 unless Proxy-Authorization equals it. */
export async function startProxy(options: { requireAuth?: string } = {}): Promise<TestProxy> {
  const connects: TestProxy['connects'] = [];
  const forwards: TestProxy['forwards'] = [];
  const sockets = new Set<net.Socket>();
  const authorized = (value: string | undefined) => !options.requireAuth || value === options.requireAuth;
  const server = http.createServer((req, res) => {
    const authorization = req.headers['proxy-authorization'];
    forwards.push({ url: req.url ?? '', ...(authorization ? { authorization } : {}) });
    if (!authorized(authorization)) {
      res.writeHead(407, 'Proxy Authentication Required', { 'Proxy-Authenticate': 'Basic' }).end();
      return;
    }
    const target = new URL(req.url ?? '');
    const headers = { ...req.headers };
    delete headers['proxy-authorization'];
    const upstream = http.request(
      {
        host: '127.0.0.1',
        port: target.port || 80,
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.statusMessage, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.destroy());
    req.pipe(upstream);
  });
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const authorization = req.headers['proxy-authorization'];
    const authority = req.url ?? '';
    connects.push({ authority, ...(authorization ? { authorization } : {}) });
    if (!authorized(authorization)) {
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic\r\nContent-Length: 0\r\n\r\n',
      );
      return;
    }
    const port = Number(authority.slice(authority.lastIndexOf(':') + 1));
    const upstream = net.connect(port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (s: net.Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    connects,
    forwards,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of sockets) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A multipart/form-data part as sent. */
export interface Part {
  name: string;
  filename?: string;
  headers: string[];
  value: Buffer;
}

/** Split a multipart/form-data body into parts (a strict reader: framing errors throw). */
export function parseMultipart(body: Buffer, contentType: string): { boundary: string; parts: Part[] } {
  const boundary = /boundary=([^;]+)/.exec(contentType)?.[1];
  if (!boundary) throw new Error(`no boundary in ${contentType}`);
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let pos = body.indexOf(delimiter);
  if (pos !== 0) throw new Error('body does not start with the boundary');
  for (;;) {
    pos += delimiter.length;
    if (body.subarray(pos, pos + 4).toString() === '--\r\n' && pos + 4 === body.length) break;
    if (body.subarray(pos, pos + 2).toString() !== '\r\n') throw new Error(`bad framing at ${pos}`);
    const headerEnd = body.indexOf('\r\n\r\n', pos + 2);
    const headers = body
      .subarray(pos + 2, headerEnd)
      .toString('utf8')
      .split('\r\n');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw new Error('unterminated part');
    const disposition = headers.find((h) => h.toLowerCase().startsWith('content-disposition:')) ?? '';
    const name = /name="([^"]*)"/.exec(disposition)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(disposition)?.[1];
    parts.push({
      name,
      ...(filename !== undefined ? { filename } : {}),
      headers,
      value: body.subarray(headerEnd + 4, next),
    });
    pos = next + 2;
  }
  return { boundary, parts };
}
