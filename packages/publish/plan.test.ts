import { describe, expect, it } from '@jest/globals';
import { identifyRelease, planRelease, preflightFailure } from './plan.js';
import { digest, indexWith, inspected, remoteOf } from '../../test/support/publish-files.js';
import type { IndexState, ReleasePlan } from './types.js';

const EMPTY: IndexState = { files: new Map(), releaseExists: false };
const ID = { project: 'pure', version: '1.0' };
const MIB = 1024 * 1024;

const order = (plan: ReleasePlan) => plan.entries.map((e) => `${e.phase}:${e.file.filename}`);

describe('identifyRelease', () => {
  it('names the release after the first file, accepting names that normalize alike', () => {
    const files = [
      inspected('Pure-1.0-py3-none-any.whl', { name: 'Pure' }),
      inspected('pure-1.0.tar.gz', { name: 'pure' }),
    ];
    expect(identifyRelease(files)).toEqual({ identity: { project: 'Pure', version: '1.0' }, problems: [] });
  });

  it('refuses two projects, naming each with its files', () => {
    const { identity, problems } = identifyRelease([
      inspected('pure-1.0-py3-none-any.whl'),
      inspected('other-1.0-py3-none-any.whl', { name: 'other' }),
    ]);
    expect(identity).toBeNull();
    expect(problems).toEqual([
      {
        filename: '',
        message:
          'the files are not one project: pure (pure-1.0-py3-none-any.whl) and other (other-1.0-py3-none-any.whl); publish one project per step (a packages-dir or manifest each)',
      },
    ]);
  });

  it('refuses two versions (a stale build left in dist/), listing at most three files per version', () => {
    const stale = ['cp310', 'cp311', 'cp312', 'cp313'].map((py) =>
      inspected(`pure-0.9-${py}-${py}-manylinux_2_17_x86_64.whl`, { version: '0.9' }),
    );
    const { problems } = identifyRelease([inspected('pure-1.0.tar.gz'), ...stale]);
    expect(problems[0]?.message).toBe(
      'the files are not one version of pure: 1.0 (pure-1.0.tar.gz) and 0.9 (pure-0.9-cp310-cp310-manylinux_2_17_x86_64.whl, pure-0.9-cp311-cp311-manylinux_2_17_x86_64.whl, pure-0.9-cp312-cp312-manylinux_2_17_x86_64.whl, and 1 more); remove the stale files (build into an empty directory) so that one release is left',
    );
  });

  it('falls back to the filename for a file whose metadata cannot be read', () => {
    const broken = { ...inspected('pure-1.1-py3-none-any.whl'), metadata: null };
    expect(identifyRelease([inspected('pure-1.0.tar.gz'), broken]).problems[0]?.message).toMatch(
      /^the files are not one version of pure: 1.0 \(pure-1.0.tar.gz\) and 1.1 /,
    );
  });
});

