/**
 * sha256, md5 and blake2b-256 of a stream, on two shared worker threads: md5 on one, sha256 and blake2b-256
 * on the other (about 1.3 and 1.7 CPU-s per GiB). The thread that receives the bytes only copies them into
 * staging: receiving a large upload costs node's HTTP about as much again, so with blake2b-256 there (as
 * before) that thread carried two of the five parts and was the one every other waited for on two cores.
 * blake2b-256 runs hash-wasm's own WebAssembly in its worker (see blake2b.ts); node's OpenSSL offers only
 * blake2b512, whose output differs.
 *
 * Staging buffers are SharedArrayBuffers that both workers read at once, as the sink (the index writing its
 * file) does: a buffer is free again when all three are done with it. Memory stays at most STAGES ×
 * STAGE_BYTES per stream however fast the bytes arrive, and a stream takes them only as its bytes need them
 * (a stalled upload that sent little holds little). A stream that ends within its first staging buffer never
 * reaches the workers: its digests are taken here, in less time than the messages there and back would take
 * (an index receiving small wheels one after another never starts the workers at all).
 */
import { Worker } from 'node:worker_threads';
import { blake2bModule, createBLAKE2b, type IHasher, type WasmModule } from './blake2b.js';
import { BufferPool } from './buffer-pool.js';
import type { FileHashes } from './hash-file.js';

const STAGE_BYTES = 1024 * 1024;
/**
 * Staging buffers per stream: enough that no thread waits for another while a core is free (four of 256 KiB
 * kept the receiving thread waiting for the worker a fifth of the time on two cores).
 */
const STAGES = 4;
/** The most a stream holds in staging buffers. */
export const PARALLEL_DIGESTS_MAX_HELD = STAGES * STAGE_BYTES;
/** The digests each worker takes, as near half the work each as three digests allow. */
const WORKER_DIGESTS: readonly (readonly DigestName[])[] = [['md5'], ['sha256', 'blake2_256']];
/** Staging buffers outlive their stream, for the next upload (an index receives one file after another). */
const stagingBuffers = new BufferPool(STAGE_BYTES, 4 * STAGES, (size) => new SharedArrayBuffer(size));

type DigestName = 'sha256' | 'md5' | 'blake2_256';

