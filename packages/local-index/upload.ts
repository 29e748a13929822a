/**
 * `POST /legacy/`: PyPI's legacy upload API as twine uses it. The body is streamed to `tmp/` (digested on
 * the way), PyPI's rules from `dists` decide, and only then is the file moved into place and journaled.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { PARALLEL_DIGESTS_MAX_HELD, type FormField } from '../dists/index.js';
import { acceptUpload, Refusal, refusalBeforeAuthentication } from './accept-upload.js';
import { authenticateUpload } from './auth.js';
import type { IndexContext, RequestNotes } from './context.js';
import {
  MultipartError,
  MultipartParser,
  multipartBoundary,
  PARSER_QUEUE_BYTES,
  type FileSink,
} from './multipart.js';
import { sendError, sendText } from './responses.js';
import { StorageWriteError, writeFailure, writeFailureAnswer } from './storage-error.js';
import { TempUpload, WRITE_BATCH } from './temp-upload.js';
import type { UploadSlot } from './upload-slots.js';
import { answerUnread, discardRest, sendErrorUnread } from './unread-body.js';
import { bodyReceived } from './young-garbage.js';

/** All form fields of one upload together (the description among them), at most. */
export const FORM_FIELDS_LIMIT = 4 * 1024 * 1024;
/** The largest piece node's HTTP parser hands over at once. */
const MAX_CHUNK = 64 * 1024;
/**
 * The most one upload holds in the index's buffers: its fields, the parser's window (a part's headers or a
 * preamble, and a chunk) and the chunks queued for it, a batch gathering and one being written, and the
 * digest staging.
 */
export const UPLOAD_HELD_BOUND =
  FORM_FIELDS_LIMIT +
  2 * MAX_CHUNK +
  (PARSER_QUEUE_BYTES + MAX_CHUNK) +
  2 * (WRITE_BATCH + MAX_CHUNK) +
  PARALLEL_DIGESTS_MAX_HELD;
/** Seconds a client is asked to wait when every upload slot is taken. */
const BUSY_RETRY_AFTER_SECONDS = 2;

const MISSING_SLASH =
  'An upload was attempted to /legacy but the expected upload URL is /legacy/ (with a trailing slash)';

const DISCARD: FileSink = { write: () => undefined, end: () => undefined };

/** A name for the temp file: the upload's own (archive readers go by it) unless it cannot be one. */
export function tempName(filename: string): string {
  const safe = filename.replace(/[/\\\x00]/g, '_');
  return safe === '' || safe === '.' || safe === '..' || Buffer.byteLength(safe) > 240 ? 'upload.bin' : safe;
}

/** Drops the connection once part of the body has arrived, as a failing proxy would. */
function resetMidBody(req: IncomingMessage): Promise<void> {
  return new Promise<void>((resolve) => {
    req.once('data', () => {
      req.socket.destroy();
      resolve();
    });
    req.once('end', () => {
      req.socket.destroy();
      resolve();
    });
    req.once('error', () => resolve());
  });
}

/**
 * Answers what needs no body: another method, the URL without its slash, an injected fault (drawn here,
 * for uploads only, and noted for the log). True when answered.
 */
async function answeredWithoutBody(
  ctx: IndexContext,
  req: IncomingMessage,
  res: ServerResponse,
  notes: RequestNotes,
): Promise<boolean> {
  if (req.method !== 'POST') {
    await sendErrorUnread(req, res, 405, 'Method Not Allowed', { Allow: 'POST' });
    return true;
  }
  if (new URL(req.url ?? '/', 'http://index.invalid').pathname === '/legacy') {
    await sendErrorUnread(req, res, 308, MISSING_SLASH, { Location: '/legacy/' });
    return true;
  }
  const fault = ctx.faults?.next('upload') ?? null;
  notes.fault = fault;
  if (fault === '503' || fault === '429') {
    if (fault === '503') await sendErrorUnread(req, res, 503, 'Service Unavailable');
    else await sendErrorUnread(req, res, 429, 'Too Many Requests', { 'Retry-After': '1' });
    return true;
  }
  if (fault === 'reset') {
    await resetMidBody(req);
    return true;
  }
  return false;
}

/** What the multipart body held: its fields, the names of its file fields, and the `content` file. */
interface ReceivedForm {
  fields: FormField[];
  fileFields: string[];
  contentType: string | null;
  upload: TempUpload | null;
}

/** One upload being handled: the request and its answer, the form's boundary, its slot. */
interface UploadRequest {
  ctx: IndexContext;
  req: IncomingMessage;
  res: ServerResponse;
  boundary: string;
  fault: RequestNotes['fault'];
  slot: UploadSlot;
}

/**
 * Streams the request into the parser. Unlike `pipeline`, a parser that fails (a refusal, a failed write)
 * leaves the request alone, its rest read and discarded so that the answer reaches the client; a client
 * gone before its body ended stops the parser.
 */
function feed(req: IncomingMessage, parser: MultipartParser): Promise<void> {
  return new Promise((resolve, reject) => {
    const gone = (): void => {
      if (!req.complete) parser.destroy(new Error('the client closed the connection mid-body'));
    };
    const settle = (): void => void req.off('close', gone);
    req.once('close', gone);
    parser.once('finish', () => {
      settle();
      resolve();
    });
    parser.once('error', (error) => {
      settle();
      req.unpipe(parser);
      void discardRest(req);
      reject(error);
    });
    req.pipe(parser);
  });
}

/**
 * Lets the idle timeout close the connection only while the index waits for the client's bytes: not while it
 * holds back (the parser keeps bytes it has not handled yet: their write or digest is slow) nor once the body
 * is in (the index writes, syncs and decides). Node's timer starts again with the next read.
 */
