import { describe, expect, it } from '@jest/globals';
import { MultipartError, MultipartParser, multipartBoundary, parseContentDisposition } from './multipart.js';

const BOUNDARY = 'a1b2c3d4e5f6';

/** A body shaped like requests_toolbelt's MultipartEncoder output (what twine sends). */
function body(fields: [string, string][], file: { name: string; filename: string; data: Buffer }): Buffer {
  const parts: Buffer[] = [];
  for (const [name, value] of fields) {
    parts.push(
      Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`),
    );
  }
  parts.push(
    Buffer.from(
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.filename}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
  );
  parts.push(file.data, Buffer.from(`\r\n--${BOUNDARY}--\r\n`));
  return Buffer.concat(parts);
}

async function parse(
  chunks: Buffer[],
): Promise<{ fields: [string, string][]; files: Record<string, Buffer> }> {
  const fields: [string, string][] = [];
  const files: Record<string, Buffer> = {};
  const parser = new MultipartParser({
    boundary: BOUNDARY,
    onField: (name, value) => fields.push([name, value]),
    onFile: (name, filename) => {
      const got: Buffer[] = [];
      return {
        write: async (chunk) => {
          got.push(chunk);
          await Promise.resolve();
        },
        end: () => {
          files[`${name}:${filename}`] = Buffer.concat(got);
        },
      };
    },
  });
  await new Promise<void>((resolve, reject) => {
    parser.on('finish', resolve);
    parser.on('error', reject);
    for (const chunk of chunks) parser.write(chunk);
    parser.end();
  });
  return { fields, files };
}

describe('multipart parsing', () => {
  // Bytes that look like the start of a delimiter inside the file must survive.
  const data = Buffer.concat([
    Buffer.from('PK\x03\x04'),
    Buffer.from(`\r\n--${BOUNDARY.slice(0, 6)}`),
    Buffer.alloc(300, 7),
  ]);
  const fields: [string, string][] = [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['classifiers', 'A :: B'],
    ['classifiers', 'C :: D'],
    ['description', 'line one\r\nline two ünïcode'],
    ['empty', ''],
  ];
  const whole = body(fields, { name: 'content', filename: 'demo-1.0-py3-none-any.whl', data });

  it('reads fields in order, repeated fields included, and the file byte for byte', async () => {
    const got = await parse([whole]);
    expect(got.fields).toEqual(fields);
    expect(got.files['content:demo-1.0-py3-none-any.whl']).toEqual(data);
  });

  it('gives the same result however the body is split into chunks', async () => {
    for (let cut = 1; cut < whole.length; cut += 7) {
      const got = await parse([whole.subarray(0, cut), whole.subarray(cut)]);
      expect(got.fields).toEqual(fields);
      expect(got.files['content:demo-1.0-py3-none-any.whl']).toEqual(data);
    }
    for (let size = 2; size < 80; size += 1) {
      const chunks = Array.from({ length: Math.ceil(whole.length / size) }, (_, i) =>
        whole.subarray(i * size, (i + 1) * size),
      );
      const got = await parse(chunks);
      expect(got.fields).toEqual(fields);
      expect(got.files['content:demo-1.0-py3-none-any.whl']).toEqual(data);
    }
    const bytes = Array.from({ length: whole.length }, (_, i) => whole.subarray(i, i + 1));
    const got = await parse(bytes);
    expect(got.files['content:demo-1.0-py3-none-any.whl']).toEqual(data);
  });

  it('rejects a body that stops before the closing boundary', async () => {
    await expect(parse([whole.subarray(0, whole.length - 10)])).rejects.toThrow(MultipartError);
  });

  it('rejects fields larger than the limit', async () => {
    const parser = new MultipartParser({
      boundary: BOUNDARY,
      maxFieldBytes: 10,
      onField: () => undefined,
      onFile: () => ({ write: () => undefined, end: () => undefined }),
    });
    const done = new Promise((resolve, reject) => {
      parser.on('error', reject);
      parser.on('finish', resolve);
    });
    parser.end(
      body([['description', 'x'.repeat(100)]], { name: 'content', filename: 'f', data: Buffer.alloc(1) }),
    );
    await expect(done).rejects.toThrow('the form fields exceed 10 bytes');
  });
});

describe('multipart headers', () => {
  it('finds the boundary, quoted or not', () => {
    expect(multipartBoundary('multipart/form-data; boundary=abc')).toBe('abc');
    expect(multipartBoundary('Multipart/Form-Data; charset=utf-8; boundary="a b;c"')).toBe('a b;c');
    expect(multipartBoundary('application/json')).toBeNull();
    expect(multipartBoundary(undefined)).toBeNull();
  });

  it('reads name and filename, with quoted semicolons', () => {
    expect(parseContentDisposition('form-data; name="content"; filename="a;b.whl"')).toEqual({
      name: 'content',
      filename: 'a;b.whl',
    });
    expect(parseContentDisposition('form-data; name=plain')).toEqual({ name: 'plain', filename: null });
  });
});
