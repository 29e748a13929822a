/** Why a process could not be started; the same kinds and wording for every caller. */

/** `not-found`: no such program on PATH or at that path; `not-executable`: it exists but cannot be run. */
export type ProcessErrorKind = 'not-found' | 'not-executable' | 'failed-to-start';

/** A process that never started; the message is one line naming the command and, with a hint, the fix. */
export class ProcessError extends Error {
  override readonly name = 'ProcessError';
  constructor(
    readonly kind: ProcessErrorKind,
    readonly command: string,
    message: string,
  ) {
    super(message);
  }
}

/** The one wording of each start failure: `'python3' was not found on PATH: <hint>`. */
export function startFailure(
  kind: ProcessErrorKind,
  command: string,
  detail: string,
  hint?: string,
): ProcessError {
  const what =
    kind === 'not-found'
      ? `'${command}' was not found${detail ? ` ${detail}` : ''}`
      : kind === 'not-executable'
        ? `'${command}' is not executable${detail ? ` (${detail})` : ''}`
        : `'${command}' could not be started (${detail})`;
  return new ProcessError(kind, command, hint ? `${what}: ${hint}` : what);
}

/** A process that ran but did not succeed (runChecked); `result` holds everything it wrote. */
export class ProcessFailedError extends Error {
  override readonly name = 'ProcessFailedError';
  constructor(
    message: string,
    readonly result: { code: number | null; stdout: string; stderr: string; timedOut: boolean },
  ) {
    super(message);
  }
}
