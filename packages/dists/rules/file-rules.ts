/** PyPI's checks of the uploaded file itself: its name's characters and extension, size and digests. */
import { filetypeOf } from '../dist-filename.js';
import { badRequest, PYPI_MAX_FILE_SIZE, PYPI_MAX_PROJECT_SIZE, type Rule } from './types.js';
import { pyRepr } from '../python-repr.js';

const EXTENSION = /^.+?(\.(tar\.gz|zip|whl))$/is;
const EXTENSIONS_OF: Record<'sdist' | 'bdist_wheel', string[]> = {
  sdist: ['.zip', '.tar.gz'],
  bdist_wheel: ['.whl'],
};
const MIB = 1024 * 1024;
const GIB = 1024 * MIB;

/** The filetype the client claims, else the one twine derives from the extension. */
export function filetypeFor(dist: {
  filename: string;
  filetype?: 'sdist' | 'bdist_wheel';
}): 'sdist' | 'bdist_wheel' | null {
  return dist.filetype ?? filetypeOf(dist.filename);
}

/** No control characters, DEL, or path separators in the filename. */
export const filenameCharactersRule: Rule = ({ filename }) => {
  if (/[\x00-\x1f\x7f]/.test(filename)) {
    return badRequest(
      'invalid-filename-characters',
      'Cannot upload a file with non-printable characters (ordinals 0-31) or the DEL character (ordinal 127) in the name.',
    );
  }
  if (/[/\\]/.test(filename)) {
    return badRequest('invalid-filename-characters', "Cannot upload a file with '/' or '\\' in the name.");
  }
  return null;
};

/** Only .tar.gz, .zip (sdist) and .whl (wheel) are taken, matching the filetype (PEP 527, PEP 715). */
export const extensionRule: Rule = (dist) => {
  const match = EXTENSION.exec(dist.filename);
  if (!match) {
    return badRequest(
      'invalid-extension',
      'Invalid file extension: Use .tar.gz, .whl or .zip extension. See https://www.python.org/dev/peps/pep-0527 and https://peps.python.org/pep-0715/ for more information',
    );
  }
  const extension = match[1] ?? '';
  const filetype = filetypeFor(dist) ?? (extension.toLowerCase() === '.whl' ? 'bdist_wheel' : 'sdist');
  if (EXTENSIONS_OF[filetype].includes(extension)) return null;
  return badRequest(
    'invalid-extension',
    `Invalid file extension: Extension ${extension} is invalid for filetype ${filetype}. See https://www.python.org/dev/peps/pep-0527 for more information.`,
  );
};

/**
 * The file part's media type must not be empty or an image (twine sends application/octet-stream). As
 * Python's cgi reads it: the part before `;`, trimmed, compared case-sensitively; a part without the
 * header is text/plain, which passes.
 */
export const contentTypeRule: Rule = ({ contentType }) => {
  if (contentType === undefined || contentType === null) return null;
  const media = (contentType.split(';')[0] ?? '').trim();
  if (media !== '' && !media.startsWith('image/')) return null;
  return badRequest('invalid-content-type', 'Invalid distribution file.');
};

/** The per-file size limit (PyPI: 100 MiB unless raised for the project). */
export const fileSizeRule: Rule = (dist, context) => {
  const limit = context.maxFileSize ?? PYPI_MAX_FILE_SIZE;
  if (dist.size <= limit) return null;
  const project = dist.metadata?.name ?? '';
  return badRequest(
    'file-too-large',
    `File too large. Limit for project ${pyRepr(project)} is ${Math.floor(limit / MIB)} MB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-file-size-limit-increase for more information.`,
  );
};

/** The per-project total size limit (PyPI: 10 GiB). */
export const projectSizeRule: Rule = (dist, context) => {
  const limit = context.maxProjectSize ?? PYPI_MAX_PROJECT_SIZE;
  if (dist.size + (context.projectTotalSize ?? 0) <= limit) return null;
  const project = dist.metadata?.name ?? '';
  // PyPI's message really ends without a period.
  return badRequest(
    'project-too-large',
    `Project size too large. Limit for project ${pyRepr(project)} total size is ${Math.floor(limit / GIB)} GB. See https://docs.pypi.org/project-management/storage-limits#requesting-a-project-size-limit-increase`,
  );
};

/** Every digest the form declares must match the file. */
export const digestRule: Rule = ({ declaredDigests, hashes }) => {
  if (!declaredDigests) return null;
  const pairs: Array<[string | undefined, string | undefined]> = [
    [declaredDigests.md5, hashes.md5],
    [declaredDigests.sha256, hashes.sha256],
    [declaredDigests.blake2_256, hashes.blake2_256],
  ];
  const ok = pairs.every(
    ([declared, actual]) => !declared || declared.toLowerCase() === actual?.toLowerCase(),
  );
  if (ok) return null;
  return badRequest(
    'digest-mismatch',
    'The digest supplied does not match a digest calculated from the uploaded file.',
  );
};
