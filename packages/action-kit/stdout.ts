/**
 * The one writer of an action's stdout. `process.stdout` is made on first use and loads node's stream
 * modules (a pipe's also `net`): about 2 ms, a fifth of what an action may add to node's own start-up. A
 * runner's stdout is a pipe or file in blocking mode, so lines go straight to file descriptor 1, whole and
 * in order, as `process.stdout` would write them there. Once something else may write to `process.stdout`
 * (a library of @actions/*), or a direct write fails (a non-blocking pipe that is full), every later
 * line goes through `process.stdout`, so nothing overtakes what is queued there. On Windows, where a
 * console needs node's own encoding, always through `process.stdout`.
 */
import { writeSync } from 'node:fs';

let direct = process.platform !== 'win32';

/** Writes `text` to stdout now. */
export function writeStdout(text: string): void {
  if (!direct) {
    process.stdout.write(text);
    return;
  }
  const bytes = Buffer.from(text, 'utf8');
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(1, bytes, written);
  } catch {
    // EAGAIN (a non-blocking pipe that is full) and the rest: the stream waits, or fails as it always did.
    direct = false;
    process.stdout.write(bytes.subarray(written));
  }
}

/** From now on stdout is written through `process.stdout`: call it before loading code that writes there. */
export function useStdoutStream(): void {
  direct = false;
}
