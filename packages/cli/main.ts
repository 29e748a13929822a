#!/usr/bin/env node
/** Entry point of `release-actions`: wires signals and the process's streams to the CLI. */
import { runCli } from './cli.js';
import { processOutput } from './output.js';

const stop = new AbortController();
const cleanups = new Set<() => void>();
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (!stop.signal.aborted) {
      stop.abort();
      return;
    }
    // A second signal while shutting down means: stop now, doing only what must not be skipped.
    for (const cleanup of cleanups) {
      try {
        cleanup();
      } catch {
        // Exiting anyway; what could not be cleaned stays.
      }
    }
    process.exit(130);
  });
}
const atExit = (cleanup: () => void): (() => void) => {
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
};
// No top-level await: ncc's per-file transpilation bundles modules as CommonJS, where it is not allowed.
void runCli(process.argv.slice(2), processOutput, { stop: stop.signal, atExit }).then((code) => {
  process.exitCode = code;
});
