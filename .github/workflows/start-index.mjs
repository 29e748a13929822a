// Starts `node dist/cli/index.js index serve` in the background for a CI job and waits until it answers, the
// same way on Linux, macOS and Windows: a detached process writing to a log file, so the step that starts it
// can end (on Windows a child still holding the step's output pipes keeps the step open).
// Usage: node .github/workflows/start-index.mjs PORT STORAGE_DIR LOG_FILE
// The upload token comes from RELEASE_ACTIONS_INDEX_TOKEN, never from the command line.
import { spawn } from 'node:child_process';
import { openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [port, storage, logFile] = process.argv.slice(2);
if (!port || !storage || !logFile) {
  console.error('usage: node .github/workflows/start-index.mjs PORT STORAGE_DIR LOG_FILE');
  process.exit(2);
}
const log = openSync(logFile, 'a');
const cli = join('dist', 'cli', 'index.js');
const child = spawn(process.execPath, [cli, 'index', 'serve', '--port', port, '--storage', storage], {
  detached: true,
  stdio: ['ignore', log, log],
  windowsHide: true,
});
child.unref();

const url = `http://127.0.0.1:${port}/simple/`;
const deadline = Date.now() + 30_000;
while (Date.now() < deadline) {
  try {
    await fetch(url, { redirect: 'manual' });
    console.log(`index serve is up at http://127.0.0.1:${port}/ (pid ${child.pid}, log ${logFile})`);
    process.exit(0);
  } catch {
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
console.error(`index serve did not answer at ${url} within 30 s; its log:`);
console.error(readFileSync(logFile, 'utf8'));
process.exit(1);
