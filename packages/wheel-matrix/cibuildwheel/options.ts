/**
 * The selection settings of one cibuildwheel platform, resolved with cibuildwheel's precedence (options.py
 * OptionsReader): defaults, then `[tool.cibuildwheel]`, then `[tool.cibuildwheel.<platform>]`, then
 * `CIBW_<OPTION>`, then `CIBW_<OPTION>_<PLATFORM>` where the option allows it. Each value remembers where
 * it came from, so that errors and the summary can name the file or variable to change.
 */
import { ENABLE_GROUPS, type EnableGroup, type Platform } from './data.js';

/** A resolved option value and where it came from. */
export interface Setting {
  value: string;
  /** `default`, `CIBW_BUILD`, or `pyproject.toml [tool.cibuildwheel.linux] build`. */
  source: string;
}

/** The options that decide selection, for one platform. */
export interface SelectionSettings {
  platform: Platform;
  /** `*` when unset or empty, as cibuildwheel reads it. */
  build: Setting;
  skip: Setting;
  enable: { groups: Set<EnableGroup>; source: string };
  archs: Setting;
}

/** A configuration cibuildwheel refuses (its ConfigurationError), in one line. */
export class CibuildwheelConfigError extends Error {
  override readonly name = 'CibuildwheelConfigError';
}

/** The CIBW_* variables of the environment the plan is made in. */
export type Environment = Readonly<Record<string, string | undefined>>;

type Table = Record<string, unknown>;

interface Layer {
  value: unknown;
  source: string;
  append?: boolean;
}

/** `[tool.cibuildwheel]` as parsed TOML, or an empty table. */
export function cibuildwheelTable(pyproject: Table | null): Table {
  const tool = pyproject?.['tool'];
  const table = isTable(tool) ? tool['cibuildwheel'] : undefined;
  return isTable(table) ? table : {};
}

/** True for a TOML table (not an array, date or scalar). */
export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

// _stringify_setting: lists joined by a space, booleans and numbers as Python prints them, no tables.
function stringify(value: unknown, name: string, source: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return value.map((item) => stringify(item, name, source)).join(' ');
  throw new CibuildwheelConfigError(`${source}: ${name} must be a string or a list of strings, not a table`);
}

function layers(
  config: Table,
  platform: Platform,
  env: Environment,
  name: string,
  platformEnv: boolean,
): Layer[] {
  const variable = `CIBW_${name.toUpperCase().replace(/-/g, '_')}`;
  const platformTable = config[platform];
  const result: Layer[] = [
    { value: config[name], source: `pyproject.toml [tool.cibuildwheel] ${name}` },
    {
      value: isTable(platformTable) ? platformTable[name] : undefined,
      source: `pyproject.toml [tool.cibuildwheel.${platform}] ${name}`,
    },
    { value: env[variable], source: variable },
  ];
  if (platformEnv) {
    const platformVariable = `${variable}_${platform.toUpperCase()}`;
    result.push({ value: env[platformVariable], source: platformVariable });
  }
  return result;
}

// _resolve_cascade: the last layer that is set wins (or is appended to the one before, for enable).
function resolve(stack: Layer[], name: string, fallback: string, ignoreEmpty = false): Setting {
  let result: Setting = { value: fallback, source: 'default' };
  for (const layer of stack) {
    if (layer.value === undefined || layer.value === null) continue;
    const value = stringify(layer.value, name, layer.source);
    if (ignoreEmpty && value === '') continue;
    if (layer.append && result.value !== '' && value !== '') {
      result = { value: `${result.value} ${value}`, source: `${result.source} + ${layer.source}` };
    } else if (!(layer.append && value === '')) {
      result = { value, source: layer.source };
    }
  }
  return result;
}

/** Enable groups from a setting: names separated by spaces, or `all`; an unknown name is an error. */
export function parseEnableGroups(setting: Setting): Set<EnableGroup> {
  const groups = new Set<EnableGroup>();
  for (const word of setting.value.trim().split(/\s+/).filter(Boolean)) {
    if (word === 'all') return new Set(ENABLE_GROUPS);
    if (!(ENABLE_GROUPS as readonly string[]).includes(word)) {
      throw new CibuildwheelConfigError(
        `${setting.source}: unknown enable group ${JSON.stringify(word)}; the groups are ${ENABLE_GROUPS.join(', ')} (or all)`,
      );
    }
    groups.add(word as EnableGroup);
  }
  return groups;
}

/** The build, skip, enable and archs settings cibuildwheel would use on `platform`. */
export function resolveSelectionSettings(
  config: Table,
  platform: Platform,
  env: Environment,
): SelectionSettings {
  const build = resolve(layers(config, platform, env, 'build', false), 'build', '*');
  const enableLayers = layers(config, platform, env, 'enable', false).map((layer) =>
    layer.source.startsWith('CIBW_') ? { ...layer, append: true } : layer,
  );
  const enable = resolve(enableLayers, 'enable', '');
  return {
    platform,
    build: build.value === '' ? { value: '*', source: build.source } : build,
    skip: resolve(layers(config, platform, env, 'skip', false), 'skip', ''),
    enable: { groups: parseEnableGroups(enable), source: enable.source },
    archs: resolve(layers(config, platform, env, 'archs', true), 'archs', 'auto', true),
  };
}
