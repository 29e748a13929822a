/**
 * Flattening every artifact's distributions into one directory: a file that several artifacts hold with the
 * same bytes is kept once; the same name with other bytes is a conflict naming both artifacts, and two names
 * that differ only in case are one too (Windows and macOS file systems cannot hold both). Pure.
 */
import { shortDigest } from '../common/index.js';
import type { StagedFile } from './stage.js';

/** One distribution of the release: what the manifest records, and where its copy is staged. */
export interface CollectedFile extends StagedFile {
  /** Other artifacts that held the very same file (kept once, from the first by name). */
  alsoIn: string[];
}

/** The release's files by name, each once, and the conflicts that stop the collection. */
export function flatten(staged: readonly StagedFile[]): { files: CollectedFile[]; problems: string[] } {
  const byName = new Map<string, StagedFile[]>();
  for (const file of staged) byName.set(file.filename, [...(byName.get(file.filename) ?? []), file]);
  const files: CollectedFile[] = [];
  const problems: string[] = [];
  for (const [filename, copies] of [...byName].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const ordered = [...copies].sort((a, b) =>
      a.artifact < b.artifact ? -1 : a.artifact > b.artifact ? 1 : 0,
    );
    const first = ordered[0] as StagedFile;
    const other = ordered.find((copy) => copy.sha256 !== first.sha256);
    if (other) {
      problems.push(
        `${filename} differs between artifact ${first.artifact} (sha256 ${shortDigest(first.sha256)}) and artifact ${other.artifact} (sha256 ${shortDigest(other.sha256)}): one file must be built by one job; fix the matrix or the upload-artifact paths`,
      );
      continue;
    }
    const alsoIn = [...new Set(ordered.slice(1).map((copy) => copy.artifact))].filter(
      (a) => a !== first.artifact,
    );
    files.push({ ...first, alsoIn });
  }
  const byFolded = new Map<string, string>();
  for (const { filename } of files) {
    const earlier = byFolded.get(filename.toLowerCase());
    if (earlier)
      problems.push(
        `${earlier} and ${filename} differ only in case, which Windows and macOS file systems cannot hold side by side: rename one`,
      );
    else byFolded.set(filename.toLowerCase(), filename);
  }
  return { files, problems };
}
