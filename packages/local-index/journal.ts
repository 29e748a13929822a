/**
 * The index's durable state: an append-only journal of JSON lines. An append returns only once its line is
 * wholly on disk (written in full and fsynced); a failed append is cut back off, so the file never holds
 * part of a line followed by another. Replayed on start.
 */
import { dirname } from 'node:path';
import { parseJournalLine } from './journal-entry.js';
import type { JournalEntry } from './model.js';
import { writeFailure, StorageWriteError } from './storage-error.js';
import { syncDirectory, writeFully, type StorageHandle, type StorageSystem } from './storage-fs.js';

/** One line of a journal as read back: its entry, or what is wrong with it (and its text). */
export type JournalLine =
  { number: number; entry: JournalEntry } | { number: number; problem: string; text: string };

/** A journal's contents: every complete line, and where a torn last line starts (null when there is none). */
export interface JournalScan {
  lines: JournalLine[];
  /** Byte length of the complete lines: a torn tail beyond it is cut off. */
  completeBytes: number;
  torn: boolean;
}

/**
 * Splits a journal into lines (pure). The newline is the last byte of every append, so a tail without one
 * is a torn write: its append never returned, nothing was answered or served from it.
 */
export function scanJournal(bytes: Buffer): JournalScan {
  const lines: JournalLine[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const eol = bytes.indexOf(0x0a, offset);
    if (eol < 0) return { lines, completeBytes: offset, torn: true };
    const text = bytes.toString('utf8', offset, eol);
    const parsed = parseJournalLine(text);
    const number = lines.length + 1;
    lines.push('problem' in parsed ? { number, problem: parsed.problem, text } : { number, entry: parsed });
    offset = eol + 1;
  }
  return { lines, completeBytes: offset, torn: false };
}

/** Reads the journal at `path` (none yet: empty). */
export async function readJournalFile(system: StorageSystem, path: string): Promise<JournalScan> {
  try {
    return scanJournal(await system.fs.readFile(path));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { lines: [], completeBytes: 0, torn: false };
    throw error;
  }
}

/** An open journal; `append` returns only once the entry is on disk. */
export class Journal {
  private cutBackFailed = false;

  private constructor(
    private readonly handle: StorageHandle,
    private size: number,
  ) {}

  /**
   * Opens the journal at `path` for appending, cutting it to `keepBytes` (a torn tail goes). A journal
   * created here gets its directory fsynced, so its entry survives a crash.
   */
  static async open(system: StorageSystem, path: string, keepBytes: number): Promise<Journal> {
    let handle: StorageHandle;
    try {
      handle = await system.fs.open(path, 'wx');
      await handle.sync();
      await syncDirectory(system, dirname(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      handle = await system.fs.open(path, 'r+');
    }
    if ((await handle.stat()).size !== keepBytes) {
      await handle.truncate(keepBytes);
      await handle.sync();
    }
    return new Journal(handle, keepBytes);
  }

  /** True once a failed append could not be cut back off: the file's tail is unknown until a restart. */
  get broken(): boolean {
    return this.cutBackFailed;
  }

  /**
   * Appends one entry and fsyncs. On failure the line is cut back off (and fsynced) before the error is
   * raised, so nothing of it stays; if even that fails, every later append is refused until a restart.
   * Callers serialize appends (one writer at a time).
   */
  async append(entry: JournalEntry): Promise<void> {
    if (this.cutBackFailed) throw new StorageWriteError('EJOURNAL', 'writing the journal');
    const line = Buffer.from(`${JSON.stringify(entry)}\n`, 'utf8');
    try {
      // Positioned writes rather than O_APPEND: Windows cannot truncate a file opened for appending.
      await writeFully(this.handle, line, this.size);
      await this.handle.sync();
    } catch (error) {
      await this.cutBack();
      throw writeFailure(error, 'writing the journal');
    }
    this.size += line.length;
  }

  /** Closes the file. */
  async close(): Promise<void> {
    await this.handle.close();
  }

  private async cutBack(): Promise<void> {
    try {
      await this.handle.truncate(this.size);
      await this.handle.sync();
    } catch {
      this.cutBackFailed = true;
    }
  }
}
