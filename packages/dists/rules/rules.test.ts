import { describe, expect, it } from '@jest/globals';
import { parseCoreMetadata } from '../core-metadata.js';
import { checkDistribution } from './check-distribution.js';
import type { ArchiveFacts, DistributionFacts, Problem, ReleaseContext } from './types.js';

const HASHES = { sha256: 'a'.repeat(64), blake2_256: 'b'.repeat(64), md5: 'c'.repeat(32) };

function metadata(
  fields: Record<string, string | string[] | undefined>,
): ReturnType<typeof parseCoreMetadata> {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) lines.push(`${name}: ${v}`);
  }
  return parseCoreMetadata(lines.join('\n') + '\n');
}

function wheelArchive(dir = 'pure-1.0.dist-info', extra: string[] = []): ArchiveFacts {
  return {
    format: 'zip',
    unreadable: null,
    members: ['pure/__init__.py', `${dir}/METADATA`, `${dir}/WHEEL`, `${dir}/RECORD`, ...extra],
    uncompressedSize: 1000,
    unsupportedCompression: false,
  };
}

function sdistArchive(top = 'pure-1.0', extra: string[] = []): ArchiveFacts {
  return {
    format: 'tar.gz',
    unreadable: null,
    members: [top, `${top}/PKG-INFO`, `${top}/setup.py`, ...extra],
    uncompressedSize: 10_000,
    unsupportedCompression: false,
  };
}

function dist(
  overrides: Partial<DistributionFacts> = {},
  meta: Record<string, string | string[]> = {},
): DistributionFacts {
  const filename = overrides.filename ?? 'pure-1.0-py3-none-any.whl';
  return {
    filename,
    size: 2000,
    hashes: HASHES,
    metadata: metadata({ 'Metadata-Version': '2.1', Name: 'pure', Version: '1.0', ...meta }),
    archive: filename.endsWith('.whl') ? wheelArchive() : sdistArchive(),
    ...overrides,
  };
}

// The first problem is what PyPI answers; these tests pin the whole answer.
function answer(facts: DistributionFacts, context: ReleaseContext = {}): Problem | undefined {
  return checkDistribution(facts, context)[0];
}

const bad = (code: Problem['code'], message: string): Problem => ({ code, status: 400, message });

describe('PyPI rules: a sound file', () => {
  it('accepts a plain wheel and sdist', () => {
    expect(checkDistribution(dist())).toEqual([]);
    expect(checkDistribution(dist({ filename: 'pure-1.0.tar.gz' }))).toEqual([]);
  });
});

describe('PyPI rules: the file', () => {
  it('refuses control characters and path separators in the filename', () => {
    expect(answer(dist({ filename: 'pure-1.0\x07-py3-none-any.whl' }))).toEqual(
      bad(
        'invalid-filename-characters',
        'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
      ),
    );
    expect(answer(dist({ filename: 'dir\\pure-1.0-py3-none-any.whl' }))).toEqual(
      bad('invalid-filename-characters', "Cannot upload a file with '/' or '\\' in the name."),
    );
  });

  it('refuses unknown extensions and ones that do not fit the filetype', () => {
    expect(answer(dist({ filename: 'pure-1.0.tar.bz2', filetype: 'sdist' }))).toEqual(
      bad(
        'invalid-extension',
        'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
      ),
    );
    expect(answer(dist({ filename: 'pure-1.0-py3-none-any.whl', filetype: 'sdist' }))).toEqual(
      bad(
        'invalid-extension',
        'Invalid file extension: Extension .whl is invalid for filetype sdist. See https://www.python.org/dev/peps/pep-0527 for more information.',
      ),
    );
  });

  it('applies the file size limit (100 MiB by default, configurable) and the project limit', () => {
    expect(checkDistribution(dist({ size: 100 * 1024 * 1024 }))).toEqual([]);
    expect(answer(dist({ size: 100 * 1024 * 1024 + 1 }))).toEqual(
      bad(
        'file-too-large',
        "File too large. Limit for project 'pure' is 100 MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.",
      ),
    );
    expect(answer(dist({ size: 3 * 1024 * 1024 }), { maxFileSize: 2 * 1024 * 1024 })?.message).toMatch(
      /^File too large\. Limit for project 'pure' is 2 MB\./,
    );
    expect(answer(dist(), { projectTotalSize: 10 * 1024 ** 3 })).toEqual(
      bad(
        'project-too-large',
        "Project size too large. Limit for project 'pure' total size is 10 GB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-project-size-limit-increase",
      ),
    );
  });

  it('checks declared digests', () => {
    expect(checkDistribution(dist({ declaredDigests: { sha256: HASHES.sha256.toUpperCase() } }))).toEqual([]);
    expect(answer(dist({ declaredDigests: { md5: 'd'.repeat(32) } }))).toEqual(
      bad(
        'digest-mismatch',
        'The digest supplied does not match a digest calculated from the uploaded file.',
      ),
    );
  });
});

