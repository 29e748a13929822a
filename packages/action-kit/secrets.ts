import { formatCommand } from './commands.js';

/** Values that must never appear in logs, outputs, summaries or error messages. */
const secrets = new Set<string>();

/** Masks `value` in the runner's log from now on and redacts it from everything this kit writes. */
export function registerSecret(value: string): void {
  if (!value || secrets.has(value)) return;
  secrets.add(value);
  // The runner masks each line of a multi-line secret separately, so register each line too.
  for (const line of value.split(/\r?\n/)) {
    if (line) process.stdout.write(`${formatCommand('add-mask', {}, line)}\n`);
  }
}

/** Replaces every registered secret in `text` with `***`, longest first so overlapping secrets vanish whole. */
export function redact(text: string): string {
  let result = text;
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    result = result.split(secret).join('***');
  }
  return result;
}
