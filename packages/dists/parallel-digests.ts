/**
 * sha256, md5 and blake2b-256 of a stream, on two threads: blake2b-256 (WebAssembly) on the caller's thread,
 * sha256 and md5 (node's crypto) on one shared worker. The three together cost 3 to 7 s per GiB on one core,
 * depending on the CPU, which made an index receiving a large wheel CPU-bound; split this way, each thread
 * carries about half. (md5 alone on the worker, sha256 here, measured no faster.)
 *
 * Bytes reach the worker through a few staging buffers per stream, transferred (not copied) there and back:
 * memory stays at most STAGES × STAGE_BYTES per stream however fast the bytes arrive, and a stream takes
 * them only as its bytes need them (a stalled upload that sent little holds little). A stream that ends
 * within its first staging buffer never reaches the worker: its sha256 and md5 are taken here, in less time
 * than the messages there and back would take (an index receiving small wheels one after another never
 * starts the worker at all).
 */
import { Worker } from 'node:worker_threads';
import { createBLAKE2b, type IHasher } from './blake2b.js';
import { BufferPool } from './buffer-pool.js';
import type { FileHashes } from './hash-file.js';

const STAGE_BYTES = 256 * 1024;
/** Staging buffers per stream: enough that neither thread waits for the other's message to arrive. */
const STAGES = 4;
/** The most a stream holds in staging buffers. */
export const PARALLEL_DIGESTS_MAX_HELD = STAGES * STAGE_BYTES;
/** Staging buffers outlive their stream, for the next upload (an index receives one file after another). */
const stagingBuffers = new BufferPool(STAGE_BYTES, 4 * STAGES);

// Plain CommonJS with only node's own modules, run with `eval`: the same text works from TypeScript under
// test and from a single-file bundle, where no worker file sits beside the code.
const WORKER_SOURCE = `
const { parentPort } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const streams = new Map();
const hashersOf = (id) => {
  let hashers = streams.get(id);
  if (!hashers) streams.set(id, (hashers = [createHash('sha256'), createHash('md5')]));
  return hashers;
};
parentPort.on('message', (message) => {
  if (message.type === 'data') {
    const bytes = new Uint8Array(message.buffer, 0, message.length);
    for (const hash of hashersOf(message.id)) hash.update(bytes);
    parentPort.postMessage({ type: 'ack', id: message.id, buffer: message.buffer }, [message.buffer]);
  } else if (message.type === 'end') {
    const [sha256, md5] = hashersOf(message.id);
    streams.delete(message.id);
    parentPort.postMessage({ type: 'done', id: message.id, sha256: sha256.digest('hex'), md5: md5.digest('hex') });
  } else if (message.type === 'drop') {
    streams.delete(message.id);
  }
});
`;

type FromWorker =
  | { type: 'ack'; id: number; buffer: ArrayBuffer }
  | { type: 'done'; id: number; sha256: string; md5: string };

interface StreamHandlers {
  ack(buffer: ArrayBuffer): void;
  done(sha256: string, md5: string): void;
  fail(error: Error): void;
}

/** The one worker all streams share; referenced (keeping the process alive) only while a stream is open. */
class DigestWorker {
  private readonly worker = new Worker(WORKER_SOURCE, {
    eval: true,
    resourceLimits: { maxYoungGenerationSizeMb: 1 },
  });
  private readonly streams = new Map<number, StreamHandlers>();
  private nextId = 1;

  constructor(private readonly onExit: () => void) {
    this.worker.unref();
    this.worker.on('message', (message: FromWorker) => {
      const stream = this.streams.get(message.id);
      if (message.type === 'ack') stream?.ack(message.buffer);
      else stream?.done(message.sha256, message.md5);
    });
    const failAll = (error: Error) => {
      this.onExit();
      for (const stream of this.streams.values()) stream.fail(error);
      this.streams.clear();
    };
    this.worker.on('error', failAll);
    this.worker.on('exit', (code) => failAll(new Error(`the digest worker stopped (exit code ${code})`)));
  }

  open(handlers: StreamHandlers): number {
    const id = this.nextId++;
    if (this.streams.size === 0) this.worker.ref();
    this.streams.set(id, handlers);
    return id;
  }

  close(id: number): void {
    if (this.streams.delete(id) && this.streams.size === 0) this.worker.unref();
  }

  send(message: { type: 'data'; id: number; buffer: ArrayBuffer; length: number }): void {
    this.worker.postMessage(message, [message.buffer]);
  }

  post(message: { type: 'end' | 'drop'; id: number }): void {
    this.worker.postMessage(message);
  }
}

let shared: DigestWorker | null = null;
const digestWorker = (): DigestWorker =>
  (shared ??= new DigestWorker(() => {
    shared = null;
  }));

const idleBlake: IHasher[] = [];

/** sha256 and md5 of a stream that fit in one staging buffer, on this thread. */
async function digestHere(bytes: Uint8Array): Promise<{ sha256: string; md5: string }> {
  // node:crypto is loaded with the first stream, not when a bundle that carries this module starts.
  const { createHash } = await import('node:crypto');
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    md5: createHash('md5').update(bytes).digest('hex'),
  };
}

