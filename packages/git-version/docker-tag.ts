/** Docker image tags from versions. */

const MAX_LENGTH = 128;

/** A valid Docker tag for `version`: only `[A-Za-z0-9_.-]`, no leading `.` or `-`, at most 128 characters. */
export function dockerTag(version: string): string {
  const tag = version
    .replace(/[^A-Za-z0-9_.-]/g, '-')
    .replace(/^[.-]+/, '')
    .slice(0, MAX_LENGTH);
  return tag === '' ? 'latest' : tag;
}
