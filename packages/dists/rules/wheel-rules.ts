/** PyPI's wheel checks: a PEP 427 filename, supported platforms, the project's normalized name and version, required members. */
import { compareVersions, normalizeVersion } from '../../pep440/index.js';
import { entryPointsInvalid } from '../entry-points.js';
import type { DistFilename } from '../dist-filename-types.js';
import { DistError } from '../errors.js';
import { normalizeProjectName } from '../names.js';
import { isPyPIPlatformTag } from '../platform-tags.js';
import { pyRepr } from '../python-repr.js';
import { metadataVersionAtLeast } from '../upload-form.js';
import { parseWheelFilename } from '../wheel-filename.js';
import { badRequest, type DistributionFacts, type Rule } from './types.js';

function parsedWheel(dist: DistributionFacts): DistFilename | DistError | null {
  if (!dist.filename.endsWith('.whl')) return null;
  try {
    return parseWheelFilename(dist.filename);
  } catch (error) {
    if (error instanceof DistError) return error;
    throw error;
  }
}

function validWheel(dist: DistributionFacts): DistFilename | null {
  const parsed = parsedWheel(dist);
  return parsed instanceof DistError ? null : parsed;
}

// warehouse finds the dist-info directory from the raw filename: `name, version, _ = filename.split("-", 2)`.
function distInfoDir(filename: string): string {
  const [name, version] = filename.split('-');
  return `${name}-${version}.dist-info`;
}

/** The filename must be a valid PEP 427 wheel name (packaging's message). */
export const wheelFilenameRule: Rule = (dist) => {
  const parsed = parsedWheel(dist);
  return parsed instanceof DistError ? badRequest('invalid-wheel-filename', parsed.message) : null;
};

/** Every platform tag must be on PyPI's allow-list (no plain `linux_x86_64`). */
export const platformTagRule: Rule = (dist) => {
  const bad = validWheel(dist)?.tags.find((tag) => !isPyPIPlatformTag(tag.platform));
  if (!bad) return null;
  return badRequest(
    'unsupported-platform-tag',
    `Binary wheel '${dist.filename}' has an unsupported platform tag '${bad.platform}'.`,
  );
};

/** The wheel's name must be the project's (compared normalized). */
export const wheelProjectRule: Rule = (dist) => {
  const parsed = validWheel(dist);
  const metaName = dist.metadata?.name;
  if (!parsed || !metaName) return null;
  const canonical = normalizeProjectName(metaName);
  if (parsed.name === canonical) return null;
  return badRequest(
    'filename-project-mismatch',
    `Start filename for ${pyRepr(metaName)} with ${pyRepr(canonical.replace(/-/g, '_'))}.`,
  );
};

/** The name part must be written normalized (`foo_bar`, not `Foo.Bar`). */
export const wheelNormalizedNameRule: Rule = (dist) => {
  const parsed = validWheel(dist);
  const metaName = dist.metadata?.name;
  if (!parsed || !metaName) return null;
  const expected = normalizeProjectName(metaName).replace(/-/g, '_');
  const written = dist.filename.split('-')[0] ?? '';
  if (written === expected) return null;
  return badRequest(
    'filename-not-normalized',
    `Filename ${pyRepr(dist.filename)} should contain the normalized project name ${pyRepr(expected)}, not ${pyRepr(written)}.`,
  );
};

/** The version in the filename must equal the metadata's as PEP 440 versions (`1` equals `1.0.0`). */
export const wheelVersionRule: Rule = (dist) => {
  const parsed = validWheel(dist);
  const version = normalizeVersion(dist.metadata?.version ?? '');
  if (!parsed || version === null || compareVersions(version, parsed.version) === 0) return null;
  return badRequest(
    'filename-version-mismatch',
    `Version in filename should be ${pyRepr(version)} not ${pyRepr(parsed.version)}.`,
  );
};

/** Each License-File (metadata 2.4+) must be under `.dist-info/licenses/`. */
export const wheelLicenseFilesRule: Rule = (dist) => {
  const meta = dist.metadata;
  if (!validWheel(dist) || !dist.archive || !meta || !metadataVersionAtLeast(meta.metadataVersion, 2, 4))
    return null;
  const dir = distInfoDir(dist.filename);
  for (const licenseFile of meta.licenseFiles) {
    const target = `${dir}/licenses/${licenseFile}`;
    if (!dist.archive.members.includes(target)) {
      return badRequest(
        'missing-license-file',
        `License-File ${licenseFile} does not exist in distribution file ${dist.filename} at ${target}`,
      );
    }
  }
  return null;
};

/** The wheel must hold `.dist-info/RECORD`, readable as UTF-8 (warehouse says "missing" for both). */
export const wheelRecordRule: Rule = (dist) => {
  if (!validWheel(dist) || !dist.archive) return null;
  const target = `${distInfoDir(dist.filename)}/RECORD`;
  if (dist.archive.members.includes(target) && !dist.archive.recordUndecodable) return null;
  return badRequest(
    'missing-record',
    `Wheel '${dist.filename}' does not contain the required RECORD file: ${target}`,
  );
};

/** The wheel must hold `.dist-info/METADATA`. */
export const wheelMetadataRule: Rule = (dist) => {
  if (!validWheel(dist) || !dist.archive) return null;
  const target = `${distInfoDir(dist.filename)}/METADATA`;
  if (dist.archive.members.includes(target)) return null;
  return badRequest(
    'missing-metadata',
    `Wheel '${dist.filename}' does not contain the required METADATA file: ${target}`,
  );
};

/** `entry_points.txt`, when present, must be strict INI with script names that are not paths. */
export const wheelEntryPointsRule: Rule = (dist) => {
  const entryPoints = dist.archive?.entryPoints;
  if (!validWheel(dist) || !entryPoints || !entryPointsInvalid(entryPoints)) return null;
  return badRequest(
    'invalid-entry-points',
    `Wheel '${dist.filename}' has invalid entry points defined in the entry_points.txt file`,
  );
};

// warehouse writes `<tmpdir>/<filename>.metadata`; a name past 255 bytes with that suffix fails to be written.
const NAME_MAX = 255;

/** The wheel's name plus `.metadata` must fit in a file name (PyPI answers "Filename is too long"). */
export const wheelFilenameLengthRule: Rule = (dist) => {
  if (!validWheel(dist) || Buffer.byteLength(`${dist.filename}.metadata`) <= NAME_MAX) return null;
  return badRequest('filename-too-long', `Filename is too long: '${dist.filename}'`);
};
