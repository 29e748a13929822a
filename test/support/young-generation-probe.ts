// Run in a fresh node (its young generation at its starting size): the same churn of short-lived objects that
// outlive a collection or two, first under withYoungCollection, then with nothing running. Prints
// `{"start": …, "held": …, "after": …}`: the young generation's size (bytes) at the start, after the churn under
// withYoungCollection, and after the same churn without it.
// Usage: node --import test/local-index/support/ts-loader.mjs test/support/young-generation-probe.ts
import { getHeapSpaceStatistics } from 'node:v8';
import { withYoungCollection } from '../../packages/common/index.js';

const youngGenerationSize = () =>
  getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? NaN;

/** Objects kept for a while, as a transfer's streams and buffers are, then dropped: 40 MB in all. */
async function churn(): Promise<void> {
  const window: object[] = [];
  for (let round = 0; round < 40; round += 1) {
    for (let i = 0; i < 10_000; i += 1) window.push({ round, i, payload: [round, i] });
    window.splice(0, window.length - 20_000);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

const start = youngGenerationSize();
await withYoungCollection(churn, 5);
const held = youngGenerationSize();
await churn();
process.stdout.write(`${JSON.stringify({ start, held, after: youngGenerationSize() })}\n`);
