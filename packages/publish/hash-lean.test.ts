import { writeFile, mkdtemp } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { hashFile } from '../dists/index.js';
import { hashFileLean } from './hash-lean.js';

describe('hashFileLean', () => {
  it.each([0, 1, (1 << 20) - 1, 1 << 20, 3 * (1 << 20) + 17])(
    'gives what hashFile gives for %i bytes',
    async (size) => {
      const path = join(await mkdtemp(join(tmpdir(), 'publish-hash-')), 'x.whl');
      await writeFile(path, randomBytes(size));
      expect(await hashFileLean(path)).toEqual(await hashFile(path));
    },
  );
});
