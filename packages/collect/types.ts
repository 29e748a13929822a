/** The shapes collect works with: artifacts, what is inside them, and where they come from. */

/** An artifact as its source lists it. */
export interface ArtifactRef {
  id: number;
  name: string;
  /** Bytes (of its zip, for the artifact service; of its files, for a directory). */
  size: number;
  /** ISO time it was created, when known. */
  createdAt: string | null;
  /** `sha256:<hex>` of its zip, when the service recorded one. */
  digest: string | null;
}

/** What an entry inside an artifact is. */
export type EntryKind = 'file' | 'directory' | 'symlink' | 'special';

/** One entry inside an artifact. */
export interface ArtifactEntry {
  /** Its path inside the artifact, as recorded (`/`-separated for a directory source). */
  path: string;
  kind: EntryKind;
  /** Bytes of a file. */
  size: number;
  /** Why the source will not read it even though it is a file (a zip bomb), or null. */
  refusal: string | null;
  /** The file's bytes, in chunks; each chunk is the caller's only until it asks for the next. */
  read(): AsyncIterable<Uint8Array>;
}

/** An artifact opened for reading; close it when done. */
export interface OpenedArtifact {
  entries: ArtifactEntry[];
  close(): Promise<void>;
}

/** Where artifacts come from: the artifact service (this run or another), or a directory for rehearsals. */
export interface ArtifactSource {
  /** What it is, for messages: `the artifacts of this run`, `directory ./artifacts`. */
  describe: string;
  list(): Promise<ArtifactRef[]>;
  /** Fetches an artifact (when it must) and opens it; throws a one-line error when it cannot. */
  open(artifact: ArtifactRef): Promise<OpenedArtifact>;
  /** Artifacts worth reading at once, when the source knows better than the collection's default. */
  concurrency?: number;
}

/** The service side of a source: what action-kit's artifact client provides. */
export interface ArtifactDownloader {
  list(): Promise<ArtifactRef[]>;
  /** Downloads the artifact's zip, not extracted, into `directory`; resolves with its path. */
  downloadZip(artifact: ArtifactRef, directory: string): Promise<string>;
}
