/** What the upload form says about a file beside its metadata: the `filetype` and `pyversion` twine sends. */
import { filetypeOf, type UploadFileInfo } from '../dists/index.js';

/** The two form fields twine derives from a filename alone. */
export type FileFormInfo = Pick<UploadFileInfo, 'filetype' | 'pyversion'>;

// twine's wheel filename pattern (twine/wheel.py): lazy name, optional version starting with a digit, optional
// build tag, then python tag, abi and platform. Its `pyver` group is what twine sends, as written.
const TWINE_WHEEL_NAME =
  /^(?<namever>(?<name>.+?)(-(?<ver>\d.+?))?)((-(?<build>\d.*?))?-(?<pyver>.+?)-(?<abi>.+?)-(?<plat>.+?)\.whl|\.dist-info)$/;

/**
 * `filetype` and `pyversion` as twine derives them: `sdist`/`source` for an sdist, `bdist_wheel` and the
 * filename's python tag (e.g. `cp312`, `py2.py3`; `any` when the name does not parse) for a wheel.
 * Null for a file twine would not upload.
 */
export function uploadFileInfo(filename: string): FileFormInfo | null {
  const filetype = filetypeOf(filename);
  if (filetype === null) return null;
  if (filetype === 'sdist') return { filetype, pyversion: 'source' };
  return { filetype, pyversion: TWINE_WHEEL_NAME.exec(filename)?.groups?.['pyver'] ?? 'any' };
}
