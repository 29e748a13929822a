/** The one error type of the release core: a one-line message naming the file or input and the fix. */
import { redact } from '../secrets/index.js';

/** A release that cannot go ahead (or could not finish); the message is one redacted line. */
export class PublishError extends Error {
  override readonly name = 'PublishError';

  constructor(message: string, options?: { cause?: unknown }) {
    super(oneLine(message), options);
  }
}

/** `text` as one redacted line: a message may quote a server, and servers echo credentials back. */
export function oneLine(text: string): string {
  return redact(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}
