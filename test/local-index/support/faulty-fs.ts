/**
 * Node's file system with failures injected where a test says: ENOSPC after a short write (as a filling
 * disk does), EIO on fsync, and Windows' rules (a directory cannot be opened as a file, fsync through a
 * read-only handle is EPERM). Every call is recorded, so a test can also see what was fsynced.
 */
import * as fs from 'node:fs/promises';
import type { OpenMode, StorageFs, StorageHandle } from '../../../packages/local-index/index.js';

/** The calls a rule can fail. */
export type FsCall = 'open' | 'write' | 'writev' | 'sync' | 'truncate' | 'rename' | 'mkdir' | 'rm';

/** One injected failure. */
export interface FaultRule {
  call: FsCall;
  /** Which paths it applies to (for a rename: the target). */
  path: RegExp;
  code: string;
  /** A write stores half of what it was given before the rule fails the next write, as a disk filling up. */
  short?: boolean;
  /** Only calls through a handle opened for a directory (`sync` of a directory). */
  directory?: boolean;
  /** Fails this many calls, then lets them through (default: every one until `clear`). */
  times?: number;
}

/** A recorded call: what, on which path, and whether through a handle on a directory. */
export interface FsEvent {
  call: FsCall;
  path: string;
  directory: boolean;
}

function failure(code: string, call: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected, ${call} '${path}'`), { code, syscall: call, path });
}

/** A StorageFs over node's, failing what its rules say. */
export class FaultyFs implements StorageFs {
  readonly events: FsEvent[] = [];
  /** Handles opened and not closed yet: a leak shows here. */
  openHandles = 0;
  /** Told of each call once it returned (a short write included): where a crash can be staged. */
  afterCall: (event: FsEvent) => void = () => undefined;
  private rules: (FaultRule & { shortDone?: boolean; failed?: number })[] = [];

  /** With `windows`, opening a directory fails EISDIR and fsync through a read-only handle EPERM. */
  constructor(private readonly options: { windows?: boolean } = {}) {}

  /** Adds a rule (it applies until `clear`). */
  fail(rule: FaultRule): this {
    this.rules.push({ ...rule });
    return this;
  }

  /** Drops every rule: the disk has room again. */
  clear(): void {
    this.rules = [];
  }

  /** Records a call and raises its rule's failure, if one applies; 'short' when a short write is due. */
  check(call: FsCall, path: string, directory = false): 'short' | null {
    this.events.push({ call, path, directory });
    const rule = this.rules.find(
      (r) =>
        r.call === call &&
        r.path.test(path) &&
        (r.directory === undefined || r.directory === directory) &&
        (r.times === undefined || (r.failed ?? 0) < r.times),
    );
    if (!rule) return null;
    if (rule.short && !rule.shortDone) {
      rule.shortDone = true;
      return 'short';
    }
    rule.failed = (rule.failed ?? 0) + 1;
    throw failure(rule.code, call, path);
  }

  /** Tells `afterCall` that a call returned. */
  done(call: FsCall, path: string, directory = false): void {
    this.afterCall({ call, path, directory });
  }

  async open(path: string, mode: OpenMode): Promise<StorageHandle> {
    const directory = await fs
      .stat(path)
      .then((s) => s.isDirectory())
      .catch(() => false);
    this.check('open', path, directory);
    if (directory && this.options.windows) throw failure('EISDIR', 'open', path);
    const handle = await fs.open(path, mode);
    this.openHandles += 1;
    this.done('open', path, directory);
    return new FaultyHandle(this, handle, path, mode, directory, this.options.windows ?? false);
  }

  async mkdir(path: string): Promise<void> {
    this.check('mkdir', path);
    await fs.mkdir(path);
    this.done('mkdir', path);
  }

  async rename(from: string, to: string): Promise<void> {
    this.check('rename', to);
    await fs.rename(from, to);
    this.done('rename', to);
  }

  async rm(path: string, options: { recursive: boolean; force: boolean }): Promise<void> {
    this.check('rm', path);
    await fs.rm(path, options);
    this.done('rm', path);
  }

  unlink(path: string): Promise<void> {
    return fs.unlink(path);
  }

  readFile(path: string): Promise<Buffer> {
    return fs.readFile(path);
  }

  readdir(path: string): Promise<string[]> {
    return fs.readdir(path);
  }

  stat(path: string): Promise<{ size: number; isFile(): boolean; isDirectory(): boolean }> {
    return fs.stat(path);
  }

  access(path: string, mode: number): Promise<void> {
    return fs.access(path, mode);
  }
}

class FaultyHandle implements StorageHandle {
  constructor(
    private readonly owner: FaultyFs,
    private readonly handle: fs.FileHandle,
    private readonly path: string,
    private readonly mode: OpenMode,
    private readonly directory: boolean,
    private readonly windows: boolean,
  ) {}

  async write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number | null,
  ): Promise<{ bytesWritten: number }> {
    const short = this.owner.check('write', this.path) === 'short';
    const count = short ? Math.max(1, Math.floor(length / 2)) : length;
    const { bytesWritten } = await this.handle.write(buffer, offset, count, position);
    this.owner.done('write', this.path);
    return { bytesWritten };
  }

  async writev(buffers: Uint8Array[], position?: number | null): Promise<{ bytesWritten: number }> {
    if (this.owner.check('writev', this.path) === 'short') {
      const first = buffers[0] ?? new Uint8Array(0);
      const half = first.subarray(0, Math.max(1, Math.floor(first.length / 2)));
      const { bytesWritten } = await this.handle.writev([half], position ?? undefined);
      this.owner.done('writev', this.path);
      return { bytesWritten };
    }
    const { bytesWritten } = await this.handle.writev(buffers, position ?? undefined);
    this.owner.done('writev', this.path);
    return { bytesWritten };
  }

  async sync(): Promise<void> {
    this.owner.check('sync', this.path, this.directory);
    if (this.windows && this.mode === 'r') throw failure('EPERM', 'fsync', this.path);
    await this.handle.sync();
    this.owner.done('sync', this.path, this.directory);
  }

  async truncate(length: number): Promise<void> {
    this.owner.check('truncate', this.path);
    await this.handle.truncate(length);
    this.owner.done('truncate', this.path);
  }

  stat(): Promise<{ size: number }> {
    return this.handle.stat();
  }

  async close(): Promise<void> {
    await this.handle.close();
    this.owner.openHandles -= 1;
  }
}
