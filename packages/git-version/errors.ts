/** A user-facing failure: one line that names the file or input at fault and how to fix it. */
export class VersionError extends Error {
  override name = 'VersionError';
}
