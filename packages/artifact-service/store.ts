/**
 * The artifacts the service holds, on disk so that one rehearsal's steps (each its own `release-actions run`)
 * see what the earlier ones uploaded: `<storage>/<id>/artifact.json` describes an artifact, `blob.zip` is its
 * committed content, `blocks/` the staged blocks of an upload in progress.
 */
import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { JobScope } from './runtime-token.js';

/** One artifact: created, its blob uploaded, then finalized (only then is it listed). */
export interface StoredArtifact {
  id: number;
  name: string;
  runId: number;
  attempt: number;
  job: string;
  runBackendId: string;
  jobBackendId: string;
  state: 'created' | 'uploaded' | 'finalized';
  /** Bytes of the committed blob. */
  size: number;
  /** `sha256:<hex>` of the committed blob. */
  digest: string | null;
  mimeType: string;
  createdAt: string;
  expiresAt: string | null;
}

/** A block list refers to a block that was never staged, or the blob is missing. */
export class BlobError extends Error {
  override readonly name = 'BlobError';
}

const META = 'artifact.json';
const BLOB = 'blob.zip';

/** The artifacts under one storage directory. */
export class ArtifactStore {
  private nextId: number;

  private constructor(
    readonly dir: string,
    private readonly artifacts: Map<number, StoredArtifact>,
  ) {
    this.nextId = Math.max(0, ...artifacts.keys()) + 1;
  }

  /**
   * Opens the store in `dir` and reads what it holds. The directory is made by the first upload, so a run
   * that uploads nothing leaves no trace in the project it ran in.
   */
  static async open(dir: string): Promise<ArtifactStore> {
    const artifacts = new Map<number, StoredArtifact>();
    const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    for (const entry of entries) {
      if (!entry.isDirectory() || !/^\d+$/.test(entry.name)) continue;
      const text = await readFile(join(dir, entry.name, META), 'utf8').catch(() => null);
      if (text === null) continue; // an upload interrupted before its first write
      const artifact = JSON.parse(text) as StoredArtifact;
      artifacts.set(artifact.id, artifact);
    }
    return new ArtifactStore(dir, artifacts);
  }

  /** Every artifact, oldest first. */
  all(): StoredArtifact[] {
    return [...this.artifacts.values()].sort((a, b) => a.id - b.id);
  }

  get(id: number): StoredArtifact | undefined {
    return this.artifacts.get(id);
  }

  /** Records a new artifact of `scope`'s job (its blob still to come). */
  async create(
    scope: JobScope,
    fields: { name: string; mimeType: string; createdAt: string; expiresAt: string | null },
  ): Promise<StoredArtifact> {
    const artifact: StoredArtifact = {
      id: await this.claimId(),
      runId: scope.runId,
      attempt: scope.attempt,
      job: scope.job,
      runBackendId: scope.runBackendId,
      jobBackendId: scope.jobBackendId,
      state: 'created',
      size: 0,
      digest: null,
      ...fields,
    };
    this.artifacts.set(artifact.id, artifact);
    await mkdir(join(this.dir, String(artifact.id), 'blocks'));
    await this.save(artifact);
    return artifact;
  }

  /**
   * The next free id, its directory created exclusively: a service started on the same storage by another
   * process (two `release-actions run` at once) never takes the same one. What the other creates later is not
   * seen here: a service reads the storage when it starts.
   */
  private async claimId(): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    for (;;) {
      const id = this.nextId++;
      try {
        await mkdir(join(this.dir, String(id)));
        return id;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
    }
  }

  /** Stages one block of an upload (Azure's Put Block): written aside, then renamed into place. */
  async putBlock(artifact: StoredArtifact, blockId: string, body: Readable): Promise<number> {
    const path = this.blockPath(artifact, blockId);
    await pipeline(body, createWriteStream(`${path}.partial`));
    await rename(`${path}.partial`, path);
    return (await stat(path)).size;
  }

  /** Commits staged blocks in the given order as the artifact's blob (Azure's Put Block List). */
  async commitBlocks(artifact: StoredArtifact, blockIds: readonly string[]): Promise<void> {
    const paths = blockIds.map((id) => this.blockPath(artifact, id));
    for (const [index, path] of paths.entries()) {
      if (!(await stat(path).catch(() => null)))
        throw new BlobError(`block ${blockIds[index]} was never staged`);
    }
    const blob = this.blobPath(artifact);
    const hash = createHash('sha256');
    const out = createWriteStream(`${blob}.partial`);
    let size = 0;
    for (const path of paths) {
      await pipeline(
        createReadStream(path),
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            hash.update(chunk);
            size += chunk.length;
            yield chunk;
          }
        },
        out,
        { end: false },
      );
    }
    await new Promise<void>((resolve, reject) =>
      out.end((error?: Error | null) => (error ? reject(error) : resolve())),
    );
    await rename(`${blob}.partial`, blob);
    await rm(join(this.dir, String(artifact.id), 'blocks'), { recursive: true, force: true });
    await this.update(artifact, { state: 'uploaded', size, digest: `sha256:${hash.digest('hex')}` });
  }

  /** Stores a whole blob at once (seeding an artifact built elsewhere) and finalizes it. */
  async putBlob(artifact: StoredArtifact, content: Buffer): Promise<void> {
    const blob = this.blobPath(artifact);
    await writeFile(`${blob}.partial`, content);
    await rename(`${blob}.partial`, blob);
    const digest = `sha256:${createHash('sha256').update(content).digest('hex')}`;
    await this.update(artifact, { state: 'finalized', size: content.length, digest });
  }

  /** Changes an artifact and writes it down. */
  async update(artifact: StoredArtifact, change: Partial<StoredArtifact>): Promise<void> {
    Object.assign(artifact, change);
    await this.save(artifact);
  }

  /** Forgets an artifact and its files. */
  async remove(artifact: StoredArtifact): Promise<void> {
    this.artifacts.delete(artifact.id);
    await rm(join(this.dir, String(artifact.id)), { recursive: true, force: true });
  }

  /** Where an artifact's committed blob is. */
  blobPath(artifact: StoredArtifact): string {
    return join(this.dir, String(artifact.id), BLOB);
  }

  private blockPath(artifact: StoredArtifact, blockId: string): string {
    // Block ids are base64 text chosen by the client: hex keeps any of them a plain file name.
    return join(this.dir, String(artifact.id), 'blocks', Buffer.from(blockId).toString('hex'));
  }

  private async save(artifact: StoredArtifact): Promise<void> {
    const path = join(this.dir, String(artifact.id), META);
    await writeFile(`${path}.partial`, JSON.stringify(artifact, null, 2));
    await rename(`${path}.partial`, path);
  }
}
