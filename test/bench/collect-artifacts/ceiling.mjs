// The CPU ceiling of collecting through the artifact service on this machine, from costs measured in the same
// run. Every byte of an artifact's zip is served by the stand-in and received by node's http (the official
// client's transport), hashed with sha256 by the client (its digest check), written to the runner's temporary
// directory (the client writes the zip whole: it offers no stream), read back, checked with CRC-32, hashed with
// sha256 and blake2b-256 and written once more as the staged copy. With both processes on the same cores and
// nothing else running, a collection cannot end sooner than GiB × (sum of those costs) / cores; the ceiling is
// that time against sha256sum's over the same files. The directory source's ceiling drops the transfer, the
// client's sha256 and the zip's write and read. A second service ceiling takes the client as it is: its
// measured CPU for downloading every artifact (client-download.ts) in place of receiving, its sha256 and the
// zip's write. And a bound no number of cores lifts: the client's download (less its write, which libuv's
// threads do) and collect's CRC-32 and digests all run on the process's one JavaScript thread.
import { get } from 'node:http';
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { CORES, hashCosts, processCpuSeconds } from '../local-index/cpu-ceiling.mjs';

const GIB = 1024 ** 3;
const SAMPLE = 256 * 1024 * 1024;

/** CPU seconds of this process's synchronous `work`. */
function cpuSecondsOf(work) {
  const before = process.cpuUsage();
  work();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1e6;
}

/** CPU seconds per GiB of writing a file in `dir` in 64 KiB writes (the client's) and of reading it back. */
function fileCosts(dir) {
  const path = join(dir, `.collect-ceiling-${process.pid}`);
  const chunk = Buffer.alloc(64 * 1024, 0x5a);
  const perGib = (seconds) => (seconds * GIB) / SAMPLE;
  const write = cpuSecondsOf(() => {
    const fd = openSync(path, 'w');
    for (let done = 0; done < SAMPLE; done += chunk.length) writeSync(fd, chunk);
    closeSync(fd);
  });
  const buffer = Buffer.alloc(1024 * 1024);
  const read = cpuSecondsOf(() => {
    const fd = openSync(path, 'r');
    while (readSync(fd, buffer, 0, buffer.length, null) > 0);
    closeSync(fd);
  });
  rmSync(path, { force: true });
  return { write: perGib(write), read: perGib(read) };
}

/** CPU seconds per GiB of CRC-32 (zlib's, as the zip reader checks each member). */
function crcCost() {
  const chunk = Buffer.alloc(1024 * 1024, 0x5a);
  let crc = 0;
  const seconds = cpuSecondsOf(() => {
    for (let done = 0; done < SAMPLE; done += chunk.length) crc = crc32(chunk, crc);
  });
  return (seconds * GIB) / SAMPLE;
}

/** Downloads every URL with node's http, `concurrency` at a time, discarding the bytes; resolves with the bytes. */
async function downloadAll(urls, concurrency) {
  const queue = [...urls];
  let bytes = 0;
  const one = (url) =>
    new Promise((resolve, reject) => {
      get(url, (response) => {
        if (response.statusCode !== 200) reject(new Error(`${url}: ${response.statusCode}`));
        response.on('data', (chunk) => (bytes += chunk.length));
        response.on('end', resolve);
        response.on('error', reject);
      }).on('error', reject);
    });
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (let url = queue.shift(); url; url = queue.shift()) await one(url);
    }),
  );
  return bytes;
}

/**
 * The transfer alone: every artifact's zip downloaded with node's http (nothing hashed or kept) from the
 * stand-in whose process is `servicePid`. CPU seconds per GiB of receiving (this process) and of serving.
 */
export async function transferCosts(urls, servicePid, concurrency = 4) {
  const serviceBefore = processCpuSeconds(servicePid);
  const before = process.cpuUsage();
  const bytes = await downloadAll(urls, concurrency);
  const { user, system } = process.cpuUsage(before);
  const serving = processCpuSeconds(servicePid) - serviceBefore;
  const perGib = (seconds) => (seconds * GIB) / bytes;
  return { receiving: perGib((user + system) / 1e6), serving: perGib(serving), bytes };
}

/**
 * Each cost the two ways of collecting pay per GiB, measured here (the transfer's from `transferCosts`, the
 * official client's whole download from client-download.ts).
 */
export async function collectCosts(workDir, transfer, clientDownload) {
  const { sha256, 'blake2b-256': blake2b } = await hashCosts();
  const file = fileCosts(workDir);
  const crc = crcCost();
  const directory = { read: file.read, sha256, 'blake2b-256': blake2b, 'write copy': file.write };
  const service = {
    serving: transfer.serving,
    receiving: transfer.receiving,
    'client sha256': sha256,
    'write zip': file.write,
    'read zip': file.read,
    crc32: crc,
    sha256,
    'blake2b-256': blake2b,
    'write copy': file.write,
  };
  const ours = {
    'read zip': file.read,
    crc32: crc,
    sha256,
    'blake2b-256': blake2b,
    'write copy': file.write,
  };
  const withClient = { serving: transfer.serving, 'client download': clientDownload, ...ours };
  const oneThread = {
    'client download less its write': clientDownload - file.write,
    crc32: crc,
    sha256,
    'blake2b-256': blake2b,
  };
  return { directory, service, withClient, oneThread };
}

/** The least wall time `bytes` can take at `costs` (CPU-s per GiB) on `cores` cores, and how that was computed. */
export function ceilingSeconds(costs, bytes, cores = CORES) {
  const total = Object.values(costs).reduce((sum, cost) => sum + cost, 0);
  const seconds = ((bytes / GIB) * total) / cores;
  const terms = Object.entries(costs)
    .map(([name, cost]) => `${name} ${cost.toFixed(2)}`)
    .join(' + ');
  return {
    seconds,
    explained: `${(bytes / GIB).toFixed(2)} GiB × (${terms} = ${total.toFixed(2)} CPU-s per GiB) / ${cores} core${cores > 1 ? 's' : ''} = ${seconds.toFixed(2)} s`,
  };
}
