/**
 * The index client's HTTP on node:http/node:https (not fetch): request bodies streamed with a known
 * length, socket-level errors that say whether the body was sent, proxies from the environment, keep-alive,
 * no redirects followed (an upload redirected turns into a GET and is lost). Loaded on the first request,
 * so an action pays for node's network stack only when it talks to an index.
 */
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { gunzipSync, inflateSync } from 'node:zlib';
import { NetworkError, PypiError, type NetworkPhase } from './errors.js';
import {
  userAgent,
  type HttpClient,
  type HttpClientOptions,
  type HttpRequest,
  type HttpResponse,
  type StreamedBody,
} from './http-client.js';
import { proxyForUrl, type ProxySettings } from './proxy-env.js';
import { TunnelingAgent } from './tunnel-agent.js';

const DEFAULT_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
// Errors raised before a single request byte can have reached the server.
const CONNECT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPROXY',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

/** The client on node's http and https (loaded on a first request: see http-client.ts). */
export class NodeHttpClient implements HttpClient {
  private readonly agents = new Map<string, http.Agent>();
  private readonly env: NodeJS.ProcessEnv;
  private readonly ua: string;
  private readonly timeoutMs: number;

  constructor(private readonly options: HttpClientOptions) {
    this.env = options.env ?? process.env;
    this.ua = userAgent(options.product);
    this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  close(): void {
    for (const agent of this.agents.values()) agent.destroy();
    this.agents.clear();
  }

  request(request: HttpRequest): Promise<HttpResponse> {
    const target = new URL(request.url);
    if (target.protocol !== 'https:' && target.protocol !== 'http:') {
      return Promise.reject(
        new PypiError(`cannot request '${request.url}': only http and https are supported`),
      );
    }
    const proxy = proxyForUrl(target, this.env);
    const headers: Record<string, string> = {
      'User-Agent': this.ua,
      Accept: '*/*',
      'Accept-Encoding': 'gzip, deflate',
      ...request.headers,
    };
    if (request.body) headers['Content-Length'] = String(request.body.length);

    const port = target.port || (target.protocol === 'https:' ? '443' : '80');
    let transport: typeof http | typeof https = target.protocol === 'https:' ? https : http;
    let requestOptions: https.RequestOptions = {
      method: request.method,
      host: target.hostname.replace(/^\[(.*)\]$/, '$1'),
      port,
      path: `${target.pathname}${target.search}`,
      headers,
      agent: this.agentFor(target.protocol, proxy),
    };
    if (target.protocol === 'https:' && this.options.ca) requestOptions.ca = this.caList();
    if (proxy && target.protocol === 'http:') {
      // Plain HTTP through a proxy: the absolute URL goes on the request line.
      transport = http;
      requestOptions = {
        ...requestOptions,
        host: proxy.url.hostname,
        port: proxy.url.port || '80',
        path: target.href,
        headers: {
          ...headers,
          Host: target.host,
          ...(proxy.authorization ? { 'Proxy-Authorization': proxy.authorization } : {}),
        },
      };
    }
    return send(transport, requestOptions, request, request.timeoutMs ?? this.timeoutMs);
  }

  private caList(): Array<string | Buffer> {
    const extra = this.options.ca;
    const list = Array.isArray(extra) ? extra : extra ? [extra] : [];
    // Passing `ca` replaces Node's bundle: keep the public roots too.
    return [...tls.rootCertificates, ...list];
  }

  private agentFor(protocol: string, proxy: ProxySettings | null): http.Agent {
    const key = `${protocol}|${proxy ? proxy.url.href : 'direct'}`;
    let agent = this.agents.get(key);
    if (agent) return agent;
    const agentOptions: https.AgentOptions = {
      keepAlive: true,
      maxSockets: this.options.maxSockets ?? 4,
      // Idle pooled sockets are dropped before a typical server (60 s+) would close them under us.
      timeout: 15_000,
    };
    if (protocol === 'https:' && proxy) {
      agent = new TunnelingAgent({ proxy, connectTimeoutMs: this.timeoutMs }, agentOptions);
    } else if (protocol === 'https:') {
      agent = new https.Agent(agentOptions);
    } else {
      agent = new http.Agent(agentOptions);
    }
    this.agents.set(key, agent);
    return agent;
  }
}

/** One request in flight: what the handlers share, and the one way it ends (first settle wins). */
interface Exchange {
  request: HttpRequest;
  timeoutMs: number;
  maxBytes: number;
  phase: NetworkPhase;
  bodySent: boolean;
  timedOut: boolean;
  settled: boolean;
  settle(error: Error | null, response?: HttpResponse): void;
}

/** A transport error as a NetworkError saying in which phase it happened and whether the body was sent. */
function networkError(x: Exchange, err: NodeJS.ErrnoException): NetworkError {
  if (err instanceof NetworkError) return err;
  const code = x.timedOut ? 'ETIMEDOUT' : err.code;
  const where = code && CONNECT_CODES.has(code) && !x.bodySent ? 'connect' : x.phase;
  const what = x.timedOut ? `no activity for ${x.timeoutMs} ms` : err.message;
  return new NetworkError(
    `${x.request.method} ${x.request.url} failed ${describePhase(where)}: ${what}`,
    x.request.url,
    where,
    x.bodySent,
    code,
    x.timedOut,
    { cause: err },
  );
}

/** Reads a response body (up to the size limit), decodes it and settles the exchange with it. */
function readResponse(x: Exchange, req: http.ClientRequest, res: http.IncomingMessage): void {
  const { request, maxBytes } = x;
  x.phase = 'receive';
  const sentBeforeResponse = x.bodySent;
  const chunks: Buffer[] = [];
  let size = 0;
  let sink: ((chunk: Buffer) => void) | null = null;
  try {
    sink = request.bodySink?.(res.statusCode ?? 0, res.headers) ?? null;
  } catch (err) {
    req.destroy();
    x.settle(err instanceof Error ? err : new Error(String(err)));
    return;
  }
  res.on('data', (chunk: Buffer) => {
    if (sink) {
      passOn(x, req, sink, chunk);
      return;
    }
    size += chunk.length;
    if (size > maxBytes) {
      req.destroy();
      x.settle(new PypiError(`${request.method} ${request.url}: response larger than ${maxBytes} bytes`));
      return;
    }
    chunks.push(chunk);
  });
  res.on('error', (err) => x.settle(networkError(x, err)));
  res.on('aborted', () =>
    x.settle(networkError(x, Object.assign(new Error('response aborted'), { code: 'ECONNRESET' }))),
  );
  res.on('end', () => {
    let body: Buffer = Buffer.concat(chunks);
    try {
      if (!sink) body = decode(body, res.headers['content-encoding'], maxBytes);
    } catch (err) {
      const encoding = String(res.headers['content-encoding']);
      x.settle(
        new PypiError(`${request.method} ${request.url}: undecodable ${encoding} body`, { cause: err }),
      );
      return;
    }
    // A server that answered before reading the whole body (413, 401…) does not want the rest.
    if (!x.bodySent) req.destroy();
    x.settle(null, {
      url: request.url,
      status: res.statusCode ?? 0,
      reason: decodeReason(res.statusMessage ?? ''),
      headers: res.headers,
      body,
      bodySent: sentBeforeResponse,
    });
  });
}

/** Hands a streamed chunk to the caller; if the caller throws, the request ends with its error. */
function passOn(x: Exchange, req: http.ClientRequest, sink: (chunk: Buffer) => void, chunk: Buffer): void {
  if (x.settled) return;
  try {
    sink(chunk);
  } catch (err) {
    req.destroy();
    x.settle(err instanceof Error ? err : new Error(String(err)));
  }
}

function send(
  transport: typeof http | typeof https,
  options: https.RequestOptions,
  request: HttpRequest,
  timeoutMs: number,
): Promise<HttpResponse> {
  return new Promise<HttpResponse>((resolve, reject) => {
    const x: Exchange = {
      request,
      timeoutMs,
      maxBytes: request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      phase: 'send',
      bodySent: false,
      timedOut: false,
      settled: false,
      settle(error, response) {
        if (x.settled) return;
        x.settled = true;
        if (error) reject(error);
        else if (response) resolve(response);
      },
    };
    const req = transport.request(options);
    req.setTimeout(timeoutMs, () => {
      x.timedOut = true;
      req.destroy(new Error('timeout'));
    });
    req.on('error', (err) => x.settle(networkError(x, err)));
    req.on('finish', () => {
      x.bodySent = true;
      x.phase = 'wait';
    });
    req.on('response', (res) => readResponse(x, req, res));
    const body = request.body;
    if (!body) req.end();
    else if (Buffer.isBuffer(body)) req.end(body);
    else
      streamBody(body, req, (err) => {
        if (err && !x.settled) req.destroy(err);
      });
  });
}

/** The request went away while its body was being sent; whoever closed it reports why. */
const BODY_ABANDONED = new Error('request closed while sending its body');

function streamBody(body: StreamedBody, req: http.ClientRequest, done: (err?: Error) => void): void {
  let written = 0;
  let abandonPending: (() => void) | null = null;
  req.on('close', () => abandonPending?.());
  const sink = (chunk: Buffer): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      // The server answered early or the socket broke: the rest is not sent, and not an error of its own.
      if (req.destroyed) {
        reject(BODY_ABANDONED);
        return;
      }
      written += chunk.length;
      if (written > body.length) {
        reject(
          new PypiError(
            `request body grew beyond the announced ${body.length} bytes (was the file changed?)`,
          ),
        );
        return;
      }
      abandonPending = () => reject(BODY_ABANDONED);
      req.write(chunk, (err) => {
        abandonPending = null;
        if (err) reject(BODY_ABANDONED);
        else resolve();
      });
    });
  body.writeTo(sink).then(
    () => {
      if (written !== body.length) {
        done(
          new PypiError(
            `request body ended after ${written} of ${body.length} bytes (was the file changed?)`,
          ),
        );
        return;
      }
      req.end();
      done();
    },
    (err: Error) => {
      if (err !== BODY_ABANDONED) done(err);
    },
  );
}

function decode(body: Buffer, encoding: string | undefined, maxBytes: number): Buffer {
  const name = (encoding ?? '').trim().toLowerCase();
  if (name === 'gzip' || name === 'x-gzip') return gunzipSync(body, { maxOutputLength: maxBytes });
  if (name === 'deflate') return inflateSync(body, { maxOutputLength: maxBytes });
  return body;
}

/** Node reads the reason phrase as latin-1; indexes send UTF-8 there (file names, metadata values). */
function decodeReason(reason: string): string {
  if (!/[\u0080-\u00ff]/.test(reason)) return reason;
  const bytes = Buffer.from(reason, 'latin1');
  const text = bytes.toString('utf8');
  return Buffer.from(text, 'utf8').equals(bytes) ? text : reason;
}

function describePhase(phase: NetworkPhase): string {
  switch (phase) {
    case 'connect':
      return 'before connecting';
    case 'send':
      return 'while sending the request';
    case 'wait':
      return 'after the request was sent, waiting for the response';
    case 'receive':
      return 'while reading the response';
  }
}
