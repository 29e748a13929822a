/** A streaming multipart/form-data parser: fields in memory, file parts handed to a sink chunk by chunk. */
import { Writable } from 'node:stream';

/** Where a file part's bytes go; `write` may return a promise to apply backpressure. */
export interface FileSink {
  write(chunk: Buffer): void | Promise<void>;
  end(): void | Promise<void>;
}

/** Callbacks and limits for one multipart body. */
export interface MultipartOptions {
  boundary: string;
  /** Called for every non-file part, in order. */
  onField(name: string, value: string): void;
  /** Called when a file part starts (`contentType` null when it has none); returns where its bytes go. */
  onFile(name: string, filename: string, contentType: string | null): FileSink;
  /** Largest total size of all non-file parts together (bytes). */
  maxFieldBytes?: number;
  /** Largest header block of one part (bytes). */
  maxHeaderBytes?: number;
  /** Called after each chunk of `bytes` was taken in (and its file bytes handed on): a moment to read `heldBytes`. */
  onConsumed?: (bytes: number) => void;
}

/** Raised for a body that is not well-formed multipart; the message says what is wrong. */
export class MultipartError extends Error {
  override name = 'MultipartError';
}

/**
 * Body chunks queued for the parser while it handles one: with node's default (16 KiB) the request is
 * paused, and its socket stops and restarts reading, after nearly every 64 KiB chunk of a fast upload.
 */
export const PARSER_QUEUE_BYTES = 256 * 1024;

const CRLF = Buffer.from('\r\n');
const HEADER_END = Buffer.from('\r\n\r\n');

type State = 'preamble' | 'after-boundary' | 'headers' | 'body' | 'done';

interface Part {
  name: string;
  filename: string | null;
  sink: FileSink | null;
  chunks: Buffer[];
}

/** The `boundary` parameter of a multipart/form-data Content-Type, or null when it is not one. */
export function multipartBoundary(contentType: string | undefined): string | null {
  if (!contentType) return null;
  const semi = contentType.indexOf(';');
  const type = (semi < 0 ? contentType : contentType.slice(0, semi)).trim().toLowerCase();
  if (type !== 'multipart/form-data' || semi < 0) return null;
  const match = /;\s*boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(contentType.slice(semi));
  const value = match ? (match[1] ?? match[2] ?? '') : '';
  return value.length > 0 && value.length <= 200 ? value : null;
}

