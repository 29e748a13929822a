/** Turns what an action printed and wrote into text for a terminal, as the runner's UI would show it. */
import { parseWorkflowCommand } from '../local-runner/index.js';

const ANNOTATIONS: Record<string, string> = { error: 'error', warning: 'warning', notice: 'notice' };

/** The log as the runner shows it: groups as headings, annotations labelled, debug lines only on request. */
export function readableLog(log: string, options: { debug: boolean }): string {
  const lines: string[] = [];
  for (const line of log.split(/\r?\n/)) {
    const command = parseWorkflowCommand(line);
    if (!command) {
      lines.push(line);
      continue;
    }
    const label = ANNOTATIONS[command.command];
    if (label) {
      const where = command.properties['file']
        ? ` (${command.properties['file']}${command.properties['line'] ? `:${command.properties['line']}` : ''})`
        : '';
      lines.push(`${label}${where}: ${command.message}`);
    } else if (command.command === 'group') lines.push(`▸ ${command.message}`);
    else if (command.command === 'debug' && options.debug) lines.push(`debug: ${command.message}`);
    // endgroup, add-mask, set-output and the rest are for the runner, not for people.
  }
  return lines.join('\n').trimEnd();
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
