import { describe, expect, it } from '@jest/globals';
import { closeSync, openSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { multipartBody, newBoundary, quoteParam, type MultipartBody } from './multipart.js';

/** The body as the server receives it; chunks are copied because the body reuses its buffers. */
async function text(body: MultipartBody): Promise<string> {
  const chunks: Buffer[] = [];
  await body.writeTo(async (chunk) => {
    chunks.push(Buffer.from(chunk));
  });
  return Buffer.concat(chunks).toString('utf8');
}

function withFile(content: string, run: (fd: number, size: number) => Promise<void>): Promise<void> {
  const path = join(mkdtempSync(join(tmpdir(), 'multipart-')), 'x.whl');
  writeFileSync(path, content);
  const fd = openSync(path, 'r');
  return run(fd, Buffer.byteLength(content)).finally(() => closeSync(fd));
}

describe('multipartBody', () => {
  it('frames fields and the file as requests_toolbelt does, with an exact length', async () => {
    await withFile('PK\u0003\u0004data', async (fd, size) => {
      const body = multipartBody(
        [
          [':action', 'file_upload'],
          ['description', '# Demo\n\nHello é\n'],
        ],
        {
          field: 'content',
          filename: 'demo-1.0-py3-none-any.whl',
          contentType: 'application/octet-stream',
          fd,
          size,
        },
        'b0undary',
      );
      const expected =
        '--b0undary\r\nContent-Disposition: form-data; name=":action"\r\n\r\nfile_upload\r\n' +
        '--b0undary\r\nContent-Disposition: form-data; name="description"\r\n\r\n# Demo\n\nHello é\n\r\n' +
        '--b0undary\r\nContent-Disposition: form-data; name="content"; filename="demo-1.0-py3-none-any.whl"\r\n' +
        'Content-Type: application/octet-stream\r\n\r\nPK\u0003\u0004data\r\n--b0undary--\r\n';
      expect(body.contentType).toBe('multipart/form-data; boundary=b0undary');
      expect(await text(body)).toBe(expected);
      expect(body.length).toBe(Buffer.byteLength(expected));
    });
  });

  it('can be opened again (a retry re-sends from the start)', async () => {
    await withFile('abc', async (fd, size) => {
      const body = multipartBody([], {
        field: 'content',
        filename: 'f',
        contentType: 'application/octet-stream',
        fd,
        size,
      });
      expect(await text(body)).toBe(await text(body));
    });
  });

  it('sends a file larger than its buffers intact, without reusing a buffer still being written', async () => {
    const content = Array.from({ length: 300_000 }, (_, i) => String.fromCharCode(97 + (i % 26))).join('');
    await withFile(content, async (fd, size) => {
      const body = multipartBody([], { field: 'content', filename: 'f', contentType: 'x', fd, size }, 'b');
      // A slow sink: if the next chunk were read into the buffer still being written, the copy would differ.
      const chunks: Buffer[] = [];
      await body.writeTo(async (chunk) => {
        const seen = Buffer.from(chunk);
        await new Promise((resolve) => setTimeout(resolve, 1));
        expect(chunk.equals(seen)).toBe(true);
        chunks.push(seen);
      });
      const sent = Buffer.concat(chunks).toString('utf8');
      expect(sent).toContain(content);
      expect(Buffer.byteLength(sent)).toBe(body.length);
    });
  });

  it('uses 32 hex digits for a boundary', () => {
    expect(newBoundary()).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('quoteParam (urllib3 HTML5 style)', () => {
  it('escapes quotes, backslashes and control characters except ESC', () => {
    expect(quoteParam('a"b\\c\r\n\u001b')).toBe('a%22b\\\\c%0D%0A\u001b');
    expect(quoteParam('Demo.Pkg-1.0.0.tar.gz')).toBe('Demo.Pkg-1.0.0.tar.gz');
  });
});
