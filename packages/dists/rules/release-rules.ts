/** PyPI's checks against what the index already holds: duplicates, reused filenames, one sdist per release. */
import { pyRepr } from '../python-repr.js';
import { badRequest, type ExistingFile, type Rule } from './types.js';
import { filetypeFor } from './file-rules.js';

/**
 * A file with the same name or blake2 digest exists: identical name and digests → PyPI answers 200 and stores
 * nothing (code `file-exists-identical`, what twine's --skip-existing relies on); otherwise 400. A client
 * that computed no blake2b-256 predicts this from sha256, which tells the same bytes apart as well.
 */
export const duplicateFileRule: Rule = (dist, context) => {
  const files = context.indexFiles ?? context.releaseFiles ?? [];
  const sameBytes = (file: ExistingFile): boolean =>
    file.blake2_256 && dist.hashes.blake2_256
      ? file.blake2_256 === dist.hashes.blake2_256
      : file.sha256 === dist.hashes.sha256;
  const existing = files.find((f) => f.filename === dist.filename || sameBytes(f));
  if (!existing) return null;
  if (existing.filename === dist.filename && existing.sha256 === dist.hashes.sha256 && sameBytes(existing)) {
    return { code: 'file-exists-identical', status: 200, message: '' };
  }
  const hash = dist.hashes.blake2_256
    ? `blake2_256 hash ${pyRepr(dist.hashes.blake2_256)}`
    : `sha256 hash ${pyRepr(dist.hashes.sha256)}`;
  return badRequest(
    'file-exists',
    `File already exists (${pyRepr(dist.filename)}, with ${hash}). See https://pypi.org/help/#file-name-reuse for more information.`,
  );
};

/** A filename once used (and since deleted) is never accepted again. */
export const filenameReuseRule: Rule = (dist, context) => {
  if (!context.deletedFilenames?.includes(dist.filename)) return null;
  return badRequest(
    'filename-reused',
    'This filename was previously used by a file that has since been deleted. Use a different version. See https://pypi.org/help/#file-name-reuse for more information.',
  );
};

/** A release holds at most one sdist. */
export const oneSdistRule: Rule = (dist, context) => {
  if (filetypeFor(dist) !== 'sdist') return null;
  if (!(context.releaseFiles ?? []).some((f) => f.packagetype === 'sdist')) return null;
  return badRequest('duplicate-sdist', 'Only one sdist may be uploaded per release.');
};

const MAXIMUM_AGE_DAYS = 14;

/** A release takes new files for 14 days after it was created. */
export const closedReleaseRule: Rule = (_dist, context) => {
  if (context.releaseCreatedAt === undefined) return null;
  const age = (context.now ?? Date.now()) - context.releaseCreatedAt;
  if (age <= MAXIMUM_AGE_DAYS * 24 * 60 * 60 * 1000) return null;
  return badRequest(
    'closed-release',
    `Uploading new files to releases older than ${MAXIMUM_AGE_DAYS} days is not allowed.`,
  );
};
