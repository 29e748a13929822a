import { describe, expect, it } from '@jest/globals';
import { parseReleaseJson } from './json-api.js';

const URL_ = 'https://pypi.org/pypi/demo/1.0/json';

describe('parseReleaseJson', () => {
  it('reads the files of a release with their digests and sizes', () => {
    const release = parseReleaseJson(
      JSON.stringify({
        info: { name: 'Demo', version: '1.0', yanked: false },
        urls: [
          {
            filename: 'demo-1.0.tar.gz',
            url: 'https://files.pythonhosted.org/packages/demo-1.0.tar.gz',
            size: 1314,
            digests: { sha256: 'AA', md5: 'BB', blake2b_256: 'CC' },
            packagetype: 'sdist',
            requires_python: '>=3.8',
            yanked: true,
            yanked_reason: 'bad',
            upload_time_iso_8601: '2025-01-01T00:00:00.000000Z',
          },
        ],
        last_serial: 1,
      }),
      URL_,
    );
    expect(release).toEqual({
      name: 'Demo',
      version: '1.0',
      yanked: false,
      url: URL_,
      files: [
        {
          filename: 'demo-1.0.tar.gz',
          url: 'https://files.pythonhosted.org/packages/demo-1.0.tar.gz',
          size: 1314,
          digests: { sha256: 'aa', md5: 'bb', blake2b_256: 'cc' },
          packagetype: 'sdist',
          requiresPython: '>=3.8',
          yanked: true,
          yankedReason: 'bad',
          uploadTime: '2025-01-01T00:00:00.000000Z',
        },
      ],
    });
  });

  it('refuses malformed pages with a message naming the URL', () => {
    expect(() => parseReleaseJson('nope', URL_)).toThrow(`${URL_} did not return JSON`);
    expect(() => parseReleaseJson('{"info": {}}', URL_)).toThrow(/not a JSON API release page/);
    expect(() =>
      parseReleaseJson('{"info": {"name": "a", "version": "1"}, "urls": [{"filename": "x"}]}', URL_),
    ).toThrow(/without filename or digests\.sha256/);
  });
});
