/**
 * Artifacts from the artifact service: each is downloaded as the zip it is stored as (not extracted by the
 * client, whose extractor rewrites `..` and follows no rules about links), into a private temporary directory,
 * and read member by member from there. The zip goes as soon as the artifact is closed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { formatBytes } from '../common/index.js';
import { PYPI_MAX_PROJECT_SIZE, ZipArchive, zipEntryKind, type ZipEntry } from '../dists/index.js';
import { CollectError } from './errors.js';
import type {
  ArtifactDownloader,
  ArtifactEntry,
  ArtifactRef,
  ArtifactSource,
  OpenedArtifact,
} from './types.js';

/** How the service source behaves. */
export interface ZipSourceOptions {
  /** What the artifacts are, for messages: `the artifacts of this run`, `run 42 of octo/repo`. */
  describe: string;
  /** Where downloaded zips wait to be read (the runner's temporary directory). */
  tempDir: string;
  /** Downloads of one artifact before giving up (each asks for a fresh signed URL); default 2. */
  attempts?: number;
  /** Largest member to extract (default 10 GiB, PyPI's whole-project limit). */
  maxEntrySize?: number;
  /** Artifacts downloaded and read at once (default: one per core, two to four). */
  concurrency?: number;
}

/**
 * One artifact per core, at least two (one downloading while another is read) and at most four. The client's
 * download and every digest run on this process's one JavaScript thread, so more artifacts at once than cores
 * gain no speed; each only holds its own buffers (and node's http a few megabytes of chunks awaiting collection).
 */
function defaultConcurrency(): number {
  return Math.min(4, Math.max(2, availableParallelism()));
}

/**
 * A member refused before reading: one that would inflate past `limit`. Reading stops at the size the
 * directory records, so this bounds what a hostile zip can write. (No ratio rule: a wheel holding stored data
 * may well shrink fifty times in its artifact's zip.)
 */
function refusalOf(entry: ZipEntry, limit: number): string | null {
  return entry.uncompressedSize > limit
    ? `would inflate to ${formatBytes(entry.uncompressedSize)}, more than the ${formatBytes(limit)} a distribution may be`
    : null;
}

function entriesOf(zip: ZipArchive, limit: number): ArtifactEntry[] {
  return zip.entries.map((entry) => ({
    path: entry.name,
    kind: zipEntryKind(entry),
    size: entry.uncompressedSize,
    refusal: refusalOf(entry, limit),
    read: () => zip.stream(entry),
  }));
}

async function download(
  downloader: ArtifactDownloader,
  artifact: ArtifactRef,
  directory: string,
  attempts: number,
): Promise<string> {
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    const into = join(directory, `attempt-${attempt}`);
    try {
      // The client's HTTP chunks die as they are written: the collection frees them early (collect.ts).
      return await downloader.downloadZip(artifact, into);
    } catch (error) {
      last = error;
      // What an interrupted attempt wrote stays out of everything that follows.
      await rm(into, { recursive: true, force: true });
    }
  }
  const why = last instanceof Error ? last.message.split('\n')[0] : String(last);
  throw new CollectError(`artifact ${artifact.name} could not be downloaded (${attempts} tries): ${why}`);
}

/** The artifact service as a source, through `downloader` (action-kit's artifact client). */
export function zipArtifactSource(downloader: ArtifactDownloader, options: ZipSourceOptions): ArtifactSource {
  return {
    describe: options.describe,
    concurrency: options.concurrency ?? defaultConcurrency(),
    list: () => downloader.list(),
    open: async (artifact): Promise<OpenedArtifact> => {
      const directory = await mkdtemp(join(options.tempDir, `artifact-${artifact.id}-`));
      try {
        const path = await download(downloader, artifact, directory, options.attempts ?? 2);
        const zip = await ZipArchive.open(path).catch((error: Error) => {
          throw new CollectError(`artifact ${artifact.name} is not a readable zip: ${error.message}`);
        });
        return {
          entries: entriesOf(zip, options.maxEntrySize ?? PYPI_MAX_PROJECT_SIZE),
          close: async () => {
            await zip.close();
            await rm(directory, { recursive: true, force: true });
          },
        };
      } catch (error) {
        await rm(directory, { recursive: true, force: true });
        throw error;
      }
    },
  };
}
