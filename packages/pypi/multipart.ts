/**
 * multipart/form-data framed byte for byte as twine's encoder (requests_toolbelt) frames it, with the file
 * part streamed from an open descriptor: constant memory and a Content-Length known before sending.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { Readable } from 'node:stream';
import type { FormField } from '../dists/index.js';
import type { StreamedBody } from './http-client.js';

export type { FormField };

/** The file part: read `size` bytes from `fd` from offset 0. */
export interface FilePart {
  field: string;
  filename: string;
  contentType: string;
  fd: number;
  size: number;
}

/** A multipart body: its Content-Type header and a re-openable stream of known length. */
export interface MultipartBody extends StreamedBody {
  contentType: string;
  boundary: string;
}

/** A boundary as requests_toolbelt makes them: 32 random hex digits. */
export function newBoundary(): string {
  return randomBytes(16).toString('hex');
}

/** Build the body: every field, then the file part, then the closing boundary. */
export function multipartBody(
  fields: readonly FormField[],
  file: FilePart,
  boundary = newBoundary(),
): MultipartBody {
  const head = Buffer.concat([
    ...fields.map(([name, value]) =>
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${quoteParam(name)}"\r\n\r\n${value}\r\n`,
        'utf8',
      ),
    ),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="${quoteParam(file.field)}"; filename="${quoteParam(file.filename)}"\r\n` +
        `Content-Type: ${file.contentType}\r\n\r\n`,
      'utf8',
    ),
  ]);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8');
  return {
    boundary,
    contentType: `multipart/form-data; boundary=${boundary}`,
    length: head.length + file.size + tail.length,
    open: () => Readable.from(parts(head, file, tail), { objectMode: false }),
  };
}

async function* parts(head: Buffer, file: FilePart, tail: Buffer): AsyncGenerator<Buffer> {
  yield head;
  if (file.size > 0) {
    // autoClose off: the caller owns the descriptor and may send the body again on a retry.
    const stream = createReadStream('', {
      fd: file.fd,
      start: 0,
      end: file.size - 1,
      autoClose: false,
      highWaterMark: 1 << 16,
    });
    for await (const chunk of stream) yield chunk as Buffer;
  }
  yield tail;
}

/** urllib3's HTML5-style parameter quoting (the one requests_toolbelt uses): `"` → %22, `\` doubled, controls %XX. */
export function quoteParam(value: string): string {
  return value.replace(/[\\"\u0000-\u001a\u001c-\u001f]/g, (ch) => {
    if (ch === '\\') return '\\\\';
    return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  });
}
