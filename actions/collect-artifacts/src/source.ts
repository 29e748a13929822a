/** The artifact source the settings name: a directory, or the artifact service through the official client. */
import { createArtifactClient } from '../../../packages/action-kit/index.js';
import { directorySource, zipArtifactSource, type ArtifactSource } from '../../../packages/collect/index.js';
import type { SourceSettings } from './inputs.js';

/** The source to collect from; the artifact client (and its dependencies) load only for the service. */
export async function sourceFor(source: SourceSettings, tempDir: string): Promise<ArtifactSource> {
  if (source.kind === 'directory') return directorySource(source.from);
  const { other } = source;
  const describe = other ? `run ${other.runId} of ${other.owner}/${other.repo}` : 'this run';
  return zipArtifactSource(await createArtifactClient(other ?? undefined), { describe, tempDir });
}
