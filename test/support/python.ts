/** Run a Python snippet under Debian's /usr/bin/python3 (the oracle) and parse its JSON output. */
import { runChecked } from '../../packages/process/index.js';

/** Run `code` with `args` in sys.argv[1:]; the snippet prints one JSON document. */
export async function python<T>(code: string, ...args: string[]): Promise<T> {
  const { stdout } = await runChecked('/usr/bin/python3', ['-c', code, ...args]);
  return JSON.parse(stdout) as T;
}
