/** The few facts about pyproject.toml a version decision needs: `[project]` name, version and `dynamic`. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { VersionError } from './errors.js';

/** `[project]` as far as versions go. */
export interface ProjectFacts {
  /** The pyproject.toml that was read. */
  path: string;
  /** `[project].name` as written, or null. */
  name: string | null;
  /** A static `[project].version`, or null. */
  version: string | null;
  /** True when `dynamic` lists `version` (setuptools_scm or another backend computes it). */
  dynamicVersion: boolean;
}

/** Reads `<dir>/pyproject.toml`; null when there is none. Throws VersionError on invalid TOML or field types. */
export async function readProjectFacts(dir: string): Promise<ProjectFacts | null> {
  const path = join(dir, 'pyproject.toml');
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new VersionError(
      `${path}: cannot read it (${(error as Error).message}); check the working-directory input`,
    );
  }
  return projectFactsFromToml(text, path);
}

/** The facts from pyproject.toml's text; `path` only names the file in errors. */
export function projectFactsFromToml(text: string, path: string): ProjectFacts {
  let document: Record<string, unknown>;
  try {
    document = parse(text) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    const reason = (error as Error).message.split('\n')[0] ?? '';
    throw new VersionError(`${path}: invalid TOML${where} (${reason}); fix the file`);
  }
  const project = document.project;
  if (project === undefined) return { path, name: null, version: null, dynamicVersion: false };
  if (!isTable(project)) throw new VersionError(`${path}: [project] must be a table; fix the file`);
  const name = optionalString(project.name, 'name', path);
  const version = optionalString(project.version, 'version', path);
  const dynamic = project.dynamic;
  if (
    dynamic !== undefined &&
    !(Array.isArray(dynamic) && dynamic.every((item) => typeof item === 'string'))
  ) {
    throw new VersionError(`${path}: [project].dynamic must be a list of strings; fix the file`);
  }
  return { path, name, version, dynamicVersion: Array.isArray(dynamic) && dynamic.includes('version') };
}

function optionalString(value: unknown, field: string, path: string): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string')
    throw new VersionError(`${path}: [project].${field} must be a string; fix the file`);
  return value;
}

function isTable(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
