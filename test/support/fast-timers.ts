/**
 * Scaled-down waits for tests of code with fixed delays it does not let callers change: the official artifact
 * client waits 30 s for a stalled download and 5 s between its attempts. Inside `withFastTimers`, every
 * `setTimeout` of a second or more lasts `factor` times less; the code under test runs unchanged.
 */
export async function withFastTimers<T>(factor: number, work: () => Promise<T>): Promise<T> {
  const original = globalThis.setTimeout;
  const scaled = ((handler: (...args: unknown[]) => void, delay?: number, ...args: unknown[]) =>
    original(
      handler,
      delay !== undefined && delay >= 1000 ? delay / factor : delay,
      ...args,
    )) as typeof setTimeout;
  globalThis.setTimeout = Object.assign(scaled, original);
  try {
    return await work();
  } finally {
    globalThis.setTimeout = original;
  }
}

/** What `capturingStdout` saw: the work's value or error, and everything written to stdout meanwhile. */
export interface Captured<T> {
  value?: T;
  error?: Error;
  stdout: string;
}

/** Runs `work` with stdout captured (libraries that log with process.stdout.write); never throws. */
export async function capturingStdout<T>(work: () => Promise<T>): Promise<Captured<T>> {
  const original = process.stdout.write.bind(process.stdout);
  const captured: Captured<T> = { stdout: '' };
  process.stdout.write = ((chunk: string | Uint8Array) => {
    captured.stdout += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8');
    return true;
  }) as typeof process.stdout.write;
  try {
    captured.value = await work();
  } catch (error) {
    captured.error = error as Error;
  } finally {
    process.stdout.write = original;
  }
  return captured;
}
