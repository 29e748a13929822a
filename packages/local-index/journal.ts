/** An append-only JSON-lines journal with fsync: the index's durable state, replayed on start. */
import { open, readFile, truncate, type FileHandle } from 'node:fs/promises';

/** Raised when the journal is damaged somewhere other than a torn last line. */
export class JournalError extends Error {
  override name = 'JournalError';
}

/**
 * Reads every complete entry. A last line cut short by a crash (no newline, or not JSON) is dropped and
 * cut off the file, because its append never returned and so nothing was ever served from it.
 */
export async function readJournal<T>(path: string): Promise<T[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const entries: T[] = [];
  let offset = 0;
  while (offset < text.length) {
    const eol = text.indexOf('\n', offset);
    if (eol < 0) {
      // The newline is the last byte of every append, so a line without one is a torn write.
      await truncate(path, Buffer.byteLength(text.slice(0, offset), 'utf8'));
      break;
    }
    try {
      entries.push(JSON.parse(text.slice(offset, eol)) as T);
    } catch {
      throw new JournalError(
        `${path}: line ${entries.length + 1} is not valid JSON; the index state is damaged`,
      );
    }
    offset = eol + 1;
  }
  return entries;
}

/** An open journal; `append` returns only once the entry is on disk. */
export class Journal<T> {
  private constructor(private readonly handle: FileHandle) {}

  /** Opens (creating if needed) the journal at `path` for appending. */
  static async open<T>(path: string): Promise<Journal<T>> {
    return new Journal<T>(await open(path, 'a'));
  }

  /** Appends one entry and fsyncs. Callers serialize appends (one writer at a time). */
  async append(entry: T): Promise<void> {
    await this.handle.write(`${JSON.stringify(entry)}\n`);
    await this.handle.sync();
  }

  /** Closes the file. */
  async close(): Promise<void> {
    await this.handle.close();
  }
}
