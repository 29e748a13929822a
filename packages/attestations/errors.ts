/** Errors of signing and verifying attestations: one line each, naming the file when there is one. */

/** An attestation that could not be made or does not prove what it should; `message` is one line. */
export class AttestationError extends Error {
  override readonly name = 'AttestationError';
}

/** The cause's own message as one line, without the stack. */
export function causeLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${message}${cause && !message.includes(cause.slice(2)) ? cause : ''}`.replace(/\s+/g, ' ').trim();
}
