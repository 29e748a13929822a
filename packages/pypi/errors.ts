/** Errors raised by the index client; every message passes through `redact` when it is built. */
import { redact } from '../secrets/index.js';

/** Base class: a one-line, redacted message. */
export class PypiError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(redact(message), options);
    this.name = new.target.name;
  }
}

/** A repository or index URL that cannot be used as given (the message names the fix). */
export class IndexUrlError extends PypiError {}

/** Where a network failure happened: it decides whether an upload may have landed. */
export type NetworkPhase = 'connect' | 'send' | 'wait' | 'receive';

/** A request that got no complete HTTP response: refused, reset, timed out, proxy refused the tunnel. */
export class NetworkError extends PypiError {
  constructor(
    message: string,
    readonly url: string,
    readonly phase: NetworkPhase,
    /** True once the whole request body was handed to the socket. */
    readonly bodySent: boolean,
    readonly code: string | undefined,
    readonly timedOut: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** An index answered a read request with a status the caller cannot use (after retries). */
export class IndexResponseError extends PypiError {
  constructor(
    message: string,
    readonly url: string,
    readonly status: number,
  ) {
    super(message);
  }
}
