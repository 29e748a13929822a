import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import { delimiter as pathDelimiter } from 'node:path';
import { formatCommand } from './commands.js';
import { redact } from './secrets.js';
import { writeStdout } from './stdout.js';

/**
 * The `name<<delimiter` form the runner parses, with a fresh random delimiter per value. The global Web
 * Crypto loads node's crypto on first use: importing `node:crypto` would cost every start-up 4 ms.
 */
export function keyValueMessage(key: string, value: string): string {
  const delimiter = `ghadelimiter_${globalThis.crypto.randomUUID()}`;
  if (key.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`Output ${key} contains the file-command delimiter; refusing to write it`);
  }
  return `${key}<<${delimiter}${EOL}${value}${EOL}${delimiter}`;
}

function appendFileCommand(variable: string, message: string): void {
  const path = process.env[variable];
  if (!path) throw new Error(`${variable} is not set: run this action inside a GitHub Actions job`);
  if (!existsSync(path)) throw new Error(`${variable} points at a missing file: ${path}`);
  appendFileSync(path, `${message}${EOL}`, { encoding: 'utf8' });
}

/** Sets a step output. Secrets are redacted: an output is not a place for them. */
export function setOutput(name: string, value: string): void {
  const safe = redact(value);
  if (process.env['GITHUB_OUTPUT']) {
    appendFileCommand('GITHUB_OUTPUT', keyValueMessage(name, safe));
    return;
  }
  // Old runners without GITHUB_OUTPUT still understand the deprecated command.
  writeStdout(`${EOL}${formatCommand('set-output', { name }, safe)}${EOL}`);
}

/** Exports an environment variable to this process and to every later step of the job. */
export function exportVariable(name: string, value: string): void {
  process.env[name] = value;
  appendFileCommand('GITHUB_ENV', keyValueMessage(name, value));
}

/** Prepends a directory to PATH for this process and every later step of the job. */
export function addPath(directory: string): void {
  appendFileCommand('GITHUB_PATH', directory);
  process.env['PATH'] = `${directory}${pathDelimiter}${process.env['PATH'] ?? ''}`;
}
