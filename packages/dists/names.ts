/** PEP 503 / PEP 508 project names: the only place that normalizes them. */

const VALID_NAME = /^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$/i;

/** True when `name` is a valid project name (PEP 508 / core metadata `Name`). */
export function isValidProjectName(name: string): boolean {
  return VALID_NAME.test(name);
}

/** PEP 503 normalized form: lower case, runs of `-`, `_`, `.` collapsed to one `-`. */
export function normalizeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

/** The form wheel and sdist filenames use for the name part (PEP 427/625): runs of `-_.` become `_`. */
export function filenameProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '_').toLowerCase();
}
