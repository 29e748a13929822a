// A fresh embedded index for the benchmark, in its own process: prints {"url": …} and serves until SIGTERM,
// then prints {"cpuSeconds": …} spent since it was ready.
// Usage: node --import test/local-index/support/ts-loader.mjs serve-index.ts <storage-dir> <token>
import { startIndex } from '../../../packages/local-index/index.js';

const [storageDir, token] = process.argv.slice(2);
if (!storageDir || !token) throw new Error('usage: serve-index.ts <storage-dir> <token>');
const index = await startIndex({ storageDir, token, port: 0, maxFileSize: 2 * 1024 ** 3 });
const startup = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ url: index.url, uploadUrl: index.uploadUrl })}\n`);
// On SIGTERM: the CPU seconds this index spent (to tell the client's share of the wall time from the index's).
process.on('SIGTERM', () => {
  void index.close().then(() => {
    // Start-up (transpiling the index's TypeScript) is not part of serving.
    const { user, system } = process.cpuUsage(startup);
    process.stdout.write(`${JSON.stringify({ cpuSeconds: (user + system) / 1e6 })}\n`);
    process.exit(0);
  });
});
