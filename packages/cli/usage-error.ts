/** Raised for a command line that cannot be run; printed as one line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}
