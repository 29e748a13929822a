import { describe, expect, it } from '@jest/globals';
import { resolveIndexUrls } from '../pypi/index.js';
import {
  dependencyInstallArgs,
  hashedRequirement,
  isolatedPipEnv,
  packageInstallArgs,
  parsePipVersion,
  pipErrorLine,
  pipIndexUrl,
  plainResolveArgs,
  pythonNullDevice,
  supportsReport,
  trustedHostArgs,
} from './pip-commands.js';

describe('pip command lines', () => {
  it('installs the package alone, uncached, from the index alone, only as one of the release files', () => {
    expect(packageInstallArgs('/t/requirement.txt', 'https://pypi.org/simple/', '/t/r.json')).toEqual([
      '-m',
      'pip',
      'install',
      '--no-cache-dir',
      '--no-deps',
      '--require-hashes',
      '--index-url',
      'https://pypi.org/simple/',
      '--report',
      '/t/r.json',
      '-r',
      '/t/requirement.txt',
    ]);
    expect(hashedRequirement('pkg==1.0', ['a'.repeat(64), 'b'.repeat(64)])).toBe(
      `pkg==1.0 --hash=sha256:${'a'.repeat(64)} --hash=sha256:${'b'.repeat(64)}\n`,
    );
  });

  it('gets dependencies from the index and every extra index, trusting plain-http hosts', () => {
    expect(
      dependencyInstallArgs('pkg==1.0', 'http://idx:8080/simple/', [
        'https://mirror/simple/',
        'http://deps/simple/',
      ]),
    ).toEqual([
      '-m',
      'pip',
      'install',
      '--index-url',
      'http://idx:8080/simple/',
      '--extra-index-url',
      'https://mirror/simple/',
      '--extra-index-url',
      'http://deps/simple/',
      '--trusted-host',
      'idx:8080',
      '--trusted-host',
      'deps',
      'pkg==1.0',
    ]);
  });

  it('resolves a plain requirement without --pre, installing nothing', () => {
    const args = plainResolveArgs('pkg', 'https://pypi.org/simple/', '/t/l.json');
    expect(args).toEqual(
      expect.arrayContaining(['--dry-run', '--ignore-installed', '--no-deps', '--report', '/t/l.json']),
    );
    expect(args).not.toContain('--pre');
    expect(args[args.length - 1]).toBe('pkg');
  });

  it('ignores trusted-host for https and for unparsable URLs', () => {
    expect(trustedHostArgs(['https://a/simple/', 'not a url'])).toEqual([]);
  });
});

describe('pip environments', () => {
  it('drops every source setting and all configuration files for the package under test', () => {
    const env = isolatedPipEnv(
      {
        PATH: '/bin',
        PIP_FIND_LINKS: '/opt/wheels',
        PIP_EXTRA_INDEX_URL: 'x',
        PIP_PRE: '1',
        PIP_CERT: '/ca.pem',
        PYTHONPATH: '/src',
      },
      'linux',
    );
    expect(env).toEqual({
      PATH: '/bin',
      PIP_CERT: '/ca.pem',
      PIP_CONFIG_FILE: '/dev/null',
      PIP_DISABLE_PIP_VERSION_CHECK: '1',
      PIP_NO_INPUT: '1',
      PYTHONIOENCODING: 'utf-8',
    });
  });

  // pip skips its configuration files only when PIP_CONFIG_FILE equals Python's os.devnull, which is 'nul'
  // on Windows: node's os.devNull there (\\.\nul) leaves a global pip.ini in force.
  it.each([
    ['win32', 'nul'],
    ['darwin', '/dev/null'],
    ['linux', '/dev/null'],
  ] as [NodeJS.Platform, string][])("names Python's null device on %s: %s", (platform, device) => {
    expect(pythonNullDevice(platform)).toBe(device);
    expect(isolatedPipEnv({ Path: 'C:\\x', Pip_Pre: '1', PythonPath: 'C:\\src' }, platform)).toEqual({
      Path: 'C:\\x',
      PIP_CONFIG_FILE: device,
      PIP_DISABLE_PIP_VERSION_CHECK: '1',
      PIP_NO_INPUT: '1',
      PYTHONIOENCODING: 'utf-8',
    });
  });

  it('gives pip the credentials the repository URL carried', () => {
    const urls = resolveIndexUrls('https://user:p%40ss-word@example.org/private/simple/');
    expect(urls.simple).toBe('https://example.org/private/simple/');
    expect(pipIndexUrl(urls)).toBe('https://user:p%40ss-word@example.org/private/simple/');
    expect(pipIndexUrl(resolveIndexUrls('pypi'))).toBe('https://pypi.org/simple/');
  });
});

describe('pip output', () => {
  it('reads the version of pip', () => {
    expect(parsePipVersion('pip 23.0.1 from /v/lib/python3.11/site-packages/pip (python 3.11)\n')).toBe(
      '23.0.1',
    );
    expect(parsePipVersion('nonsense')).toBeNull();
  });

  it('knows which pips write installation reports', () => {
    expect(supportsReport('22.2')).toBe(true);
    expect(supportsReport('23.0.1')).toBe(true);
    expect(supportsReport('22.0.4')).toBe(false);
    expect(supportsReport(null)).toBe(false);
  });

  it("says which file did not match the release's hashes, from pip's hash-checking report", () => {
    const output = [
      'ERROR: THESE PACKAGES DO NOT MATCH THE HASHES FROM THE REQUIREMENTS FILE. If you have updated the package versions, please update the hashes. Otherwise, examine the package contents carefully; someone may have tampered with them.',
      '    pkg==1.0 from http://127.0.0.1:1/packages/95/03/pkg-1.0-py3-none-any.whl (from -r /t/requirement.txt (line 1)):',
      '        Expected sha256 bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb',
      '             Got        3b7a39b897bae470082ab6c72b0b14a4e3201c4b41d99816884dc51e5fc9afc7',
      '',
    ].join('\n');
    expect(pipErrorLine(output)).toBe(
      "http://127.0.0.1:1/packages/95/03/pkg-1.0-py3-none-any.whl has sha256 3b7a39b897ba…, which is none of the release's files",
    );
  });

  it('picks the last ERROR line, else the last line', () => {
    const output = [
      'Looking in indexes: http://127.0.0.1:1/simple/',
      'ERROR: Could not find a version that satisfies the requirement pkg==1.0 (from versions: none)',
      'ERROR: No matching distribution found for pkg==1.0',
      '',
    ].join('\n');
    expect(pipErrorLine(output)).toBe('No matching distribution found for pkg==1.0');
    expect(pipErrorLine('one\ntwo\n')).toBe('two');
    expect(pipErrorLine('')).toBe('no output');
  });
});
