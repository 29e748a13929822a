/** One entry point for any distribution filename, dispatching on the extension. */
import type { DistFilename } from './dist-filename-types.js';
import { DistError } from './errors.js';
import { parseSdistFilename } from './sdist-filename.js';
import { parseWheelFilename } from './wheel-filename.js';

/** Parse a wheel (`.whl`) or sdist (`.tar.gz`, legacy `.zip`) filename; anything else is a DistError `unknown-extension`. */
export function parseDistFilename(filename: string): DistFilename {
  if (filename.endsWith('.whl')) return parseWheelFilename(filename);
  if (filename.endsWith('.tar.gz') || filename.endsWith('.zip')) return parseSdistFilename(filename);
  throw new DistError(
    'unknown-extension',
    `${filename}: not a distribution file; expected a wheel (.whl) or an sdist (.tar.gz)`,
    filename,
  );
}

/** The upload `filetype` twine sends for a filename, or null when twine would not upload it. */
export function filetypeOf(filename: string): 'bdist_wheel' | 'sdist' | null {
  if (filename.endsWith('.whl')) return 'bdist_wheel';
  if (filename.endsWith('.tar.gz') || filename.endsWith('.zip') || filename.endsWith('.tar.bz2'))
    return 'sdist';
  return null;
}
