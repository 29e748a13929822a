// A fresh embedded index for the benchmark, in its own process: prints {"url": …} and serves until SIGTERM
// or until its standard input closes (the benchmark that started it is gone), then prints {"cpuSeconds": …}
// spent since it was ready, deletes its storage directory and exits.
// Usage: node --import test/local-index/support/ts-loader.mjs serve-index.ts <storage-dir> <token>
import { rmSync } from 'node:fs';
import { startIndex } from '../../../packages/local-index/index.js';

/** The longest a stop may take: the index's own close lets uploads finish for 10 s, then cuts them. */
const STOP_DEADLINE_MS = 20_000;

const [storageDir, token] = process.argv.slice(2);
if (!storageDir || !token) throw new Error('usage: serve-index.ts <storage-dir> <token>');
const index = await startIndex({ storageDir, token, port: 0, maxFileSize: 2 * 1024 ** 3 });
const startup = process.cpuUsage();
process.stdout.write(`${JSON.stringify({ url: index.url, uploadUrl: index.uploadUrl })}\n`);

let stopping = false;
/** Closes the index (never for longer than STOP_DEADLINE_MS), reports the CPU it spent and cleans up. */
function stop(): void {
  if (stopping) return;
  stopping = true;
  // A close that hangs (a request that never settles) must not leave this process serving on its own.
  setTimeout(() => finish(1), STOP_DEADLINE_MS).unref();
  void index.close().then(
    () => finish(0),
    () => finish(1),
  );
}

function finish(code: number): void {
  // Start-up (transpiling the index's TypeScript) is not part of serving.
  const { user, system } = process.cpuUsage(startup);
  // With the benchmark gone, nobody reads this: the pipe's error is expected and harmless.
  process.stdout.on('error', () => undefined);
  process.stdout.write(`${JSON.stringify({ cpuSeconds: (user + system) / 1e6 })}\n`);
  rmSync(storageDir as string, { recursive: true, force: true });
  process.exit(code);
}

process.on('SIGTERM', stop);
process.on('SIGINT', stop);
// The benchmark holds this pipe open for as long as it runs: its end means nobody will stop this index.
process.stdin.on('end', stop).on('error', stop).resume();
