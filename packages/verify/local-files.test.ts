import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VerifyError } from './errors.js';
import { filesFromDirectory, filesFromManifest, sha256File } from './local-files.js';

let dir: string;
const sha = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'verify-local-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('filesFromDirectory', () => {
  it('hashes every wheel and sdist, sorted, and ignores everything else', async () => {
    const d = join(dir, 'dist');
    await mkdir(join(d, 'sub.whl'), { recursive: true });
    await writeFile(join(d, 'b-1.0.tar.gz'), 'sdist');
    await writeFile(join(d, 'a-1.0-py3-none-any.whl'), 'wheel');
    await writeFile(join(d, 'manifest.json'), '{}');
    await writeFile(join(d, 'a-1.0-py3-none-any.whl.sigstore'), 'sig');
    const release = await filesFromDirectory(d);
    expect(release.source).toBe(d);
    expect(release.files).toEqual([
      {
        filename: 'a-1.0-py3-none-any.whl',
        path: join(d, 'a-1.0-py3-none-any.whl'),
        size: 5,
        sha256: sha('wheel'),
      },
      { filename: 'b-1.0.tar.gz', path: join(d, 'b-1.0.tar.gz'), size: 5, sha256: sha('sdist') },
    ]);
  });

  it('names the input and the fix when the directory is missing or holds no dists', async () => {
    await expect(filesFromDirectory(join(dir, 'nope'))).rejects.toThrow(
      new VerifyError(
        `packages-dir '${join(dir, 'nope')}' cannot be read (ENOENT): point it at the directory of built files, or set manifest`,
      ),
    );
    const empty = join(dir, 'empty');
    await mkdir(empty);
    await expect(filesFromDirectory(empty)).rejects.toThrow(
      'holds no wheels or sdists: build them there first, or set manifest',
    );
  });
});

describe('sha256File', () => {
  it('gives the same answer for small files read whole and large files streamed', async () => {
    const big = Buffer.alloc((8 << 20) + 3, 7);
    await writeFile(join(dir, 'big'), big);
    await writeFile(join(dir, 'small'), 'abc');
    expect(await sha256File(join(dir, 'big'))).toEqual({ size: big.length, sha256: sha(big) });
    expect(await sha256File(join(dir, 'small'))).toEqual({ size: 3, sha256: sha('abc') });
  });
});

describe('filesFromManifest', () => {
  it('takes sizes and hashes from the manifest, paths beside it', async () => {
    const path = join(dir, 'manifest.json');
    const file = {
      file: 'a-1.0.tar.gz',
      size: 5,
      sha256: 'c'.repeat(64),
      blake2b_256: 'd'.repeat(64),
      origin: 'job',
    };
    await writeFile(path, JSON.stringify({ schema: 'release-actions/manifest@1', files: [file] }));
    expect(await filesFromManifest(path)).toEqual({
      source: path,
      files: [{ filename: 'a-1.0.tar.gz', size: 5, sha256: 'c'.repeat(64), path: join(dir, 'a-1.0.tar.gz') }],
    });
  });

  it('turns manifest errors into VerifyErrors that name the file', async () => {
    await expect(filesFromManifest(join(dir, 'missing.json'))).rejects.toThrow(VerifyError);
    await expect(filesFromManifest(join(dir, 'missing.json'))).rejects.toThrow(
      `${join(dir, 'missing.json')}: cannot read the manifest (ENOENT)`,
    );
  });
});
