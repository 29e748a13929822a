/** Writing responses the way PyPI does: errors carry their message in the reason phrase and the body. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { STATUS_CODES } from 'node:http';

const EXPLANATIONS: Record<number, string> = {
  400: 'The server could not comply with the request since it is either malformed or otherwise incorrect.',
  401: 'This server could not verify that you are authorized to access the document you requested.',
  403: 'Access was denied to this resource.',
  404: 'The resource could not be found.',
  405: 'The method is not allowed for this resource.',
  406: 'The server could not produce a response in a format the client accepts.',
  410: 'This resource is no longer available.',
  413: 'The request body is too large.',
  422: 'The request could not be processed.',
  429: 'Too many requests; slow down.',
  500: 'The server has either erred or is incapable of performing the requested operation.',
  502: 'Bad gateway.',
  503: 'The server is currently unavailable. Please try again at a later time.',
};

/** A reason phrase node will accept: no control characters, Latin-1 only, one line. */
export function reasonPhrase(message: string): string {
  return message.replace(/[^\t\x20-\x7e\xa0-\xff]/g, '?').slice(0, 1024);
}

// Headers go through setHeader so they stay readable (getHeader) for the access log.
function head(
  res: ServerResponse,
  status: number,
  reason: string | undefined,
  headers: Record<string, string>,
): void {
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (reason === undefined) res.writeHead(status);
  else res.writeHead(status, reason);
}

/**
 * Ends `res` with `status` and `message` as PyPI's legacy API does: the message in the status line (twine
 * prints the reason) and in the body, as JSON when the client asks for it, plain text otherwise.
 */
export function sendError(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  headers: Record<string, string> = {},
): void {
  const title = STATUS_CODES[status] ?? 'Error';
  const wantsJson = /application\/json/i.test(req.headers.accept ?? '');
  const body = wantsJson
    ? JSON.stringify({ message, code: `${status} ${reasonPhrase(message)}`, title })
    : `${status} ${title}\n\n${EXPLANATIONS[status] ?? ''}\n\n${message}\n`;
  head(res, status, reasonPhrase(message || title), {
    'Content-Type': wantsJson ? 'application/json' : 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Ends `res` with a JSON document. */
export function sendJson(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
): void {
  const body = JSON.stringify(value);
  head(res, status, undefined, {
    'Content-Type': 'application/json',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Ends `res` with a text body of the given type. */
export function sendText(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): void {
  head(res, status, undefined, {
    'Content-Type': contentType,
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** Ends `res` with a permanent redirect. */
export function sendRedirect(
  req: IncomingMessage,
  res: ServerResponse,
  location: string,
  headers: Record<string, string> = {},
): void {
  const body = `301 Moved Permanently\n\nThe resource has been moved to ${location}; you should be redirected automatically.\n`;
  head(res, 301, undefined, {
    Location: location,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    ...headers,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}
