/**
 * A reverse proxy in front of an embedded index that misbehaves on purpose: it corrupts the bytes of chosen
 * files (one byte flipped, same length, as a bad disk or cache would), or answers chosen pages once with a
 * 200 that is not what was asked for (an HTML error page, an empty body), as CDNs and proxies do. The Host
 * header passes through, so the index's links point back at the proxy and downloads go through it too.
 */
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What to break. Paths are the request path without the query string. */
export interface Tampering {
  /** Files whose bytes are served corrupted, every time. */
  corrupt?: (path: string) => boolean;
  /** Pages answered with `garbage` (instead of the index's answer) the first time they are asked for. */
  garbageOnce?: (path: string) => boolean;
  /** What such a page gets; default an HTML error page served as JSON. */
  garbage?: { contentType: string; body: string };
}

/** A running proxy: its URLs as the index's would be, the paths it broke, and `stop`. */
export interface TamperingProxy {
  url: string;
  uploadUrl: string;
  simpleUrl: string;
  /** Every request path answered with garbage or corrupted bytes, in order. */
  tampered: string[];
  stop(): Promise<void>;
}

function forward(
  target: URL,
  req: IncomingMessage,
  res: ServerResponse,
  corrupt: boolean,
  tampered: string[],
): void {
  const upstream = request(
    { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers },
    (answer) => {
      if (!corrupt || answer.statusCode !== 200) {
        res.writeHead(answer.statusCode ?? 502, answer.statusMessage, answer.headers);
        answer.pipe(res);
        return;
      }
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        const body = Buffer.concat(chunks);
        const middle = Math.floor(body.length / 2);
        body[middle] = (body[middle] ?? 0) ^ 0xff;
        tampered.push(req.url ?? '');
        res.writeHead(200, answer.statusMessage, answer.headers).end(body);
      });
    },
  );
  upstream.on('error', () => res.writeHead(502).end());
  req.pipe(upstream);
}

/** Start a proxy on an ephemeral port in front of the index at `indexUrl`. */
export async function startTamperingProxy(indexUrl: string, tampering: Tampering): Promise<TamperingProxy> {
  const target = new URL(indexUrl);
  const tampered: string[] = [];
  const answeredOnce = new Set<string>();
  const garbage = tampering.garbage ?? {
    contentType: 'application/json',
    body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
  };
  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (tampering.garbageOnce?.(path) && !answeredOnce.has(path)) {
      answeredOnce.add(path);
      tampered.push(path);
      req.resume();
      res.writeHead(200, { 'Content-Type': garbage.contentType }).end(garbage.body);
      return;
    }
    forward(target, req, res, tampering.corrupt?.(path) ?? false, tampered);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    uploadUrl: `${url}/legacy/`,
    simpleUrl: `${url}/simple/`,
    tampered,
    stop: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
