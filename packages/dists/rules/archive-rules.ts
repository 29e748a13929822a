/** PyPI's `_is_valid_dist_file`: is the archive readable, not a bomb, and does it hold PKG-INFO or WHEEL. */
import type { ArchiveFacts } from './types.js';
import { badRequest, type Rule } from './types.js';

/** Past this many uncompressed bytes PyPI checks the compression ratio (64 MiB). */
export const COMPRESSION_RATIO_MIN_SIZE = 64 * 1024 * 1024;
/** An archive inflating to more than 50 × its size (past the minimum) is a zip bomb to PyPI. */
export const COMPRESSION_RATIO_THRESHOLD = 50;

/**
 * Python's `os.path.commonpath` of member names (path components, `.` and empty ones dropped); null where
 * Python raises (absolute and relative names mixed).
 */
export function commonPath(names: readonly string[]): string | null {
  if (names.length === 0) return '';
  const absolute = new Set(names.map((n) => n.startsWith('/')));
  if (absolute.size > 1) return null;
  const split = names.map((n) => n.split('/').filter((c) => c !== '' && c !== '.'));
  let common = split[0] ?? [];
  for (const parts of split) {
    let i = 0;
    while (i < common.length && i < parts.length && common[i] === parts[i]) i++;
    common = common.slice(0, i);
  }
  return (absolute.has(true) ? '/' : '') + common.join('/');
}

const ARCHIVES_HELP = 'See https://docs.pypi.org/archives for more information';

/** PyPI's reason an archive is not a valid distribution file, or null when it is. */
export function invalidDistReason(filename: string, size: number, archive: ArchiveFacts): string | null {
  if (archive.polyglot) return 'File is both a zip and a tar file';
  if (archive.unreadable !== null) return archive.unreadable;
  const { members } = archive;
  if (archive.format === 'zip') {
    if (
      archive.uncompressedSize > COMPRESSION_RATIO_MIN_SIZE &&
      archive.uncompressedSize / Math.max(size, 1) > COMPRESSION_RATIO_THRESHOLD
    ) {
      return `File exceeds compression ratio of ${COMPRESSION_RATIO_THRESHOLD}`;
    }
    if (archive.unsupportedCompression) return 'File does not use a supported compression type';
    const required = filename.endsWith('.whl')
      ? wheelFileReason(filename, members)
      : sdistTopLevelReason(members);
    if (required !== null) return required;
    return archive.framing ? `ZIP archive not accepted: ${archive.framing}. ${ARCHIVES_HELP}` : null;
  }
  if (archive.sparse) return `tar archive not accepted: Sparse members are not allowed. ${ARCHIVES_HELP}`;
  return sdistTopLevelReason(members);
}

// warehouse splits the raw filename: `name, version, _ = filename.split("-", 2)`.
function wheelFileReason(filename: string, members: string[]): string | null {
  const parts = filename.split('-');
  if (parts.length < 3) return 'Unable to parse name and version from wheel filename';
  const target = `${parts[0]}-${parts[1]}.dist-info/WHEEL`;
  return members.includes(target) ? null : `WHEEL not found at ${target}`;
}

function sdistTopLevelReason(members: string[]): string | null {
  const top = commonPath(members);
  if (top === null || top === '' || top === '/') return 'Incorrect number of top-level directories in sdist';
  const target = `${top}/PKG-INFO`;
  return members.includes(target) ? null : `PKG-INFO not found at ${target}`;
}

/** The archive must be a valid distribution file (answers `Invalid distribution file. <reason>`). */
export const distFileRule: Rule = ({ filename, size, archive }) => {
  if (!archive) return null;
  const reason = invalidDistReason(filename, size, archive);
  return reason === null
    ? null
    : badRequest('invalid-distribution-file', `Invalid distribution file. ${reason}`);
};
