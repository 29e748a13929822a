/** The project files planning reads: pyproject.toml (parsed), setup.cfg and setup.py, and what they declare. */
import { parse, TomlError } from 'smol-toml';
import { PlanError } from '../errors.js';
import { parseSetupCfg, SetupCfgError, setupCfgOption, type SetupCfg } from './setup-cfg.js';
import { setupPyKeyword } from './setup-py.js';
import type { ProjectSource } from './source.js';

/** A project as planning sees it. */
export interface ProjectFiles {
  source: ProjectSource;
  /** pyproject.toml parsed, or null when there is none. */
  pyproject: Record<string, unknown> | null;
  setupCfg: string | null;
  setupPy: string | null;
}

/** A value read from a project file, and which file and field it came from. */
export interface Declared {
  value: string;
  source: string;
}

/** Reads the project files; a malformed pyproject.toml is a PlanError naming the line. */
export function readProjectFiles(source: ProjectSource): ProjectFiles {
  const pyprojectText = source.read('pyproject.toml');
  const files: ProjectFiles = {
    source,
    pyproject: pyprojectText === null ? null : parsePyproject(pyprojectText),
    setupCfg: source.read('setup.cfg'),
    setupPy: source.read('setup.py'),
  };
  if (files.pyproject === null && files.setupCfg === null && files.setupPy === null) {
    throw new PlanError(
      `${source.label} has no pyproject.toml, setup.cfg or setup.py: point project-dir at the Python project`,
    );
  }
  return files;
}

function parsePyproject(text: string): Record<string, unknown> {
  try {
    return parse(text) as Record<string, unknown>;
  } catch (error) {
    const where = error instanceof TomlError ? ` at line ${error.line}, column ${error.column}` : '';
    const reason = (error as Error).message.split('\n')[0] ?? '';
    throw new PlanError(`pyproject.toml is not valid TOML${where} (${reason}); fix the file`);
  }
}

// str() of a TOML value, as Python prints it: cibuildwheel passes str(requires-python) to SpecifierSet.
function pythonStr(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'True' : 'False';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint')
    return String(value);
  return JSON.stringify(value);
}

function setupCfg(files: ProjectFiles): SetupCfg | null {
  if (files.setupCfg === null) return null;
  try {
    return parseSetupCfg(files.setupCfg);
  } catch (error) {
    if (error instanceof SetupCfgError) throw new PlanError(`${error.message}; fix the file`);
    throw error;
  }
}

function setupCfgValue(files: ProjectFiles, section: string, option: string): string | undefined {
  const config = setupCfg(files);
  if (config === null) return undefined;
  try {
    return setupCfgOption(config, section, option);
  } catch (error) {
    if (error instanceof SetupCfgError) throw new PlanError(`${error.message}; fix the file`);
    throw error;
  }
}

/**
 * requires-python as cibuildwheel finds it: `[project] requires-python`, else setup.cfg
 * `[options] python_requires`, else a literal `python_requires=` in setup.py's setup() call; null if none.
 */
export function declaredRequiresPython(files: ProjectFiles): Declared | null {
  const project = files.pyproject?.['project'];
  if (typeof project === 'object' && project !== null && !Array.isArray(project)) {
    const value = (project as Record<string, unknown>)['requires-python'];
    if (value !== undefined)
      return { value: pythonStr(value), source: 'pyproject.toml [project] requires-python' };
  }
  if (files.setupCfg !== null) {
    const value = setupCfgValue(files, 'options', 'python_requires');
    if (value !== undefined) return { value, source: 'setup.cfg [options] python_requires' };
  }
  const fromSetupPy = files.setupPy === null ? null : setupPyKeyword(files.setupPy, 'python_requires');
  return fromSetupPy ? { value: fromSetupPy, source: 'setup.py python_requires' } : null;
}

/** The distribution name from `[project] name`, setup.cfg `[metadata] name` or setup.py's `name=`; null if dynamic. */
export function declaredName(files: ProjectFiles): string | null {
  const project = files.pyproject?.['project'];
  if (typeof project === 'object' && project !== null) {
    const name = (project as Record<string, unknown>)['name'];
    if (typeof name === 'string' && name !== '') return name;
  }
  try {
    const fromCfg = setupCfgValue(files, 'metadata', 'name');
    if (fromCfg) return fromCfg;
  } catch {
    // A setup.cfg that cannot be read names nothing; requires-python reports the problem.
  }
  return files.setupPy === null ? null : setupPyKeyword(files.setupPy, 'name');
}
