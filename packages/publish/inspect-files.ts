/** Reading every file of the release before anything is uploaded: digests, core metadata, archive facts. */
import { stat } from 'node:fs/promises';
import {
  hashFile,
  inspectDistribution,
  readDistMetadata,
  type CoreMetadata,
  type DescriptionRenderer,
  type DistributionFacts,
  type ExtraDigest,
  type FileDigests,
} from '../dists/index.js';
import { mapWithLimit } from '../common/index.js';
import { onceEach } from './render-once.js';
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
  /** Files hashed at once (default 2: one hashing while the next is read from disk). */
  concurrency?: number;
  /** Renders reStructuredText descriptions as PyPI does; without one they are not checked. */
  renderer?: DescriptionRenderer;
}

/** A file's digests, or why it could not be read. */
type Digests = Promise<FileDigests | { error: unknown }>;

/**
 * Inspect every file; problems are recorded on the file, never thrown. Hashing sets preflight's pace, so it
 * starts at once, largest file first, and nothing else waits in its queue: archives are read and descriptions
 * sent to the renderer (each distinct text once) while files hash. (Before, a file's checks held its hashing
 * slot, and the renderer's Python start-up stopped all hashing for its duration.)
 */
export async function inspectFiles(
  files: readonly ReleaseFile[],
  options: InspectFilesOptions,
): Promise<InspectedFile[]> {
  const withRenderer = { ...options, ...(options.renderer ? { renderer: onceEach(options.renderer) } : {}) };
  const opened = await mapWithLimit(files, 8, openFile);
  const readable = opened.filter((o): o is Opened & { size: number } => o?.size !== undefined);
  const digests = hashLargestFirst(
    readable,
    options.concurrency ?? 2,
    options.hash ?? hashFile,
    options.extraDigests ?? [],
  );
  const inspected = await mapWithLimit(opened as Opened[], 8, ({ file, result, size }) =>
    size === undefined
      ? Promise.resolve(result)
      : readFile(result, digests.get(file) as Digests, withRenderer),
  );
  return inspected as InspectedFile[];
}

/** Every file's digests, `limit` files at a time, the largest first: each promise settles when its file is done. */
function hashLargestFirst(
  files: ReadonlyArray<{ file: ReleaseFile; size: number }>,
  limit: number,
  hash: HashFunction,
  extras: readonly ExtraDigest[],
): Map<ReleaseFile, Digests> {
  const settle = new Map<ReleaseFile, (digests: Awaited<Digests>) => void>();
  const digests = new Map(
    files.map(({ file }) => [file, new Promise<Awaited<Digests>>((resolve) => settle.set(file, resolve))]),
  );
  const queue = [...files].sort((x, y) => y.size - x.size);
  void mapWithLimit(queue, limit, async ({ file }) => {
    const done = settle.get(file) as (digests: Awaited<Digests>) => void;
    done(await digestsOrError(hash(file.path, extras)));
  });
  return digests;
}

function digestsOrError(digests: Promise<FileDigests>): Digests {
  return digests.catch((error: unknown) => ({ error }));
}

interface Opened {
  file: ReleaseFile;
  result: InspectedFile;
  /** Absent when the file cannot be uploaded or read (`result.problems` says why). */
  size?: number;
}

/** The file's result so far, and its size when it is a wheel or sdist that exists. */
async function openFile(file: ReleaseFile): Promise<Opened> {
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
    return { file, result };
  }
  const found = await stat(file.path).then(
    (s) => (s.isFile() ? s.size : 'is not a regular file'),
    (error: NodeJS.ErrnoException) =>
      error.code === 'ENOENT'
        ? file.expected
          ? `is listed in the manifest but missing from ${file.path}: collect the artifacts again`
          : `is missing (${file.path})`
        : `cannot be read: ${error.code ?? error.message}`,
  );
  if (typeof found === 'string') {
    result.problems.push(found);
    return { file, result };
  }
  return { file, result, size: found };
}

/** The rest of a file that exists: its archive and metadata read while `digest` is computed, then PyPI's checks. */
async function readFile(
  result: InspectedFile,
  digest: Digests,
  options: InspectFilesOptions,
): Promise<InspectedFile> {
  const { path, filename } = result;
  const reading = options.verifyMetadata ? readFacts(path, options.renderer) : readMetadata(path, filename);
  reading.catch(() => undefined); // awaited below, once the digests are in; a failure is thrown from there
  const hashes = await digest;
  if ('error' in hashes) {
    await reading.catch(() => undefined);
    result.problems.push(`cannot be read: ${messageOf(hashes.error, filename)}`);
    return result;
  }
  result.hashes = hashes;
  const read = await reading;
  if (!options.verifyMetadata || !read.facts) {
    result.metadata = read.metadata;
    if (read.problem) result.problems.push(read.problem);
    return result;
  }
  const { size: _size, ...digests } = hashes;
  const facts = { ...read.facts, hashes: digests, filetype: result.form?.filetype } as DistributionFacts;
  result.facts = facts;
  result.metadata = facts.metadata;
  if (!facts.metadata)
    result.problems.push(
      `has no readable metadata: ${stripName(read.metadataError ?? 'unknown error', filename)}`,
    );
  // PyPI's form rules and their data tables load with the first file checked, not at start-up.
  else await (await import('./form-check.js')).checkForm(result, facts, options.renderer);
  return result;
}

interface Read {
  metadata: CoreMetadata | null;
  problem?: string;
  facts?: DistributionFacts;
  metadataError?: string;
}

/** Archive facts (digests filled in later) and metadata; the description goes to the renderer at once. */
async function readFacts(path: string, renderer: DescriptionRenderer | undefined): Promise<Read> {
  // Given (empty) digests, it does not hash the file again; readFile puts the real ones in.
  const facts = await inspectDistribution(path, { hashes: { sha256: '' } });
  if (renderer && facts.metadata) (await import('./form-check.js')).startRendering(facts.metadata, renderer);
  return {
    metadata: facts.metadata,
    facts,
    ...(facts.metadataError ? { metadataError: facts.metadataError } : {}),
  };
}

async function readMetadata(path: string, filename: string): Promise<Read> {
  try {
    return { metadata: (await readDistMetadata(path)).metadata };
  } catch (error) {
    return { metadata: null, problem: `has no readable metadata: ${messageOf(error, filename)}` };
  }
}

function messageOf(error: unknown, filename: string): string {
  // An fs error may come from another realm (a test's sandbox), where `instanceof Error` is false.
  const message = (error as { message?: unknown } | null)?.message;
  return stripName(typeof message === 'string' ? message : String(error), filename);
}

/** Messages from dists often start with the filename; the problem list names the file already. */
function stripName(message: string, filename: string): string {
  return message.startsWith(`${filename}: `) ? message.slice(filename.length + 2) : message;
}
