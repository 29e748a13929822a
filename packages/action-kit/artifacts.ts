/**
 * Listing and downloading workflow artifacts with the official @actions/artifact client: this run's through the
 * runner's artifact service (ACTIONS_RESULTS_URL, ACTIONS_RUNTIME_TOKEN), another run's through the REST API
 * with a token. Imported on first use: the client brings the Azure storage SDK and Octokit, which only an
 * action that downloads artifacts should load.
 */
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useStdoutStream } from './stdout.js';

/** An artifact as the service lists it. */
export interface ListedArtifact {
  id: number;
  name: string;
  /** Bytes of its zip. */
  size: number;
  /** ISO time it was created, when the service says. */
  createdAt: string | null;
  /** `sha256:<hex>` of its zip, when the service recorded one (upload-artifact v4 and later). */
  digest: string | null;
}

/** Another workflow run whose artifacts to read, through the REST API. */
export interface OtherRun {
  /** A token with `actions: read` on the repository (register it as a secret first). */
  token: string;
  runId: number;
  owner: string;
  repo: string;
}

/** The downloaded bytes are not the ones the service recorded for the artifact. */
export class ArtifactDigestError extends Error {
  override readonly name = 'ArtifactDigestError';
}

/** What collect-artifacts needs of the artifact service. */
export interface ArtifactClient {
  /** Every artifact of the run (all attempts; the newest of a name is the one with the highest id). */
  list(): Promise<ListedArtifact[]>;
  /** Downloads the artifact's zip as it is (not extracted) into `directory`; resolves with the zip's path. */
  downloadZip(artifact: ListedArtifact, directory: string): Promise<string>;
}

/** A client for this run's artifacts, or for `other`'s when given. */
export async function createArtifactClient(other?: OtherRun): Promise<ArtifactClient> {
  useStdoutStream(); // @actions/artifact logs there too
  const { DefaultArtifactClient } = await import('@actions/artifact');
  const client = new DefaultArtifactClient();
  const findBy = other && {
    token: other.token,
    workflowRunId: other.runId,
    repositoryOwner: other.owner,
    repositoryName: other.repo,
  };
  return {
    list: async () => {
      const { artifacts } = await client.listArtifacts(findBy ? { findBy } : {});
      return artifacts.map((artifact) => ({
        id: artifact.id,
        name: artifact.name,
        size: artifact.size,
        createdAt: artifact.createdAt ? artifact.createdAt.toISOString() : null,
        digest: artifact.digest ?? null,
      }));
    },
    downloadZip: async (artifact, directory) => {
      const { digestMismatch } = await client.downloadArtifact(artifact.id, {
        path: directory,
        skipDecompress: true,
        ...(artifact.digest ? { expectedHash: artifact.digest } : {}),
        ...(findBy ? { findBy } : {}),
      });
      if (digestMismatch)
        throw new ArtifactDigestError(
          `the downloaded zip's sha256 is not the ${artifact.digest ?? ''} the service recorded`,
        );
      const [file, ...more] = await readdir(directory);
      if (!file || more.length > 0)
        throw new Error(
          `expected one downloaded file in ${directory}, found ${more.length + (file ? 1 : 0)}`,
        );
      return join(directory, file);
    },
  };
}
