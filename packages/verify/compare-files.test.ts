import { describe, expect, it } from '@jest/globals';
import { allVerified, checkFile, compareFiles, finalFailures } from './compare-files.js';
import type { ExpectedFile, IndexEntry, IndexListing } from './types.js';

const A = 'a'.repeat(64);
const B = 'b'.repeat(64);
const wheel: ExpectedFile = { filename: 'pkg-1.0-py3-none-any.whl', size: 100, sha256: A };
const sdist: ExpectedFile = { filename: 'pkg-1.0.tar.gz', size: 200, sha256: B };
const entry = (sha256: string | undefined, size?: number, yanked = false): IndexEntry => ({
  ...(sha256 ? { sha256 } : {}),
  ...(size !== undefined ? { size } : {}),
  yanked,
});
const listing = (
  json: [string, IndexEntry][] | null,
  simple: [string, IndexEntry][] | null,
): IndexListing => ({
  json: json && new Map(json),
  simple: simple && new Map(simple),
});

describe('checkFile', () => {
  it('is ok when both APIs list the same sha256 and size', () => {
    const check = checkFile(
      wheel,
      listing([[wheel.filename, entry(A, 100)]], [[wheel.filename, entry(A, 100)]]),
    );
    expect(check.status).toBe('ok');
    expect(check.problem).toBeUndefined();
  });

  it('accepts a simple page without sizes (PEP 691 1.0, PEP 503 HTML)', () => {
    expect(
      checkFile(wheel, listing([[wheel.filename, entry(A, 100)]], [[wheel.filename, entry(A)]])).status,
    ).toBe('ok');
  });

  it('is missing while one API lags, naming that API', () => {
    const jsonOnly = checkFile(wheel, listing([[wheel.filename, entry(A, 100)]], []));
    expect(jsonOnly).toMatchObject({
      status: 'missing',
      problem: `${wheel.filename}: not yet on the simple API`,
    });
    const neither = checkFile(wheel, listing(null, null));
    expect(neither.problem).toBe(`${wheel.filename}: not yet on the JSON API or the simple API`);
  });

  it('is a mismatch at once when either API has another hash, even if the other API lacks the file', () => {
    const check = checkFile(wheel, listing(null, [[wheel.filename, entry(B, 100)]]));
    expect(check.status).toBe('mismatch');
    expect(check.problem).toContain(
      'the simple API serves sha256 bbbbbbbbbbbb…, the local file has aaaaaaaaaaaa…',
    );
  });

  it('is a mismatch when the size differs with the same hash', () => {
    const check = checkFile(wheel, listing([[wheel.filename, entry(A, 99)]], [[wheel.filename, entry(A)]]));
    expect(check).toMatchObject({
      status: 'mismatch',
      problem: `${wheel.filename}: the JSON API says 99 bytes, the local file has 100`,
    });
  });

  it('is unverifiable when the simple page lists the file without a sha256', () => {
    const check = checkFile(
      wheel,
      listing([[wheel.filename, entry(A, 100)]], [[wheel.filename, entry(undefined)]]),
    );
    expect(check.status).toBe('unverifiable');
  });

  it('prefers reporting a mismatch over a missing hash', () => {
    const check = checkFile(
      wheel,
      listing([[wheel.filename, entry(B, 100)]], [[wheel.filename, entry(undefined)]]),
    );
    expect(check.status).toBe('mismatch');
  });
});

describe('compareFiles', () => {
  it('keeps the expected order and appends unexpected files of the release, sorted', () => {
    const extra = 'pkg-1.0-cp311-cp311-linux_x86_64.whl';
    const other = 'pkg-0.9.tar.gz';
    const checks = compareFiles(
      [sdist, wheel],
      listing(
        [
          [wheel.filename, entry(A, 100)],
          [sdist.filename, entry(B, 200)],
          [extra, entry(A, 5)],
        ],
        [
          [wheel.filename, entry(A)],
          [sdist.filename, entry(B)],
          [extra, entry(A)],
          [other, entry(B)],
        ],
      ),
      (name) => !name.includes('0.9'),
    );
    expect(checks.map((c) => [c.filename, c.status])).toEqual([
      [sdist.filename, 'ok'],
      [wheel.filename, 'ok'],
      [extra, 'unexpected'],
    ]);
    expect(allVerified(checks)).toBe(true);
    expect(finalFailures(checks)).toEqual([]);
  });

  it('is not verified while a file is missing, and final once one is wrong', () => {
    const waiting = compareFiles(
      [wheel, sdist],
      listing([[wheel.filename, entry(A, 100)]], [[wheel.filename, entry(A)]]),
    );
    expect(allVerified(waiting)).toBe(false);
    expect(finalFailures(waiting)).toEqual([]);
    const wrong = compareFiles([wheel, sdist], listing([[sdist.filename, entry(A, 200)]], null));
    expect(finalFailures(wrong).map((c) => c.filename)).toEqual([sdist.filename]);
  });
});
