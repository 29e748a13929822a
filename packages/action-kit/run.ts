import { debug, error, isDebug } from './log.js';
import { maskRegisteredSecrets, redact } from './secrets.js';

/** Errors that mean a bug in this code rather than bad input or a failing service. */
const PROGRAMMING_ERRORS = new Set(['TypeError', 'ReferenceError', 'RangeError', 'SyntaxError']);

/** The one-line message a user sees for `thrown`. */
export function failureMessage(thrown: unknown): string {
  if (!(thrown instanceof Error)) return `Unexpected failure: ${String(thrown)}`;
  const oneLine = thrown.message.split(/\r?\n/).filter(Boolean).join(' ');
  return PROGRAMMING_ERRORS.has(thrown.name)
    ? `Unexpected internal error (please report it): ${oneLine}. Re-run with debug logging for the stack.`
    : oneLine;
}

/**
 * Runs an action's main function the way every action in this suite ends: a thrown error becomes one
 * `::error::` line (secrets redacted), the stack goes to the debug log (when it is on), and the process exits non-zero.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  maskRegisteredSecrets();
  try {
    await main();
  } catch (thrown) {
    error(redact(failureMessage(thrown)));
    // Formatting a stack costs milliseconds; only a debug run shows it.
    if (isDebug() && thrown instanceof Error && thrown.stack) debug(redact(thrown.stack));
    process.exitCode = 1;
  }
}
