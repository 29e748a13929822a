/** Reads GITHUB_OUTPUT / GITHUB_ENV files the way the runner does: `k=v` lines and `k<<DELIM` heredocs. */
export function parseFileCommands(text: string, source = 'file command'): Record<string, string> {
  const result: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? '';
    if (line === '') continue;
    const equals = line.indexOf('=');
    const heredoc = line.indexOf('<<');
    if (equals >= 0 && (heredoc < 0 || equals < heredoc)) {
      result[line.slice(0, equals)] = line.slice(equals + 1);
      continue;
    }
    if (heredoc <= 0) throw new Error(`${source}: malformed line ${index + 1}: ${JSON.stringify(line)}`);
    const key = line.slice(0, heredoc);
    const delimiter = line.slice(heredoc + 2);
    const value: string[] = [];
    for (index++; index < lines.length && lines[index] !== delimiter; index++) value.push(lines[index] ?? '');
    if (index >= lines.length) throw new Error(`${source}: no closing delimiter for ${key}`);
    result[key] = value.join('\n');
  }
  return result;
}
