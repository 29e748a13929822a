// The young generation's size under withYoungCollection, in a fresh node whose young generation starts small.
import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import { runChecked } from '../process/index.js';

const ROOT = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');

describe('withYoungCollection and the young generation', () => {
  it('holds it at its size while collecting on a timer, where the same churn otherwise grows it', async () => {
    const { stdout } = await runChecked(process.execPath, [
      '--import',
      join(ROOT, 'test', 'local-index', 'support', 'ts-loader.mjs'),
      join(ROOT, 'test', 'support', 'young-generation-probe.ts'),
    ]);
    const { start, held, after } = JSON.parse(stdout) as { start: number; held: number; after: number };
    // V8 may take it to its first working size; doubling past that (to 32 MiB per half in node 24) is the growth
    // that made collect's peak rise with the bytes downloaded.
    expect(held).toBeLessThanOrEqual(2 * start);
    expect(after).toBeGreaterThanOrEqual(8 * held);
  }, 30_000);
});
