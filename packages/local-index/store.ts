/**
 * The index's storage directory: file bytes under `packages/`, state in `journal.jsonl`, uploads in
 * progress under `tmp/`. A file is served only after its bytes are renamed into place and its journal
 * line is on disk, so a crash at any point leaves either the old state or the new one.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, open, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { Journal, readJournal } from './journal.js';
import { lockDirectory, type DirectoryLock } from './lock.js';
import type { Digests, JournalEntry, Project, Release, ReleaseMetadata, StoredFile } from './model.js';
import { StorageError } from './storage-error.js';

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
  uploadTime: string;
}

/** The path PyPI would give a file: `packages/<b2[0:2]>/<b2[2:4]>/<b2[4:]>/<filename>`. */
export function blobPath(blake2b256: string, filename: string): string {
  return ['packages', blake2b256.slice(0, 2), blake2b256.slice(2, 4), blake2b256.slice(4), filename].join(
    '/',
  );
}

/**
 * `mkdir -p` one level at a time: node's recursive mkdir spins forever under /proc, and this way the
 * first level that fails is the one named in the error.
 */
async function makeDirectory(dir: string): Promise<void> {
  const missing: string[] = [];
  let at = resolve(dir);
  for (;;) {
    try {
      if (!(await stat(at)).isDirectory())
        throw Object.assign(new Error(`${at} is not a directory`), { code: 'ENOTDIR' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      missing.unshift(at);
      const parent = dirname(at);
      if (parent === at) break;
      at = parent;
    }
  }
  for (const path of missing) {
    await mkdir(path).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'EEXIST') throw error;
    });
  }
}

async function fsyncPath(path: string): Promise<void> {
  const handle = await open(path, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** The storage directory of one running index. */
export class IndexStore {
  private readonly projectsByName = new Map<string, Project>();
  private readonly filesByName = new Map<string, { project: Project; release: Release; file: StoredFile }>();
  private readonly deleted = new Set<string>();
  private queue: Promise<unknown> = Promise.resolve();
  private serialNumber = 0;

  private constructor(
    readonly dir: string,
    private readonly journal: Journal<JournalEntry>,
    private readonly lock: DirectoryLock,
  ) {}

  /** Opens `dir` (created if missing), replays its journal and sweeps leftovers of a crash. */
  static async open(dir: string): Promise<IndexStore> {
    try {
      await makeDirectory(join(dir, 'tmp'));
      await makeDirectory(join(dir, 'packages'));
      await access(dir, constants.W_OK);
      // Root passes access() everywhere; a real write is the only honest test.
      const probe = join(dir, 'tmp', '.probe');
      await writeFile(probe, '');
      await rm(probe);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new StorageError(
        `storage directory ${dir} is not writable (${code}); choose another with --storage`,
      );
    }
    const lock = await lockDirectory(dir);
    try {
      const entries = await readJournal<JournalEntry>(join(dir, 'journal.jsonl'));
      const journal = await Journal.open<JournalEntry>(join(dir, 'journal.jsonl'));
      const store = new IndexStore(dir, journal, lock);
      for (const entry of entries) store.apply(entry);
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

  /** Moves an upload into place and records it. Call inside `exclusive`. */
  async add(input: NewFile): Promise<StoredFile> {
    const path = blobPath(input.digests.blake2b_256, input.filename);
    const target = this.absolute(path);
    await mkdir(dirname(target), { recursive: true });
    if (input.coreMetadata) {
      const metadataTemp = this.tempPath();
      await writeFile(metadataTemp, input.coreMetadata.bytes);
      await fsyncPath(metadataTemp);
      await rename(metadataTemp, `${target}.metadata`);
    }
    await rename(input.tempPath, target);
    await fsyncPath(dirname(target));
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
    };
    await this.record({
      op: 'add',
      projectName: input.projectName,
      version: input.version,
      versionKey: input.versionKey,
      metadata: input.metadata,
      file,
    });
    return file;
  }

  /** Deletes a file for good: its name can never be uploaded again. False if there is no such file. */
  async deleteFile(filename: string): Promise<boolean> {
    const found = this.filesByName.get(filename);
    if (!found) return false;
    await this.record({ op: 'delete', filename, time: new Date().toISOString() });
    await rm(this.absolute(found.file.path), { force: true });
    await rm(`${this.absolute(found.file.path)}.metadata`, { force: true });
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
    await this.journal.close();
    await this.lock.release();
  }

  private async record(entry: JournalEntry): Promise<void> {
    await this.journal.append(entry);
    this.apply(entry);
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
    for (const name of await readdir(join(this.dir, 'tmp'))) {
      await rm(join(this.dir, 'tmp', name), { force: true, recursive: true });
    }
    const known = new Set<string>();
    for (const { file } of this.filesByName.values()) {
      known.add(file.path);
      if (file.coreMetadata) known.add(`${file.path}.metadata`);
    }
    const root = join(this.dir, 'packages');
    for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const full = join(entry.parentPath, entry.name);
      const rel = ['packages', ...relative(root, full).split(sep)].join('/');
      if (!known.has(rel)) await unlink(full);
    }
  }
}
