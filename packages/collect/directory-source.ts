/**
 * Artifacts from a directory, for local rehearsals: each subdirectory of `from` is one artifact (what
 * download-artifact makes of a run's artifacts without merge-multiple), read in place.
 */
import type { Dirent } from 'node:fs';
import { lstat, open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readChunks } from '../dists/index.js';
import { CollectError } from './errors.js';
import type { ArtifactEntry, ArtifactRef, ArtifactSource, EntryKind, OpenedArtifact } from './types.js';

function kindOf(entry: Dirent | import('node:fs').Stats): EntryKind {
  if (entry.isSymbolicLink()) return 'symlink';
  if (entry.isDirectory()) return 'directory';
  if (entry.isFile()) return 'file';
  return 'special';
}

async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const { size } = await handle.stat();
    yield* readChunks(handle, 0, size);
  } finally {
    await handle.close();
  }
}

/** Every entry under `root`, depth first, paths relative to it with `/`; links are reported, not followed. */
async function walk(root: string, prefix = ''): Promise<ArtifactEntry[]> {
  const entries: ArtifactEntry[] = [];
  const children = await readdir(join(root, prefix), { withFileTypes: true });
  for (const child of children.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = prefix ? `${prefix}/${child.name}` : child.name;
    const full = join(root, path);
    const kind = kindOf(child);
    const size = kind === 'file' ? (await lstat(full)).size : 0;
    entries.push({ path, kind, size, refusal: null, read: () => fileChunks(full) });
    if (kind === 'directory') entries.push(...(await walk(root, path)));
  }
  return entries;
}

/** The subdirectories of `from` as artifacts (numbered in name order), their files read where they are. */
export function directorySource(from: string): ArtifactSource {
  const describe = `directory ${from}`;
  return {
    describe,
    list: async () => {
      let children: Dirent[];
      try {
        children = await readdir(from, { withFileTypes: true });
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why =
          code === 'ENOENT'
            ? 'does not exist'
            : code === 'ENOTDIR'
              ? 'is not a directory'
              : `cannot be read (${code})`;
        throw new CollectError(
          `from ${from} ${why}: give the directory whose subdirectories are the artifacts (one per upload-artifact name)`,
        );
      }
      const names = children
        .filter((c) => c.isDirectory())
        .map((c) => c.name)
        .sort();
      return names.map((name, index): ArtifactRef => ({
        id: index + 1,
        name,
        size: 0,
        createdAt: null,
        digest: null,
      }));
    },
    open: async (artifact): Promise<OpenedArtifact> => ({
      entries: await walk(join(from, artifact.name)),
      close: async () => undefined,
    }),
  };
}
