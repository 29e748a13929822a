export const id = 411;
export const ids = [411];
export const modules = {

/***/ 9792:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  NodeHttpClient: () => (/* binding */ NodeHttpClient)
});

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
// EXTERNAL MODULE: external "node:tls"
var external_node_tls_ = __webpack_require__(1692);
var external_node_tls_default = /*#__PURE__*/__webpack_require__.n(external_node_tls_);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./packages/pypi/errors.ts
var errors = __webpack_require__(2448);
// EXTERNAL MODULE: ./packages/pypi/http-client.ts
var http_client = __webpack_require__(5211);
// EXTERNAL MODULE: ./packages/pypi/proxy-env.ts
var proxy_env = __webpack_require__(1245);
// EXTERNAL MODULE: external "node:net"
var external_node_net_ = __webpack_require__(7030);
;// CONCATENATED MODULE: ./packages/pypi/tunnel-agent.ts
/** An https.Agent whose sockets are TLS sessions inside CONNECT tunnels through an HTTP proxy. */





/** Pools tunnelled TLS sockets per target host like any https.Agent (keep-alive works through the proxy). */
class TunnelingAgent extends (external_node_https_default()).Agent {
    tunnel;
    constructor(tunnel, options) {
        super(options);
        this.tunnel = tunnel;
    }
    // Node's Agent accepts the socket through the callback when createConnection returns nothing.
    createConnection(options, callback) {
        const done = callback ?? (() => undefined);
        const host = String(options.host ?? options.hostname ?? 'localhost');
        const port = Number(options.port ?? 443);
        const authority = `${(0,external_node_net_.isIP)(host) === 6 ? `[${host}]` : host}:${port}`;
        const proxyName = `${this.tunnel.proxy.url.protocol}//${this.tunnel.proxy.url.host}`;
        const fail = (message, code, cause, timedOut = false) => done(new errors/* NetworkError */.Dr(message, `https://${authority}/`, 'connect', false, code, timedOut, { cause }), undefined);
        const headers = { Host: authority };
        if (this.tunnel.proxy.authorization)
            headers['Proxy-Authorization'] = this.tunnel.proxy.authorization;
        const connect = external_node_http_default().request({
            host: this.tunnel.proxy.url.hostname,
            port: Number(this.tunnel.proxy.url.port || 80),
            method: 'CONNECT',
            path: authority,
            headers,
            agent: false,
        });
        let settled = false;
        connect.setTimeout(this.tunnel.connectTimeoutMs, () => {
            if (settled)
                return;
            settled = true;
            connect.destroy();
            fail(`proxy ${proxyName} did not open a tunnel to ${authority} within ${this.tunnel.connectTimeoutMs} ms`, 'ETIMEDOUT', undefined, true);
        });
        connect.once('connect', (res, socket, head) => {
            if (settled)
                return socket.destroy();
            settled = true;
            connect.setTimeout(0);
            if (res.statusCode !== 200) {
                socket.destroy();
                fail(`proxy ${proxyName} refused a tunnel to ${authority}: ${res.statusCode} ${res.statusMessage ?? ''}`.trim(), 'EPROXY');
                return;
            }
            if (head.length > 0)
                socket.unshift(head);
            const secure = external_node_tls_default().connect({
                socket,
                servername: options.servername || ((0,external_node_net_.isIP)(host) ? undefined : host),
                ca: options.ca,
                rejectUnauthorized: options.rejectUnauthorized !== false,
                ALPNProtocols: ['http/1.1'],
            });
            done(null, secure);
        });
        connect.once('error', (err) => {
            if (settled)
                return;
            settled = true;
            fail(`proxy ${proxyName} could not be reached: ${err.message}`, err.code ?? 'EPROXY', err);
        });
        connect.end();
        return undefined;
    }
}

