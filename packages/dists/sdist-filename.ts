/** Source distribution filenames: PEP 625 `{name}-{version}.tar.gz`, and legacy `.zip`. */
import { normalizeVersion } from '../pep440/index.js';
import type { DistFilename } from './dist-filename-types.js';
import { DistError } from './errors.js';
import { normalizeProjectName } from './names.js';
import { pyRepr } from './python-repr.js';

/**
 * Parse an sdist filename as `packaging.utils.parse_sdist_filename` does: `.tar.gz` or `.zip`, split at the
 * last `-`. A `.zip` parses (PyPI accepts the extension) but PyPI then refuses it by PEP 625; see the rules.
 */
export function parseSdistFilename(filename: string): DistFilename {
  const fail = (message: string): never => {
    throw new DistError('invalid-sdist-filename', message, filename);
  };
  let extension: '.tar.gz' | '.zip' = '.tar.gz';
  if (filename.endsWith('.tar.gz')) extension = '.tar.gz';
  else if (filename.endsWith('.zip')) extension = '.zip';
  else fail(`Invalid sdist filename (extension must be '.tar.gz' or '.zip'): ${pyRepr(filename)}`);
  const stem = filename.slice(0, -extension.length);
  const dash = stem.lastIndexOf('-');
  if (dash < 0) fail(`Invalid sdist filename: ${pyRepr(filename)}`);
  const namePart = stem.slice(0, dash);
  const versionPart = stem.slice(dash + 1);
  const version = normalizeVersion(versionPart);
  if (version === null) fail(`Invalid sdist filename (invalid version): ${pyRepr(filename)}`);
  return {
    filename,
    kind: 'sdist',
    name: normalizeProjectName(namePart),
    nameInFilename: namePart,
    version: version as string,
    versionInFilename: versionPart,
    buildTag: null,
    tags: [],
    extension,
  };
}
