/** Test helper: run a Python snippet under Debian's /usr/bin/python3 (the oracle) and parse its JSON output. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Run `code` with `args` in sys.argv[1:]; the snippet prints one JSON document. */
export async function python<T>(code: string, ...args: string[]): Promise<T> {
  const { stdout } = await run('/usr/bin/python3', ['-c', code, ...args], { maxBuffer: 64 << 20 });
  return JSON.parse(stdout) as T;
}
