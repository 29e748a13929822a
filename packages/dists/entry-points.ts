/** A wheel's `entry_points.txt` as warehouse checks it: strict INI (Python's configparser, `=` only), script names without paths. */
import { pyLeadingSpace, pyStrip } from './python-repr.js';

// An entry point name (packaging's data model, `[\w.-]+` with Python's \w: letters, numbers, underscore).
const SCRIPT_NAME = /^[\p{L}\p{N}_.-]+$/u;
const SCRIPT_SECTIONS = new Set(['console_scripts', 'gui_scripts']);

type Sections = Map<string, string[]>;

interface ReadState {
  sections: Sections;
  current: string[] | null;
  /** True once an option was read in the current section: deeper-indented lines continue its value. */
  inValue: boolean;
  indent: number;
}

// One significant line: a section header or an option. False when configparser raises.
function readLine(state: ReadState, clean: string): boolean {
  const header = /^\[(.+)\]/.exec(clean);
  if (header) {
    const name = header[1] ?? '';
    // strict: a section read twice raises, except DEFAULT, whose options merge.
    if (name !== 'DEFAULT' && state.sections.has(name)) return false;
    if (!state.sections.has(name)) state.sections.set(name, []);
    state.current = state.sections.get(name) ?? null;
    state.inValue = false;
    return true;
  }
  if (state.current === null) return false;
  const eq = clean.indexOf('=');
  const option = eq < 0 ? '' : pyStrip(clean.slice(0, eq));
  if (option === '' || state.current.includes(option)) return false;
  state.current.push(option);
  state.inValue = true;
  return true;
}

// configparser's `read_string` (strict, `=` only, comments `#` and `;` on their own line): sections and options.
function parseIni(text: string): Sections | null {
  const state: ReadState = { sections: new Map([['DEFAULT', []]]), current: null, inValue: false, indent: 0 };
  // StringIO yields lines at '\n' only; a '\r' before it is stripped as whitespace.
  for (const line of text.split('\n')) {
    const stripped = pyStrip(line);
    if (stripped === '' || stripped.startsWith('#') || stripped.startsWith(';')) continue;
    // configparser's indentation: the offset of the first character Python's \S matches.
    const indent = pyLeadingSpace(line);
    if (state.current !== null && state.inValue && indent > state.indent) continue;
    state.indent = indent;
    if (!readLine(state, stripped)) return null;
  }
  return state.sections;
}

/** True when warehouse would refuse the wheel for this entry_points.txt (not UTF-8, not strict INI, a script name with a path). */
export function entryPointsInvalid(bytes: Uint8Array): boolean {
  let text: string;
  try {
    // Python's bytes.decode() keeps a byte order mark, and configparser then finds no section header.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
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
