/** A wheel's `entry_points.txt` as warehouse checks it: strict INI (Python's configparser, `=` only), script names without paths. */

// An entry point name (packaging's data model): word characters, dots and dashes only.
const SCRIPT_NAME = /^[\p{L}\p{N}\p{Mn}\p{Pc}.-]+$/u;
const SCRIPT_SECTIONS = new Set(['console_scripts', 'gui_scripts']);

type Sections = Map<string, string[]>;

// configparser's reading: section headers, `name = value` lines, indented continuations, comments.
function parseIni(text: string): Sections | null {
  const sections: Sections = new Map([['DEFAULT', []]]);
  let current: string[] | null = null;
  let inValue = false;
  let indent = 0;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const stripped = line.trim();
    if (stripped.startsWith('#') || stripped.startsWith(';')) continue;
    if (stripped === '') {
      inValue = inValue && current !== null;
      continue;
    }
    const lineIndent = line.length - line.trimStart().length;
    if (current !== null && inValue && lineIndent > indent) continue;
    indent = lineIndent;
    const header = /^\[(.+)\]/.exec(stripped);
    if (header) {
      const name = header[1] ?? '';
      if (name !== 'DEFAULT' && sections.has(name)) return null;
      if (!sections.has(name)) sections.set(name, []);
      current = sections.get(name) ?? null;
      inValue = false;
      continue;
    }
    if (current === null) return null;
    const eq = stripped.indexOf('=');
    const option = eq < 0 ? '' : stripped.slice(0, eq).trimEnd();
    if (option === '' || current.includes(option)) return null;
    current.push(option);
    inValue = true;
  }
  return sections;
}

/** True when warehouse would refuse the wheel for this entry_points.txt (not UTF-8, not strict INI, a script name with a path). */
export function entryPointsInvalid(bytes: Uint8Array): boolean {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return true;
  }
  const sections = parseIni(text);
  if (sections === null) return true;
  const defaults = sections.get('DEFAULT') ?? [];
  return [...SCRIPT_SECTIONS].some((name) => {
    const options = sections.get(name);
    return options !== undefined && [...defaults, ...options].some((option) => !SCRIPT_NAME.test(option));
  });
}