function closeWhenClientSilent(req: IncomingMessage, res: ServerResponse, parser: MultipartParser): void {
  res.on('timeout', () => {
    const holdingBack = !parser.destroyed && parser.writableLength > 0;
    if (!req.complete && !holdingBack) req.socket?.destroy();
  });
}

/** Streams the body into `into`: fields kept, the `content` file written to `workDir` (digested on the way). */
async function receiveForm(upload: UploadRequest, workDir: string, into: ReceivedForm): Promise<void> {
  const { ctx, slot } = upload;
  const parser: MultipartParser = new MultipartParser({
    boundary: upload.boundary,
    maxFieldBytes: FORM_FIELDS_LIMIT,
    onField: (name, value) => into.fields.push([name, value]),
    onFile: (name, filename, type) => {
      into.fileFields.push(name);
      if (name !== 'content') return DISCARD; // gpg_signature and the like: PyPI ignores them now
      if (into.upload) throw new MultipartError('more than one file in the content field');
      into.contentType = type;
      // The temp file carries the real name, so archive readers see the name PyPI's checks use.
      const path = join(workDir, tempName(filename));
      into.upload = new TempUpload(ctx.store.system, path, filename, ctx.maxFileSize);
      return into.upload;
    },
    onConsumed: (bytes) => {
      bodyReceived(bytes);
      slot.hold(parser.heldBytes + (into.upload?.heldBytes ?? 0));
    },
  });
  closeWhenClientSilent(upload.req, upload.res, parser);
  try {
    await feed(upload.req, parser);
  } catch (error) {
    if (error instanceof MultipartError) throw new Refusal(400, `Invalid request: ${error.message}.`);
    throw error; // a failed write is answered; the client going away needs no answer
  }
}

/** Answers an upload that failed: PyPI's refusal, a failed write (5xx), or an internal error. */
function answerFailure(req: IncomingMessage, res: ServerResponse, error: unknown): void {
  if (res.headersSent || res.destroyed) return;
  if (error instanceof Refusal) return sendError(req, res, error.status, error.message, error.headers);
  if (error instanceof StorageWriteError) {
    const { status, message, headers } = writeFailureAnswer(error);
    return sendError(req, res, status, message, headers);
  }
  sendError(req, res, 500, `Internal error: ${(error as Error).message}`);
}

/**
 * PyPI's decision on a received form (the file stored when it passes), as the answer to send. Credentials
 * are looked at only now: PyPI reads the whole form first, and some answers come before authentication.
 */
async function decide(upload: UploadRequest, form: ReceivedForm): Promise<() => void> {
  const { ctx, req, res, fault } = upload;
  const query = new URL(req.url ?? '/', 'http://index.invalid').searchParams;
  const early = refusalBeforeAuthentication(form.fields, form.fileFields, query);
  if (early) throw early;
  const auth = authenticateUpload(req.headers.authorization, ctx.token, ctx.trusted);
  if (!auth.ok) throw new Refusal(auth.status, auth.message);
  const { status, message } = await acceptUpload(ctx, form.fields, form.upload, {
    fileFields: form.fileFields,
    contentType: form.contentType,
    identity: auth.identity,
  });
  if (fault === 'slow') await new Promise((resolve) => setTimeout(resolve, ctx.faults?.slowMs ?? 0));
  if (status === 200 && fault === 'stored-502') return () => sendError(req, res, 502, 'Bad Gateway');
  if (status === 200 && fault === 'stored-reset') return () => req.socket?.destroy();
  if (status === 200)
    return () => sendText(req, res, 200, 'text/plain; charset=utf-8', message ? `${message}\n` : 'OK\n');
  return () => sendError(req, res, status, message);
}

/** Receives the form into a fresh directory under `tmp/`, decides, answers once the directory is gone. */
async function receiveAndDecide(upload: UploadRequest): Promise<void> {
  const { fs } = upload.ctx.store.system;
  const name = `${Math.random().toString(36).slice(2)}${Date.now().toString(36)}`;
  const workDir = join(upload.ctx.store.dir, 'tmp', name);
  const form: ReceivedForm = { fields: [], fileFields: [], contentType: null, upload: null };
  let answer: () => void;
  try {
    await fs.mkdir(workDir).catch((error: unknown) => {
      throw writeFailure(error, 'receiving the file');
    });
    await receiveForm(upload, workDir, form);
    answer = await decide(upload, form);
  } catch (error) {
    answer = () => answerFailure(upload.req, upload.res, error);
  } finally {
    await form.upload?.release();
    await fs.rm(workDir, { recursive: true, force: true }).catch(() => undefined);
  }
  // Answered once `tmp/` holds nothing of it: what a client is told is what the storage holds. A refusal
  // mid-body is answered with the rest of the body discarded.
  await answerUnread(upload.req, upload.res, answer);
}

/** Handles one upload request; resolves once the response is sent. */
export async function handleUpload(
  ctx: IndexContext,
  req: IncomingMessage,
  res: ServerResponse,
  notes: RequestNotes,
): Promise<void> {
  if (await answeredWithoutBody(ctx, req, res, notes)) return;
  const boundary = multipartBoundary(req.headers['content-type']);
  if (!boundary) {
    const message = 'Invalid request: the upload must be multipart/form-data with a boundary.';
    await sendErrorUnread(req, res, 400, message);
    return;
  }
  const slot = ctx.uploads.take();
  if (!slot) {
    const message = `The index is receiving its limit of ${ctx.uploads.cap} uploads at once; retry shortly.`;
    const headers = { 'Retry-After': String(BUSY_RETRY_AFTER_SECONDS) };
    await sendErrorUnread(req, res, 503, message, headers);
    return;
  }
  try {
    await receiveAndDecide({ ctx, req, res, boundary, fault: notes.fault, slot });
  } finally {
    slot.release();
  }
}
