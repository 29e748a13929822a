/** Errors of verification that are not the release's fault: bad inputs, unreadable files, a refusing index. */

/** One line naming the input, file or URL and the fix. */
export class VerifyError extends Error {
  override readonly name = 'VerifyError';
}
