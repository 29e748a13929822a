import { describe, expect, it } from '@jest/globals';
import { DistError } from './errors.js';
import { parseDistFilename } from './dist-filename.js';
import { parseSdistFilename } from './sdist-filename.js';
import { parseWheelFilename } from './wheel-filename.js';
import { python } from '../../test/support/python.js';

const WHEELS = [
  'pure-1.2.3-py3-none-any.whl',
  'six-1.16.0-py2.py3-none-any.whl',
  'numpy-1.26.4-cp312-cp312-manylinux_2_17_x86_64.manylinux2014_x86_64.whl',
  'Foo.Bar-1.0-py3-none-any.whl',
  'foo_bar-1.0.0rc1-1-py3-none-any.whl',
  'foo-1.0-12abc-cp39.cp310-abi3-macosx_10_9_x86_64.macosx_11_0_arm64.whl',
  'foo-v1.0.POST2-py3-none-any.whl',
  'foo-1.0-py3-none-any.zip',
  'foo-1.0.whl',
  'foo-1.0-1-2-py3-none-any.whl',
  'foo__bar-1.0-py3-none-any.whl',
  'foo-1.x-py3-none-any.whl',
  'foo-1.0-x1-py3-none-any.whl',
  'foo bar-1.0-py3-none-any.whl',
];

interface Oracle {
  filename: string;
  ok: boolean;
  name?: string;
  version?: string;
  build?: [number, string] | [];
  tags?: string[];
}

describe('wheel filenames (PEP 427)', () => {
  it('agree with packaging.utils.parse_wheel_filename', async () => {
    const oracle = await python<Oracle[]>(
      `
import json, sys
from packaging.utils import parse_wheel_filename
out = []
for f in sys.argv[1:]:
    try:
        name, version, build, tags = parse_wheel_filename(f)
        out.append(dict(filename=f, ok=True, name=name, version=str(version), build=list(build),
                        tags=sorted(str(t) for t in tags)))
    except Exception:
        out.append(dict(filename=f, ok=False))
print(json.dumps(out))`,
      ...WHEELS,
    );
    for (const expected of oracle) {
      let parsed;
      try {
        parsed = parseWheelFilename(expected.filename);
      } catch (error) {
        expect(error).toBeInstanceOf(DistError);
        expect({ filename: expected.filename, ok: false }).toEqual({
          filename: expected.filename,
          ok: expected.ok,
        });
        continue;
      }
      expect({
        filename: expected.filename,
        ok: true,
        name: parsed.name,
        version: parsed.version,
        build: parsed.buildTag ? [parsed.buildTag.number, parsed.buildTag.suffix] : [],
        tags: parsed.tags.map((t) => `${t.interpreter}-${t.abi}-${t.platform}`).sort(),
      }).toEqual(expected);
    }
  });

  it('expands compressed tag sets in filename order and keeps the build tag', () => {
    const parsed = parseWheelFilename('foo_bar-1.0.0rc1-1-py2.py3-none-any.whl');
    expect(parsed).toMatchObject({
      kind: 'wheel',
      name: 'foo-bar',
      nameInFilename: 'foo_bar',
      version: '1.0.0rc1',
      buildTag: { number: 1, suffix: '' },
      extension: '.whl',
    });
    expect(parsed.tags).toEqual([
      { interpreter: 'py2', abi: 'none', platform: 'any' },
      { interpreter: 'py3', abi: 'none', platform: 'any' },
    ]);
  });

  it("throws packaging's messages", () => {
    const message = (f: string): string => {
      try {
        parseWheelFilename(f);
        return 'parsed';
      } catch (error) {
        return (error as DistError).message;
      }
    };
    expect(message('foo-1.0.zip')).toBe("Invalid wheel filename (extension must be '.whl'): 'foo-1.0.zip'");
    expect(message('foo-1.0.whl')).toBe("Invalid wheel filename (wrong number of parts): 'foo-1.0'");
    expect(message('foo__bar-1.0-py3-none-any.whl')).toBe(
      "Invalid project name: 'foo__bar-1.0-py3-none-any'",
    );
    expect(message('foo-1.x-py3-none-any.whl')).toBe(
      "Invalid wheel filename (invalid version): 'foo-1.x-py3-none-any'",
    );
    expect(message('foo-1.0-x1-py3-none-any.whl')).toBe(
      "Invalid build number: x1 in 'foo-1.0-x1-py3-none-any'",
    );
  });
});

describe('sdist filenames (PEP 625)', () => {
  it('parses .tar.gz, normalizing name and version', () => {
    expect(parseSdistFilename('Foo.Bar-1.0.0RC1.tar.gz')).toMatchObject({
      kind: 'sdist',
      name: 'foo-bar',
      nameInFilename: 'Foo.Bar',
      version: '1.0.0rc1',
      versionInFilename: '1.0.0RC1',
      buildTag: null,
      tags: [],
      extension: '.tar.gz',
    });
  });

  it('parses a legacy .zip (PyPI then refuses it by PEP 625) and refuses .tar.bz2', () => {
    expect(parseSdistFilename('pure-1.0.zip').extension).toBe('.zip');
    expect(() => parseSdistFilename('pure-1.0.tar.bz2')).toThrow(
      "Invalid sdist filename (extension must be '.tar.gz' or '.zip'): 'pure-1.0.tar.bz2'",
    );
    expect(() => parseSdistFilename('pure.tar.gz')).toThrow("Invalid sdist filename: 'pure.tar.gz'");
    expect(() => parseSdistFilename('pure-x.y.tar.gz')).toThrow(
      "Invalid sdist filename (invalid version): 'pure-x.y.tar.gz'",
    );
  });

  it('agrees with packaging.utils.parse_sdist_filename', async () => {
    const files = ['pure-1.0.tar.gz', 'Foo_Bar-2.0.post1.tar.gz', 'a-b-c-1.0.zip', 'foo-1.0-1.tar.gz'];
    const oracle = await python<Array<[string, string] | null>>(
      `
import json, sys
from packaging.utils import parse_sdist_filename
out = []
for f in sys.argv[1:]:
    try:
        n, v = parse_sdist_filename(f); out.append([n, str(v)])
    except Exception:
        out.append(None)
print(json.dumps(out))`,
      ...files,
    );
    files.forEach((file, i) => {
      let got: [string, string] | null;
      try {
        const parsed = parseSdistFilename(file);
        got = [parsed.name, parsed.version];
      } catch {
        got = null;
      }
      expect(got).toEqual(oracle[i]);
    });
  });
});

describe('parseDistFilename', () => {
  it('dispatches on the extension', () => {
    expect(parseDistFilename('pure-1.0-py3-none-any.whl').kind).toBe('wheel');
    expect(parseDistFilename('pure-1.0.tar.gz').kind).toBe('sdist');
    expect(() => parseDistFilename('pure-1.0.egg')).toThrow(DistError);
    try {
      parseDistFilename('pure-1.0.egg');
    } catch (error) {
      expect((error as DistError).code).toBe('unknown-extension');
    }
  });
});