;// CONCATENATED MODULE: ./packages/pypi/node-transport.ts
/**
 * The index client's HTTP on node:http/node:https (not fetch): request bodies streamed with a known
 * length, socket-level errors that say whether the body was sent, proxies from the environment, keep-alive,
 * no redirects followed (an upload redirected turns into a GET and is lost). Loaded on the first request,
 * so an action pays for node's network stack only when it talks to an index.
 */








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
class NodeHttpClient {
    options;
    agents = new Map();
    env;
    ua;
    timeoutMs;
    constructor(options) {
        this.options = options;
        this.env = options.env ?? process.env;
        this.ua = (0,http_client/* userAgent */.N)(options.product);
        this.timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    }
    close() {
        for (const agent of this.agents.values())
            agent.destroy();
        this.agents.clear();
    }
    request(request) {
        const target = new URL(request.url);
        if (target.protocol !== 'https:' && target.protocol !== 'http:') {
            return Promise.reject(new errors/* PypiError */.pk(`cannot request '${request.url}': only http and https are supported`));
        }
        const proxy = (0,proxy_env/* proxyForUrl */.th)(target, this.env);
        const headers = {
            'User-Agent': this.ua,
            Accept: '*/*',
            'Accept-Encoding': 'gzip, deflate',
            ...request.headers,
        };
        if (request.body)
            headers['Content-Length'] = String(request.body.length);
        const port = target.port || (target.protocol === 'https:' ? '443' : '80');
        let transport = target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        let requestOptions = {
            method: request.method,
            host: target.hostname.replace(/^\[(.*)\]$/, '$1'),
            port,
            path: `${target.pathname}${target.search}`,
            headers,
            agent: this.agentFor(target.protocol, proxy),
        };
        if (target.protocol === 'https:' && this.options.ca)
            requestOptions.ca = this.caList();
        if (proxy && target.protocol === 'http:') {
            // Plain HTTP through a proxy: the absolute URL goes on the request line.
            transport = (external_node_http_default());
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
    caList() {
        const extra = this.options.ca;
        const list = Array.isArray(extra) ? extra : extra ? [extra] : [];
        // Passing `ca` replaces Node's bundle: keep the public roots too.
        return [...(external_node_tls_default()).rootCertificates, ...list];
    }
    agentFor(protocol, proxy) {
        const key = `${protocol}|${proxy ? proxy.url.href : 'direct'}`;
        let agent = this.agents.get(key);
        if (agent)
            return agent;
        const agentOptions = {
            keepAlive: true,
            maxSockets: this.options.maxSockets ?? 4,
            // Idle pooled sockets are dropped before a typical server (60 s+) would close them under us.
            timeout: 15_000,
        };
        if (protocol === 'https:' && proxy) {
            agent = new TunnelingAgent({ proxy, connectTimeoutMs: this.timeoutMs }, agentOptions);
        }
        else if (protocol === 'https:') {
            agent = new (external_node_https_default()).Agent(agentOptions);
        }
        else {
            agent = new (external_node_http_default()).Agent(agentOptions);
        }
        this.agents.set(key, agent);
        return agent;
    }
}
/** A transport error as a NetworkError saying in which phase it happened and whether the body was sent. */
function networkError(x, err) {
    if (err instanceof errors/* NetworkError */.Dr)
        return err;
    const code = x.timedOut ? 'ETIMEDOUT' : err.code;
    const where = code && CONNECT_CODES.has(code) && !x.bodySent ? 'connect' : x.phase;
    const what = x.timedOut ? `no activity for ${x.timeoutMs} ms` : err.message;
    return new errors/* NetworkError */.Dr(`${x.request.method} ${x.request.url} failed ${describePhase(where)}: ${what}`, x.request.url, where, x.bodySent, code, x.timedOut, { cause: err });
}
/** Reads a response body (up to the size limit), decodes it and settles the exchange with it. */
function readResponse(x, req, res) {
    const { request, maxBytes } = x;
    x.phase = 'receive';
    const sentBeforeResponse = x.bodySent;
    const chunks = [];
    let size = 0;
    let sink = null;
    try {
        sink = request.bodySink?.(res.statusCode ?? 0, res.headers) ?? null;
    }
    catch (err) {
        req.destroy();
        x.settle(err instanceof Error ? err : new Error(String(err)));
        return;
    }
    res.on('data', (chunk) => {
        if (sink) {
            passOn(x, req, sink, chunk);
            return;
        }
        size += chunk.length;
        if (size > maxBytes) {
            req.destroy();
            x.settle(new errors/* PypiError */.pk(`${request.method} ${request.url}: response larger than ${maxBytes} bytes`));
            return;
        }
        chunks.push(chunk);
    });
    res.on('error', (err) => x.settle(networkError(x, err)));
    res.on('aborted', () => x.settle(networkError(x, Object.assign(new Error('response aborted'), { code: 'ECONNRESET' }))));
    res.on('end', () => {
        let body = Buffer.concat(chunks);
        try {
            if (!sink)
                body = decode(body, res.headers['content-encoding'], maxBytes);
        }
        catch (err) {
            const encoding = String(res.headers['content-encoding']);
            x.settle(new errors/* PypiError */.pk(`${request.method} ${request.url}: undecodable ${encoding} body`, { cause: err }));
            return;
        }
        // A server that answered before reading the whole body (413, 401…) does not want the rest.
        if (!x.bodySent)
            req.destroy();
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
function passOn(x, req, sink, chunk) {
    if (x.settled)
        return;
    try {
        sink(chunk);
    }
    catch (err) {
        req.destroy();
        x.settle(err instanceof Error ? err : new Error(String(err)));
    }
}
function send(transport, options, request, timeoutMs) {
    return new Promise((resolve, reject) => {
        const x = {
            request,
            timeoutMs,
            maxBytes: request.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
            phase: 'send',
            bodySent: false,
            timedOut: false,
            settled: false,
            settle(error, response) {
                if (x.settled)
                    return;
                x.settled = true;
                if (error)
                    reject(error);
                else if (response)
                    resolve(response);
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
        if (!body)
            req.end();
        else if (Buffer.isBuffer(body))
            req.end(body);
        else
            streamBody(body, req, (err) => {
                if (err && !x.settled)
                    req.destroy(err);
            });
    });
}
/** The request went away while its body was being sent; whoever closed it reports why. */
const BODY_ABANDONED = new Error('request closed while sending its body');
function streamBody(body, req, done) {
    let written = 0;
    let abandonPending = null;
    req.on('close', () => abandonPending?.());
    const sink = (chunk) => new Promise((resolve, reject) => {
        // The server answered early or the socket broke: the rest is not sent, and not an error of its own.
        if (req.destroyed) {
            reject(BODY_ABANDONED);
            return;
        }
        written += chunk.length;
        if (written > body.length) {
            reject(new errors/* PypiError */.pk(`request body grew beyond the announced ${body.length} bytes (was the file changed?)`));
            return;
        }
        abandonPending = () => reject(BODY_ABANDONED);
        req.write(chunk, (err) => {
            abandonPending = null;
            if (err)
                reject(BODY_ABANDONED);
            else
                resolve();
        });
    });
    body.writeTo(sink).then(() => {
        if (written !== body.length) {
            done(new errors/* PypiError */.pk(`request body ended after ${written} of ${body.length} bytes (was the file changed?)`));
            return;
        }
        req.end();
        done();
    }, (err) => {
        if (err !== BODY_ABANDONED)
            done(err);
    });
}
function decode(body, encoding, maxBytes) {
    const name = (encoding ?? '').trim().toLowerCase();
    if (name === 'gzip' || name === 'x-gzip')
        return (0,external_node_zlib_.gunzipSync)(body, { maxOutputLength: maxBytes });
    if (name === 'deflate')
        return (0,external_node_zlib_.inflateSync)(body, { maxOutputLength: maxBytes });
    return body;
}
/** Node reads the reason phrase as latin-1; indexes send UTF-8 there (file names, metadata values). */
function decodeReason(reason) {
    if (!/[\u0080-\u00ff]/.test(reason))
        return reason;
    const bytes = Buffer.from(reason, 'latin1');
    const text = bytes.toString('utf8');
    return Buffer.from(text, 'utf8').equals(bytes) ? text : reason;
}
function describePhase(phase) {
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


/***/ })

};
