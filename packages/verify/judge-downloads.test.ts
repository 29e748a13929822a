import { describe, expect, it } from '@jest/globals';
import { compareFiles } from './compare-files.js';
import type { Download } from './download-files.js';
import { judgeDownloads, listedUrls, pendingDownloads } from './judge-downloads.js';
import type { ExpectedFile, FileCheck, IndexEntry } from './types.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const sdist: ExpectedFile = { filename: 'pkg-1.0.tar.gz', size: 10, sha256: A };
const URL_A = 'https://files.example/p/pkg-1.0.tar.gz';
const URL_B = 'https://mirror.example/p/pkg-1.0.tar.gz';

function listedAt(jsonUrl: string | undefined, simpleUrl: string | undefined): FileCheck {
  const entry = (url: string | undefined): IndexEntry => ({
    sha256: A,
    size: 10,
    yanked: false,
    ...(url ? { url } : {}),
  });
  const [check] = compareFiles([sdist], {
    json: new Map([[sdist.filename, entry(jsonUrl)]]),
    simple: new Map([[sdist.filename, entry(simpleUrl)]]),
  });
  return check as FileCheck;
}

const served = (url: string, sha256: string | null, size: number): [string, Download] => [
  url,
  { url, sha256, size },
];

describe('judging what the index served', () => {
  it('downloads each URL a file is listed at once, and only files listed with the right hash', () => {
    const ok = listedAt(URL_A, URL_A);
    expect(listedUrls(ok)).toEqual([URL_A]);
    expect(listedUrls(listedAt(URL_A, URL_B))).toEqual([URL_A, URL_B]);
    const [wrong] = compareFiles([{ ...sdist, filename: 'pkg-1.0-py3-none-any.whl' }], {
      json: new Map([['pkg-1.0-py3-none-any.whl', { sha256: B, size: 10, yanked: false, url: URL_B }]]),
      simple: null,
    });
    expect(pendingDownloads([ok, wrong as FileCheck], new Map())).toEqual([{ url: URL_A, expectedSize: 10 }]);
    // Done once is done: a complete download is not repeated; a failed one is.
    expect(pendingDownloads([ok], new Map([served(URL_A, A, 10)]))).toEqual([]);
    const failed = new Map([[URL_A, { url: URL_A, sha256: null, size: 0, error: 'GET …: 503' }]]);
    expect(pendingDownloads([ok], failed)).toEqual([{ url: URL_A, expectedSize: 10 }]);
  });

  it('keeps a file ok when every URL served its bytes', () => {
    const judged = judgeDownloads(
      listedAt(URL_A, URL_B),
      new Map([served(URL_A, A, 10), served(URL_B, A, 10)]),
    );
    expect(judged.status).toBe('ok');
    expect(judged.downloads?.map((d) => d.url)).toEqual([URL_A, URL_B]);
  });

  it('fails a file listed with the right hash whose bytes are other ones, naming the URL', () => {
    const judged = judgeDownloads(
      listedAt(URL_A, URL_B),
      new Map([served(URL_A, A, 10), served(URL_B, B, 10)]),
    );
    expect(judged).toMatchObject({
      status: 'mismatch',
      problem: `pkg-1.0.tar.gz: ${URL_B} serves sha256 bbbbbbbbbbbb… (10 bytes), the local file has aaaaaaaaaaaa… (10 bytes) — the index lists the right hash but serves other bytes`,
    });
    const tooLong = judgeDownloads(listedAt(URL_A, URL_A), new Map([served(URL_A, null, 11)]));
    expect(tooLong.problem).toBe(
      `pkg-1.0.tar.gz: ${URL_A} serves more than the 10 bytes of the local file — the index lists the right hash but serves other bytes`,
    );
  });

  it('keeps waiting for a file whose download failed or has not happened', () => {
    const failed = new Map([
      [URL_A, { url: URL_A, sha256: null, size: 0, error: `GET ${URL_A}: 404 Not Found` }],
    ]);
    expect(judgeDownloads(listedAt(URL_A, URL_A), failed)).toMatchObject({
      status: 'missing',
      problem: `pkg-1.0.tar.gz: listed with the right hash, but not downloaded yet (GET ${URL_A}: 404 Not Found)`,
    });
    expect(judgeDownloads(listedAt(URL_A, URL_B), new Map([served(URL_A, A, 10)])).status).toBe('missing');
  });

  it('cannot check a file the index gives no URL for', () => {
    expect(judgeDownloads(listedAt(undefined, undefined), new Map()).status).toBe('unverifiable');
  });

  it('leaves files that are not listed rightly as the listings judged them', () => {
    const [missing] = compareFiles([sdist], { json: null, simple: null });
    expect(judgeDownloads(missing as FileCheck, new Map())).toBe(missing);
  });
});
