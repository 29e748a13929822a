/** Turns what an action printed and wrote into text for a terminal, as the runner's UI would show it. */
import { parseWorkflowCommand } from '../local-runner/index.js';

const ANNOTATIONS: Record<string, string> = { error: 'error', warning: 'warning', notice: 'notice' };

/** One line of the log as the runner shows it: null for lines meant for the runner, not for people. */
export function readableLine(line: string, options: { debug: boolean }): string | null {
  const command = parseWorkflowCommand(line);
  if (!command) return line;
  const label = ANNOTATIONS[command.command];
  if (label) {
    const where = command.properties['file']
      ? ` (${command.properties['file']}${command.properties['line'] ? `:${command.properties['line']}` : ''})`
      : '';
    return `${label}${where}: ${command.message}`;
  }
  if (command.command === 'group') return `▸ ${command.message}`;
  if (command.command === 'debug' && options.debug) return `debug: ${command.message}`;
  // endgroup, add-mask, set-output and the rest are for the runner.
  return null;
}

/** The log as the runner shows it: groups as headings, annotations labelled, debug lines only on request. */
export function readableLog(log: string, options: { debug: boolean }): string {
  return log
    .split(/\r?\n/)
    .map((line) => readableLine(line, options))
    .filter((line): line is string => line !== null)
    .join('\n')
    .trimEnd();
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** A job summary's HTML and Markdown as plain text: table rows on lines, cells split by `|`. */
export function readableSummary(summary: string): string {
  return summary
    .replace(/<h(\d)>/g, (_m, level: string) => `\n${'#'.repeat(Number(level))} `)
    .replace(/<\/(h\d|p|tr|table|ul|details|summary)>/g, '\n')
    .replace(/<li>/g, '- ')
    .replace(/<\/li>/g, '\n')
    .replace(/<\/t[hd]><t[hd][^>]*>/g, ' | ')
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity] ?? entity)
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
