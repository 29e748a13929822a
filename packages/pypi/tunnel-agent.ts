/** An https.Agent whose sockets are TLS sessions inside CONNECT tunnels through an HTTP proxy. */
import http from 'node:http';
import https from 'node:https';
import { isIP } from 'node:net';
import type { Duplex } from 'node:stream';
import tls from 'node:tls';
import { NetworkError } from './errors.js';
import type { ProxySettings } from './proxy-env.js';

/** Options of the tunnel itself, beside the https.Agent options (keep-alive, CA, …). */
export interface TunnelOptions {
  proxy: ProxySettings;
  /** Give up on the CONNECT exchange after this long without progress. */
  connectTimeoutMs: number;
}

/** Pools tunnelled TLS sockets per target host like any https.Agent (keep-alive works through the proxy). */
export class TunnelingAgent extends https.Agent {
  constructor(
    private readonly tunnel: TunnelOptions,
    options: https.AgentOptions,
  ) {
    super(options);
  }

  // Node's Agent accepts the socket through the callback when createConnection returns nothing.
  override createConnection(
    options: https.RequestOptions,
    callback?: (err: Error | null, stream: Duplex) => void,
  ): Duplex | null | undefined {
    const done = callback ?? (() => undefined);
    const host = String(options.host ?? options.hostname ?? 'localhost');
    const port = Number(options.port ?? 443);
    const authority = `${isIP(host) === 6 ? `[${host}]` : host}:${port}`;
    const proxyName = `${this.tunnel.proxy.url.protocol}//${this.tunnel.proxy.url.host}`;
    const fail = (message: string, code: string, cause?: unknown, timedOut = false) =>
      done(
        new NetworkError(message, `https://${authority}/`, 'connect', false, code, timedOut, { cause }),
        undefined as unknown as Duplex,
      );

    const headers: Record<string, string> = { Host: authority };
    if (this.tunnel.proxy.authorization) headers['Proxy-Authorization'] = this.tunnel.proxy.authorization;
    const connect = http.request({
      host: this.tunnel.proxy.url.hostname,
      port: Number(this.tunnel.proxy.url.port || 80),
      method: 'CONNECT',
      path: authority,
      headers,
      agent: false,
    });
    let settled = false;
    connect.setTimeout(this.tunnel.connectTimeoutMs, () => {
      if (settled) return;
      settled = true;
      connect.destroy();
      fail(
        `proxy ${proxyName} did not open a tunnel to ${authority} within ${this.tunnel.connectTimeoutMs} ms`,
        'ETIMEDOUT',
        undefined,
        true,
      );
    });
    connect.once('connect', (res, socket, head) => {
      if (settled) return socket.destroy();
      settled = true;
      connect.setTimeout(0);
      if (res.statusCode !== 200) {
        socket.destroy();
        fail(
          `proxy ${proxyName} refused a tunnel to ${authority}: ${res.statusCode} ${res.statusMessage ?? ''}`.trim(),
          'EPROXY',
        );
        return;
      }
      if (head.length > 0) socket.unshift(head);
      const secure = tls.connect({
        socket,
        servername: options.servername || (isIP(host) ? undefined : host),
        ca: options.ca,
        rejectUnauthorized: options.rejectUnauthorized !== false,
        ALPNProtocols: ['http/1.1'],
      });
      done(null, secure);
    });
    connect.once('error', (err: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      fail(`proxy ${proxyName} could not be reached: ${err.message}`, err.code ?? 'EPROXY', err);
    });
    connect.end();
    return undefined;
  }
}