describe('PyPI rules: the release', () => {
  const existing = { filename: 'pure-1.0-py3-none-any.whl', packagetype: 'bdist_wheel' as const, ...HASHES };

  it('answers 200 to an identical file and 400 to a different one of the same name or digest', () => {
    expect(answer(dist(), { releaseFiles: [existing] })).toEqual({
      code: 'file-exists-identical',
      status: 200,
      message: '',
    });
    const changed = { ...existing, sha256: 'f'.repeat(64) };
    const message = `File already exists ('pure-1.0-py3-none-any.whl', with blake2_256 hash '${HASHES.blake2_256}'). See https://pypi.org/help/#file-name-reuse for more information.`;
    expect(answer(dist(), { releaseFiles: [changed] })).toEqual(bad('file-exists', message));
    const sameBytesOtherName = { ...existing, filename: 'other-1.0-py3-none-any.whl' };
    expect(answer(dist(), { indexFiles: [sameBytesOtherName] })?.code).toBe('file-exists');
  });

  it('predicts the same answers from sha256 alone when the client computed no blake2b-256', () => {
    const sha256Only = dist({ hashes: { sha256: HASHES.sha256 } });
    const unrelated = { filename: 'pure-1.0-cp312-cp312-win_amd64.whl', packagetype: 'bdist_wheel' as const };
    expect(
      answer(sha256Only, { indexFiles: [unrelated, { ...unrelated, sha256: 'e'.repeat(64) }] }),
    ).toBeUndefined();
    expect(answer(sha256Only, { releaseFiles: [existing] })?.code).toBe('file-exists-identical');
    expect(answer(sha256Only, { releaseFiles: [{ ...existing, sha256: 'f'.repeat(64) }] })).toEqual(
      bad(
        'file-exists',
        `File already exists ('pure-1.0-py3-none-any.whl', with sha256 hash '${HASHES.sha256}'). See https://pypi.org/help/#file-name-reuse for more information.`,
      ),
    );
    const sameBytesOtherName = {
      filename: 'other-1.0-py3-none-any.whl',
      packagetype: 'bdist_wheel' as const,
      sha256: HASHES.sha256,
    };
    expect(answer(sha256Only, { indexFiles: [sameBytesOtherName] })?.code).toBe('file-exists');
  });

  it('never takes a deleted filename again', () => {
    expect(answer(dist(), { deletedFilenames: ['pure-1.0-py3-none-any.whl'] })).toEqual(
      bad(
        'filename-reused',
        'This filename was previously used by a file that has since been deleted. Use a different version. See https://pypi.org/help/#file-name-reuse for more information.',
      ),
    );
  });

  it('takes one sdist per release', () => {
    const sdist = { filename: 'pure-1.0.zip', packagetype: 'sdist' as const };
    expect(answer(dist({ filename: 'pure-1.0.tar.gz' }), { releaseFiles: [sdist] })).toEqual(
      bad('duplicate-sdist', 'Only one sdist may be uploaded per release.'),
    );
    expect(checkDistribution(dist(), { releaseFiles: [sdist] })).toEqual([]);
  });
});

describe('PyPI rules: the archive', () => {
  const invalid = (reason: string): Problem =>
    bad('invalid-distribution-file', `Invalid distribution file. ${reason}`);

  it('reports unreadable archives with PyPI reasons', () => {
    const zip: ArchiveFacts = { ...wheelArchive(), unreadable: 'File is not a zipfile', members: [] };
    expect(answer(dist({ archive: zip }))).toEqual(invalid('File is not a zipfile'));
    const tar: ArchiveFacts = {
      ...sdistArchive(),
      unreadable: 'None (the archive is truncated or damaged)',
      members: [],
    };
    expect(answer(dist({ filename: 'pure-1.0.tar.gz', archive: tar }))).toEqual(
      invalid('None (the archive is truncated or damaged)'),
    );
  });

  it('refuses a zip inflating past 64 MiB at a ratio over 50', () => {
    const archive = { ...wheelArchive(), uncompressedSize: 64 * 1024 * 1024 + 1 };
    expect(answer(dist({ archive, size: 1024 * 1024 }))).toEqual(
      invalid('File exceeds compression ratio of 50'),
    );
    expect(checkDistribution(dist({ archive, size: 2 * 1024 * 1024 }))).toEqual([]);
    const small = { ...wheelArchive(), uncompressedSize: 60 * 1024 * 1024 };
    expect(checkDistribution(dist({ archive: small, size: 1000 }))).toEqual([]);
  });

  it('refuses compression methods other than stored and deflate', () => {
    const archive = { ...wheelArchive(), unsupportedCompression: true };
    expect(answer(dist({ archive }))).toEqual(invalid('File does not use a supported compression type'));
  });

  it('needs WHEEL in a wheel, at the dist-info path named by the filename', () => {
    const archive = wheelArchive('Pure-1.0.dist-info');
    expect(answer(dist({ archive }))).toEqual(invalid('WHEEL not found at pure-1.0.dist-info/WHEEL'));
    expect(answer(dist({ filename: 'pure.whl', archive }))).toEqual(
      invalid('Unable to parse name and version from wheel filename'),
    );
  });

  it('needs one top-level directory holding PKG-INFO in an sdist', () => {
    const flat: ArchiveFacts = { ...sdistArchive(), members: ['PKG-INFO', 'setup.py'] };
    expect(answer(dist({ filename: 'pure-1.0.tar.gz', archive: flat }))).toEqual(
      invalid('Incorrect number of top-level directories in sdist'),
    );
    const nested: ArchiveFacts = {
      ...sdistArchive(),
      members: ['pure-1.0', 'pure-1.0/src/PKG-INFO', 'pure-1.0/x'],
    };
    expect(answer(dist({ filename: 'pure-1.0.tar.gz', archive: nested }))).toEqual(
      invalid('PKG-INFO not found at pure-1.0/PKG-INFO'),
    );
  });
});

