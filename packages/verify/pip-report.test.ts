import { describe, expect, it } from '@jest/globals';
import { parsePipReport } from './pip-report.js';

const SHA = 'c'.repeat(64);

describe('parsePipReport', () => {
  it('finds the project by any spelling and reads url, filename and sha256', () => {
    const report = {
      version: '1',
      install: [
        { metadata: { name: 'other', version: '2.0' }, download_info: { url: 'http://x/other-2.0.tar.gz' } },
        {
          metadata: { name: 'My_Pkg', version: '1.0rc1' },
          download_info: {
            url: 'http://127.0.0.1:9/files/my_pkg-1.0rc1-py3-none-any.whl',
            archive_info: { hash: `sha256=${SHA}`, hashes: { sha256: SHA } },
          },
        },
      ],
    };
    expect(parsePipReport(JSON.stringify(report), 'my-pkg')).toEqual({
      name: 'My_Pkg',
      version: '1.0rc1',
      url: 'http://127.0.0.1:9/files/my_pkg-1.0rc1-py3-none-any.whl',
      filename: 'my_pkg-1.0rc1-py3-none-any.whl',
      sha256: SHA,
    });
  });

  it('falls back to the older single `hash` field (pip 22.2)', () => {
    const report = {
      install: [
        {
          metadata: { name: 'pkg', version: '1' },
          download_info: {
            url: 'http://x/pkg-1.tar.gz',
            archive_info: { hash: `sha256=${SHA.toUpperCase()}` },
          },
        },
      ],
    };
    expect(parsePipReport(JSON.stringify(report), 'pkg')?.sha256).toBe(SHA);
  });

  it('is null for another project or a broken report', () => {
    expect(parsePipReport('{"install": []}', 'pkg')).toBeNull();
    expect(parsePipReport('not json', 'pkg')).toBeNull();
  });
});
