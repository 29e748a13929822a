import { afterEach, describe, expect, it } from '@jest/globals';
import * as nodeFs from 'node:fs/promises';
import { connect } from 'node:net';
import type {
  IndexOptions,
  RunningIndex,
  StorageFs,
  StorageHandle,
} from '../../packages/local-index/index.js';
import { FaultyFs } from './support/faulty-fs.js';
import { startTestIndex, type TestIndex } from './support/index-helpers.js';

/** What a client that sends its whole request before reading (as twine's requests does) got back. */
interface Received {
  status: number | null;
  reason: string;
  headers: string;
  /** The error the connection ended with, if any (EPIPE, ECONNRESET: no answer). */
  error: string | null;
}

const BOUNDARY = 'answer-test-boundary';

/** A multipart body: `fields`, then a `content` file of `fileBytes` zero bytes. */
function formBody(fields: [string, string | Buffer][], fileBytes: number): Buffer[] {
  const parts: Buffer[] = [];
  for (const [name, value] of fields)
    parts.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`),
      Buffer.from(value),
      Buffer.from('\r\n'),
    );
  parts.push(
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="content"; filename="demo-1.0-py3-none-any.whl"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
  );
  for (let left = fileBytes; left > 0; left -= 1024 * 1024)
    parts.push(Buffer.alloc(Math.min(left, 1024 * 1024)));
  parts.push(Buffer.from(`\r\n--${BOUNDARY}--\r\n`));
  return parts;
}

/**
 * POSTs `body` on a raw connection, writing all of it before reading anything (the answer waits in the
 * kernel meanwhile), then reads the answer. An index that closes with body unread resets the connection:
 * the writes fail and the answer is lost.
 */
function sendThenRead(index: RunningIndex, path: string, body: Buffer[], close: boolean): Promise<Received> {
  const length = body.reduce((sum, part) => sum + part.length, 0);
  const head =
    `POST ${path} HTTP/1.1\r\nHost: ${new URL(index.url).host}\r\n` +
    `Content-Type: multipart/form-data; boundary=${BOUNDARY}\r\nContent-Length: ${length}\r\n` +
    `Authorization: Basic ${Buffer.from('__token__:s3cret').toString('base64')}\r\n` +
    (close ? 'Connection: close\r\n' : '') +
    '\r\n';
  return new Promise((resolve) => {
    const socket = connect(index.port, '127.0.0.1');
    socket.pause();
    let text = '';
    let error: string | null = null;
    const finish = (): void => {
      const match = /^HTTP\/1\.1 (\d{3}) ([^\r]*)\r\n([\s\S]*?)\r\n\r\n/.exec(text);
      resolve({
        status: match ? Number(match[1]) : null,
        reason: match?.[2] ?? '',
        headers: match?.[3] ?? '',
        error,
      });
      socket.destroy();
    };
    socket.on('error', (e: NodeJS.ErrnoException) => {
      error ??= e.code ?? e.message;
      finish();
    });
    socket.on('data', (chunk: Buffer) => {
      text += chunk.toString('latin1');
      // One answer is all we wait for: its head and a body of its Content-Length.
      const headEnd = text.indexOf('\r\n\r\n');
      const declared = /content-length: (\d+)/i.exec(text.slice(0, headEnd));
      if (headEnd >= 0 && declared && text.length - headEnd - 4 >= Number(declared[1])) finish();
    });
    socket.on('end', finish);
    const send = async (): Promise<void> => {
      for (const part of [Buffer.from(head), ...body]) {
        if (socket.destroyed) return;
        if (!socket.write(part)) await new Promise((r) => socket.once('drain', r));
      }
      socket.resume();
    };
    socket.on('connect', () => void send());
  });
}

const FIELDS: [string, string][] = [
  [':action', 'file_upload'],
  ['protocol_version', '1'],
];
const BIG = 32 * 1024 * 1024;
const started: TestIndex[] = [];

async function index(options: Partial<IndexOptions> = {}): Promise<TestIndex> {
  const running = await startTestIndex({ token: 's3cret', ...options });
  started.push(running);
  return running;
}

afterEach(async () => {
  await Promise.all(started.splice(0).map((running) => running.stop()));
});

describe('every upload gets an HTTP answer, even one refused before its body was read', () => {
  it.each([false, true])('form fields over the limit, mid-body (Connection: close %s)', async (close) => {
    const target = await index();
    const description = Buffer.alloc(5 * 1024 * 1024, 'a');
    const got = await sendThenRead(
      target,
      '/legacy/',
      formBody([...FIELDS, ['description', description]], BIG),
      close,
    );
    expect(got).toMatchObject({
      status: 400,
      reason: 'Invalid request: the form fields exceed 4194304 bytes.',
      error: null,
    });
  });

  it.each([false, true])(
    'the disk full at the first write of the file (Connection: close %s)',
    async (close) => {
      const storageSystem = {
        fs: new FaultyFs().fail({ call: 'writev', path: /tmp/, code: 'ENOSPC' }),
        platform: process.platform,
      };
      const target = await index({ storageSystem });
      const got = await sendThenRead(target, '/legacy/', formBody(FIELDS, BIG), close);
      expect(got).toMatchObject({ status: 503, error: null });
      expect(got.headers).toMatch(/^retry-after: 30$/im);
    },
  );

  it.each([false, true])('every upload slot taken (Connection: close %s)', async (close) => {
    const target = await index({ maxConcurrentUploads: 1 });
    const holder = connect(target.port, '127.0.0.1');
    holder.write(
      `POST /legacy/ HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=${BOUNDARY}\r\n` +
        `Content-Length: 100000000\r\n\r\n--${BOUNDARY}\r\n`,
    );
    try {
      while (target.load().active < 1) await new Promise((r) => setTimeout(r, 10));
      const got = await sendThenRead(target, '/legacy/', formBody(FIELDS, BIG), close);
      expect(got).toMatchObject({ status: 503, error: null });
      expect(got.headers).toMatch(/^retry-after: 2$/im);
    } finally {
      holder.destroy();
    }
  });

  it.each([false, true])('the upload URL without its slash (Connection: close %s)', async (close) => {
    const target = await index();
    const got = await sendThenRead(target, '/legacy', formBody(FIELDS, BIG), close);
    expect(got).toMatchObject({ status: 308, error: null });
  });

  it('a storage slower than the idle timeout: the index holding back is not the client going silent', async () => {
    // Each write of the file takes 400 ms, the idle timeout is 300 ms: the index stops reading meanwhile.
    const slowWrites: StorageFs = {
      ...nodeFs,
      open: async (path, mode) => {
        const handle = (await nodeFs.open(path, mode)) as unknown as StorageHandle;
        if (mode !== 'wx') return handle;
        const writev = handle.writev.bind(handle);
        return Object.assign(handle, {
          writev: async (buffers: Uint8Array[]) => {
            await new Promise((r) => setTimeout(r, 400));
            return writev(buffers);
          },
        });
      },
    };
    const target = await index({
      idleTimeoutMs: 300,
      storageSystem: { fs: slowWrites, platform: process.platform },
    });
    const got = await sendThenRead(target, '/legacy/', formBody(FIELDS, 2 * 1024 * 1024), false);
    expect(got).toMatchObject({ status: 400, error: null });
  });
});
