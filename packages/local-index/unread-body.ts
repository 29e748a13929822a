/**
 * Answering a request before (or without) reading all of its body. A socket closed with request bytes still
 * unread is reset by the kernel, and a client that sends its whole request before reading (twine, through
 * requests) then never sees the answer. So the rest of the body is always read and discarded, as production
 * servers do (nginx's lingering close), within the index's idle and request timeouts.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendError } from './responses.js';

/** Reads and discards what is left of `req`'s body; resolves once it has all arrived or the client is gone. */
export function discardRest(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    if (req.complete || req.destroyed) {
      resolve();
      return;
    }
    req.once('end', () => resolve());
    req.once('close', () => resolve());
    req.resume();
  });
}

/**
 * Sends `answer` while the rest of the body is discarded. On a kept-alive connection the answer goes at once
 * (node goes on reading the body; curl stops sending when it sees an early answer); a connection that closes
 * after this answer (`Connection: close`, HTTP/1.0) is answered only once the body is in, as closing sooner
 * would reset it.
 */
export async function answerUnread(
  req: IncomingMessage,
  res: ServerResponse,
  answer: () => void,
): Promise<void> {
  const rest = discardRest(req);
  if (!res.shouldKeepAlive) await rest;
  if (!res.destroyed) answer();
}

/** `sendError`'s answer, sent as answerUnread sends one: the rest of the body is read and discarded. */
export function sendErrorUnread(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  message: string,
  headers?: Record<string, string>,
): Promise<void> {
  return answerUnread(req, res, () => sendError(req, res, status, message, headers));
}