// Plain CommonJS with only node's own modules, run with `eval`: the same text works from TypeScript under
// test and from a single-file bundle, where no worker file sits beside the code. blake2b-256 drives
// hash-wasm's module through the calls hash-wasm itself makes: its 16 KiB I/O buffer, Init(bits), Update(n),
// Final().
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createHash } = require('node:crypto');
const IO_BYTES = 16384;
const idleBlake = [];
const blake2b256 = () => {
  const instance = idleBlake.pop() || new WebAssembly.Instance(workerData.blake2b, {});
  const { memory, Hash_GetBuffer, Hash_Init, Hash_Update, Hash_Final } = instance.exports;
  Hash_Init(256);
  return {
    update(bytes) {
      const io = new Uint8Array(memory.buffer, Hash_GetBuffer(), IO_BYTES);
      for (let at = 0; at < bytes.length; at += IO_BYTES) {
        const piece = bytes.subarray(at, at + IO_BYTES);
        io.set(piece);
        Hash_Update(piece.length);
      }
    },
    digest() {
      Hash_Final();
      const hex = Buffer.from(memory.buffer, Hash_GetBuffer(), 32).toString('hex');
      idleBlake.push(instance);
      return hex;
    },
    drop: () => idleBlake.push(instance),
  };
};
const node = (algorithm) => {
  const hash = createHash(algorithm);
  return { update: (bytes) => hash.update(bytes), digest: () => hash.digest('hex'), drop: () => undefined };
};
const make = { md5: () => node('md5'), sha256: () => node('sha256'), blake2_256: blake2b256 };
const streams = new Map();
const hashersOf = (id) => {
  let hashers = streams.get(id);
  if (!hashers) streams.set(id, (hashers = workerData.digests.map((name) => [name, make[name]()])));
  return hashers;
};
parentPort.on('message', (message) => {
  if (message.type === 'data') {
    const bytes = new Uint8Array(message.buffer, 0, message.length);
    for (const [, hasher] of hashersOf(message.id)) hasher.update(bytes);
    parentPort.postMessage({ type: 'ack', id: message.id, seq: message.seq });
  } else if (message.type === 'end') {
    const digests = {};
    for (const [name, hasher] of hashersOf(message.id)) digests[name] = hasher.digest();
    streams.delete(message.id);
    parentPort.postMessage({ type: 'done', id: message.id, digests });
  } else if (message.type === 'drop') {
    for (const [, hasher] of streams.get(message.id) || []) hasher.drop();
    streams.delete(message.id);
  }
});
`;

type Digests = Partial<Record<DigestName, string>>;
type FromWorker = { type: 'ack'; id: number; seq: number } | { type: 'done'; id: number; digests: Digests };
type ToWorker =
  | { type: 'data'; id: number; seq: number; buffer: SharedArrayBuffer; length: number }
  | { type: 'end' | 'drop'; id: number };

interface StreamHandlers {
  ack(seq: number): void;
  done(digests: Digests): void;
  fail(error: Error): void;
}

/** One worker all streams share; referenced (keeping the process alive) only while a stream is open. */
class DigestWorker {
  private readonly worker: Worker;
  private readonly streams = new Map<number, StreamHandlers>();
  private nextId = 1;

  constructor(digests: readonly DigestName[], blake2b: WasmModule, onExit: () => void) {
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { digests, blake2b },
      resourceLimits: { maxYoungGenerationSizeMb: 1 },
    });
    this.worker.unref();
    this.worker.on('message', (message: FromWorker) => {
      const stream = this.streams.get(message.id);
      if (message.type === 'ack') stream?.ack(message.seq);
      else stream?.done(message.digests);
    });
    const failAll = (error: Error) => {
      onExit();
      for (const stream of this.streams.values()) stream.fail(error);
      this.streams.clear();
    };
    this.worker.on('error', failAll);
    this.worker.on('exit', (code) => failAll(new Error(`a digest worker stopped (exit code ${code})`)));
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

  post(message: ToWorker): void {
    this.worker.postMessage(message);
  }
}

const shared: (DigestWorker | null)[] = WORKER_DIGESTS.map(() => null);
let blake2bWasm: WasmModule | null = null;
const digestWorkers = (blake2b: WasmModule): DigestWorker[] =>
  WORKER_DIGESTS.map(
    (digests, i) =>
      (shared[i] ??= new DigestWorker(digests, blake2b, () => {
        shared[i] = null;
      })),
  );

const idleBlake: IHasher[] = [];

/** All three digests of a stream that fit in one staging buffer, on this thread. */
async function digestHere(bytes: Uint8Array): Promise<Required<Digests>> {
  // node:crypto is loaded with the first stream, not when a bundle that carries this module starts.
  const { createHash } = await import('node:crypto');
  const blake = idleBlake.pop() ?? (await createBLAKE2b(256));
  blake.init();
  blake.update(bytes);
  const blake2_256 = blake.digest('hex');
  idleBlake.push(blake);
  return {
    sha256: createHash('sha256').update(bytes).digest('hex'),
    md5: createHash('md5').update(bytes).digest('hex'),
    blake2_256,
  };
}

/** Where a stream's bytes go once staged: called in order, the bytes valid until the promise settles. */
export type StagedBytesSink = (bytes: Uint8Array) => Promise<void>;

/** A staging buffer out with the workers (and the sink): free again when `waiting` reaches 0. */
interface Staged {
  buffer: SharedArrayBuffer;
  waiting: number;
}

/** The workers' side of a stream, opened with the first staging buffer sent. */
interface Remote {
  streams: { worker: DigestWorker; id: number; result: Promise<Digests> }[];
  inFlight: Map<number, Staged>;
}

/** The digests of one stream of bytes, fed with `update` (await each call) and read once with `digest`. */
export class ParallelDigests {
  private size = 0;
  private stage: Uint8Array | null = null;
  private staged = 0;
  /** Staging buffers taken from the pool so far (at most STAGES). */
  private owned = 0;
  /** Staging buffers free for the next bytes. */
  private readonly spares: SharedArrayBuffer[] = [];
  private waitingForSpare: ((buffer: SharedArrayBuffer | null) => void) | null = null;
  private failure: Error | null = null;
  private remote: Remote | null = null;
  private nextSeq = 0;
  private finished = false;
  /** True once the stream's buffers went back to the pool: any still out go there when they come back. */
  private returned = false;
  /** The sink's calls so far, one after another; a failure is kept in `failure`. */
  private sinking: Promise<void> = Promise.resolve();

  private constructor(
    private readonly blake2b: WasmModule,
    private readonly sink: StagedBytesSink | null,
  ) {}

  /** A fresh stream; with a sink, every byte passes through it (the sink's order is the stream's). */
  static async create(sink: StagedBytesSink | null = null): Promise<ParallelDigests> {
    blake2bWasm ??= await blake2bModule();
    if (!blake2bWasm) throw new Error("ParallelDigests: hash-wasm's blake2b WebAssembly was not found");
    return new ParallelDigests(blake2bWasm, sink);
  }

  /** Bytes held in staging buffers now. */
  get heldBytes(): number {
    return this.owned * STAGE_BYTES;
  }

  /** Adds the next bytes; resolves once they may be reused by the caller. */
  async update(chunk: Uint8Array): Promise<void> {
    if (this.finished) throw new Error('ParallelDigests: update after digest');
    if (this.failure) throw this.failure;
    this.size += chunk.length;
    let offset = 0;
    while (offset < chunk.length) {
      if (!this.stage) {
        const buffer = await this.takeSpare();
        if (this.failure || !buffer) throw this.failure ?? new Error('ParallelDigests: no staging buffer');
        this.stage = new Uint8Array(buffer);
      }
      const count = Math.min(chunk.length - offset, STAGE_BYTES - this.staged);
      this.stage.set(chunk.subarray(offset, offset + count), this.staged);
      this.staged += count;
      offset += count;
      if (this.staged === STAGE_BYTES) this.sendStage();
    }
  }

  /** All three digests of everything added (and the sink done with it); call once, after the last update. */
  async digest(): Promise<FileHashes> {
    if (this.finished) throw new Error('ParallelDigests: digest called twice');
    if (this.failure) {
      const failure = this.failure;
      this.abandon();
      throw failure;
    }
    this.finished = true;
    try {
      const digests = this.remote ? await this.digestRemote(this.remote) : await this.digestStageHere();
      return { size: this.size, ...digests };
    } finally {
      this.closeRemote();
      this.returnBuffers();
    }
  }

  /** Gives up on the stream (an upload that failed): the workers forget it, the sink is not called again. */
  abandon(): void {
    if (this.finished) return;
    this.finished = true;
    for (const { worker, id } of this.remote?.streams ?? []) worker.post({ type: 'drop', id });
    this.closeRemote();
    this.returnBuffers(); // those still out are left to the collector
  }

  private async digestStageHere(): Promise<Required<Digests>> {
    const bytes = this.stage?.subarray(0, this.staged) ?? new Uint8Array(0);
    const digests = await digestHere(bytes);
    if (this.sink && bytes.length > 0) await this.sink(bytes);
    return digests;
  }

  private async digestRemote(remote: Remote): Promise<Required<Digests>> {
    if (this.staged > 0) this.sendStage();
    for (const { worker, id } of remote.streams) worker.post({ type: 'end', id });
    const parts = await Promise.all(remote.streams.map((stream) => stream.result));
    await this.sinking;
    if (this.failure) throw this.failure;
    const digests: Digests = Object.assign({}, ...parts) as Digests;
    return { sha256: digests.sha256 ?? '', md5: digests.md5 ?? '', blake2_256: digests.blake2_256 ?? '' };
  }

  private openRemote(): Remote {
    if (this.remote) return this.remote;
    const inFlight = new Map<number, Staged>();
    const streams = digestWorkers(this.blake2b).map((worker) => {
      let settle!: { resolve: (digests: Digests) => void; reject: (error: Error) => void };
      const result = new Promise<Digests>((resolve, reject) => (settle = { resolve, reject }));
      result.catch(() => undefined); // read by digest(); a failure before then is reported there
      const id = worker.open({
        ack: (seq) => this.release(inFlight, seq),
        done: (digests) => settle.resolve(digests),
        fail: (error) => {
          this.failure ??= error;
          settle.reject(error);
          this.wakeWaiting();
        },
      });
      return { worker, id, result };
    });
    this.remote = { streams, inFlight };
    return this.remote;
  }

  private closeRemote(): void {
    for (const { worker, id } of this.remote?.streams ?? []) worker.close(id);
  }

  /** Sends the staging buffer to both workers and the sink; it comes back when all three are done. */
  private sendStage(): void {
    const stage = this.stage as Uint8Array;
    const length = this.staged;
    const { streams, inFlight } = this.openRemote();
    const seq = this.nextSeq++;
    const buffer = stage.buffer as SharedArrayBuffer;
    inFlight.set(seq, { buffer, waiting: streams.length + (this.sink ? 1 : 0) });
    for (const { worker, id } of streams) worker.post({ type: 'data', id, seq, buffer, length });
    if (this.sink) this.toSink(stage.subarray(0, length), () => this.release(inFlight, seq));
    this.stage = null;
    this.staged = 0;
  }

  /** Queues bytes for the sink, after those before them. */
  private toSink(bytes: Uint8Array, done: () => void): void {
    const sink = this.sink as StagedBytesSink;
    this.sinking = this.sinking.then(async () => {
      try {
        if (!this.failure && !this.returned) await sink(bytes);
      } catch (error) {
        this.failure ??= error as Error;
        this.wakeWaiting();
      } finally {
        done();
      }
    });
  }

  /** One of a staging buffer's users is done with it; the last gives it back. */
  private release(inFlight: Map<number, Staged>, seq: number): void {
    const staged = inFlight.get(seq);
    if (!staged || --staged.waiting > 0) return;
    inFlight.delete(seq);
    if (this.returned) return stagingBuffers.give(staged.buffer);
    const waiting = this.waitingForSpare;
    this.waitingForSpare = null;
    if (waiting) waiting(staged.buffer);
    else this.spares.push(staged.buffer);
  }

  /** An update waiting for a staging buffer learns of a failure. */
  private wakeWaiting(): void {
    const waiting = this.waitingForSpare;
    this.waitingForSpare = null;
    waiting?.(null);
  }

  /** The staging buffers at hand go back to the pool (after the digests, every buffer is back at hand). */
  private returnBuffers(): void {
    this.returned = true;
    if (this.stage) stagingBuffers.give(this.stage.buffer as SharedArrayBuffer);
    this.stage = null;
    for (const buffer of this.spares.splice(0)) stagingBuffers.give(buffer);
    this.owned = 0;
  }

  private takeSpare(): Promise<SharedArrayBuffer | null> {
    const spare = this.spares.pop();
    if (spare) return Promise.resolve(spare);
    if (this.owned < STAGES) {
      this.owned += 1;
      return Promise.resolve(stagingBuffers.take());
    }
    return new Promise((resolve) => (this.waitingForSpare = resolve));
  }
}
