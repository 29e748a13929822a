/** What pyproject.toml (and hatch.toml beside it) says about versions: `[project]` and the versioning settings. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TomlError } from 'smol-toml';
import { VersionError } from './errors.js';
import { projectVersioning, type ProjectVersioning } from './project-config.js';
import { isTable, type Table } from './toml-values.js';

/** `[project]` as far as versions go, and how the project computes its version. */
export interface ProjectFacts {
  /** The pyproject.toml that was read. */
  path: string;
  /** `[project].name` as written, or null. */
  name: string | null;
  /** A static `[project].version`, or null. */
  version: string | null;
  /** True when `dynamic` lists `version` (setuptools_scm or another backend computes it). */
  dynamicVersion: boolean;
  /** The versioning tool's settings (setuptools_scm or hatch-vcs). */
  versioning: ProjectVersioning;
}

/**
 * Reads `<dir>/pyproject.toml` (and `<dir>/hatch.toml`); null when there is no pyproject.toml. Synchronous on
 * purpose: two small files read before the first git process starts cost less than waking libuv's thread pool.
 */
export function readProjectFacts(dir: string): ProjectFacts | null {
  const path = join(dir, 'pyproject.toml');
  const text = readOptional(path);
  if (text === null) return null;
  const hatchText = readOptional(join(dir, 'hatch.toml'));
  const hatch = hatchText === null ? null : { path: join(dir, 'hatch.toml'), text: hatchText };
  return projectFactsFromToml(text, path, hatch);
}

/** Reads a TOML file of the project; null when it does not exist. */
export function readOptional(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new VersionError(
      `${path}: cannot read it (${(error as Error).message}); check the working-directory input`,
    );
  }
}

/** Parses TOML, naming the file and line when it is invalid. */
export function parseToml(text: string, path: string): Table {
  try {
    return parse(text) as Table;
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    const reason = (error as Error).message.split('\n')[0] ?? '';
    throw new VersionError(`${path}: invalid TOML${where} (${reason}); fix the file`);
  }
}

/** The facts from pyproject.toml's text (and hatch.toml's); paths only name the files in messages. */
export function projectFactsFromToml(
  text: string,
  path: string,
  hatch: { path: string; text: string } | null = null,
): ProjectFacts {
  const document = parseToml(text, path);
  const versioning = projectVersioning({
    pyproject: { path, document },
    hatch: hatch === null ? null : { path: hatch.path, document: parseToml(hatch.text, hatch.path) },
  });
  const project = document.project;
  if (project === undefined) return { path, name: null, version: null, dynamicVersion: false, versioning };
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
  const dynamicVersion = Array.isArray(dynamic) && dynamic.includes('version');
  return { path, name, version, dynamicVersion, versioning };
}

function optionalString(value: unknown, field: string, path: string): string | null {
  if (value === undefined) return null;
  if (typeof value !== 'string')
    throw new VersionError(`${path}: [project].${field} must be a string; fix the file`);
  return value;
}
