/** A collection that cannot proceed; the message is one line naming what is wrong and the fix. */
export class CollectError extends Error {
  override readonly name = 'CollectError';
}
