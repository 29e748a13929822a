/**
 * setup.cfg read the way Python's configparser reads it for cibuildwheel: `[section]` headers, `key = value`
 * or `key: value` (keys lower-cased), indented continuation lines, full-line `#`/`;` comments, `%(name)s`
 * interpolation. A file configparser rejects is an error here too.
 */

/** A setup.cfg configparser refuses, with the line. */
export class SetupCfgError extends Error {
  override readonly name = 'SetupCfgError';
}

/** Sections of option name to raw lines (joined on read). */
export type SetupCfg = Map<string, Map<string, string[]>>;

interface Cursor {
  section: Map<string, string[]> | null;
  sectionName: string;
  option: string | null;
  indent: number;
}

/** Parses setup.cfg text; throws SetupCfgError where configparser raises. */
export function parseSetupCfg(text: string): SetupCfg {
  const sections: SetupCfg = new Map([['DEFAULT', new Map()]]);
  const cursor: Cursor = { section: null, sectionName: '', option: null, indent: Infinity };
  text.split(/\r\n|\r|\n/).forEach((line, index) => readLine(sections, cursor, line, index + 1));
  return sections;
}

function readLine(sections: SetupCfg, cursor: Cursor, line: string, lineNumber: number): void {
  const stripped = line.trim();
  const comment = stripped.startsWith('#') || stripped.startsWith(';');
  if (stripped === '' || comment) {
    // Blank lines belong to a value being continued; comment lines are dropped.
    if (!comment && cursor.section && cursor.option) cursor.section.get(cursor.option)?.push('');
    return;
  }
  const indent = line.length - line.trimStart().length;
  if (cursor.section && cursor.option && indent > cursor.indent) {
    cursor.section.get(cursor.option)?.push(stripped);
    return;
  }
  cursor.indent = indent;
  const header = /^\[(.+)\]$/.exec(stripped);
  if (header) {
    openSection(sections, cursor, header[1] as string, lineNumber);
    return;
  }
  if (!cursor.section) throw new SetupCfgError(`setup.cfg line ${lineNumber}: no [section] header before it`);
  const option = /^(.*?)\s*([=:])\s*(.*)$/.exec(stripped);
  if (!option || option[1] === '') throw new SetupCfgError(`setup.cfg line ${lineNumber}: not "key = value"`);
  const name = (option[1] as string).trimEnd().toLowerCase();
  if (cursor.section.has(name)) {
    throw new SetupCfgError(`setup.cfg line ${lineNumber}: ${name} is set twice in [${cursor.sectionName}]`);
  }
  cursor.section.set(name, [(option[3] as string).trim()]);
  cursor.option = name;
}

function openSection(sections: SetupCfg, cursor: Cursor, name: string, lineNumber: number): void {
  if (sections.has(name) && name !== 'DEFAULT') {
    throw new SetupCfgError(`setup.cfg line ${lineNumber}: section [${name}] appears twice`);
  }
  if (!sections.has(name)) sections.set(name, new Map());
  cursor.section = sections.get(name) ?? null;
  cursor.sectionName = name;
  cursor.option = null;
}

/** `config[section][option]` with configparser's defaults and interpolation; undefined when absent. */
export function setupCfgOption(config: SetupCfg, section: string, option: string): string | undefined {
  const lines = config.get(section)?.get(option) ?? config.get('DEFAULT')?.get(option);
  if (!config.has(section) || lines === undefined) return undefined;
  return interpolate(config, section, lines.join('\n').trimEnd(), 1);
}

function interpolate(config: SetupCfg, section: string, value: string, depth: number): string {
  if (depth > 10) throw new SetupCfgError(`setup.cfg [${section}]: interpolation nested too deeply`);
  return value.replace(/%(%|\((\w+)\)s|.?)/g, (match, what: string, name: string | undefined) => {
    if (what === '%') return '%';
    if (name === undefined)
      throw new SetupCfgError(`setup.cfg [${section}]: '%' must be written '%%' (${match})`);
    const lines =
      config.get(section)?.get(name.toLowerCase()) ?? config.get('DEFAULT')?.get(name.toLowerCase());
    if (lines === undefined) throw new SetupCfgError(`setup.cfg [${section}]: %(${name})s names no option`);
    return interpolate(config, section, lines.join('\n').trimEnd(), depth + 1);
  });
}
