/** Failures of the storage directory: at start-up (StorageError) and while writing a change (StorageWriteError). */

/** Raised when the storage directory cannot be used; the message names it and says why. */
export class StorageError extends Error {
  override name = 'StorageError';
}

/**
 * A change that could not be written: nothing of it was kept. `code` is the system's (ENOSPC, EIO…), or
 * `EJOURNAL` when an earlier failed write could not be undone and the index takes no changes until restarted.
 */
export class StorageWriteError extends Error {
  override name = 'StorageWriteError';
  constructor(
    readonly code: string,
    readonly what: string,
  ) {
    super(`${what} failed (${code})`);
  }
}

/** Wraps a file-system failure while doing `what` (one wrapping only: the innermost `what` is kept). */
export function writeFailure(error: unknown, what: string): StorageWriteError {
  if (error instanceof StorageWriteError) return error;
  return new StorageWriteError((error as NodeJS.ErrnoException).code ?? 'EIO', what);
}

/** How long a client should wait before retrying when the storage is full. */
export const FULL_RETRY_AFTER_SECONDS = 30;

/** The HTTP answer to a failed write: 503 with Retry-After when the disk is full, 503 when restarting is the cure, 500 otherwise. */
export function writeFailureAnswer(error: StorageWriteError): {
  status: number;
  message: string;
  headers: Record<string, string>;
} {
  if (error.code === 'ENOSPC' || error.code === 'EDQUOT') {
    return {
      status: 503,
      message: `The index's storage is full (${error.code} while ${error.what}); nothing was stored, retry later.`,
      headers: { 'Retry-After': String(FULL_RETRY_AFTER_SECONDS) },
    };
  }
  if (error.code === 'EJOURNAL') {
    return {
      status: 503,
      message: `The index could not undo a failed write to its journal and takes no changes until it is restarted; nothing was stored.`,
      headers: {},
    };
  }
  return {
    status: 500,
    message: `The index could not write its storage (${error.code} while ${error.what}); nothing was stored.`,
    headers: {},
  };
}