describe('PyPI rules: sdist filenames', () => {
  it('refuses an unparseable sdist name', () => {
    expect(answer(dist({ filename: 'pure.tar.gz' }))).toEqual(
      bad('invalid-sdist-filename', 'Invalid source distribution filename: pure.tar.gz'),
    );
  });

  it("refuses another project's name", () => {
    expect(
      answer(
        dist({ filename: 'other-1.0.tar.gz', archive: sdistArchive('other-1.0') }, { Name: 'Pure.Lib' }),
      ),
    ).toEqual(bad('filename-project-mismatch', "Start filename for 'Pure.Lib' with 'pure_lib'."));
  });

  it('wants exactly the PEP 625 form, so a .zip or an unnormalized name is refused', () => {
    expect(
      answer(
        dist(
          { filename: 'Pure.Lib-1.0.tar.gz', archive: sdistArchive('Pure.Lib-1.0') },
          { Name: 'Pure.Lib' },
        ),
      ),
    ).toEqual(
      bad(
        'filename-not-normalized',
        "Filename 'Pure.Lib-1.0.tar.gz' is invalid, should be 'pure_lib-1.0.tar.gz'.",
      ),
    );
    const zip: ArchiveFacts = { ...sdistArchive(), format: 'zip' };
    expect(answer(dist({ filename: 'pure-1.0.zip', archive: zip }))).toEqual(
      bad('filename-not-normalized', "Filename 'pure-1.0.zip' is invalid, should be 'pure-1.0.tar.gz'."),
    );
    expect(
      answer(
        dist({ filename: 'pure-1.0.0.tar.gz', archive: sdistArchive('pure-1.0.0') }, { Version: '1.0.0' }),
      ),
    ).toBe(undefined);
    expect(
      answer(
        dist({ filename: 'pure-1.0-1.tar.gz', archive: sdistArchive('pure-1.0-1') }, { Version: '1.0-1' }),
      ),
    ).toEqual(
      bad(
        'filename-not-normalized',
        "Filename 'pure-1.0-1.tar.gz' is invalid, should be 'pure-1.0.post1.tar.gz'.",
      ),
    );
  });

  it('checks License-File entries of metadata 2.4 only', () => {
    const meta = { 'Metadata-Version': '2.4', 'License-File': ['LICENSE', 'NOTICE'] };
    const facts = dist(
      { filename: 'pure-1.0.tar.gz', archive: sdistArchive('pure-1.0', ['pure-1.0/LICENSE']) },
      meta,
    );
    expect(answer(facts)).toEqual(
      bad(
        'missing-license-file',
        'License-File NOTICE does not exist in distribution file pure-1.0.tar.gz at pure-1.0/NOTICE',
      ),
    );
    const old = dist({ filename: 'pure-1.0.tar.gz' }, { 'License-File': 'NOTICE' });
    expect(checkDistribution(old)).toEqual([]);
  });
});

