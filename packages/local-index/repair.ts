/**
 * `repairStorage`: what `release-actions index repair` does to a storage directory the index refuses to
 * start on. Lines that hold no entry are set aside; a file whose bytes are missing or cut short is marked
 * deleted (its name, once served, is never taken again, as on PyPI); a torn last line goes. The journal
 * before the repair is kept beside it as `journal.jsonl.damaged-<time>`, and the new one replaces it in
 * one rename, so a crash during the repair leaves one or the other.
 */
import { join } from 'node:path';
import { readJournalFile } from './journal.js';
import { lockDirectory } from './lock.js';
import type { JournalEntry } from './model.js';
import { listDamage, type Damage } from './storage-check.js';
import { StorageError } from './storage-error.js';
import { NODE_STORAGE, syncDirectory, writeNewFile, type StorageSystem } from './storage-fs.js';
import { JOURNAL_FILE } from './store.js';

/** What a repair found and did. */
export interface RepairReport {
  /** The journal's path. */
  journal: string;
  /** Every damaged line, in order; a line with `filename` was kept and its file marked deleted. */
  damage: Damage[];
  /** True when the journal ended in a torn line (dropped). */
  torn: boolean;
  /** Lines kept, of `lines` complete lines. */
  kept: number;
  lines: number;
  /** Where the journal as it was is kept; null when nothing was written (sound, or a dry run). */
  backup: string | null;
}

/** Options of `repairStorage`. */
export interface RepairOptions {
  /** Only say what would be done. */
  dryRun?: boolean;
  system?: StorageSystem;
  /** The time written into the deletions and the backup's name; default now. */
  now?: () => Date;
}

/** The repaired journal's text: sound lines kept as they were, a deletion appended per unsound file. */
function repairedText(
  lines: Awaited<ReturnType<typeof readJournalFile>>['lines'],
  damage: Damage[],
  time: string,
): { text: string; kept: number } {
  const entries = lines.flatMap((line) => ('entry' in line ? [line.entry] : []));
  const deletions: JournalEntry[] = damage.flatMap((d) =>
    d.filename ? [{ op: 'delete' as const, filename: d.filename, time }] : [],
  );
  const text = [...entries, ...deletions].map((entry) => `${JSON.stringify(entry)}\n`).join('');
  return { text, kept: entries.length };
}

/** A name for the backup: the journal's, with the time (no characters Windows refuses). */
function backupName(journal: string, now: Date): string {
  return `${journal}.damaged-${now.toISOString().replace(/[:.]/g, '-')}`;
}

/** Repairs the storage directory `dir` (not while an index serves it: its lock is taken). */
export async function repairStorage(dir: string, options: RepairOptions = {}): Promise<RepairReport> {
  const system = options.system ?? NODE_STORAGE;
  const journal = join(dir, JOURNAL_FILE);
  try {
    await system.fs.stat(journal);
  } catch {
    throw new StorageError(`${dir} holds no index journal (${JOURNAL_FILE}); check --storage`);
  }
  const lock = await lockDirectory(dir);
  try {
    const scan = await readJournalFile(system, journal);
    const absolute = (path: string): string => join(dir, ...path.split('/'));
    const damage = await listDamage(system, scan.lines, absolute);
    const now = (options.now ?? (() => new Date()))();
    const { text, kept } = repairedText(scan.lines, damage, now.toISOString());
    const report = { journal, damage, torn: scan.torn, kept, lines: scan.lines.length, backup: null };
    if (options.dryRun || (damage.length === 0 && !scan.torn)) return report;
    const backup = backupName(journal, now);
    await writeNewFile(system, backup, await system.fs.readFile(journal));
    const fresh = `${journal}.repaired`;
    await system.fs.rm(fresh, { recursive: false, force: true });
    await writeNewFile(system, fresh, Buffer.from(text, 'utf8'));
    await system.fs.rename(fresh, journal);
    await syncDirectory(system, dir);
    return { ...report, backup };
  } finally {
    await lock.release();
  }
}
