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

// setuptools_scm's test when describe has nothing: tracked changes only, untracked files do not count.
export async function isDirty(git: Git, cwd: string): Promise<boolean> {
  const result = await git.run(['status', '--porcelain', '--untracked-files=no'], { cwd });
  return result.code === 0 && result.stdout.trim() !== '';
}
