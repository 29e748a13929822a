/** One upload to the legacy API (`POST /legacy/`), the body framed as twine frames it and streamed from disk. */
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { basicAuthorization, resolveAuth, type UploadAuth } from './auth.js';
import { defaultHttpClient } from './default-client.js';
import { NetworkError, PypiError } from './errors.js';
import type { HttpClient } from './http-client.js';
import type { IndexUrls } from './index-urls.js';
import { multipartBody, type FormField } from './multipart.js';
import { classifyUploadFailure, classifyUploadResponse, type UploadOutcome } from './upload-outcome.js';

/** One file to upload. */
export interface UploadRequest {
  urls: IndexUrls;
  /** Path of the wheel or sdist on disk. */
  path: string;
  /** The filename sent to the index (default: the path's base name). */
  filename?: string;
  /**
   * Every form field except `content`, in order: `uploadFormFields(metadata, fileInfo)` from packages/dists
   * (`:action`, `protocol_version`, metadata, `pyversion`, `filetype`, digests).
   */
  fields: readonly FormField[];
  auth: UploadAuth;
  client?: HttpClient;
  /** Inactivity timeout (default 300 s: PyPI checks a large file before it answers). */
  timeoutMs?: number;
}

const DEFAULT_UPLOAD_TIMEOUT_MS = 300_000;
const REQUIRED_FIELDS = [':action', 'protocol_version', 'name', 'version', 'filetype'];

/**
 * Upload one file once. Never throws for HTTP or network trouble — that is classified in the outcome —
 * only for local problems (file missing, fields incomplete).
 */
export async function uploadFile(request: UploadRequest): Promise<UploadOutcome> {
  checkFields(request.fields, request.path);
  const handle = await open(request.path, 'r').catch((err: NodeJS.ErrnoException) => {
    throw new PypiError(`cannot read ${request.path}: ${err.code ?? err.message}`, { cause: err });
  });
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) throw new PypiError(`${request.path} is not a regular file`);
    const body = multipartBody(request.fields, {
      field: 'content',
      filename: request.filename ?? basename(request.path),
      contentType: 'application/octet-stream',
      fd: handle.fd,
      size: stat.size,
    });
    const auth = await resolveAuth(request.auth);
    const client = request.client ?? defaultHttpClient();
    let response;
    try {
      response = await client.request({
        method: 'POST',
        url: request.urls.upload,
        headers: { 'Content-Type': body.contentType, Authorization: basicAuthorization(auth) },
        body,
        timeoutMs: request.timeoutMs ?? DEFAULT_UPLOAD_TIMEOUT_MS,
      });
    } catch (err) {
      if (err instanceof NetworkError) return classifyUploadFailure(err);
      throw err;
    }
    return classifyUploadResponse(response);
  } finally {
    await handle.close();
  }
}

/** The first value of a form field. */
export function fieldValue(fields: readonly FormField[], name: string): string | undefined {
  return fields.find(([key]) => key === name)?.[1];
}

function checkFields(fields: readonly FormField[], path: string): void {
  const names = new Set(fields.map(([name]) => name));
  const missing = REQUIRED_FIELDS.filter((name) => !names.has(name));
  if (missing.length > 0) {
    throw new PypiError(
      `upload form for ${path} lacks ${missing.join(', ')}: build it with uploadFormFields(metadata, fileInfo)`,
    );
  }
  if (!names.has('sha256_digest') && !names.has('md5_digest')) {
    throw new PypiError(
      `upload form for ${path} carries no digest: pass the file's hashes to uploadFormFields`,
    );
  }
  if (names.has('content'))
    throw new PypiError(`upload form for ${path} must not contain 'content': the file part is added here`);
}
