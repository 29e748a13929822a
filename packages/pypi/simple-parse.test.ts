import { describe, expect, it } from '@jest/globals';
import { parseSimpleJson } from './simple-api.js';
import { decodeEntities, parseSimpleHtml } from './simple-html.js';

const PAGE = 'https://pypi.org/simple/demo-pkg/';

describe('parseSimpleHtml (PEP 503)', () => {
  const html = `<!DOCTYPE html>
<html><head><meta name="pypi:repository-version" content="1.1"><title>Links for demo-pkg</title></head>
<body><h1>Links for demo-pkg</h1>
<a href="https://files.example/packages/aa/bb/demo_pkg-1.0.tar.gz#sha256=ABCDEF0123" data-requires-python="&gt;=3.8">demo_pkg-1.0.tar.gz</a><br />
<a href='../../packages/demo_pkg-1.0-py3-none-any.whl#sha256=0123' data-dist-info-metadata="sha256=feed" data-core-metadata="sha256=beef" data-yanked="broken &amp; bad">demo_pkg-1.0-py3-none-any.whl</a>
<a href="/packages/demo_pkg-0.9-py3-none-any.whl" data-yanked data-dist-info-metadata="true">demo_pkg-0.9-py3-none-any.whl</a>
<A HREF="demo_pkg-0.8.zip">  </A>
</body></html>`;
  const page = parseSimpleHtml(html, PAGE, 'demo-pkg');

  it('reads every anchor, resolving relative URLs and dropping the hash fragment', () => {
    expect(page.files.map((f) => [f.filename, f.url])).toEqual([
      ['demo_pkg-1.0.tar.gz', 'https://files.example/packages/aa/bb/demo_pkg-1.0.tar.gz'],
      ['demo_pkg-1.0-py3-none-any.whl', 'https://pypi.org/packages/demo_pkg-1.0-py3-none-any.whl'],
      ['demo_pkg-0.9-py3-none-any.whl', 'https://pypi.org/packages/demo_pkg-0.9-py3-none-any.whl'],
      ['demo_pkg-0.8.zip', 'https://pypi.org/simple/demo-pkg/demo_pkg-0.8.zip'],
    ]);
    expect(page.format).toBe('html');
    expect(page.apiVersion).toBe('1.1');
  });

  it('reads the hash fragment, data-requires-python, data-yanked and the core-metadata attributes', () => {
    const [sdist, wheel, old, zip] = page.files;
    expect(sdist).toMatchObject({
      hashes: { sha256: 'abcdef0123' },
      requiresPython: '>=3.8',
      yanked: false,
      coreMetadata: false,
    });
    expect(wheel).toMatchObject({
      yanked: true,
      yankedReason: 'broken & bad',
      coreMetadata: true,
      coreMetadataHashes: { sha256: 'beef' },
    });
    expect(old).toMatchObject({ yanked: true, coreMetadata: true });
    expect(old?.yankedReason).toBeUndefined();
    expect(zip?.hashes).toEqual({});
  });

  it('honours <base href>', () => {
    const based = parseSimpleHtml(
      '<base href="https://cdn.example/x/"><a href="f-1.0.tar.gz">f-1.0.tar.gz</a>',
      PAGE,
      'f',
    );
    expect(based.files[0]?.url).toBe('https://cdn.example/x/f-1.0.tar.gz');
  });

  it('decodes numeric and named character references', () => {
    expect(decodeEntities('&lt;4,&#62;=3.8&#x21;&bogus;')).toBe('<4,>=3.8!&bogus;');
  });
});

describe('parseSimpleJson (PEP 691)', () => {
  it('reads files, hashes, yanked reasons, core metadata and versions', () => {
    const page = parseSimpleJson(
      JSON.stringify({
        meta: { 'api-version': '1.1' },
        name: 'demo-pkg',
        versions: ['0.9', '1.0'],
        files: [
          {
            filename: 'demo_pkg-1.0.tar.gz',
            url: '../../packages/demo_pkg-1.0.tar.gz',
            hashes: { sha256: 'ABC' },
            'requires-python': '>=3.8',
            yanked: false,
            'core-metadata': false,
            size: 1314,
            'upload-time': '2025-01-01T00:00:00.000000Z',
          },
          {
            filename: 'demo_pkg-0.9-py3-none-any.whl',
            url: 'https://f.example/w.whl',
            hashes: {},
            yanked: 'oops',
            'dist-info-metadata': { sha256: 'Feed' },
          },
          { url: 'missing-filename' },
        ],
      }),
      PAGE,
    );
    expect(page.versions).toEqual(['0.9', '1.0']);
    expect(page.apiVersion).toBe('1.1');
    expect(page.files).toEqual([
      {
        filename: 'demo_pkg-1.0.tar.gz',
        url: 'https://pypi.org/packages/demo_pkg-1.0.tar.gz',
        hashes: { sha256: 'abc' },
        requiresPython: '>=3.8',
        yanked: false,
        coreMetadata: false,
        size: 1314,
        uploadTime: '2025-01-01T00:00:00.000000Z',
      },
      {
        filename: 'demo_pkg-0.9-py3-none-any.whl',
        url: 'https://f.example/w.whl',
        hashes: {},
        yanked: true,
        yankedReason: 'oops',
        coreMetadata: true,
        coreMetadataHashes: { sha256: 'feed' },
      },
    ]);
  });

  it('refuses what is not a project page', () => {
    expect(() => parseSimpleJson('<html>', PAGE)).toThrow(/not valid PEP 691 JSON/);
    expect(() => parseSimpleJson('{"projects": []}', PAGE)).toThrow(/'name' or 'files' missing/);
  });
});
