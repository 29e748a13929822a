/** Small questions about the work tree and its history. */
import { VersionError } from './errors.js';
import { firstLine, type Git } from './git.js';

/** `git rev-list --count HEAD`. */
export async function countCommits(git: Git, cwd: string): Promise<number> {
  const result = await git.run(['rev-list', '--count', 'HEAD'], { cwd });
  if (result.code !== 0)
    throw new VersionError(`counting commits in ${cwd} failed: ${firstLine(result.stderr)}`);
  return Number(result.stdout.trim());
}

/**
 * Tracked files that differ from HEAD (setuptools_scm's notion of dirty: untracked files do not count), relative to
 * the top of the checkout.
 */
export async function modifiedFiles(git: Git, cwd: string): Promise<string[]> {
  const result = await git.run(['status', '--porcelain', '-z', '--untracked-files=no'], { cwd });
  if (result.code !== 0) return [];
  const entries = result.stdout.split('\0');
  const files: string[] = [];
  for (let i = 0; i < entries.length; i += 1) {
    const entry = entries[i] ?? '';
    if (entry.length < 4) continue;
    files.push(entry.slice(3));
    // A rename or copy is followed by the path it came from.
    if (/[RC]/.test(entry.slice(0, 2))) i += 1;
  }
  return files;
}

/** HEAD's commit date in UTC, `YYYY-MM-DD` (setuptools_scm's node_date); null for an unborn branch. */
export async function headCommitDate(git: Git, cwd: string): Promise<string | null> {
  const result = await git.run(['-c', 'log.showSignature=false', 'log', '-n', '1', '--format=%ct', 'HEAD'], {
    cwd,
  });
  const seconds = Number(result.stdout.trim());
  if (result.code !== 0 || result.stdout.trim() === '' || !Number.isFinite(seconds)) return null;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** "a.txt, b.txt and 3 more": file names for a one-line message. */
export function fileList(files: readonly string[], shown = 5): string {
  const head = files.slice(0, shown).join(', ');
  return files.length > shown ? `${head} and ${files.length - shown} more` : head;
}
