/**
 * Preflight's digests on worker threads, one file per worker at a time: node's crypto hashes on the thread
 * that calls it, so two files "hashed at once" on the main thread still took turns on one core, and a
 * release's largest wheel alone set preflight's pace while the other cores idled. Each worker reads its file
 * with blocking reads into one 1 MiB buffer of its own (no thread-pool hop per chunk, constant memory).
 * sha256 and md5 only: blake2b-256 is hash-wasm's, which a worker started from source text cannot load, so
 * a release that sends it hashes on the main thread (dists' hashFile), as before.
 */
import type { ExtraDigest, FileDigests } from '../dists/index.js';

// Plain CommonJS with only node's own modules, run with `eval`: the same text works from TypeScript under
// test and from a single-file bundle, where no worker file sits beside the code.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const { openSync, readSync, closeSync } = require('node:fs');
const buffer = Buffer.allocUnsafeSlow(1 << 20);
parentPort.on('message', ({ id, path, algorithms }) => {
  let fd = -1;
  try {
    fd = openSync(path, 'r');
    const hashes = algorithms.map((name) => createHash(name));
    let size = 0;
    for (let read; (read = readSync(fd, buffer, 0, buffer.length, null)) > 0; ) {
      size += read;
      const chunk = buffer.subarray(0, read);
      for (const hash of hashes) hash.update(chunk);
    }
    parentPort.postMessage({ id, size, digests: hashes.map((hash) => hash.digest('hex')) });
  } catch (error) {
    parentPort.postMessage({ id, error: { message: String(error && error.message), code: error && error.code } });
  } finally {
    if (fd >= 0) closeSync(fd);
  }
});
`;

/** The worker itself failed (not the file): the caller may hash on the main thread instead. */
export class HashWorkerFailure extends Error {
  override name = 'HashWorkerFailure';
}

type Reply =
  { id: number; size: number; digests: string[] } | { id: number; error: { message: string; code?: string } };

type Worker = import('node:worker_threads').Worker;

interface Job {
  resolve: (digests: FileDigests) => void;
  reject: (error: Error) => void;
}

/**
 * A few digest workers; `hash` takes an idle one (or waits for one), `close` ends them all. Once any worker
 * fails, every job waiting or running fails with HashWorkerFailure, and so does every later one.
 */
export class HashWorkers {
  private readonly idle: Worker[];
  private readonly waiting: Array<Job & { start: (worker: Worker) => void }> = [];
  private readonly running = new Map<Worker, Job>();
  private broken: HashWorkerFailure | null = null;
  private nextId = 1;

  private constructor(private readonly workers: Worker[]) {
    this.idle = [...workers];
    for (const worker of workers) this.watch(worker);
  }

  /** `count` workers (node:worker_threads loads here, with the first release that hashes, not at start-up). */
  static async start(count: number): Promise<HashWorkers> {
    const { Worker } = await import('node:worker_threads');
    return new HashWorkers(
      Array.from(
        { length: Math.max(1, count) },
        () => new Worker(WORKER_SOURCE, { eval: true, resourceLimits: { maxYoungGenerationSizeMb: 1 } }),
      ),
    );
  }

  /** Workers free to take a file now. */
  get idleWorkers(): number {
    return this.idle.length;
  }

  /** Whether `extras` can be computed here (anything but blake2b-256). */
  static handles(extras: readonly ExtraDigest[]): boolean {
    return extras.every((name) => name === 'md5');
  }

  /** sha256 (and md5 when asked) of the file at `path`, and its size as read. */
  hash(path: string, extras: readonly ExtraDigest[]): Promise<FileDigests> {
    if (!HashWorkers.handles(extras))
      return Promise.reject(new HashWorkerFailure(`cannot compute ${extras.join(', ')}`));
    const algorithms = extras.includes('md5') ? ['sha256', 'md5'] : ['sha256'];
    return new Promise<FileDigests>((resolve, reject) => {
      if (this.broken) return reject(this.broken);
      const start = (worker: Worker): void => {
        this.running.set(worker, { resolve, reject });
        worker.postMessage({ id: this.nextId++, path, algorithms });
      };
      const worker = this.idle.pop();
      if (worker) start(worker);
      else this.waiting.push({ resolve, reject, start });
    });
  }

  /** Ends every worker (a job still running is abandoned). */
  async close(): Promise<void> {
    this.broken ??= new HashWorkerFailure('the digest workers were closed');
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  /** The worker is free again: the next waiting job takes it. */
  private release(worker: Worker): void {
    this.running.delete(worker);
    const next = this.waiting.shift();
    if (next) next.start(worker);
    else this.idle.push(worker);
  }

  private watch(worker: Worker): void {
    worker.on('message', (reply: Reply) => {
      const job = this.running.get(worker);
      this.release(worker);
      if (!job) return;
      if ('error' in reply)
        // The message is node's own, as the main thread's fs words it (`ENOENT: no such file or directory…`).
        job.reject(Object.assign(new Error(reply.error.message), { code: reply.error.code }));
      else {
        const [sha256 = '', md5] = reply.digests;
        job.resolve({ size: reply.size, sha256, ...(md5 !== undefined ? { md5 } : {}) });
      }
    });
    const fail = (error: Error): void => {
      this.broken ??= new HashWorkerFailure(error.message);
      for (const job of [...this.running.values(), ...this.waiting.splice(0)]) job.reject(this.broken);
      this.running.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`a digest worker stopped (exit code ${code})`)));
  }
}
