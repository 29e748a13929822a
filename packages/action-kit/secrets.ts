/**
 * The runner's side of the secrets registry (packages/secrets): every form of every secret registered in
 * this process, by this kit or by any package, is announced with `::add-mask::` so the runner hides it
 * in the log too, including lines printed by other programs.
 */
import { redact, registerSecret as register, secrets } from '../secrets/index.js';
import { formatCommand } from './commands.js';
import { writeStdout } from './stdout.js';

let masking = false;

/** From now on (and for everything registered so far), each secret's forms become `::add-mask::` lines. */
export function maskRegisteredSecrets(): void {
  if (masking) return;
  masking = true;
  secrets.subscribe((form) => {
    // The runner masks each line of a multi-line value separately.
    for (const line of form.split(/\r?\n/)) {
      if (line) writeStdout(`${formatCommand('add-mask', {}, line)}\n`);
    }
  });
}

/** Masks `value` in the runner's log from now on and redacts it from everything this process writes. */
export function registerSecret(value: string): void {
  maskRegisteredSecrets();
  register(value);
}

export { redact };
