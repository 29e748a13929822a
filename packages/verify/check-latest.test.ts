import { describe, expect, it } from '@jest/globals';
import type { SimpleProject } from '../pypi/index.js';
import { judgeLatest, newestFinalRelease } from './check-latest.js';

const page = (...files: [string, boolean?][]): SimpleProject => ({
  name: 'pkg',
  format: 'json',
  url: 'http://x/simple/pkg/',
  files: files.map(([filename, yanked]) => ({
    filename,
    url: `http://x/${filename}`,
    hashes: {},
    yanked: yanked ?? false,
    coreMetadata: false,
  })),
});

describe('newestFinalRelease', () => {
  it('skips pre-, dev and yanked releases, other projects and unparsable files; post releases count', () => {
    const listed = page(
      ['pkg-1.0.tar.gz'],
      ['pkg-1.10.tar.gz', true],
      ['pkg-1.2.post1-py3-none-any.whl'],
      ['pkg-1.3rc1.tar.gz'],
      ['pkg-1.4.dev2.tar.gz'],
      ['pkg_extra-9.0.tar.gz'],
      ['pkg-2.0.win32.exe'],
    );
    expect(newestFinalRelease(listed, 'pkg')).toBe('1.2.post1');
  });

  it('is null without a final release or without a page', () => {
    expect(newestFinalRelease(page(['pkg-1.0.dev1.tar.gz']), 'pkg')).toBeNull();
    expect(newestFinalRelease(null, 'pkg')).toBeNull();
  });
});

describe('judgeLatest', () => {
  it('passes when the newest final release is picked', () => {
    expect(judgeLatest('pkg', '1.0', '1.0')).toMatchObject({
      ok: true,
      note: "a plain 'pip install pkg' still resolves to 1.0, the newest final release",
    });
  });

  it('fails when a pre-release is picked while a final release exists', () => {
    const verdict = judgeLatest('pkg', '1.1.dev3', '1.0');
    expect(verdict.ok).toBe(false);
    expect(verdict.note).toContain(
      'now resolves to 1.1.dev3, a pre-release, instead of the final release 1.0',
    );
  });

  it('fails when nothing is picked though a final release exists', () => {
    expect(judgeLatest('pkg', null, '1.0').ok).toBe(false);
  });

  it('passes with nothing to protect when there is no final release', () => {
    expect(judgeLatest('pkg', '0.1.dev1', null)).toMatchObject({ ok: true, newestFinal: null });
  });

  it('warns when an older final release is picked', () => {
    const verdict = judgeLatest('pkg', '0.9', '1.0');
    expect(verdict.ok).toBe(true);
    expect(verdict.warning).toContain('resolves to 0.9, not the newest final release 1.0');
  });
});
