/**
 * multipart/form-data framed byte for byte as twine's encoder (requests_toolbelt) frames it, with the file
 * part streamed from an open descriptor: constant memory and a Content-Length known before sending.
 */
import { read } from 'node:fs';
import { promisify } from 'node:util';
import { BufferPool } from '../dists/index.js';
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

/** A multipart body: its Content-Type header and a body of known length that can be sent again. */
export interface MultipartBody extends StreamedBody {
  contentType: string;
  boundary: string;
}

/** A boundary as requests_toolbelt makes them: 32 random hex digits. */
export function newBoundary(): string {
  return Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(16))).toString('hex');
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
    writeTo: async (sink) => {
      await sink(head);
      await writeFileRange(file, sink);
      await sink(tail);
    },
  };
}

const readAt = promisify(read);
/**
 * Two chunks per upload in flight (the action sends up to 32 at once), pooled across files and retries.
 * 256 KiB rather than 64: a quarter of the reads through libuv's thread pool, about 8% off a 1 GiB upload.
 */
const chunks = new BufferPool(1 << 18, 64);

/**
 * Sends the file through two buffers in turn: the next chunk is read while the previous one is being
 * written, and no buffer is reused before the sink has let go of it. A read stream would allocate a fresh
 * chunk per read, and over a 1 GiB wheel that garbage alone outgrows the action's memory budget.
 * The caller owns the descriptor (a retry sends the body again), so it is read by offset, never closed.
 */
async function writeFileRange(file: FilePart, sink: (chunk: Buffer) => Promise<void>): Promise<void> {
  const memory = [chunks.take(), chunks.take()];
  let writing: Promise<void> = Promise.resolve();
  try {
    const buffers = memory.map((m) => Buffer.from(m));
    for (let offset = 0, turn = 0; offset < file.size; turn ^= 1) {
      const buffer = buffers[turn] as Buffer;
      const length = Math.min(buffer.length, file.size - offset);
      const { bytesRead } = await readAt(file.fd, buffer, 0, length, offset);
      if (bytesRead === 0) break; // The file shrank; the sender's length check reports it.
      offset += bytesRead;
      await writing;
      writing = sink(buffer.subarray(0, bytesRead));
      // Observed at the next await; until then a failure must not count as unhandled.
      writing.catch(() => undefined);
    }
    await writing;
  } finally {
    // Only once the last write let go of its chunk (a failed one rejects after the socket dropped it).
    await writing.catch(() => undefined);
    for (const m of memory) chunks.give(m);
  }
}

/** urllib3's HTML5-style parameter quoting (the one requests_toolbelt uses): `"` → %22, `\` doubled, controls %XX. */
export function quoteParam(value: string): string {
  return value.replace(/[\\"\u0000-\u001a\u001c-\u001f]/g, (ch) => {
    if (ch === '\\') return '\\\\';
    return `%${ch.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`;
  });
}
