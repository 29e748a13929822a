import { describe, expect, it } from '@jest/globals';
import { minorCollectionsDuring } from '../../test/support/gc-entries.js';
import { bodyReceived, YOUNG_COLLECTION_BYTES } from './young-garbage.js';

describe('bodyReceived', () => {
  it('collects the young generation once per YOUNG_COLLECTION_BYTES received, not per chunk', async () => {
    const chunk = 64 * 1024;
    const chunks = (3 * YOUNG_COLLECTION_BYTES) / chunk;
    const collections = await minorCollectionsDuring(() => {
      for (let i = 0; i < chunks; i++) bodyReceived(chunk);
    });
    expect(collections).toBeGreaterThanOrEqual(3);
    expect(collections).toBeLessThan(chunks / 4);
  });
});
