/** The upload form publish-pypi will send for a real wheel or sdist: dists' fields for its metadata and hashes. */
import { basename } from 'node:path';
import {
  hashFile,
  readDistMetadata,
  uploadFormFields,
  type FormField,
} from '../../../packages/dists/index.js';

/** Form fields for `path` (pyversion: the wheel's python tag, or `source`). */
export async function formFor(path: string): Promise<FormField[]> {
  const { metadata, kind } = await readDistMetadata(path);
  const hashes = await hashFile(path);
  const pyversion = kind === 'wheel' ? (basename(path).slice(0, -4).split('-').at(-3) ?? '') : 'source';
  return uploadFormFields(metadata, {
    filetype: kind === 'wheel' ? 'bdist_wheel' : 'sdist',
    pyversion,
    hashes,
  });
}
