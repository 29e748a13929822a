/** A setting the gate cannot work with (bad `jobs`, an allow-list naming nothing); the message says the fix. */
export class GateInputError extends Error {
  override readonly name = 'GateInputError';
}

/** GitHub's API refused or failed the gate for good (token, permission, repository); the message says the fix. */
export class GateApiError extends Error {
  override readonly name = 'GateApiError';
  /** Whether trying again later may help (a 5xx, a network error) rather than a refusal. */
  readonly transient: boolean;

  constructor(message: string, transient: boolean) {
    super(message);
    this.transient = transient;
  }
}
