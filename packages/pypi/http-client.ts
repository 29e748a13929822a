/**
 * The index client's HTTP: requests and complete responses, streamed bodies of a known length, proxies
 * from the environment. The interfaces live here; node-transport.ts implements them.
 */
import type { IncomingHttpHeaders } from 'node:http';

/** A request body whose exact length is known before it starts. */
export interface StreamedBody {
  length: number;
  /**
   * Called once per attempt: writes the whole body from the beginning into `sink`, awaiting each write,
   * so a chunk's memory may be reused as soon as its write resolves.
   */
  writeTo(sink: (chunk: Buffer) => Promise<void>): Promise<void>;
}

/** One HTTP request. */
export interface HttpRequest {
  method: 'GET' | 'POST' | 'HEAD';
  url: string;
  headers?: Record<string, string>;
  body?: Buffer | StreamedBody;
  /** Give up after this long without any socket activity (default: the client's). */
  timeoutMs?: number;
  /** Refuse response bodies larger than this (default 64 MiB; a streamed body has no limit). */
  maxResponseBytes?: number;
  /**
   * Streams a response's body instead of collecting it (downloads of any size, no copy in memory). Called
   * when the response begins; returns where the body's chunks go, the bytes exactly as sent (no
   * Content-Encoding decoding, as pip hashes downloads), or null to collect this response as usual (an
   * error page). A streamed response's `body` is empty; a sink that throws ends the request with its error.
   */
  bodySink?: (status: number, headers: IncomingHttpHeaders) => ((chunk: Buffer) => void) | null;
}

/** A complete response, any status (3xx included: redirects are never followed). */
export interface HttpResponse {
  url: string;
  status: number;
  /** The reason phrase as sent: PyPI puts its error message here. */
  reason: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
  /** True when the whole request body was sent before the response began. */
  bodySent: boolean;
}

/** Sends requests; `close` drops pooled connections. */
export interface HttpClient {
  request(request: HttpRequest): Promise<HttpResponse>;
  close(): void;
}

/** How the client connects. */
export interface HttpClientOptions {
  /** Environment for HTTPS_PROXY / HTTP_PROXY / NO_PROXY (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Product token put first in User-Agent, e.g. `release-actions/1.4.0`. */
  product?: string;
  /**
   * Extra trusted CA certificates (PEM), added to Node's bundled roots. Without this option Node's own
   * trust applies, NODE_EXTRA_CA_CERTS included (an explicit `ca` makes Node ignore that variable).
   */
  ca?: string | Buffer | Array<string | Buffer>;
  /** Inactivity timeout per request (default 60 s). */
  timeoutMs?: number;
  /** Connections per host (default 4). */
  maxSockets?: number;
}

/** The User-Agent this package sends: the caller's product token, then the client and the runtime. */
export function userAgent(product?: string): string {
  const parts = [
    product,
    'release-actions-pypi',
    `node/${process.versions.node}`,
    `(${process.platform}; ${process.arch})`,
  ];
  return parts.filter(Boolean).join(' ');
}

/**
 * A client with keep-alive agents (one per proxy route), honouring the proxy environment. Node's network
 * stack (http, https, tls: a fifth of an action's start-up) is loaded with the first request.
 */
export function createHttpClient(options: HttpClientOptions = {}): HttpClient {
  let client: Promise<HttpClient> | null = null;
  return {
    request(request) {
      client ??= import('./node-transport.js').then(({ NodeHttpClient }) => new NodeHttpClient(options));
      return client.then((c) => c.request(request));
    },
    close() {
      void client?.then((c) => c.close());
    },
  };
}
