import { describe, expect, it } from '@jest/globals';
import { compareFiles } from './compare-files.js';
import type { Download } from './download-files.js';
import { judgeDownloads } from './judge-downloads.js';
import { failureLines, fileRows, missingLines } from './report-lines.js';
import type { ExpectedFile, FileCheck } from './types.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const one: ExpectedFile = { filename: 'pkg-1.0.tar.gz', size: 1, sha256: A };
const two: ExpectedFile = { filename: 'pkg-1.0-py3-none-any.whl', size: 2, sha256: A };
const three: ExpectedFile = { filename: 'pkg-1.0-py2-none-any.whl', size: 3, sha256: A };

const ONE_URL = 'https://files.example/pkg-1.0.tar.gz';

/** `one`, listed rightly on both APIs at ONE_URL, judged by what that URL served. */
function servedAs(download: Download): FileCheck {
  const listed = { sha256: A, size: 1, yanked: false, url: ONE_URL };
  const [check] = compareFiles([one], {
    json: new Map([[one.filename, listed]]),
    simple: new Map([[one.filename, listed]]),
  });
  return judgeDownloads(check as FileCheck, new Map([[ONE_URL, download]]));
}

describe('report lines', () => {
  it('lists each missing file on its own line with how long it was waited for', () => {
    const checks = compareFiles([one, two, three], {
      json: new Map([[two.filename, { sha256: A, size: 2, yanked: false }]]),
      simple: new Map([[three.filename, { sha256: A, yanked: false }]]),
    });
    const seen = new Map([
      [two.filename, { json: 12_000 }],
      [three.filename, { simple: 3_000 }],
    ]);
    expect(missingLines(checks, seen, 900_000)).toEqual([
      'pkg-1.0.tar.gz: not on the index after 900 s',
      'pkg-1.0-py3-none-any.whl: not on the simple API after 900 s (on the JSON API since 12 s)',
      'pkg-1.0-py2-none-any.whl: not on the JSON API after 900 s (on the simple API since 3 s)',
    ]);
  });

  it('says why a file listed on both APIs is still missing: it could not be downloaded', () => {
    const error = `GET ${ONE_URL}: 404 Not Found`;
    const judged = servedAs({ url: ONE_URL, sha256: null, size: 0, error });
    expect(missingLines([judged], new Map(), 30_000)).toEqual([
      'pkg-1.0.tar.gz: listed with the right hash, but not downloaded yet (GET https://files.example/pkg-1.0.tar.gz: 404 Not Found); waited 30 s',
    ]);
  });

  it('gives the hash of the bytes served next to the listed one', () => {
    const judged = servedAs({ url: ONE_URL, sha256: B, size: 1 });
    expect(fileRows([judged])).toEqual([
      { filename: one.filename, local_sha256: A, index_sha256: A, served_sha256: B, status: 'mismatch' },
    ]);
  });

  it('names the wrong file and gives the index hash in the files output', () => {
    const checks = compareFiles([one], {
      json: new Map([[one.filename, { sha256: A, size: 1, yanked: false }]]),
      simple: new Map([[one.filename, { sha256: B, yanked: false }]]),
    });
    expect(failureLines(checks)).toEqual([
      'pkg-1.0.tar.gz: the simple API serves sha256 bbbbbbbbbbbb…, the local file has aaaaaaaaaaaa… — a different file was uploaded under this name',
    ]);
    expect(fileRows(checks)).toEqual([
      { filename: one.filename, local_sha256: A, index_sha256: B, served_sha256: null, status: 'mismatch' },
    ]);
  });

  it('gives null hashes where there are none', () => {
    const checks = compareFiles([one], {
      json: null,
      simple: new Map([['pkg-1.0-extra.tar.gz', { yanked: false }]]),
    });
    expect(fileRows(checks)).toEqual([
      { filename: one.filename, local_sha256: A, index_sha256: null, served_sha256: null, status: 'missing' },
      {
        filename: 'pkg-1.0-extra.tar.gz',
        local_sha256: null,
        index_sha256: null,
        served_sha256: null,
        status: 'unexpected',
      },
    ]);
  });
});