describe('PyPI rules: wheels', () => {
  it("refuses an invalid wheel filename with packaging's message", () => {
    expect(answer(dist({ filename: 'pure-1.0-py3-any.whl' }))).toEqual(
      bad('invalid-wheel-filename', "Invalid wheel filename (wrong number of parts): 'pure-1.0-py3-any'"),
    );
  });

  it.each([
    ['linux_x86_64', false],
    ['linux_aarch64', false],
    ['linux_armv7l', true],
    ['manylinux1_x86_64', true],
    ['manylinux2014_aarch64', true],
    ['manylinux_2_17_x86_64', true],
    ['manylinux_2_28_ppc64', true],
    ['musllinux_1_2_x86_64', true],
    ['musllinux_1_2_ppc64', false],
    ['macosx_10_9_x86_64', true],
    ['macosx_11_0_arm64', true],
    ['macosx_11_1_arm64', false],
    ['macosx_14_0_universal2', true],
    ['macosx_16_0_arm64', false],
    ['win_amd64', true],
    ['win_arm64', true],
    ['ios_13_0_arm64_iphoneos', true],
    ['android_21_arm64_v8a', true],
    ['emscripten_3_1_58_wasm32', false],
    ['any', true],
  ])('platform tag %s accepted: %s', (platform, accepted) => {
    const filename = `pure-1.0-cp312-cp312-${platform}.whl`;
    const problems = checkDistribution(dist({ filename }));
    if (accepted) expect(problems).toEqual([]);
    else {
      expect(problems).toEqual([
        bad(
          'unsupported-platform-tag',
          `Binary wheel '${filename}' has an unsupported platform tag '${platform}'.`,
        ),
      ]);
    }
  });

  it('checks every tag of a compressed tag set', () => {
    const filename = 'pure-1.0-cp312-cp312-manylinux_2_17_x86_64.linux_x86_64.whl';
    expect(answer(dist({ filename }))?.message).toBe(
      `Binary wheel '${filename}' has an unsupported platform tag 'linux_x86_64'.`,
    );
  });

  it("refuses another project's name, an unnormalized name and another version", () => {
    expect(
      answer(
        dist(
          { filename: 'other-1.0-py3-none-any.whl', archive: wheelArchive('other-1.0.dist-info') },
          { Name: 'Pure.Lib' },
        ),
      ),
    ).toEqual(bad('filename-project-mismatch', "Start filename for 'Pure.Lib' with 'pure_lib'."));
    const archive = wheelArchive('Pure.Lib-1.0.dist-info');
    expect(
      answer(dist({ filename: 'Pure.Lib-1.0-py3-none-any.whl', archive }, { Name: 'Pure.Lib' })),
    ).toEqual(
      bad(
        'filename-not-normalized',
        "Filename 'Pure.Lib-1.0-py3-none-any.whl' should contain the normalized project name 'pure_lib', not 'Pure.Lib'.",
      ),
    );
    expect(
      answer(dist({ filename: 'pure-1.1-py3-none-any.whl', archive: wheelArchive('pure-1.1.dist-info') })),
    ).toEqual(bad('filename-version-mismatch', "Version in filename should be '1.0' not '1.1'."));
    // Compared as versions, as warehouse does: 1.0.0 in the filename is 1.0.
    expect(
      checkDistribution(
        dist({ filename: 'pure-1.0.0-py3-none-any.whl', archive: wheelArchive('pure-1.0.0.dist-info') }),
      ),
    ).toEqual([]);
    expect(
      checkDistribution(
        dist(
          { filename: 'pure-1.0rc1-py3-none-any.whl', archive: wheelArchive('pure-1.0rc1.dist-info') },
          { Version: '1.0-RC1' },
        ),
      ),
    ).toEqual([]);
  });

  it('needs RECORD and METADATA, and License-File entries under licenses/ (metadata 2.4)', () => {
    const dir = 'pure-1.0.dist-info';
    const noRecord = {
      ...wheelArchive(),
      members: wheelArchive().members.filter((m) => !m.endsWith('RECORD')),
    };
    expect(answer(dist({ archive: noRecord }))).toEqual(
      bad(
        'missing-record',
        `Wheel 'pure-1.0-py3-none-any.whl' does not contain the required RECORD file: ${dir}/RECORD`,
      ),
    );
    const noMetadata = {
      ...wheelArchive(),
      members: wheelArchive().members.filter((m) => !m.endsWith('METADATA')),
    };
    expect(answer(dist({ archive: noMetadata }))).toEqual(
      bad(
        'missing-metadata',
        `Wheel 'pure-1.0-py3-none-any.whl' does not contain the required METADATA file: ${dir}/METADATA`,
      ),
    );
    const meta = { 'Metadata-Version': '2.4', 'License-File': 'LICENSE' };
    expect(answer(dist({}, meta))).toEqual(
      bad(
        'missing-license-file',
        `License-File LICENSE does not exist in distribution file pure-1.0-py3-none-any.whl at ${dir}/licenses/LICENSE`,
      ),
    );
    expect(
      checkDistribution(dist({ archive: wheelArchive(dir, [`${dir}/licenses/LICENSE`]) }, meta)),
    ).toEqual([]);
  });
});
