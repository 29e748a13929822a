import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { curl } from './curl-upload.mjs';

/** The state letter of each child of this process whose command line holds `marker` (Z: exited, not reaped). */
function childStates(marker: string): string[] {
  const states: string[] = [];
  for (const task of readdirSync('/proc/self/task')) {
    const pids = readFileSync(`/proc/self/task/${task}/children`, 'utf8').trim().split(/\s+/);
    for (const pid of pids.filter(Boolean)) {
      try {
        if (!readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(marker)) continue;
        states.push(readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '')[0] ?? '?');
      } catch {
        // gone meanwhile
      }
    }
  }
  return states;
}

function busyWait(until: () => boolean, capMs: number): void {
  const deadline = Date.now() + capMs;
  while (!until() && Date.now() < deadline);
}

describe('curl, the benchmarks’ reference client', () => {
  // The benchmark once counted about one upload in 150 as "no answer" (http_code 0). The index had answered
  // 200: curl's output had not been read yet. libuv reaps every exited child when any SIGCHLD arrives, so
  // another child's exit can deliver this one's 'exit' before its stdout, within the same loop iteration.
  it('reports the status curl printed even when another child’s exit reaps it before its output is read', async () => {
    if (process.platform !== 'linux') return; // the choreography reads /proc
    const bin = mkdtempSync(join(tmpdir(), 'fake-curl-'));
    try {
      // A stand-in curl: answers 200 after a while, as curl prints %{http_code} when the upload is done.
      writeFileSync(join(bin, 'curl'), '#!/bin/sh\nsleep 0.6\nprintf 200\n');
      chmodSync(join(bin, 'curl'), 0o755);
      const result = curl(['http://127.0.0.1:9/legacy/'], {
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
      });
      // Another child prints and exits while this thread is busy, so that its output and its SIGCHLD wake
      // the loop together; while its output is handled, the stand-in prints and exits. libuv then runs the
      // signal watchers and reaps both.
      const other = spawn('sh', ['-c', 'sleep 0.05; echo done'], { stdio: ['ignore', 'pipe', 'ignore'] });
      other.stdout.once('data', () =>
        busyWait(() => childStates('%{http_code}').every((state) => state === 'Z'), 5000),
      );
      busyWait(() => false, 300);
      await expect(result).resolves.toMatchObject({ status: 200 });
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
