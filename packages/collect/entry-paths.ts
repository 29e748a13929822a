/**
 * Which paths inside an artifact are safe to take a file from. An artifact is somebody else's archive: an
 * absolute path, a drive, or a `..` component would name a place outside the artifact, and is refused rather
 * than quietly rewritten (as unzip tools do), by the rules of every OS the release may be collected on.
 */

/** Why `path` cannot name a file inside an artifact, or null when it can. */
export function entryPathProblem(path: string): string | null {
  if (path === '') return 'an empty name';
  if (path.includes('\0')) return 'a NUL character';
  if (path.startsWith('/') || path.startsWith('\\')) return 'an absolute path';
  if (/^[A-Za-z]:/.test(path)) return 'a drive letter';
  if (path.split(/[/\\]/).includes('..')) return "a '..' component";
  return null;
}

/** The last component of an entry's path: its name once flattened. */
export function entryBasename(path: string): string {
  const parts = path.split(/[/\\]/).filter((part) => part !== '' && part !== '.');
  return parts.at(-1) ?? '';
}
