import { describe, expect, it } from '@jest/globals';
import { MANIFEST_SCHEMA, parseManifest, serializeManifest } from './index.js';

const hex = (c: string) => c.repeat(64);
const file = (name: string) => ({
  file: name,
  size: 10,
  sha256: hex('a'),
  blake2b_256: hex('b'),
  origin: 'wheels-linux',
});

describe('manifest', () => {
  it('round-trips with files sorted by name', () => {
    const manifest = { schema: MANIFEST_SCHEMA, files: [file('b.whl'), file('a.tar.gz')] } as const;
    const text = serializeManifest({ ...manifest, files: [...manifest.files] });
    expect(parseManifest(text, 'm.json').files.map((f) => f.file)).toEqual(['a.tar.gz', 'b.whl']);
  });

  it.each([
    ['{', /^m.json: not valid JSON/],
    ['{"schema":"other","files":[]}', /^m.json: schema must be "release-actions\/manifest@1"/],
    [`{"schema":"${MANIFEST_SCHEMA}","files":[]}`, 'm.json: lists no files; a release needs at least one'],
    [
      JSON.stringify({ schema: MANIFEST_SCHEMA, files: [{ ...file('x.whl'), sha256: 'ABC' }] }),
      'm.json: files[0].sha256 must be 64 lower-case hex digits, got "ABC"',
    ],
    [
      JSON.stringify({ schema: MANIFEST_SCHEMA, files: [file('../x.whl')] }),
      'm.json: files[0].file must be a plain file name, got "../x.whl"',
    ],
    [
      JSON.stringify({ schema: MANIFEST_SCHEMA, files: [file('x.whl'), file('x.whl')] }),
      'm.json: x.whl is listed twice',
    ],
    // Issue 19 item 7: paths by Windows rules, and names that differ only in case.
    [
      JSON.stringify({ schema: MANIFEST_SCHEMA, files: [file('sub\\pkg-1.0-py3-none-any.whl')] }),
      'm.json: files[0].file must be a plain file name, got "sub\\\\pkg-1.0-py3-none-any.whl"',
    ],
    [
      JSON.stringify({ schema: MANIFEST_SCHEMA, files: [file('C:pkg-1.0-py3-none-any.whl')] }),
      'm.json: files[0].file must be a plain file name, got "C:pkg-1.0-py3-none-any.whl"',
    ],
    [
      JSON.stringify({ schema: MANIFEST_SCHEMA, files: [file('Pkg-1.0.tar.gz'), file('pkg-1.0.tar.gz')] }),
      'm.json: Pkg-1.0.tar.gz and pkg-1.0.tar.gz differ only in case, which Windows and macOS file systems do not tell apart',
    ],
    [
      JSON.stringify({ schema: MANIFEST_SCHEMA, files: [{ ...file('x.whl'), size: -1 }] }),
      'm.json: files[0].size must be a byte count, got -1',
    ],
  ])('refuses %s', (text, message) => {
    expect(() => parseManifest(text, 'm.json')).toThrow(message);
  });
});
