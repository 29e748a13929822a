/** One `::command props::message` line from an action's stdout, decoded as the runner decodes it. */
export interface WorkflowCommand {
  command: string;
  properties: Record<string, string>;
  message: string;
}

function unescape(value: string, property: boolean): string {
  let result = value.replace(/%0D/g, '\r').replace(/%0A/g, '\n');
  if (property) result = result.replace(/%3A/g, ':').replace(/%2C/g, ',');
  return result.replace(/%25/g, '%');
}

/** Parses a log line; null when it is not a workflow command. */
export function parseWorkflowCommand(line: string): WorkflowCommand | null {
  const match = /^::([A-Za-z-]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!match) return null;
  const properties: Record<string, string> = {};
  for (const pair of (match[2] ?? '').split(',').filter(Boolean)) {
    const equals = pair.indexOf('=');
    if (equals > 0) properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), true);
  }
  return { command: match[1] ?? '', properties, message: unescape(match[3] ?? '', false) };
}

/** Replaces every masked value in a log, as the runner shows it to people. */
export function applyMasks(log: string, masks: readonly string[]): string {
  let result = log;
  for (const mask of [...masks].sort((a, b) => b.length - a.length)) result = result.split(mask).join('***');
  return result;
}