/** The digests of one stream of bytes, fed with `update` (await each call) and read once with `digest`. */
export class ParallelDigests {
  private size = 0;
  private stage: Uint8Array | null = null;
  private staged = 0;
  /** Staging buffers taken from the pool so far (at most STAGES). */
  private owned = 0;
  /** Staging buffers back from the worker. */
  private readonly spares: ArrayBuffer[] = [];
  private waitingForSpare: ((buffer: ArrayBuffer) => void) | null = null;
  private failure: Error | null = null;
  /** The worker's side of the stream, opened with the first staging buffer sent. */
  private remote: {
    id: number;
    worker: DigestWorker;
    result: Promise<{ sha256: string; md5: string }>;
  } | null = null;
  private finished = false;

  private constructor(private readonly blake: IHasher) {}

  private openRemote(): { id: number; worker: DigestWorker } {
    if (this.remote) return this.remote;
    const worker = digestWorker();
    let settle!: { resolve: (v: { sha256: string; md5: string }) => void; reject: (e: Error) => void };
    const result = new Promise<{ sha256: string; md5: string }>(
      (resolve, reject) => (settle = { resolve, reject }),
    );
    result.catch(() => undefined); // read by digest(); a failure before then is reported there
    const id = worker.open({
      ack: (buffer) => {
        const waiting = this.waitingForSpare;
        this.waitingForSpare = null;
        if (waiting) waiting(buffer);
        else this.spares.push(buffer);
      },
      done: (sha256, md5) => settle.resolve({ sha256, md5 }),
      fail: (error) => {
        this.failure = error;
        settle.reject(error);
        this.waitingForSpare?.(new ArrayBuffer(0));
      },
    });
    this.remote = { id, worker, result };
    return this.remote;
  }

  /** A fresh stream. */
  static async create(): Promise<ParallelDigests> {
    const blake = idleBlake.pop() ?? (await createBLAKE2b(256));
    blake.init();
    return new ParallelDigests(blake);
  }

  /** Bytes held in staging buffers now. */
  get heldBytes(): number {
    return this.owned * STAGE_BYTES;
  }

  /** Adds the next bytes; resolves once they may be reused by the caller. */
  async update(chunk: Uint8Array): Promise<void> {
    if (this.finished) throw new Error('ParallelDigests: update after digest');
    this.size += chunk.length;
    this.blake.update(chunk);
    if (this.failure) throw this.failure;
    let offset = 0;
    while (offset < chunk.length) {
      if (!this.stage) {
        const buffer = await this.takeSpare();
        if (this.failure) throw this.failure;
        this.stage = new Uint8Array(buffer);
      }
      const stage = this.stage;
      const count = Math.min(chunk.length - offset, STAGE_BYTES - this.staged);
      stage.set(chunk.subarray(offset, offset + count), this.staged);
      this.staged += count;
      offset += count;
      if (this.staged === STAGE_BYTES) this.sendStage();
    }
  }

  /** All three digests of everything added; call once, after the last update. */
  async digest(): Promise<FileHashes> {
    if (this.finished) throw new Error('ParallelDigests: digest called twice');
    this.finished = true;
    if (this.failure) throw this.failure;
    const blake2_256 = this.blake.digest('hex');
    idleBlake.push(this.blake);
    if (!this.remote) {
      const { sha256, md5 } = await digestHere(this.stage?.subarray(0, this.staged) ?? new Uint8Array(0));
      this.returnBuffers();
      return { size: this.size, sha256, md5, blake2_256 };
    }
    const { id, worker, result } = this.remote;
    if (this.staged > 0) this.sendStage();
    worker.post({ type: 'end', id });
    try {
      const { sha256, md5 } = await result;
      return { size: this.size, sha256, md5, blake2_256 };
    } finally {
      worker.close(id);
      this.returnBuffers();
    }
  }

  /** Gives up on the stream (an upload that failed): the worker forgets it. */
  abandon(): void {
    if (this.finished) return;
    this.finished = true;
    idleBlake.push(this.blake);
    if (this.remote) {
      this.remote.worker.post({ type: 'drop', id: this.remote.id });
      this.remote.worker.close(this.remote.id);
    }
    this.returnBuffers(); // those still at the worker are left to the collector
  }

  /** The staging buffers at hand go back to the pool (after 'done', the worker has returned them all). */
  private returnBuffers(): void {
    if (this.stage) stagingBuffers.give(this.stage.buffer as ArrayBuffer);
    this.stage = null;
    for (const buffer of this.spares.splice(0)) stagingBuffers.give(buffer);
    this.owned = 0;
  }

  private sendStage(): void {
    const stage = this.stage as Uint8Array;
    const { id, worker } = this.openRemote();
    worker.send({ type: 'data', id, buffer: stage.buffer as ArrayBuffer, length: this.staged });
    this.stage = null;
    this.staged = 0;
  }

  private takeSpare(): Promise<ArrayBuffer> {
    const spare = this.spares.pop();
    if (spare) return Promise.resolve(spare);
    if (this.owned < STAGES) {
      this.owned += 1;
      return Promise.resolve(stagingBuffers.take());
    }
    return new Promise((resolve) => (this.waitingForSpare = resolve));
  }
}
