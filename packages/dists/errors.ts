/** Typed errors of the dists package: each carries a stable `code` and names the file it is about. */

/** Codes of everything that can go wrong while reading a distribution file. */
export type DistErrorCode =
  | 'invalid-wheel-filename'
  | 'invalid-sdist-filename'
  | 'unknown-extension'
  | 'not-a-zipfile'
  | 'not-a-tarfile'
  | 'zip-bomb'
  | 'entry-too-large'
  | 'unsupported-compression'
  | 'encrypted-entry'
  | 'corrupt-entry'
  | 'missing-member'
  | 'invalid-metadata';

/** An error about one distribution file; `message` is one line naming the file and what is wrong. */
export class DistError extends Error {
  override readonly name = 'DistError';
  constructor(
    readonly code: DistErrorCode,
    message: string,
    readonly filename?: string,
  ) {
    super(message);
  }
}
