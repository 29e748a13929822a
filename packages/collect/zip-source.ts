/**
 * Artifacts from the artifact service: each is downloaded as the zip it is stored as (not extracted by the
 * client, whose extractor rewrites `..` and follows no rules about links), into a private temporary directory,
 * and read member by member from there. The zip goes as soon as the artifact is closed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_ZIP_LIMITS, ZipArchive, zipEntryKind, type ZipEntry } from '../dists/index.js';
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
}

/** A member refused before reading: one that would inflate far beyond its compressed size (a zip bomb). */
function refusalOf(entry: ZipEntry): string | null {
  const { maxRatio, ratioMinSize } = DEFAULT_ZIP_LIMITS;
  return entry.uncompressedSize > ratioMinSize && entry.uncompressedSize > maxRatio * entry.compressedSize
    ? `it would inflate ${entry.uncompressedSize} bytes from ${entry.compressedSize} (a zip bomb)`
    : null;
}

function entriesOf(zip: ZipArchive): ArtifactEntry[] {
  return zip.entries.map((entry) => ({
    path: entry.name,
    kind: zipEntryKind(entry),
    size: entry.uncompressedSize,
    refusal: refusalOf(entry),
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
    list: () => downloader.list(),
    open: async (artifact): Promise<OpenedArtifact> => {
      const directory = await mkdtemp(join(options.tempDir, `artifact-${artifact.id}-`));
      try {
        const path = await download(downloader, artifact, directory, options.attempts ?? 2);
        const zip = await ZipArchive.open(path).catch((error: Error) => {
          throw new CollectError(`artifact ${artifact.name} is not a readable zip: ${error.message}`);
        });
        return {
          entries: entriesOf(zip),
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