describe('planRelease: order', () => {
  it('sends the smallest wheel first and alone, the other wheels largest first, the sdist last', () => {
    const files = [
      inspected('pure-1.0.tar.gz', { size: 100 }),
      inspected('pure-1.0-cp312-cp312-win_amd64.whl', { size: 3 * MIB }),
      inspected('pure-1.0-cp312-cp312-manylinux_2_17_x86_64.whl', { size: 5 * MIB }),
      inspected('pure-1.0-cp312-cp312-macosx_11_0_arm64.whl', { size: 1 * MIB }),
    ];
    const plan = planRelease(files, ID, EMPTY, { skipExisting: false });
    expect(plan.problems).toEqual([]);
    expect(order(plan)).toEqual([
      'first:pure-1.0-cp312-cp312-macosx_11_0_arm64.whl',
      'wheel:pure-1.0-cp312-cp312-manylinux_2_17_x86_64.whl',
      'wheel:pure-1.0-cp312-cp312-win_amd64.whl',
      'sdist:pure-1.0.tar.gz',
    ]);
    expect(plan.entries.every((e) => e.action === 'upload')).toBe(true);
  });

  it('needs no first file when the release exists already', () => {
    const done = inspected('pure-1.0-py2-none-any.whl');
    const files = [inspected('pure-1.0.tar.gz'), inspected('pure-1.0-py3-none-any.whl'), done];
    const plan = planRelease(files, ID, indexWith(remoteOf(done)), { skipExisting: false });
    expect(order(plan)).toEqual([
      'wheel:pure-1.0-py3-none-any.whl',
      'sdist:pure-1.0.tar.gz',
      'none:pure-1.0-py2-none-any.whl',
    ]);
    expect(plan.entries[2]?.action).toBe('already-present');
  });

  it('sends a file above the default size limit first, so that a refusal leaves nothing behind', () => {
    const files = [
      inspected('pure-1.0-py3-none-any.whl', { size: 5 * MIB }),
      inspected('pure-1.0-cp312-cp312-manylinux_2_17_x86_64.whl', { size: 1024 * MIB }),
      inspected('pure-1.0-cp312-cp312-win_amd64.whl', { size: 10 * MIB }),
    ];
    const plan = planRelease(files, ID, EMPTY, { skipExisting: false, riskySize: 100 * MIB });
    expect(order(plan)[0]).toBe('first:pure-1.0-cp312-cp312-manylinux_2_17_x86_64.whl');
    expect(plan.problems).toEqual([]);
    expect(plan.warnings).toEqual([
      "pure-1.0-cp312-cp312-manylinux_2_17_x86_64.whl is 1.00 GiB, above PyPI's default limit of 100.0 MiB: the index refuses it unless the project's limit was raised; it goes first, so that a refusal leaves nothing uploaded",
    ]);
  });

  it('sends an sdist first when there is no wheel', () => {
    const plan = planRelease([inspected('pure-1.0.tar.gz')], ID, EMPTY, { skipExisting: false });
    expect(order(plan)).toEqual(['first:pure-1.0.tar.gz']);
  });
});

