import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MANIFEST_SCHEMA, serializeManifest } from '../artifacts/index.js';
import { expectedFiles } from './expected-files.js';

const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

describe('expectedFiles', () => {
  it('hashes the wheels and sdists of a directory, sorted', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'verify-expected-'));
    await writeFile(join(dir, 'b-1.0.tar.gz'), 'sdist');
    const big = Buffer.alloc((8 << 20) + 3, 7);
    await writeFile(join(dir, 'a-1.0-py3-none-any.whl'), big);
    await writeFile(join(dir, 'a-1.0-py3-none-any.whl.sigstore'), 'sig');
    expect(await expectedFiles({ directory: dir })).toEqual({
      source: dir,
      files: [
        { filename: 'a-1.0-py3-none-any.whl', size: big.length, sha256: sha(big) },
        { filename: 'b-1.0.tar.gz', size: 5, sha256: sha('sdist') },
      ],
    });
  });

  it('takes sizes and hashes from a manifest as written, without the files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'verify-expected-'));
    const manifest = join(dir, 'manifest.json');
    const file = {
      file: 'a-1.0.tar.gz',
      size: 5,
      sha256: 'c'.repeat(64),
      blake2b_256: 'd'.repeat(64),
      origin: 'job',
    };
    await writeFile(manifest, serializeManifest({ schema: MANIFEST_SCHEMA, files: [file] }));
    expect(await expectedFiles({ manifest })).toEqual({
      source: manifest,
      files: [{ filename: 'a-1.0.tar.gz', size: 5, sha256: 'c'.repeat(64) }],
    });
  });
});
