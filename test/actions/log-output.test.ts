// action-kit writes an action's log straight to file descriptor 1 (creating process.stdout costs start-up
// time); these runs hold it to what process.stdout guarantees: every byte, in order, whatever the pipe's mode.
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { distDir, nodeRuntimes } from '../harness/index.js';

// Four times a pipe's buffer (64 KiB on Linux) in two lines, under the 128 KiB one environment variable may hold.
const HUGE = 'x'.repeat(100_000);

/**
 * build-wheel-matrix refusing `pure` (the error line, then with debug logging its stack), its stdout a real
 * pipe (sh's, not node's socket pair, whose buffer would take it all) read only after 300 ms, so it fills.
 */
function refuseIntoSlowPipe(node: string, nodeArgs: string): Promise<string> {
  const bundle = join(distDir('build-wheel-matrix'), 'index.js');
  const child = spawn('sh', ['-c', `"$NODE" ${nodeArgs} "$BUNDLE" | { sleep 0.3; cat; }`], {
    env: { PATH: process.env['PATH'] ?? '', NODE: node, BUNDLE: bundle, INPUT_PURE: HUGE, RUNNER_DEBUG: '1' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

// Windows has no direct path: action-kit writes through process.stdout there.
const posix = process.platform === 'win32' ? describe.skip : describe;

posix.each(nodeRuntimes())('an action log under $label', ({ path: node }) => {
  it.each([
    ['a blocking pipe', ''],
    // Touching process.stdout makes node set a pipe non-blocking: a full pipe then refuses a direct write.
    ['a non-blocking pipe', "--import 'data:text/javascript,process.stdout.isTTY'"],
  ])('reaches a slow reader whole and in order through %s', async (_label, nodeArgs) => {
    const [error, stack, ...rest] = (await refuseIntoSlowPipe(node, nodeArgs)).split('\n');
    const message = `Input pure must be one of auto, true, false, got "${HUGE}".`;
    // Compared as booleans: a failure should not print 100 kB of x.
    expect({ error: error === `::error::${message}`, length: error?.length }).toEqual({
      error: true,
      length: message.length + 9,
    });
    expect(stack?.startsWith(`::debug::InputError: ${message}%0A    at `)).toBe(true);
    expect(rest.at(-1)).toBe('');
  });
});
