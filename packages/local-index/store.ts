/**
 * The index's storage directory: file bytes under `packages/`, state in `journal.jsonl`, uploads in
 * progress under `tmp/`. A file is served only after its bytes are fsynced, renamed into place (the
 * directory fsynced) and its journal line is on disk, so a crash at any point leaves either the old state or
 * the new one; a write that fails leaves the old state and says so (StorageWriteError).
 */
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import { Journal, readJournalFile, type JournalLine } from './journal.js';
import { lockDirectory, type DirectoryLock } from './lock.js';
import type { Digests, JournalEntry, Project, Release, ReleaseMetadata, StoredFile } from './model.js';
import { damageMessage, listDamage } from './storage-check.js';
import { StorageError, writeFailure } from './storage-error.js';
import {
  makeDirectories,
  NODE_STORAGE,
  probeWritable,
  syncDirectory,
  writeNewFile,
  type StorageSystem,
} from './storage-fs.js';

/** The journal's file name in the storage directory. */
export const JOURNAL_FILE = 'journal.jsonl';

/** What `add` needs to store one uploaded file. */
export interface NewFile {
  /** The fully written (and fsynced) upload in `tmp/`. */
  tempPath: string;
  projectName: string;
  project: string;
  version: string;
  versionKey: string;
  metadata: ReleaseMetadata;
  filename: string;
  packagetype: string;
  pythonVersion: string;
  requiresPython: string | null;
  size: number;
  digests: Digests;
  /** The core metadata file to serve at `<file>.metadata`, if any. */
  coreMetadata: { bytes: Buffer; digests: Digests } | null;
  /** The PEP 740 provenance object to serve for the file, when it was uploaded with attestations. */
  provenance?: Buffer;
  uploadTime: string;
}

/** The path PyPI would give a file: `packages/<b2[0:2]>/<b2[2:4]>/<b2[4:]>/<filename>`. */
export function blobPath(blake2b256: string, filename: string): string {
  return ['packages', blake2b256.slice(0, 2), blake2b256.slice(2, 4), blake2b256.slice(4), filename].join(
    '/',
  );
}

/** Creates the storage directory's parts and proves it takes writes, or says which directory cannot. */
async function prepareDirectory(system: StorageSystem, dir: string): Promise<void> {
  try {
    await makeDirectories(system, join(dir, 'tmp'));
    await makeDirectories(system, join(dir, 'packages'));
    await probeWritable(system, dir, join(dir, 'tmp', '.probe'));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new StorageError(
      `storage directory ${dir} is not writable (${code}); choose another with --storage`,
    );
  }
}

/** The storage directory of one running index. */
export class IndexStore {
  private readonly projectsByName = new Map<string, Project>();
  private readonly filesByName = new Map<string, { project: Project; release: Release; file: StoredFile }>();
  private readonly deleted = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private serialNumber = 0;
  private journal: Journal | null = null;

  private constructor(
    readonly dir: string,
    readonly system: StorageSystem,
    private readonly lock: DirectoryLock,
  ) {}

