/**
 * What makes a storage directory damaged beyond a torn last line: a journal line that holds no entry, or a
 * file the journal records that is missing or has another size. Found at start-up (the first stops the
 * index, named with the repair command) and by `repairStorage` (all of them).
 */
import type { JournalLine } from './journal.js';
import type { StoredFile } from './model.js';
import type { StorageSystem } from './storage-fs.js';

/** One damaged line of the journal and what is wrong with it. */
export interface Damage {
  line: number;
  problem: string;
  /** Set when the line is sound but the file it records is not: repair marks the file deleted. */
  filename?: string;
}

/** The command that repairs the storage directory `dir`, as a user would type it. */
export function repairCommand(dir: string): string {
  const quoted = /^[\w@%+=:,./\\-]+$/.test(dir) ? dir : `"${dir.replace(/(["\\$`])/g, '\\$1')}"`;
  return `release-actions index repair --storage ${quoted}`;
}

/** The one-line message that stops an index on damaged storage: the line, the problem, the way out. */
export function damageMessage(dir: string, journalPath: string, damage: Damage): string {
  return `${journalPath}: line ${damage.line} ${damage.problem}; the index state is damaged. Run '${repairCommand(dir)}' to set the damage aside (the journal is kept as a copy)`;
}

/** The files the journal's entries leave live, with the line that added each. */
function liveFiles(lines: JournalLine[]): Map<string, { line: number; file: StoredFile }> {
  const live = new Map<string, { line: number; file: StoredFile }>();
  for (const line of lines) {
    if (!('entry' in line)) continue;
    const { entry } = line;
    if (entry.op === 'add') live.set(entry.file.filename, { line: line.number, file: entry.file });
    else if (entry.op === 'delete') live.delete(entry.filename);
  }
  return live;
}

async function sizeOf(system: StorageSystem, path: string): Promise<number | null> {
  try {
    const stats = await system.fs.stat(path);
    return stats.isFile() ? stats.size : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** What is wrong with a live file's bytes (and its core metadata file), or null. */
async function fileProblem(
  system: StorageSystem,
  file: StoredFile,
  absolute: (path: string) => string,
): Promise<string | null> {
  const size = await sizeOf(system, absolute(file.path));
  if (size === null) return `records ${file.path}, which is missing`;
  if (size !== file.size) return `records ${file.path} of ${file.size} bytes, which has ${size}`;
  if (file.coreMetadata && (await sizeOf(system, absolute(`${file.path}.metadata`))) === null)
    return `records ${file.path}.metadata, which is missing`;
  return null;
}

/** Every damaged line, in journal order: lines that hold no entry first found, then files that are not sound. */
export async function listDamage(
  system: StorageSystem,
  lines: JournalLine[],
  absolute: (path: string) => string,
): Promise<Damage[]> {
  const damage: Damage[] = lines.flatMap((line) =>
    'problem' in line ? [{ line: line.number, problem: line.problem }] : [],
  );
  for (const { line, file } of liveFiles(lines).values()) {
    const problem = await fileProblem(system, file, absolute);
    if (problem) damage.push({ line, problem, filename: file.filename });
  }
  return damage.sort((a, b) => a.line - b.line);
}
