// What the official client alone costs: every artifact of the run downloaded with @actions/artifact's
// downloadArtifact (the zip as it is, its digest checked, as collect-artifacts asks for it), four at a time, into
// <dir>, nothing else done with the bytes, under the young-generation collection collect runs its downloads in
// (so that the bound compares like with like). Prints `CPU {"seconds": …, "bytes": …}`: this process's CPU over
// the downloads alone (not its start-up) and the bytes downloaded. The job's environment comes from the stand-in.
// Usage: node --import test/local-index/support/ts-loader.mjs client-download.ts <dir>
import { DefaultArtifactClient } from '@actions/artifact';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { mapWithLimit, withYoungCollection } from '../../../packages/common/index.js';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('usage: client-download.ts <dir>');
const client = new DefaultArtifactClient();
const { artifacts } = await client.listArtifacts();
const before = process.cpuUsage();
const sizes = await withYoungCollection(() =>
  mapWithLimit(artifacts, 4, async (artifact) => {
    const into = join(dir, String(artifact.id));
    const { digestMismatch } = await client.downloadArtifact(artifact.id, {
      path: into,
      skipDecompress: true,
      ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
    });
    if (digestMismatch) throw new Error(`artifact ${artifact.name}: digest mismatch`);
    const [file] = await readdir(into);
    return (await stat(join(into, file ?? ''))).size;
  }),
);
const { user, system } = process.cpuUsage(before);
const bytes = (sizes as number[]).reduce((sum, size) => sum + size, 0);
process.stdout.write(`\nCPU ${JSON.stringify({ seconds: (user + system) / 1e6, bytes })}\n`);
