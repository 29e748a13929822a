/** Reading every file of the release before anything is uploaded: digests, core metadata, archive facts. */
import { stat } from 'node:fs/promises';
import {
  hashFile,
  inspectDistribution,
  readDistMetadata,
  type DescriptionRenderer,
  type DistributionFacts,
  type ExtraDigest,
  type FileDigests,
} from '../dists/index.js';
import { mapWithLimit } from './map-limit.js';
import type { ReleaseFile } from '../artifacts/index.js';
import type { InspectedFile } from './types.js';
import { uploadFileInfo } from './upload-file-info.js';

/** Computes a file's digests (dists' `hashFile` by default). */
export type HashFunction = (path: string, extras: readonly ExtraDigest[]) => Promise<FileDigests>;

/** How files are read. */
export interface InspectFilesOptions {
  /** Read each archive in full and keep the facts PyPI's rules need (else only the metadata is read). */
  verifyMetadata: boolean;
  hash?: HashFunction;
  /** Digests computed beside sha256, to send with the upload (default none: sha256 identifies a file). */
  extraDigests?: readonly ExtraDigest[];
  /** Files read at once (default 2: one hashing while the next is read from disk). */
  concurrency?: number;
  /** Renders reStructuredText descriptions as PyPI does; without one they are not checked. */
  renderer?: DescriptionRenderer;
}

/** Inspect every file; problems are recorded on the file, never thrown. */
export async function inspectFiles(
  files: readonly ReleaseFile[],
  options: InspectFilesOptions,
): Promise<InspectedFile[]> {
  const inspected = await mapWithLimit(files, options.concurrency ?? 2, (file) => inspectFile(file, options));
  return inspected as InspectedFile[];
}

/** Inspect one file. */
export async function inspectFile(file: ReleaseFile, options: InspectFilesOptions): Promise<InspectedFile> {
  const result: InspectedFile = {
    ...file,
    hashes: null,
    form: uploadFileInfo(file.filename),
    metadata: null,
    facts: null,
    problems: [],
  };
  if (!result.form) {
    result.problems.push('is not a wheel (.whl) or sdist (.tar.gz), so no index takes it');
    return result;
  }
  const missing = await stat(file.path).then(
    (s) => (s.isFile() ? null : 'is not a regular file'),
    (error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT'
        ? file.expected
          ? `is listed in the manifest but missing from ${file.path}: collect the artifacts again`
          : `is missing (${file.path})`
        : `cannot be read: ${error.code ?? error.message}`,
  );
  if (missing) {
    result.problems.push(missing);
    return result;
  }
  try {
    result.hashes = await (options.hash ?? hashFile)(file.path, options.extraDigests ?? []);
  } catch (error) {
    result.problems.push(`cannot be read: ${messageOf(error, file.filename)}`);
    return result;
  }
  const { size: _size, ...digests } = result.hashes;
  if (options.verifyMetadata) {
    const facts = await inspectDistribution(file.path, { hashes: digests });
    result.facts = { ...facts, filetype: result.form.filetype } satisfies DistributionFacts;
    result.metadata = facts.metadata;
    if (!facts.metadata)
      result.problems.push(
        `has no readable metadata: ${stripName(facts.metadataError ?? 'unknown error', file.filename)}`,
      );
    // PyPI's form rules and their data tables load with the first file checked, not at start-up.
    else await (await import('./form-check.js')).checkForm(result, facts, options.renderer);
  } else {
    try {
      result.metadata = (await readDistMetadata(file.path)).metadata;
    } catch (error) {
      result.problems.push(`has no readable metadata: ${messageOf(error, file.filename)}`);
    }
  }
  return result;
}

function messageOf(error: unknown, filename: string): string {
  return stripName(error instanceof Error ? error.message : String(error), filename);
}

/** Messages from dists often start with the filename; the problem list names the file already. */
function stripName(message: string, filename: string): string {
  return message.startsWith(`${filename}: `) ? message.slice(filename.length + 2) : message;
}
