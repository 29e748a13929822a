// The artifact service stand-in for the benchmark, in its own process: on first start it uploads every file of
// <files-dir> as its own artifact (dist-000, dist-001, …) with the official client, as build jobs would; then
// it prints `READY {"env": …, "urls": […]}` (what a runner gives the collecting job, and a signed blob URL of each
// artifact, for the benchmark's plain download) and serves until SIGTERM, when it prints `CPU {"seconds": …}`
// spent serving.
// Usage: node --import test/local-index/support/ts-loader.mjs serve-artifacts.ts <storage-dir> <files-dir>
import { DefaultArtifactClient } from '@actions/artifact';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { startArtifactService } from '../../../packages/artifact-service/index.js';
import { mapWithLimit } from '../../../packages/common/index.js';

const [storageDir, filesDir] = process.argv.slice(2);
if (!storageDir || !filesDir) throw new Error('usage: serve-artifacts.ts <storage-dir> <files-dir>');
const service = await startArtifactService({ storageDir });
if (service.artifacts().length === 0) {
  const files = (await readdir(filesDir)).filter((f) => f.endsWith('.whl')).sort();
  Object.assign(process.env, service.jobEnv({ job: 'build' }), { GITHUB_WORKSPACE: filesDir });
  const client = new DefaultArtifactClient();
  // Wheels are compressed already: upload-artifact's compression-level 0 stores them.
  await mapWithLimit(files, 4, (file, index) =>
    client.uploadArtifact(`dist-${String(index).padStart(3, '0')}`, [join(filesDir, file)], filesDir, {
      compressionLevel: 0,
    }),
  );
}
const serving = process.cpuUsage();
const urls = service.artifacts().map((artifact) => service.downloadUrl(artifact.id));
process.stdout.write(`\nREADY ${JSON.stringify({ env: service.jobEnv({ job: 'release' }), urls })}\n`);
process.on('SIGTERM', () => {
  void service.close().then(() => {
    const { user, system } = process.cpuUsage(serving);
    process.stdout.write(`\nCPU ${JSON.stringify({ seconds: (user + system) / 1e6 })}\n`);
    process.exit(0);
  });
});
