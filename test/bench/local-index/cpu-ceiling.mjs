// The CPU ceiling of an index's ingest on this machine, from costs measured in the same run: what each byte
// costs the index (receiving it as node's http does, sha256, md5 and blake2b-256 as the index computes
// them, writing it to the storage), and the client sending it. With every core busy and nothing else
// running, the index cannot take bytes faster than cores / (sum of those costs); the ceiling is that rate
// against the limit the benchmark measured (the same client to a null endpoint).
import { createHash } from 'node:crypto';
import { closeSync, fsyncSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';

const GIB = 1024 ** 3;
const SAMPLE = 256 * 1024 * 1024;
const require = createRequire(import.meta.url);

/** CPU seconds this thread spent in `work` (synchronous work only: everything runs on this thread). */
function cpuSecondsOf(work) {
  const before = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1e6;
}

/** CPU seconds per GiB of each digest the index computes, on one core (blake2b-256 from hash-wasm, as the index). */
export async function hashCosts() {
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  const feed = (update) => {
    for (let done = 0; done < SAMPLE; done += chunk.length) update(chunk);
  };
  const perGib = (seconds) => (seconds * GIB) / SAMPLE;
  const node = (algorithm) =>
    perGib(
      cpuSecondsOf(() => {
        const hash = createHash(algorithm);
        feed((c) => hash.update(c));
        hash.digest();
      }),
    );
  const { createBLAKE2b } = require('hash-wasm/dist/blake2b.umd.min.js');
  const blake = await createBLAKE2b(256);
  const blake2b = perGib(
    cpuSecondsOf(() => {
      blake.init();
      feed((c) => blake.update(c));
      blake.digest();
    }),
  );
  return { sha256: node('sha256'), md5: node('md5'), 'blake2b-256': blake2b };
}

/** CPU seconds per GiB of writing and fsyncing a file in `dir` (the kernel's share is counted to this thread). */
export function writeCost(dir) {
  const path = join(dir, `.write-cost-${process.pid}`);
  const chunk = Buffer.alloc(1024 * 1024, 0x5a);
  const seconds = cpuSecondsOf(() => {
    const fd = openSync(path, 'w');
    for (let done = 0; done < SAMPLE; done += chunk.length) writeSync(fd, chunk);
    fsyncSync(fd);
    closeSync(fd);
  });
  rmSync(path, { force: true });
  return (seconds * GIB) / SAMPLE;
}

/** A process's CPU seconds so far, all its threads (Linux /proc; null elsewhere). */
export function processCpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    return ticks / 100; // USER_HZ is 100 on Linux
  } catch {
    return null;
  }
}

/** Cores the benchmark can use. */
export const CORES = typeof availableParallelism === 'function' ? availableParallelism() : cpus().length;

/**
 * The ceiling as a ratio to the measured limit: `costs` in CPU seconds per GiB, `limitBytesPerSecond` what
 * the client reached against the null endpoint. Also the line that says how it was computed.
 */
export function ceiling(costs, limitBytesPerSecond) {
  const total = Object.values(costs).reduce((sum, cost) => sum + cost, 0);
  const rate = (CORES * GIB) / total;
  const ratio = Math.min(1, rate / limitBytesPerSecond);
  const terms = Object.entries(costs)
    .map(([name, cost]) => `${name} ${cost.toFixed(2)}`)
    .join(' + ');
  return {
    ratio,
    explained: `${CORES} cores / (${terms} = ${total.toFixed(2)} CPU-s per GiB) = ${(rate / 1024 ** 2).toFixed(0)} MiB/s`,
  };
}
