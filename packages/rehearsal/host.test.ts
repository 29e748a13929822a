import { describe, expect, it } from '@jest/globals';
import { cibwArch, cibwPlatform, hostPlan } from './host.js';
import { rehearsalInputs } from './suite-step.js';

describe('the host plan', () => {
  it('names the machine as cibuildwheel does on each platform', () => {
    expect([cibwPlatform('linux'), cibwPlatform('darwin'), cibwPlatform('win32')]).toEqual([
      'linux',
      'macos',
      'windows',
    ]);
    expect(cibwArch('linux', 'x86_64')).toBe('x86_64');
    expect(cibwArch('linux', 'arm64')).toBe('aarch64');
    expect(cibwArch('macos', 'arm64')).toBe('arm64');
    expect(cibwArch('windows', 'AMD64')).toBe('AMD64');
    expect(cibwArch('windows', 'ARM64')).toBe('ARM64');
  });

  it("plans the one wheel of this host's interpreter", () => {
    expect(hostPlan({ platform: 'linux', arch: 'x86_64', pythonTag: 'cp311', glibc: '2_36' })).toEqual({
      platforms: 'linux-x86_64',
      build: 'cp311-manylinux_x86_64',
    });
    expect(hostPlan({ platform: 'macos', arch: 'arm64', pythonTag: 'cp313', glibc: null })).toEqual({
      platforms: 'macos-arm64',
      build: 'cp313-macosx_arm64',
    });
    expect(hostPlan({ platform: 'windows', arch: 'AMD64', pythonTag: 'cp312', glibc: null })).toEqual({
      platforms: 'windows-amd64',
      build: 'cp312-win_amd64',
    });
  });
});

describe('rehearsalInputs', () => {
  const setup = { indexUploadUrl: 'http://127.0.0.1:1234/legacy/', extraIndexUrl: 'http://deps/simple/' };

  it('points every repository-url at the embedded index, whatever the template says', () => {
    const { inputs, notes } = rehearsalInputs(
      ['repository-url', 'manifest'],
      { 'repository-url': 'https://test.pypi.org/legacy/', manifest: 'm.json' },
      setup,
    );
    expect(inputs).toEqual({ 'repository-url': 'http://127.0.0.1:1234/legacy/', manifest: 'm.json' });
    expect(notes).toEqual(['repository-url: the embedded index, http://127.0.0.1:1234/legacy/']);
  });

  it("gives verify-pypi the dependencies' index unless the template names one, and nothing to an action without the inputs", () => {
    expect(rehearsalInputs(['repository-url', 'extra-index-url'], {}, setup).inputs['extra-index-url']).toBe(
      'http://deps/simple/',
    );
    expect(
      rehearsalInputs(['extra-index-url'], { 'extra-index-url': 'http://mine/' }, setup).inputs[
        'extra-index-url'
      ],
    ).toBe('http://mine/');
    expect(rehearsalInputs(['jobs'], { jobs: '{}' }, setup)).toEqual({ inputs: { jobs: '{}' }, notes: [] });
  });
});
