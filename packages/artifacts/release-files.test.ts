import { describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runChecked } from '../process/index.js';
import { MANIFEST_SCHEMA, releaseFiles, ReleaseFilesError, serializeManifest } from './index.js';

const tempDir = () => mkdtemp(join(tmpdir(), 'release-files-'));
const entry = (file: string) => ({
  file,
  size: 10,
  sha256: 'a'.repeat(64),
  blake2b_256: 'b'.repeat(64),
  origin: 'test',
});

describe('releaseFiles from a directory', () => {
  it('takes the wheels and sdists directly in it, sorted, and names the rest', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'pure-1.0.tar.gz'), 'x');
    await writeFile(join(dir, 'pure-1.0-py3-none-any.whl'), 'x');
    await writeFile(join(dir, 'notes.txt'), 'x');
    await symlink(join(dir, 'pure-1.0.tar.gz'), join(dir, 'pure-1.0-py2-none-any.whl'));
    expect(await releaseFiles({ directory: dir })).toEqual({
      files: [
        { filename: 'pure-1.0-py2-none-any.whl', path: join(dir, 'pure-1.0-py2-none-any.whl') },
        { filename: 'pure-1.0-py3-none-any.whl', path: join(dir, 'pure-1.0-py3-none-any.whl') },
        { filename: 'pure-1.0.tar.gz', path: join(dir, 'pure-1.0.tar.gz') },
      ],
      ignored: ['notes.txt'],
      source: dir,
    });
  });

  it('says in one line what to do about a missing, empty or wrong directory', async () => {
    const dir = await tempDir();
    const missing = join(dir, 'dist');
    await expect(releaseFiles({ directory: missing })).rejects.toThrow(
      new ReleaseFilesError(
        `packages-dir ${missing} does not exist: build the distributions into it first (python -m build), or set packages-dir to where they are`,
      ),
    );
    await writeFile(join(dir, 'README'), 'x');
    await expect(releaseFiles({ directory: dir })).rejects.toThrow(
      `packages-dir ${dir} holds no wheel (.whl) or sdist (.tar.gz) (it holds README): build them first, or set packages-dir to where they are`,
    );
    await expect(
      releaseFiles({ directory: join(dir, 'README') }, { directoryInput: 'path' }),
    ).rejects.toThrow(`path ${join(dir, 'README')} is a file, not a directory`);
  });

  // Issue 10 item 5: these were left out silently and the release published without them.
  it.each([
    ['a directory', async (path: string) => mkdir(path)],
    ['a named pipe (FIFO)', async (path: string) => void (await runChecked('mkfifo', [path]))],
    ['a symbolic link loop', async (path: string) => symlink(path, path)],
  ])('refuses a distribution name that is %s, naming it', async (what, make) => {
    const dir = await tempDir();
    await writeFile(join(dir, 'x-1.0.0-py3-none-any.whl'), 'x');
    await make(join(dir, 'x-1.0.0.tar.gz'));
    await expect(releaseFiles({ directory: dir })).rejects.toThrow(
      `packages-dir ${dir}: x-1.0.0.tar.gz is ${what}, not a distribution file: remove it or move it out of packages-dir`,
    );
  });
});

describe('releaseFiles from a manifest', () => {
  it('takes exactly the files listed, beside the manifest, with what they must still be', async () => {
    const dir = await tempDir();
    const manifest = join(dir, 'manifest.json');
    await writeFile(
      manifest,
      serializeManifest({ schema: MANIFEST_SCHEMA, files: [entry('pure-1.0.tar.gz')] }),
    );
    expect(await releaseFiles({ manifest })).toEqual({
      files: [
        {
          filename: 'pure-1.0.tar.gz',
          path: join(dir, 'pure-1.0.tar.gz'),
          expected: { size: 10, sha256: 'a'.repeat(64), blake2b_256: 'b'.repeat(64) },
        },
      ],
      ignored: [],
      source: manifest,
    });
  });

  it('passes on what is wrong with the manifest, and refuses a listed name that is no regular file', async () => {
    const dir = await tempDir();
    await expect(releaseFiles({ manifest: join(dir, 'manifest.json') })).rejects.toThrow(
      /^manifest .*manifest\.json: cannot read the manifest \(ENOENT\); check the manifest input$/,
    );
    const manifest = join(dir, 'manifest.json');
    await writeFile(
      manifest,
      serializeManifest({ schema: MANIFEST_SCHEMA, files: [entry('pure-1.0.tar.gz')] }),
    );
    await mkdir(join(dir, 'pure-1.0.tar.gz'));
    await expect(releaseFiles({ manifest })).rejects.toThrow(
      `manifest ${manifest}: pure-1.0.tar.gz is a directory in ${dir}, not a distribution file: collect the artifacts again`,
    );
  });
});