/** Parses `name` and `filename` out of a Content-Disposition header value. */
export function parseContentDisposition(value: string): { name: string | null; filename: string | null } {
  const result: { name: string | null; filename: string | null } = { name: null, filename: null };
  // Quoted values may contain ';', so walk the parameters with a small tokenizer rather than split.
  const re = /;\s*([A-Za-z0-9_*-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^;\s]*))/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(value)) !== null) {
    const key = (match[1] ?? '').toLowerCase();
    // Python's cgi undoes only \\ and \" in a quoted value; any other backslash stays (`\rehearsal.tar.gz`).
    const raw = match[2] !== undefined ? match[2].replace(/\\([\\"])/g, '$1') : (match[3] ?? '');
    if (key === 'name') result.name = raw;
    else if (key === 'filename') result.filename = raw;
  }
  return result;
}

/**
 * A Writable that parses one multipart/form-data body. Memory stays bounded by the field limit plus one
 * chunk: file bytes are passed on as they arrive, keeping back only a delimiter's length at a chunk's end.
 */
export class MultipartParser extends Writable {
  private state: State = 'preamble';
  private buffer: Buffer = Buffer.alloc(0);
  private readonly dashBoundary: Buffer;
  private readonly delimiter: Buffer;
  private part: Part | null = null;
  private fieldBytes = 0;
  private readonly maxFieldBytes: number;
  private readonly maxHeaderBytes: number;

  constructor(private readonly options: MultipartOptions) {
    super({ highWaterMark: PARSER_QUEUE_BYTES });
    this.dashBoundary = Buffer.from(`--${options.boundary}`, 'latin1');
    this.delimiter = Buffer.from(`\r\n--${options.boundary}`, 'latin1');
    this.maxFieldBytes = options.maxFieldBytes ?? 32 * 1024 * 1024;
    this.maxHeaderBytes = options.maxHeaderBytes ?? 16 * 1024;
  }

  /** Bytes this parser holds: the field values so far, its window on the input and the chunks queued for it. */
  get heldBytes(): number {
    return this.fieldBytes + this.buffer.length + this.writableLength;
  }

  override _write(chunk: Buffer, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.consume(chunk).then(
      () => {
        this.options.onConsumed?.(chunk.length);
        callback();
      },
      (error: Error) => callback(error),
    );
  }

  override _final(callback: (error?: Error | null) => void): void {
    if (this.state !== 'done') {
      callback(new MultipartError('the multipart body ended before its closing boundary'));
      return;
    }
    callback();
  }

  private async consume(chunk: Buffer): Promise<void> {
    if (
      this.state === 'body' &&
      this.buffer.length > 0 &&
      this.buffer.length < this.delimiter.length &&
      chunk.length >= this.delimiter.length
    ) {
      // Inside a file the buffer holds only the few bytes kept back at the last chunk's end. Unless a
      // delimiter starts among them, pass them on and take the new chunk as it is: no copy of every chunk.
      const window = Buffer.concat([this.buffer, chunk.subarray(0, this.delimiter.length - 1)]);
      const at = window.indexOf(this.delimiter);
      if (at < 0 || at >= this.buffer.length) {
        const part = this.part;
        if (part) await this.emitData(part, this.buffer);
        this.buffer = chunk;
      } else {
        this.buffer = Buffer.concat([this.buffer, chunk]);
      }
    } else {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk]);
    }
    for (;;) {
      const progressed = await this.step();
      if (!progressed) return;
    }
  }

  /** Advances the state machine once; false when more input is needed. */
  private async step(): Promise<boolean> {
    switch (this.state) {
      case 'preamble':
        return this.stepPreamble();
      case 'after-boundary':
        return this.stepAfterBoundary();
      case 'headers':
        return this.stepHeaders();
      case 'body':
        return this.stepBody();
      case 'done':
        this.buffer = Buffer.alloc(0); // the epilogue is ignored
        return false;
    }
  }

  private stepPreamble(): boolean {
    // The first boundary may sit at the very start (no CRLF before it) or after a preamble.
    if (
      this.buffer.length >= this.dashBoundary.length &&
      this.buffer.subarray(0, this.dashBoundary.length).equals(this.dashBoundary)
    ) {
      this.buffer = this.buffer.subarray(this.dashBoundary.length);
      this.state = 'after-boundary';
      return true;
    }
    const at = this.buffer.indexOf(this.delimiter);
    if (at < 0) {
      if (this.buffer.length > 64 * 1024) throw new MultipartError('no multipart boundary found in the body');
      return false;
    }
    this.buffer = this.buffer.subarray(at + this.delimiter.length);
    this.state = 'after-boundary';
    return true;
  }

  private stepAfterBoundary(): boolean {
    if (this.buffer.length < 2) return false;
    if (this.buffer[0] === 0x2d && this.buffer[1] === 0x2d) {
      this.state = 'done';
      return true;
    }
    // RFC 2046 allows linear whitespace between the boundary and its CRLF.
    const eol = this.buffer.indexOf(CRLF);
    if (eol < 0) {
      if (this.buffer.length > 256) throw new MultipartError('malformed multipart boundary line');
      return false;
    }
    if (this.buffer.subarray(0, eol).toString('latin1').trim() !== '') {
      throw new MultipartError('malformed multipart boundary line');
    }
    this.buffer = this.buffer.subarray(eol + 2);
    this.state = 'headers';
    return true;
  }

  private stepHeaders(): boolean {
    // A part with no headers at all starts directly with the blank line.
    let headerBlock: string;
    if (this.buffer.length >= 2 && this.buffer[0] === 0x0d && this.buffer[1] === 0x0a) {
      headerBlock = '';
      this.buffer = this.buffer.subarray(2);
    } else {
      const end = this.buffer.indexOf(HEADER_END);
      if (end < 0) {
        if (this.buffer.length > this.maxHeaderBytes)
          throw new MultipartError('a multipart part header is too large');
        return false;
      }
      headerBlock = this.buffer.subarray(0, end).toString('utf8');
      this.buffer = this.buffer.subarray(end + HEADER_END.length);
    }
    this.part = this.openPart(headerBlock);
    this.state = 'body';
    return true;
  }

  private openPart(headerBlock: string): Part {
    let disposition: string | null = null;
    let contentType: string | null = null;
    for (const line of headerBlock.split('\r\n')) {
      const colon = line.indexOf(':');
      if (colon < 0) continue;
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') disposition = value;
      else if (key === 'content-type') contentType = value;
    }
    if (disposition === null) throw new MultipartError('a multipart part has no Content-Disposition header');
    const { name, filename } = parseContentDisposition(disposition);
    if (name === null) throw new MultipartError('a multipart part has no name');
    const sink = filename !== null ? this.options.onFile(name, filename, contentType) : null;
    return { name, filename, sink, chunks: [] };
  }

  private async stepBody(): Promise<boolean> {
    const part = this.part;
    if (!part) throw new MultipartError('internal: body without a part');
    const at = this.buffer.indexOf(this.delimiter);
    if (at < 0) {
      // Keep back what could be the start of a delimiter split across chunks.
      const keep = Math.min(this.buffer.length, this.delimiter.length - 1);
      const emit = this.buffer.length - keep;
      if (emit > 0) {
        await this.emitData(part, this.buffer.subarray(0, emit));
        this.buffer = this.buffer.subarray(emit);
      }
      return false;
    }
    if (at > 0) await this.emitData(part, this.buffer.subarray(0, at));
    this.buffer = this.buffer.subarray(at + this.delimiter.length);
    await this.closePart(part);
    this.part = null;
    this.state = 'after-boundary';
    return true;
  }

  private async emitData(part: Part, data: Buffer): Promise<void> {
    if (part.sink) {
      // No copy needed: buffers are only ever re-sliced here, never written to.
      await part.sink.write(data);
      return;
    }
    this.fieldBytes += data.length;
    if (this.fieldBytes > this.maxFieldBytes) {
      throw new MultipartError(`the form fields exceed ${this.maxFieldBytes} bytes`);
    }
    part.chunks.push(data);
  }

  private async closePart(part: Part): Promise<void> {
    if (part.sink) {
      await part.sink.end();
      return;
    }
    this.options.onField(part.name, Buffer.concat(part.chunks).toString('utf8'));
  }
}
