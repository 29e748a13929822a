// node:zlib and node:crypto are imported once: a bundle builds a new namespace object at every dynamic import.
import { describe, expect, it } from '@jest/globals';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadCrypto, loadZlib } from './index.js';

const PACKAGES = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..');

describe('lazy modules', () => {
  it('gives the same module every time', async () => {
    expect(await loadZlib()).toBe(await loadZlib());
    expect(typeof (await loadCrypto()).createHash).toBe('function');
  });

  it('is the only dynamic import of node:zlib and node:crypto in packages/', async () => {
    const sources = (await readdir(PACKAGES, { recursive: true })).filter(
      (path) => path.endsWith('.ts') && !path.endsWith('.test.ts') && !path.endsWith('lazy-modules.ts'),
    );
    const importing: string[] = [];
    for (const path of sources) {
      const text = await readFile(join(PACKAGES, path), 'utf8');
      if (/await import\(\s*'node:(zlib|crypto)'\s*\)/.test(text)) importing.push(path);
    }
    expect(importing).toEqual([]);
  });
});
