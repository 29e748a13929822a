/** Which project and version the expected files are: from the name and version asked for, or from the filenames. */
import { DistError, isValidProjectName, normalizeProjectName, parseDistFilename } from '../dists/index.js';
import { normalizeVersion } from '../pep440/index.js';
import { VerifyError } from './errors.js';

/** The release being verified. */
export interface ReleaseIdentity<F> {
  /** PEP 503 normalized, e.g. `my-pkg`. */
  project: string;
  /** Normalized PEP 440, e.g. `0.4.3rc0` for `0.4.3.pre0`. */
  version: string;
  /** The files of that project (all of them when no name was asked for). */
  files: F[];
}

const list = (values: Iterable<string>): string => [...new Set(values)].sort().join(', ');

/**
 * Settle project and version. A name picks that project's files out of a set holding several; a version must
 * match every file's. Without them, the files must agree. `source` names the manifest or directory in errors.
 */
export function identifyRelease<F extends { filename: string }>(
  files: readonly F[],
  wanted: { name?: string; version?: string },
  source: string,
): ReleaseIdentity<F> {
  const parsed = files.map((file) => {
    try {
      return { file, dist: parseDistFilename(file.filename) };
    } catch (error) {
      if (error instanceof DistError) throw new VerifyError(`${source}: ${error.message}`);
      throw error;
    }
  });

  let project: string;
  if (wanted.name) {
    if (!isValidProjectName(wanted.name)) {
      throw new VerifyError(
        `name '${wanted.name}' is not a valid project name: use the name from pyproject.toml`,
      );
    }
    project = normalizeProjectName(wanted.name);
  } else {
    const names = new Set(parsed.map(({ dist }) => dist.name));
    if (names.size > 1) {
      throw new VerifyError(
        `${source} holds files of several projects (${list(names)}): set name to the one to verify`,
      );
    }
    project = [...names][0] ?? '';
  }
  const mine = parsed.filter(({ dist }) => dist.name === project);
  if (mine.length === 0) {
    throw new VerifyError(
      `${source} has no files of project '${project}' (it has ${list(parsed.map(({ dist }) => dist.name))}): fix name or the files`,
    );
  }

  let version: string;
  if (wanted.version) {
    const normalized = normalizeVersion(wanted.version);
    if (normalized === null) {
      throw new VerifyError(
        `version '${wanted.version}' is not a PEP 440 version: use e.g. 1.2.0, 1.2.0rc1 or 1.2.1.dev3`,
      );
    }
    version = normalized;
    const other = mine.find(({ dist }) => dist.version !== version);
    if (other) {
      throw new VerifyError(
        `${other.file.filename} in ${source} is version ${other.dist.version}, not ${version}: verify the files that were published, or fix version`,
      );
    }
  } else {
    const versions = new Set(mine.map(({ dist }) => dist.version));
    if (versions.size > 1) {
      throw new VerifyError(
        `${source} holds several versions of ${project} (${list(versions)}): keep one release's files there, or set version`,
      );
    }
    version = [...versions][0] ?? '';
  }
  return { project, version, files: mine.map(({ file }) => file) };
}
