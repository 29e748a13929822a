/**
 * The checks cibuildwheel makes on `[tool.cibuildwheel]` before anything else (OptionsReader): unknown
 * option names, options a platform table may not set, and malformed overrides. Platform tables are only
 * checked for the platforms being planned, as cibuildwheel only reads the one it runs for.
 */
import { DISALLOWED_OPTIONS, OPTION_NAMES, PLATFORMS, type Platform } from './data.js';
import { CibuildwheelConfigError, isTable } from './options.js';

/** Throws CibuildwheelConfigError for the first problem cibuildwheel would stop at. */
export function validateCibuildwheelTable(
  config: Record<string, unknown>,
  platforms: readonly Platform[],
): void {
  const allowed = new Set([...OPTION_NAMES, ...PLATFORMS, 'overrides']);
  for (const name of Object.keys(config)) {
    if (!allowed.has(name)) throw unknownOption(name, '[tool.cibuildwheel]', allowed);
  }
  for (const platform of platforms) {
    const table = config[platform];
    if (table === undefined) continue;
    const where = `[tool.cibuildwheel.${platform}]`;
    if (!isTable(table)) throw new CibuildwheelConfigError(`pyproject.toml ${where} must be a table`);
    for (const name of Object.keys(table)) {
      if (DISALLOWED_OPTIONS[platform]?.includes(name)) {
        throw new CibuildwheelConfigError(`pyproject.toml ${where}: ${name} cannot be set for ${platform}`);
      }
      if (!OPTION_NAMES.has(name)) throw unknownOption(name, where, OPTION_NAMES);
    }
  }
  validateOverrides(config['overrides']);
}

function unknownOption(name: string, where: string, allowed: ReadonlySet<string>): CibuildwheelConfigError {
  const guess = closestName(name, allowed);
  return new CibuildwheelConfigError(
    `pyproject.toml ${where}: ${name} is not a cibuildwheel 4.2.0 option${guess ? ` (did you mean ${guess}?)` : ''}`,
  );
}

function validateOverrides(overrides: unknown): void {
  if (overrides === undefined) return;
  const where = 'pyproject.toml [[tool.cibuildwheel.overrides]]';
  if (!Array.isArray(overrides)) throw new CibuildwheelConfigError(`${where} must be a list of tables`);
  for (const override of overrides) {
    if (!isTable(override)) throw new CibuildwheelConfigError(`${where} must be a list of tables`);
    const select = override['select'];
    if (!select || (Array.isArray(select) && select.length === 0)) {
      throw new CibuildwheelConfigError(`${where}: every override needs a select`);
    }
    const inherit = override['inherit'] ?? {};
    if (
      !isTable(inherit) ||
      !Object.values(inherit).every((rule) => ['none', 'append', 'prepend'].includes(String(rule)))
    ) {
      throw new CibuildwheelConfigError(`${where}: inherit must map options to none, append or prepend`);
    }
  }
}

/** The allowed name closest to a misspelt one (two edits, or a third of its letters, at most), or null. */
export function closestName(name: string, names: Iterable<string>): string | null {
  let best: string | null = null;
  let bestDistance = Math.max(2, Math.floor(name.length / 3)) + 1;
  for (const candidate of names) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] as number;
}
