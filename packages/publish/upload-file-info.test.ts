import { execFileSync } from 'node:child_process';
import { describe, expect, it } from '@jest/globals';
import { uploadFileInfo } from './upload-file-info.js';

const WHEELS = [
  'pure-1.0-py3-none-any.whl',
  'pure-1-py3-none-any.whl',
  'Pure.Name-2.0rc1-py2.py3-none-any.whl',
  'pure-1.0-1-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'pure-1.0-2abc-cp39-abi3-win_amd64.whl',
  'a-b-c-d-e.whl',
  'weird.whl',
  'pure-1.0-none-any.whl',
];

/** What Debian's twine sends as pyversion for each name (twine.wheel.wheel_file_re, 'any' when it fails). */
function twinePyversions(names: string[]): string[] {
  const script =
    'import json, sys\nfrom twine.wheel import wheel_file_re\n' +
    "print(json.dumps([(m.group('pyver') if m else 'any') for m in map(wheel_file_re.match, json.loads(sys.argv[1]))]))";
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script, JSON.stringify(names)], { encoding: 'utf8' }),
  ) as string[];
}

describe('uploadFileInfo', () => {
  it("gives a wheel's pyversion exactly as twine derives it from the filename", () => {
    expect(WHEELS.map((name) => uploadFileInfo(name)?.pyversion)).toEqual(twinePyversions(WHEELS));
    expect(uploadFileInfo('pure-1.0-py3-none-any.whl')).toEqual({
      filetype: 'bdist_wheel',
      pyversion: 'py3',
    });
  });

  it('gives an sdist pyversion source', () => {
    expect(uploadFileInfo('pure-1.0.tar.gz')).toEqual({ filetype: 'sdist', pyversion: 'source' });
    expect(uploadFileInfo('pure-1.0.zip')).toEqual({ filetype: 'sdist', pyversion: 'source' });
  });

  it('knows nothing it would not upload', () => {
    expect(uploadFileInfo('pure-1.0.egg')).toBeNull();
    expect(uploadFileInfo('pure-1.0.tar.gz.asc')).toBeNull();
  });
});
