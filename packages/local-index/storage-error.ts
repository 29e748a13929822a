/** Raised when the storage directory cannot be used; the message names it and says why. */
export class StorageError extends Error {
  override name = 'StorageError';
}
