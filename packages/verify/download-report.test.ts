import { describe, expect, it } from '@jest/globals';
import { downloadReport } from './download-report.js';
import type { FileCheck } from './types.js';

const A = 'a'.repeat(64);
const check = (filename: string, size: number, downloaded: boolean): FileCheck => ({
  filename,
  status: 'ok',
  local: { filename, size, sha256: A },
  json: null,
  simple: null,
  ...(downloaded ? { downloads: [{ url: `https://f/${filename}`, sha256: A, size }] } : {}),
});

describe('what the summary says was downloaded', () => {
  it('counts the files and bytes downloaded under download: all', () => {
    const checks = [check('p-1.0.tar.gz', 1_500_000, true), check('p-1.0-py3-none-any.whl', 600, false)];
    expect(downloadReport('all', checks, true)).toEqual({
      mode: 'all',
      files: 1,
      bytes: 1_500_000,
      note: '1 of 2 file(s) downloaded from the URLs the index lists and hashed (1.43 MiB)',
    });
  });

  it('says what installed and none leave to the listed hashes', () => {
    expect(downloadReport('installed', [], true).note).toMatch(/^only the file the install check installs/);
    expect(downloadReport('installed', [], false).note).toBe(
      'nothing downloaded, as the install check is off; every file is judged by the sha256 the index lists',
    );
    expect(downloadReport('none', [], true).note).toBe(
      'nothing downloaded; every file is judged by the sha256 the index lists',
    );
  });
});
