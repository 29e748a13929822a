/** PyPI's sdist filename checks: parseable, the project's name, and exactly the PEP 625 form. */
import { isPostrelease, normalizeVersion } from '../../pep440/index.js';
import type { DistFilename } from '../dist-filename-types.js';
import { metadataVersionAtLeast } from '../upload-form.js';
import { normalizeProjectName } from '../names.js';
import { pyRepr } from '../python-repr.js';
import { parseSdistFilename } from '../sdist-filename.js';
import { commonPath } from './archive-rules.js';
import { filetypeFor } from './file-rules.js';
import { badRequest, type DistributionFacts, type Rule } from './types.js';

function parsedSdist(dist: DistributionFacts): DistFilename | null {
  try {
    return parseSdistFilename(dist.filename);
  } catch {
    return null;
  }
}

const isSdist = (dist: DistributionFacts): boolean => filetypeFor(dist) === 'sdist';

/** The sdist filename must parse as packaging's parse_sdist_filename does. */
export const sdistFilenameRule: Rule = (dist) => {
  if (!isSdist(dist) || parsedSdist(dist)) return null;
  return badRequest('invalid-sdist-filename', `Invalid source distribution filename: ${dist.filename}`);
};

/**
 * warehouse retries a post-release whose version was written with a hyphen (`name-1.0-1.tar.gz`), taking the
 * name before the second-to-last hyphen. It assigns that name before it checks the version between, so the
 * name stands even when that version is invalid (`some_thing-1.o-9.tar.gz` is then refused by PEP 625).
 */
function nameFromSdistFilename(dist: DistributionFacts, parsed: DistFilename, metaName: string): string {
  const version = dist.metadata?.version;
  const dashes = dist.filename.split('-').length - 1;
  if (version && isPostrelease(version) && parsed.name !== normalizeProjectName(metaName) && dashes >= 2) {
    const withoutLast = dist.filename.slice(0, dist.filename.lastIndexOf('-'));
    return withoutLast.slice(0, withoutLast.lastIndexOf('-'));
  }
  return parsed.nameInFilename;
}

/** The sdist must start with the project's name. */
export const sdistProjectRule: Rule = (dist) => {
  const parsed = isSdist(dist) ? parsedSdist(dist) : null;
  const metaName = dist.metadata?.name;
  if (!parsed || !metaName) return null;
  const normalized = normalizeProjectName(metaName);
  if (normalizeProjectName(nameFromSdistFilename(dist, parsed, metaName)) === normalized) return null;
  return badRequest(
    'filename-project-mismatch',
    `Start filename for ${pyRepr(metaName)} with ${pyRepr(normalized.replace(/-/g, '_'))}.`,
  );
};

/** PEP 625: exactly `{normalized_name}-{normalized_version}.tar.gz` (so legacy .zip sdists are refused here). */
export const sdistNormalizedRule: Rule = (dist) => {
  const metaName = dist.metadata?.name;
  const version = normalizeVersion(dist.metadata?.version ?? '');
  if (!isSdist(dist) || !parsedSdist(dist) || !metaName || version === null) return null;
  const expected = `${normalizeProjectName(metaName).replace(/-/g, '_')}-${version}.tar.gz`;
  if (dist.filename === expected) return null;
  return badRequest(
    'filename-not-normalized',
    `Filename ${pyRepr(dist.filename)} is invalid, should be ${pyRepr(expected)}.`,
  );
};

/** Each License-File (metadata 2.4+, the only ones twine sends) must be in the sdist. */
export const sdistLicenseFilesRule: Rule = (dist) => {
  const meta = dist.metadata;
  if (!isSdist(dist) || !dist.archive || !meta || !metadataVersionAtLeast(meta.metadataVersion, 2, 4))
    return null;
  const { members } = dist.archive;
  const top = commonPath(members) ?? '';
  for (const licenseFile of meta.licenseFiles) {
    const target = top === '' ? licenseFile : `${top}/${licenseFile}`;
    if (!members.includes(target)) {
      return badRequest(
        'missing-license-file',
        `License-File ${licenseFile} does not exist in distribution file ${dist.filename} at ${target}`,
      );
    }
  }
  return null;
};
