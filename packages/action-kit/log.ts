import { formatCommand, type CommandProperties } from './commands.js';
import { redact } from './secrets.js';
import { writeStdout } from './stdout.js';

/** Where an annotation points: a file and line in the repository, and a title. */
export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
}

function write(line: string): void {
  writeStdout(`${redact(line)}\n`);
}

function annotation(
  kind: 'error' | 'warning' | 'notice',
  message: string,
  props: AnnotationProperties,
): void {
  const properties: CommandProperties = {
    title: props.title,
    file: props.file,
    line: props.startLine,
    endLine: props.endLine,
  };
  write(formatCommand(kind, properties, message));
}

/** A plain log line. */
export function info(message: string): void {
  write(message);
}

/** A line shown only when step debug logging is on. */
export function debug(message: string): void {
  write(formatCommand('debug', {}, message));
}

/** Only true when the workflow was re-run with debug logging. */
export function isDebug(): boolean {
  return process.env['RUNNER_DEBUG'] === '1';
}

/** An error annotation (does not fail the step by itself). */
export function error(message: string, props: AnnotationProperties = {}): void {
  annotation('error', message, props);
}

/** A warning annotation. */
export function warning(message: string, props: AnnotationProperties = {}): void {
  annotation('warning', message, props);
}

/** A notice annotation. */
export function notice(message: string, props: AnnotationProperties = {}): void {
  annotation('notice', message, props);
}

/** Runs `fn` inside a collapsible log group, closing the group even when `fn` throws. */
export async function group<T>(name: string, fn: () => Promise<T> | T): Promise<T> {
  write(formatCommand('group', {}, name));
  try {
    return await fn();
  } finally {
    write(formatCommand('endgroup', {}, ''));
  }
}
