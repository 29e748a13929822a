#!/usr/bin/env node
/** Entry point of `release-actions`: wires signals and the process's streams to the CLI. */
import { runCli } from './cli.js';
import { processOutput } from './output.js';

const stop = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    // A second signal while shutting down means: stop now.
    if (stop.signal.aborted) process.exit(130);
    stop.abort();
  });
}
// No top-level await: ncc's per-file transpilation bundles modules as CommonJS, where it is not allowed.
void runCli(process.argv.slice(2), processOutput, stop.signal).then((code) => {
  process.exitCode = code;
});
