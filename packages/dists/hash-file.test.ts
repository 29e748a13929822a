import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashFile } from './hash-file.js';
import { python } from '../../test/support/python.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dists-hash-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('hashFile', () => {
  it.each([0, 1, (1 << 20) - 1, 1 << 20, (3 << 20) + 17])('agrees with hashlib on %i bytes', async (size) => {
    const path = join(dir, `f${size}`);
    await writeFile(path, randomBytes(size));
    const expected = await python<Record<string, string | number>>(
      `
import hashlib, json, sys
data = open(sys.argv[1], "rb").read()
print(json.dumps(dict(size=len(data), sha256=hashlib.sha256(data).hexdigest(),
    blake2_256=hashlib.blake2b(data, digest_size=32).hexdigest(), md5=hashlib.md5(data).hexdigest())))`,
      path,
    );
    expect(await hashFile(path)).toEqual(expected);
  });

  it('gives the same digests when hashers are recycled across files hashed at once', async () => {
    const paths = await Promise.all(
      [5, 70_000, 1 << 20, 9].map(async (size, index) => {
        const path = join(dir, `parallel${index}`);
        await writeFile(path, randomBytes(size));
        return path;
      }),
    );
    const oneByOne = [];
    for (const path of paths) oneByOne.push(await hashFile(path));
    expect(await Promise.all(paths.map((path) => hashFile(path)))).toEqual(oneByOne);
  });
});
