/** What one upload attempt means: the classification the release logic acts on. */
import { NetworkError } from './errors.js';
import type { HttpResponse } from './http-client.js';
import { redact } from '../secrets/index.js';
import { parseRetryAfter } from './retry.js';

/** One attempt's result. `message` is one redacted line, PyPI's own words where it gave any. */
export type UploadOutcome =
  /** 2xx: stored (PyPI also answers 200 to a re-upload of the identical file). */
  | { kind: 'uploaded'; status: number; message: string; confirmedByProbe?: boolean }
  /**
   * The filename is taken. `sameContent` is set only once the index was asked for its copy's sha256: the
   * blake2_256 in PyPI's message is the hash of the file just sent, not of the one stored.
   */
  | { kind: 'already-exists'; status: number; message: string; sameContent?: boolean }
  /** Final: bad credentials, invalid metadata, file-name reuse, redirect, … Retrying cannot help. */
  | { kind: 'client-error'; status: number; message: string }
  /** Nothing was stored: 429, 503, 408, a failure before the body was sent. Retry after backoff. */
  | { kind: 'retryable'; status?: number; message: string; retryAfterMs?: number }
  /** The body was sent but no clear answer came back (timeout, reset, 500/502/504): the file may have landed. */
  | { kind: 'ambiguous'; status?: number; message: string };

// twine's skip-existing rules, plus the status codes other indexes use for a taken filename.
const ALREADY_EXISTS = [/already exist/i, /updating asset/i, /already been taken/i, /overwrite artifact/i];
// Gateway answers after a complete body: the origin may have stored the file before the proxy gave up.
const AMBIGUOUS_STATUSES = new Set([500, 502, 504]);
const RETRYABLE_STATUSES = new Set([408, 425, 429, 503]);

/** Classify a response to POST /legacy/. */
export function classifyUploadResponse(response: HttpResponse, nowMs = Date.now()): UploadOutcome {
  const status = response.status;
  const message = responseMessage(response);
  if (status >= 200 && status < 300) return { kind: 'uploaded', status, message };
  if (status >= 300 && status < 400) {
    const location = String(response.headers.location ?? '(no Location)');
    return {
      kind: 'client-error',
      status,
      message: redact(
        `${status} redirect to ${location}: uploads never follow redirects (the POST would become a GET); ` +
          'set the repository URL to the final upload URL, with its trailing slash',
      ),
    };
  }
  const text = `${response.reason}\n${bodyText(response)}`;
  if (status === 409 || ((status === 400 || status === 403) && ALREADY_EXISTS.some((re) => re.test(text)))) {
    return { kind: 'already-exists', status, message };
  }
  if (RETRYABLE_STATUSES.has(status) || (status >= 500 && !response.bodySent)) {
    const retryAfterMs = parseRetryAfter(response.headers['retry-after'], nowMs);
    return retryAfterMs === undefined
      ? { kind: 'retryable', status, message }
      : { kind: 'retryable', status, message, retryAfterMs };
  }
  if (AMBIGUOUS_STATUSES.has(status) || status >= 500) return { kind: 'ambiguous', status, message };
  return { kind: 'client-error', status, message };
}

/** Classify a request that got no response: before the body was fully sent nothing can have been stored. */
export function classifyUploadFailure(error: NetworkError): UploadOutcome {
  const message = redact(error.message);
  return error.bodySent ? { kind: 'ambiguous', message } : { kind: 'retryable', message };
}

// The standard reason phrases (RFC 9110) of the statuses an index answers with: a reason that is one of
// these says nothing, so the body is read instead. Written out rather than taken from node:http, which
// would load node's whole HTTP stack at every action's start-up.
const STANDARD_REASONS: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/**
 * `<status> <message>`: the reason phrase when the index put a message there (PyPI does), else the start
 * of the body as text. Always redacted — a server may echo credentials back.
 */
export function responseMessage(response: HttpResponse): string {
  const reason = response.reason.trim();
  const generic = !reason || reason.toLowerCase() === (STANDARD_REASONS[response.status] ?? '').toLowerCase();
  let detail = reason;
  if (generic) {
    const text = bodyText(response);
    if (text && text.toLowerCase() !== reason.toLowerCase()) detail = reason ? `${reason}: ${text}` : text;
  }
  return redact(`${response.status} ${detail}`.trim());
}

const MAX_BODY_TEXT = 300;

/** The body as one short line of text (HTML tags and JSON `message` fields unwrapped). */
export function bodyText(response: HttpResponse): string {
  if (response.body.length === 0) return '';
  let text = response.body.subarray(0, 16_384).toString('utf8');
  const type = String(response.headers['content-type'] ?? '');
  if (type.includes('json')) {
    try {
      const json = JSON.parse(response.body.toString('utf8')) as {
        message?: unknown;
        detail?: unknown;
        error?: unknown;
      };
      const picked = json.message ?? json.detail ?? json.error;
      if (typeof picked === 'string') text = picked;
    } catch {
      // not JSON after all: keep the raw text
    }
  } else if (type.includes('html') || /^\s*</.test(text)) {
    const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(text)?.[1];
    const bodyPart = /<body[^>]*>([\s\S]*)/i.exec(text)?.[1] ?? text;
    text = stripTags(bodyPart) || stripTags(title ?? '');
  } else {
    // Pyramid's (warehouse's) plain error body: "<status> <title>", a stock explanation, then the message.
    const paragraphs = text
      .split(/\r?\n\s*\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (paragraphs.length > 1 && /^\d{3} /.test(paragraphs[0] ?? '')) text = paragraphs.at(-1) ?? text;
  }
  const line = text.replace(/\s+/g, ' ').trim();
  return redact(line.length > MAX_BODY_TEXT ? `${line.slice(0, MAX_BODY_TEXT)}…` : line);
}

function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
}
