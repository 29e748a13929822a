import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { serializeManifest, MANIFEST_SCHEMA } from '../artifacts/index.js';
import { filesFromDirectory, filesFromManifest } from './local-files.js';

describe('filesFromDirectory', () => {
  it('lists the distributions directly in the directory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'publish-dir-'));
    await writeFile(join(dir, 'pure-1.0.tar.gz'), 'x');
    await writeFile(join(dir, 'pure-1.0-py3-none-any.whl'), 'x');
    await writeFile(join(dir, 'notes.txt'), 'x');
    await mkdir(join(dir, 'sub.whl'));
    expect(await filesFromDirectory(dir)).toEqual({
      files: [
        { path: join(dir, 'pure-1.0-py3-none-any.whl'), filename: 'pure-1.0-py3-none-any.whl' },
        { path: join(dir, 'pure-1.0.tar.gz'), filename: 'pure-1.0.tar.gz' },
      ],
      ignored: ['notes.txt'],
    });
  });

  it('says what to do about a missing or empty directory, in one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'publish-dir-'));
    await expect(filesFromDirectory(join(dir, 'dist'))).rejects.toThrow(
      `packages-dir ${join(dir, 'dist')} does not exist: build the distributions into it first (python -m build), or set packages-dir to where they are`,
    );
    await writeFile(join(dir, 'README'), 'x');
    await expect(filesFromDirectory(dir)).rejects.toThrow(
      `packages-dir ${dir} holds no wheel (.whl) or sdist (.tar.gz) (it holds README): build them first, or set packages-dir to where they are`,
    );
    await expect(filesFromDirectory(join(dir, 'README'))).rejects.toThrow(
      `packages-dir ${join(dir, 'README')} is a file, not a directory`,
    );
  });
});

describe('filesFromManifest', () => {
  it('takes exactly the files listed, beside the manifest, with what they must still be', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'publish-manifest-'));
    const manifest = join(dir, 'manifest.json');
    const entry = {
      file: 'pure-1.0.tar.gz',
      size: 10,
      sha256: 'a'.repeat(64),
      blake2b_256: 'b'.repeat(64),
      origin: 'sdist',
    };
    await writeFile(manifest, serializeManifest({ schema: MANIFEST_SCHEMA, files: [entry] }));
    expect(await filesFromManifest(manifest)).toEqual([
      {
        path: join(dir, 'pure-1.0.tar.gz'),
        filename: 'pure-1.0.tar.gz',
        expected: { size: 10, sha256: 'a'.repeat(64), blake2_256: 'b'.repeat(64) },
      },
    ]);
  });

  it('passes on what is wrong with a manifest in one line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'publish-manifest-'));
    await expect(filesFromManifest(join(dir, 'manifest.json'))).rejects.toThrow(
      /^manifest .*manifest\.json: cannot read the manifest \(ENOENT\); check the manifest input$/,
    );
    await writeFile(join(dir, 'bad.json'), '{"schema": "nope"}');
    await expect(filesFromManifest(join(dir, 'bad.json'))).rejects.toThrow(
      /schema must be "release-actions\/manifest@1"/,
    );
  });
});