  /**
   * Opens `dir` (created if missing), replays its journal and sweeps leftovers of a crash. A torn last line
   * is cut off; any other damage (a line that is no entry, a file the journal records missing or cut short)
   * stops the start with the line named and the repair command.
   */
  static async open(dir: string, system: StorageSystem = NODE_STORAGE): Promise<IndexStore> {
    await prepareDirectory(system, dir);
    const lock = await lockDirectory(dir);
    try {
      const path = join(dir, JOURNAL_FILE);
      const scan = await readJournalFile(system, path);
      const store = new IndexStore(dir, system, lock);
      store.replay(scan.lines);
      const [damage] = await listDamage(system, scan.lines, (p) => store.absolute(p));
      if (damage) throw new StorageError(damageMessage(dir, path, damage));
      store.journal = await Journal.open(system, path, scan.completeBytes);
      await store.sweep();
      return store;
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /** The journal's length: PyPI's `last_serial` for this index. */
  get serial(): number {
    return this.serialNumber;
  }

  /** A fresh path under `tmp/` for an upload in progress. */
  tempPath(): string {
    return join(this.dir, 'tmp', `${randomBytes(12).toString('hex')}.part`);
  }

  /** Absolute path of a stored file's bytes. */
  absolute(path: string): string {
    return join(this.dir, ...path.split('/'));
  }

  /** A project by its normalized name. */
  project(normalized: string): Project | undefined {
    return this.projectsByName.get(normalized);
  }

  /** All projects, in name order. */
  projects(): Project[] {
    return [...this.projectsByName.values()].sort((a, b) => (a.normalized < b.normalized ? -1 : 1));
  }

  /** A stored file by filename, with its project and release. */
  file(filename: string): { project: Project; release: Release; file: StoredFile } | undefined {
    return this.filesByName.get(filename);
  }

  /** True when `filename` was stored once and deleted: PyPI never lets it be used again. */
  isDeleted(filename: string): boolean {
    return this.deleted.has(filename);
  }

  /** Every filename deleted so far. */
  deletedFilenames(): string[] {
    return [...this.deleted];
  }

  /** Runs `task` with no other `exclusive` task running: checks against the state and the write that follows. */
  exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  /**
   * Moves an upload into place and records it. Call inside `exclusive`. On failure nothing of it is served
   * and its bytes are taken back out (left to the next start's sweep when the journal's tail is unknown).
   */
  async add(input: NewFile): Promise<StoredFile> {
    const path = blobPath(input.digests.blake2b_256, input.filename);
    const target = this.absolute(path);
    const placed = await this.place(input, target);
    const file: StoredFile = {
      filename: input.filename,
      project: input.project,
      version: input.version,
      packagetype: input.packagetype,
      pythonVersion: input.pythonVersion,
      requiresPython: input.requiresPython,
      size: input.size,
      digests: input.digests,
      uploadTime: input.uploadTime,
      path,
      coreMetadata: input.coreMetadata?.digests ?? null,
      ...(input.provenance ? { provenance: true as const } : {}),
    };
    try {
      await this.record({
        op: 'add',
        projectName: input.projectName,
        version: input.version,
        versionKey: input.versionKey,
        metadata: input.metadata,
        file,
      });
    } catch (error) {
      if (!this.journal?.broken) await this.removeQuietly(placed);
      throw error;
    }
    return file;
  }

  /** Deletes a file for good: its name can never be uploaded again. False if there is no such file. */
  async deleteFile(filename: string): Promise<boolean> {
    const found = this.filesByName.get(filename);
    if (!found) return false;
    await this.record({ op: 'delete', filename, time: new Date().toISOString() });
    // Bytes left behind (Windows refuses to remove a file being downloaded) go with the next start's sweep.
    const target = this.absolute(found.file.path);
    await this.removeQuietly([target, `${target}.metadata`, `${target}.provenance`]);
    return true;
  }

  /** Marks a release yanked (PEP 592). False if there is no such release. */
  async yank(project: string, versionKey: string, reason: string): Promise<boolean> {
    if (!this.projectsByName.get(project)?.releases.has(versionKey)) return false;
    await this.record({ op: 'yank', project, versionKey, reason, time: new Date().toISOString() });
    return true;
  }

  /** Takes a yank back. False if there is no such release. */
  async unyank(project: string, versionKey: string): Promise<boolean> {
    if (!this.projectsByName.get(project)?.releases.has(versionKey)) return false;
    await this.record({ op: 'unyank', project, versionKey, time: new Date().toISOString() });
    return true;
  }

  /** Closes the journal and releases the directory lock. */
  async close(): Promise<void> {
    await this.queue;
    await this.journal?.close();
    await this.lock.release();
  }

  /**
   * The upload's bytes (and its core metadata and provenance files) renamed to `target`, each fsynced, the directories
   * created for it and the one it lands in fsynced; the paths placed. On failure, none stays.
   */
  private async place(input: NewFile, target: string): Promise<string[]> {
    const placed: string[] = [];
    let sidecarTemp: string | null = null;
    const sidecars: [suffix: string, bytes: Buffer | undefined][] = [
      ['.metadata', input.coreMetadata?.bytes],
      ['.provenance', input.provenance],
    ];
    try {
      await makeDirectories(this.system, dirname(target));
      for (const [suffix, bytes] of sidecars) {
        if (!bytes) continue;
        sidecarTemp = this.tempPath();
        await writeNewFile(this.system, sidecarTemp, bytes);
        await this.system.fs.rename(sidecarTemp, `${target}${suffix}`);
        sidecarTemp = null;
        placed.push(`${target}${suffix}`);
      }
      await this.system.fs.rename(input.tempPath, target);
      placed.push(target);
      await syncDirectory(this.system, dirname(target));
      return placed;
    } catch (error) {
      await this.removeQuietly(sidecarTemp ? [sidecarTemp, ...placed] : placed);
      throw writeFailure(error, 'storing the file');
    }
  }

  private async removeQuietly(paths: string[]): Promise<void> {
    for (const path of paths)
      await this.system.fs.rm(path, { recursive: false, force: true }).catch(() => undefined);
  }

  private async record(entry: JournalEntry): Promise<void> {
    if (!this.journal) throw new Error('the store is not open');
    await this.journal.append(entry);
    this.apply(entry);
  }

  private replay(lines: JournalLine[]): void {
    for (const line of lines) if ('entry' in line) this.apply(line.entry);
  }

  private apply(entry: JournalEntry): void {
    this.serialNumber += 1;
    switch (entry.op) {
      case 'add': {
        let project = this.projectsByName.get(entry.file.project);
        if (!project) {
          project = { name: entry.projectName, normalized: entry.file.project, releases: new Map() };
          this.projectsByName.set(project.normalized, project);
        }
        // warehouse renames a project to the spelling of its latest upload (package_name → Package-Name).
        project.name = entry.projectName;
        let release = project.releases.get(entry.versionKey);
        if (!release) {
          release = {
            version: entry.version,
            key: entry.versionKey,
            metadata: entry.metadata,
            yanked: false,
            yankedReason: '',
            files: [],
          };
          project.releases.set(entry.versionKey, release);
        }
        release.files.push(entry.file);
        this.filesByName.set(entry.file.filename, { project, release, file: entry.file });
        return;
      }
      case 'delete': {
        const found = this.filesByName.get(entry.filename);
        this.deleted.add(entry.filename);
        if (!found) return;
        this.filesByName.delete(entry.filename);
        // As on PyPI, the release stays (with no files) when its last file goes.
        found.release.files = found.release.files.filter((f) => f.filename !== entry.filename);
        return;
      }
      case 'yank':
      case 'unyank': {
        const release = this.projectsByName.get(entry.project)?.releases.get(entry.versionKey);
        if (!release) return;
        release.yanked = entry.op === 'yank';
        release.yankedReason = entry.op === 'yank' ? entry.reason : '';
        return;
      }
    }
  }

  /** Removes what a crash can leave behind: partial uploads and bytes renamed in but never journaled. */
  private async sweep(): Promise<void> {
    const { fs } = this.system;
    for (const name of await fs.readdir(join(this.dir, 'tmp'))) {
      await fs.rm(join(this.dir, 'tmp', name), { force: true, recursive: true });
    }
    const known = new Set<string>();
    for (const { file } of this.filesByName.values()) {
      known.add(file.path);
      if (file.coreMetadata) known.add(`${file.path}.metadata`);
      if (file.provenance) known.add(`${file.path}.provenance`);
    }
    for (const path of await listFiles(this.system, join(this.dir, 'packages'), 'packages')) {
      if (!known.has(path)) await fs.unlink(this.absolute(path));
    }
  }
}

/** Every file under `dir`, as `/`-separated paths starting with `prefix`. */
async function listFiles(system: StorageSystem, dir: string, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await system.fs.readdir(dir)) {
    const stats = await system.fs.stat(join(dir, name));
    if (stats.isDirectory()) found.push(...(await listFiles(system, join(dir, name), `${prefix}/${name}`)));
    else if (stats.isFile()) found.push(`${prefix}/${name}`);
  }
  return found;
}