describe('planRelease: what the index has', () => {
  const wheel = inspected('pure-1.0-py3-none-any.whl');
  const sdist = inspected('pure-1.0.tar.gz');

  it('counts a file already there with the same sha256 as done', () => {
    const plan = planRelease([wheel, sdist], ID, indexWith(remoteOf(wheel)), { skipExisting: false });
    expect(plan.entries.map((e) => [e.file.filename, e.action])).toEqual([
      ['pure-1.0.tar.gz', 'upload'],
      ['pure-1.0-py3-none-any.whl', 'already-present'],
    ]);
    expect(plan.entries[1]?.remote?.url).toBe('https://files.example/pure-1.0-py3-none-any.whl');
  });

  it('stops on a file there with other content, naming the file, both digests and the fix', () => {
    const index = indexWith(remoteOf(wheel, { sha256: digest('other bytes') }));
    const plan = planRelease([wheel, sdist], ID, index, { skipExisting: false });
    expect(plan.problems).toEqual([
      {
        filename: 'pure-1.0-py3-none-any.whl',
        message: `is already on the index with different content (sha256 ${digest('other bytes').slice(0, 16)}… there, ${wheel.hashes?.sha256.slice(0, 16)}… here): a file on an index can never be replaced; bump the version and build again, or set skip-existing: true to leave the index's copy`,
      },
    ]);
    expect(preflightFailure(plan.problems)).toMatch(
      /^pure-1\.0-py3-none-any\.whl is already on the index with different content .*; nothing was uploaded$/,
    );
  });

  it('skips such a file with a warning under skip-existing', () => {
    const index = indexWith(remoteOf(wheel, { sha256: digest('other bytes') }));
    const plan = planRelease([wheel, sdist], ID, index, { skipExisting: true });
    expect(plan.problems).toEqual([]);
    expect(plan.entries.map((e) => e.action)).toEqual(['upload', 'skip']);
    expect(plan.warnings[0]).toMatch(
      /^pure-1\.0-py3-none-any\.whl is already on the index with different content .*: skipped, the index keeps its copy$/,
    );
  });

  it('finds a filename taken in another release of the project', () => {
    const index = indexWith(remoteOf(wheel, { sha256: digest('old'), inRelease: false }));
    expect(index.releaseExists).toBe(false);
    const plan = planRelease([wheel], ID, index, { skipExisting: false });
    expect(plan.problems[0]?.message).toMatch(/^is already on the index with different content/);
  });

  it('leaves a file the index lists without a digest to the upload to decide', () => {
    const plan = planRelease([wheel], ID, indexWith({ filename: wheel.filename }), { skipExisting: false });
    expect(plan.entries[0]?.action).toBe('upload');
  });

  it("applies PyPI's release rules against the index: one sdist per release", () => {
    const index = indexWith({ filename: 'pure-1.0.zip', sha256: digest('zip'), packagetype: 'sdist' });
    const plan = planRelease([wheel, sdist], ID, index, { skipExisting: false });
    expect(plan.problems).toEqual([
      {
        filename: 'pure-1.0.tar.gz',
        message: 'would be refused by the index: 400 Only one sdist may be uploaded per release.',
      },
    ]);
  });

  it('finds the same content under another filename (PyPI matches blake2 digests index-wide)', () => {
    const index = indexWith({
      filename: 'pure-0.9-py3-none-any.whl',
      sha256: digest('x'),
      blake2_256: wheel.hashes?.blake2_256 ?? '',
      inRelease: false,
    });
    const plan = planRelease([wheel], ID, index, { skipExisting: false });
    expect(plan.problems[0]?.message).toMatch(
      /^would be refused by the index: 400 File already exists \('pure-1\.0-py3-none-any\.whl', with blake2_256 hash/,
    );
  });
});

describe('planRelease: files that cannot go', () => {
  it('refuses a corrupt archive among ten with what PyPI would answer, in one line', () => {
    const files = [
      ...Array.from({ length: 9 }, (_, i) => inspected(`pure-1.0-py3${i}-none-any.whl`)),
      inspected('pure-1.0-cp312-cp312-win_amd64.whl', {
        archive: { unreadable: 'File is not a zipfile', members: [] },
        problems: ['has no readable metadata: no end of central directory record'],
      }),
    ];
    const plan = planRelease(files, ID, EMPTY, { skipExisting: false });
    expect(plan.problems).toEqual([
      {
        filename: 'pure-1.0-cp312-cp312-win_amd64.whl',
        message: 'would be refused by the index: 400 Invalid distribution file. File is not a zipfile',
      },
    ]);
    expect(preflightFailure(plan.problems)).toBe(
      'pure-1.0-cp312-cp312-win_amd64.whl would be refused by the index: 400 Invalid distribution file. File is not a zipfile; nothing was uploaded',
    );
  });

  it('refuses a new project PyPI would not create, by the name twine sends, and only a new one', () => {
    const file = inspected('xml-1.0-py3-none-any.whl', { name: 'xml' });
    const xml = { project: 'xml', version: '1.0' };
    const fresh = { ...EMPTY, projectExists: false };
    expect(planRelease([file], xml, fresh, { skipExisting: false }).problems).toEqual([
      {
        filename: '',
        message:
          "a new project named xml would be refused by the index: 400 The name 'xml' isn't allowed (conflict with Python Standard Library module name). See https://pypi.org/help/#project-name for more information.",
      },
    ]);
    const underscored = planRelease([file], { project: 'requirements_txt', version: '1.0' }, fresh, {
      skipExisting: false,
    });
    expect(underscored.problems.at(-1)?.message).toMatch(/The name 'requirements-txt' isn't allowed\./);
    expect(
      planRelease([file], xml, { ...EMPTY, projectExists: true }, { skipExisting: false }).problems,
    ).toEqual([]);
    expect(planRelease([file], xml, EMPTY, { skipExisting: false }).problems).toEqual([]);
  });

  it('reports problems found while reading even without metadata verification', () => {
    const file = inspected('pure-1.0-py3-none-any.whl', { facts: false, problems: ['is missing (/dist/x)'] });
    expect(planRelease([file], ID, EMPTY, { skipExisting: false }).problems).toEqual([
      { filename: 'pure-1.0-py3-none-any.whl', message: 'is missing (/dist/x)' },
    ]);
  });

  it('ignores reading trouble of a file the index already has byte for byte', () => {
    const file = inspected('pure-1.0-py3-none-any.whl', { problems: ['has no readable metadata: odd'] });
    expect(planRelease([file], ID, indexWith(remoteOf(file)), { skipExisting: false }).problems).toEqual([]);
  });

  it('refuses two sdists in one release', () => {
    const files = [inspected('pure-1.0.tar.gz'), inspected('Pure-1.0.tar.gz', { name: 'Pure' })];
    const plan = planRelease(files, ID, EMPTY, { skipExisting: false });
    expect(plan.problems.at(-1)).toEqual({
      filename: '',
      message:
        'a release holds one sdist, but 2 are to be uploaded (pure-1.0.tar.gz, Pure-1.0.tar.gz); remove the stale one',
    });
    expect(preflightFailure(plan.problems)).toMatch(/^would be refused|^a release holds|^Pure-1\.0\.tar\.gz/);
  });

  describe('against the manifest', () => {
    const base = inspected('pure-1.0-py3-none-any.whl');
    const recorded = {
      size: base.hashes?.size ?? 0,
      sha256: base.hashes?.sha256 ?? '',
      blake2b_256: base.hashes?.blake2_256 ?? '',
    };
    const fix = 'it changed after collect-artifacts recorded it; collect the artifacts again';

    it('accepts a file as recorded', () => {
      const file = inspected('pure-1.0-py3-none-any.whl', { expected: recorded });
      expect(planRelease([file], ID, EMPTY, { skipExisting: false }).problems).toEqual([]);
    });

    it.each([
      ['size', { ...recorded, size: 1999 }, `is 2000 bytes, but the manifest records 1999: ${fix}`],
      [
        'sha256',
        { ...recorded, sha256: 'f'.repeat(64) },
        `has sha256 ${recorded.sha256.slice(0, 16)}…, but the manifest records ffffffffffffffff…: ${fix}`,
      ],
      [
        'blake2b-256',
        { ...recorded, blake2b_256: '0'.repeat(64) },
        `has blake2b-256 ${recorded.blake2b_256.slice(0, 16)}…, but the manifest records 0000000000000000…: ${fix}`,
      ],
    ])('refuses a file whose %s differs', (_label, expected, message) => {
      const file = inspected('pure-1.0-py3-none-any.whl', { expected });
      expect(planRelease([file], ID, EMPTY, { skipExisting: false }).problems).toEqual([
        { filename: 'pure-1.0-py3-none-any.whl', message },
      ]);
    });

    it('refuses a changed file even when the index has the changed bytes', () => {
      const file = inspected('pure-1.0-py3-none-any.whl', {
        expected: { ...recorded, sha256: 'f'.repeat(64) },
      });
      const plan = planRelease([file], ID, indexWith(remoteOf(file)), { skipExisting: false });
      expect(plan.problems).toHaveLength(1);
    });
  });
});

describe('preflightFailure', () => {
  it('is one line naming the first problem and counting the rest', () => {
    const problems = [
      { filename: '', message: 'the files are not one project: a and b' },
      { filename: 'x.whl', message: 'is missing' },
      { filename: 'y.whl', message: 'is missing' },
    ];
    expect(preflightFailure(problems)).toBe(
      'the files are not one project: a and b (and 2 more problems, listed in the log); nothing was uploaded',
    );
    expect(preflightFailure([])).toBe('');
  });
});
