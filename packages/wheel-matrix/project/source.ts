/** Where a project's files come from: a directory on disk, or (in tests) a map of paths to text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of a directory listing. */
export interface DirectoryEntry {
  name: string;
  directory: boolean;
}

/** Read access to a project tree, paths relative to its root with `/` separators. */
export interface ProjectSource {
  /** A short name for messages, e.g. the directory. */
  readonly label: string;
  /** The text of a file, or null when there is none. */
  read(path: string): string | null;
  /** The entries of a directory ('' is the root), empty when there is none. */
  list(dir: string): DirectoryEntry[];
}

/** A project directory on disk. */
export function directorySource(root: string): ProjectSource {
  return {
    label: root,
    read(path) {
      try {
        return readFileSync(join(root, path), 'utf8');
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return null;
        throw error;
      }
    },
    list(dir) {
      try {
        return readdirSync(join(root, dir), { withFileTypes: true }).map((entry) => ({
          name: entry.name,
          directory: entry.isDirectory(),
        }));
      } catch {
        return [];
      }
    },
  };
}

/** A project given as path → text, for tests and examples. */
export function memorySource(files: Readonly<Record<string, string>>, label = '(memory)'): ProjectSource {
  return {
    label,
    read: (path) => files[path] ?? null,
    list(dir) {
      const prefix = dir === '' ? '' : `${dir}/`;
      const entries = new Map<string, boolean>();
      for (const path of Object.keys(files)) {
        if (!path.startsWith(prefix)) continue;
        const [name, ...rest] = path.slice(prefix.length).split('/');
        if (name) entries.set(name, (entries.get(name) ?? false) || rest.length > 0);
      }
      return [...entries].map(([name, directory]) => ({ name, directory }));
    },
  };
}
