import { describe, expect, it } from '@jest/globals';
import { closeSync, openSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { multipartBody, newBoundary, quoteParam } from './multipart.js';

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
      expect(await text(body.open())).toBe(expected);
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
      expect(await text(body.open())).toBe(await text(body.open()));
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
