import { afterEach, describe, expect, it } from '@jest/globals';
import { NetworkError } from './errors.js';
import type { HttpResponse } from './http-client.js';
import { registerSecret, secrets } from '../secrets/index.js';
import {
  bodyText,
  classifyUploadFailure,
  classifyUploadResponse,
  responseMessage,
} from './upload-outcome.js';

afterEach(() => secrets.clear());

const BLAKE = 'e29ea2f7d25d8b23da80ec80fcf33643ec4326d62bec4575f7373326aca4a237';

function response(
  status: number,
  reason: string,
  body = '',
  headers: Record<string, string> = {},
  bodySent = true,
): HttpResponse {
  return {
    url: 'https://upload.pypi.org/legacy/',
    status,
    reason,
    headers,
    body: Buffer.from(body),
    bodySent,
  };
}

describe('classifyUploadResponse', () => {
  it('2xx is uploaded', () => {
    expect(classifyUploadResponse(response(200, 'OK'))).toEqual({
      kind: 'uploaded',
      status: 200,
      message: '200 OK',
    });
  });

  it("surfaces PyPI's message from the reason phrase, and leaves the content open", () => {
    // The hash PyPI names is the one of the file just sent: only the index's copy can say whether it differs.
    const reason = `File already exists ('demo-1.0.tar.gz', with blake2_256 hash '${BLAKE}'). See https://pypi.org/help/#file-name-reuse for more information.`;
    expect(classifyUploadResponse(response(400, reason, '<html>…</html>'))).toEqual({
      kind: 'already-exists',
      status: 400,
      message: `400 ${reason}`,
    });
  });

  it("recognises other indexes' already-exists answers (twine's rules), content unknown", () => {
    expect(classifyUploadResponse(response(409, 'Conflict'))).toMatchObject({
      kind: 'already-exists',
    });
    expect(
      classifyUploadResponse(response(400, 'Bad Request', 'Repository does not allow updating assets')),
    ).toMatchObject({
      kind: 'already-exists',
    });
    expect(
      classifyUploadResponse(response(403, 'Forbidden', 'Not enough permissions to overwrite artifact')).kind,
    ).toBe('already-exists');
  });

  it('file-name reuse after a deletion is a client error, not already-exists', () => {
    const reason =
      'This filename has already been used, use a different version. See https://pypi.org/help/#file-name-reuse for more information.';
    expect(classifyUploadResponse(response(400, reason))).toEqual({
      kind: 'client-error',
      status: 400,
      message: `400 ${reason}`,
    });
  });

  it('403 invalid credentials is final', () => {
    expect(
      classifyUploadResponse(response(403, 'Invalid or non-existent authentication information.')).kind,
    ).toBe('client-error');
  });

  it('never follows a redirect and says how to fix the URL', () => {
    const outcome = classifyUploadResponse(
      response(301, 'Moved Permanently', '', { location: 'https://upload.pypi.org/legacy/' }),
    );
    expect(outcome.kind).toBe('client-error');
    expect(outcome.message).toMatch(
      /301 redirect to https:\/\/upload\.pypi\.org\/legacy\/: uploads never follow redirects/,
    );
  });

  it('429 and 503 are retryable, with Retry-After', () => {
    expect(classifyUploadResponse(response(429, 'Too Many Requests', '', { 'retry-after': '30' }))).toEqual({
      kind: 'retryable',
      status: 429,
      message: '429 Too Many Requests',
      retryAfterMs: 30_000,
    });
    expect(classifyUploadResponse(response(503, 'Service Unavailable')).kind).toBe('retryable');
  });

  it('500/502/504 after the whole body was sent are ambiguous; before it, retryable', () => {
    expect(classifyUploadResponse(response(502, 'Bad Gateway')).kind).toBe('ambiguous');
    expect(classifyUploadResponse(response(504, 'Gateway Timeout')).kind).toBe('ambiguous');
    expect(classifyUploadResponse(response(502, 'Bad Gateway', '', {}, false)).kind).toBe('retryable');
  });
});

describe('classifyUploadFailure', () => {
  const failure = (bodySent: boolean) =>
    new NetworkError('reset', 'u', bodySent ? 'wait' : 'send', bodySent, 'ECONNRESET', false);
  it('is ambiguous once the body was sent, retryable before', () => {
    expect(classifyUploadFailure(failure(true)).kind).toBe('ambiguous');
    expect(classifyUploadFailure(failure(false)).kind).toBe('retryable');
  });
});

describe('responseMessage', () => {
  it('uses the body when the reason phrase is the generic one', () => {
    expect(
      responseMessage(
        response(
          400,
          'Bad Request',
          '<html><head><title>x</title></head><body><h1>400</h1> Invalid &amp; wrong</body></html>',
        ),
      ),
    ).toBe('400 Bad Request: 400 Invalid & wrong');
    expect(
      responseMessage(
        response(422, 'Unprocessable Entity', '{"message": "Token request failed"}', {
          'content-type': 'application/json',
        }),
      ),
    ).toBe('422 Unprocessable Entity: Token request failed');
  });

  it('redacts secrets echoed in the reason phrase or body', () => {
    registerSecret('pypi-SECRET-token');
    expect(responseMessage(response(403, 'Bad token pypi-SECRET-token'))).toBe('403 Bad token ***');
    expect(bodyText(response(403, 'Forbidden', 'you sent pypi-SECRET-token'))).toBe('you sent ***');
  });
});

describe('bodyText', () => {
  it('takes the message out of a Pyramid-style plain error body (status line, stock explanation, message)', () => {
    const body =
      '400 Bad Request\n\nThe server could not comply with the request since it is either malformed or otherwise incorrect.\n\nInvalid value for blake2_256_digest.\n';
    expect(responseMessage(response(400, 'Bad Request', body))).toBe(
      '400 Bad Request: Invalid value for blake2_256_digest.',
    );
    expect(
      responseMessage(response(502, 'Bad Gateway', '502 Bad Gateway\n\nstock text\n\nBad Gateway\n')),
    ).toBe('502 Bad Gateway');
    expect(responseMessage(response(200, 'OK', 'OK\n'))).toBe('200 OK');
  });
});

// Issue 10 item 7: an echoed password was unmasked once the server HTML-stripped or URL-encoded it.
describe('a server echoing the password', () => {
  const password = 'hunter<b>2</b>&more';
  it.each([
    ['in HTML, tags and all', 'text/html', `<html><body><p>bad password ${password}</p></body></html>`],
    [
      'HTML-escaped',
      'text/html',
      `<html><body>bad password ${password.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</body></html>`,
    ],
    [
      'URL-encoded, lower-case hex',
      'text/plain',
      `bad password ${encodeURIComponent(password).toLowerCase()}`,
    ],
    ['JSON-escaped', 'application/json', JSON.stringify({ message: `bad password ${password}` })],
  ])('never shows it %s', (_name, type, body) => {
    registerSecret(password);
    const message = responseMessage(response(403, 'Forbidden', body, { 'content-type': type }));
    expect(message).toMatch(/^403 Forbidden: bad password \*\*\*/);
  });
});
