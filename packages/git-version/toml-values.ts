/** Typed reads of TOML values, each failure one line naming the file, the table and the key. */
import { VersionError } from './errors.js';

/** A TOML table. */
export type Table = Record<string, unknown>;

/** True for a TOML table (not an array, not a date). */
export function isTable(value: unknown): value is Table {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

/** Where a value was read: the file and the table, e.g. `/repo/pyproject.toml [tool.setuptools_scm]`. */
export interface TomlPlace {
  file: string;
  table: string;
}

/** `<file> [<table>] <key>`, the way every message names a setting. */
export function keyName(place: TomlPlace, key: string): string {
  return `${place.file} [${place.table}] ${key}`;
}

function wrongType(place: TomlPlace, key: string, expected: string): VersionError {
  return new VersionError(`${keyName(place, key)} must be ${expected}; fix the file`);
}

/** A string, or undefined when absent. */
export function stringAt(table: Table, key: string, place: TomlPlace, path = key): string | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw wrongType(place, path, 'a string');
  return value;
}

/** A boolean, or undefined when absent. */
export function booleanAt(table: Table, key: string, place: TomlPlace, path = key): boolean | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw wrongType(place, path, 'true or false');
  return value;
}

/** A string or a list of strings (as a scheme list or a command), or undefined when absent. */
export function stringsAt(
  table: Table,
  key: string,
  place: TomlPlace,
  path = key,
): string | string[] | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw wrongType(place, path, 'a string or a list of strings');
}

/** A table, or undefined when absent. */
export function tableAt(table: Table, key: string, place: TomlPlace, path = key): Table | undefined {
  const value = table[key];
  if (value === undefined) return undefined;
  if (!isTable(value)) throw wrongType(place, path, 'a table');
  return value;
}
