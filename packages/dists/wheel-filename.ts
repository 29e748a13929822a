/** PEP 427 wheel filenames: `{name}-{version}(-{build})?-{python}-{abi}-{platform}.whl`. */
import { normalizeVersion } from '../pep440/index.js';
import type { BuildTag, DistFilename, WheelTag } from './dist-filename-types.js';
import { DistError } from './errors.js';
import { normalizeProjectName } from './names.js';
import { pyRepr } from './python-repr.js';

// The escaped name may only hold word characters and dots (packaging's `[\w\d._]` with Python's Unicode \w:
// letters, numbers, underscore), never `__`.
const WHEEL_NAME = /^[\p{L}\p{N}_.]*$/u;
const BUILD_TAG = /^(\d+)(.*)$/s;

/** Parse a wheel filename the way `packaging.utils.parse_wheel_filename` does; throws DistError with packaging's message. */
export function parseWheelFilename(filename: string): DistFilename {
  const fail = (message: string): never => {
    throw new DistError('invalid-wheel-filename', message, filename);
  };
  if (!filename.endsWith('.whl'))
    fail(`Invalid wheel filename (extension must be '.whl'): ${pyRepr(filename)}`);
  const stem = filename.slice(0, -'.whl'.length);
  const parts = stem.split('-');
  if (parts.length !== 5 && parts.length !== 6) {
    fail(`Invalid wheel filename (wrong number of parts): ${pyRepr(stem)}`);
  }
  const [namePart = '', versionPart = ''] = parts;
  if (namePart.includes('__') || !WHEEL_NAME.test(namePart)) fail(`Invalid project name: ${pyRepr(stem)}`);
  const version = normalizeVersion(versionPart);
  if (version === null) fail(`Invalid wheel filename (invalid version): ${pyRepr(stem)}`);
  let buildTag: BuildTag | null = null;
  if (parts.length === 6) {
    const buildPart = parts[2] ?? '';
    const match = BUILD_TAG.exec(buildPart);
    if (!match) fail(`Invalid build number: ${buildPart} in ${pyRepr(stem)}`);
    buildTag = { number: Number(match?.[1]), suffix: match?.[2] ?? '' };
  }
  const [interpreters = '', abis = '', platforms = ''] = parts.slice(-3);
  return {
    filename,
    kind: 'wheel',
    name: normalizeProjectName(namePart),
    nameInFilename: namePart,
    version: version as string,
    versionInFilename: versionPart,
    buildTag,
    tags: expandTags(interpreters, abis, platforms),
    extension: '.whl',
  };
}

/** Expand a compressed tag set (`py2.py3-none-any`) into its triples, lower case, in filename order. */
export function expandTags(interpreters: string, abis: string, platforms: string): WheelTag[] {
  const tags: WheelTag[] = [];
  for (const interpreter of interpreters.toLowerCase().split('.')) {
    for (const abi of abis.toLowerCase().split('.')) {
      for (const platform of platforms.toLowerCase().split('.')) tags.push({ interpreter, abi, platform });
    }
  }
  return tags;
}
