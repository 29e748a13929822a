/**
 * One artifact, read: every entry checked (nothing outside the artifact, no links, no devices), each
 * distribution copied to the staging directory with its digests, every other file listed and left out.
 */
import { join } from 'node:path';
import { selectDistFilenames } from '../artifacts/index.js';
import { entryBasename, entryPathProblem } from './entry-paths.js';
import { stageEntry, type StagedFile } from './stage.js';
import type { ArtifactEntry, ArtifactRef, ArtifactSource } from './types.js';

/** A file of an artifact that is not a distribution: listed, not collected. */
export interface ExtraFile {
  artifact: string;
  path: string;
  size: number;
}

/** What reading one artifact gave. */
export interface ArtifactOutcome {
  artifact: ArtifactRef;
  staged: StagedFile[];
  extras: ExtraFile[];
  /** One line each; an artifact with problems contributes nothing to the release. */
  problems: string[];
}

const KIND_WORDS = { symlink: 'a symbolic link', special: 'a device, FIFO or socket' } as const;

const isDistribution = (name: string) => selectDistFilenames([name]).dists.length === 1;

/** What went wrong with the artifact, in one line; a bug in this code is thrown on instead, to be reported as one. */
function problemOf(error: unknown): string {
  if (error instanceof TypeError || error instanceof ReferenceError) throw error;
  return error instanceof Error ? error.message : String(error);
}

/** Why an entry is refused, or null; the source's own refusal counts only for what would be extracted. */
function refusalOf(entry: ArtifactEntry): string | null {
  const pathProblem = entryPathProblem(entry.path);
  if (pathProblem) return `has ${pathProblem}`;
  if (entry.kind === 'symlink' || entry.kind === 'special') return `is ${KIND_WORDS[entry.kind]}`;
  return entry.kind === 'file' && isDistribution(entryBasename(entry.path)) ? entry.refusal : null;
}

/** Reads `artifact` from `source`, staging its distributions under `stagingDir/<id>.<n>/`. */
export async function readArtifact(
  source: ArtifactSource,
  artifact: ArtifactRef,
  stagingDir: string,
): Promise<ArtifactOutcome> {
  const outcome: ArtifactOutcome = { artifact, staged: [], extras: [], problems: [] };
  const where = `artifact ${artifact.name}`;
  let opened;
  try {
    opened = await source.open(artifact);
  } catch (error) {
    outcome.problems.push(problemOf(error));
    return outcome;
  }
  try {
    const refused = opened.entries.flatMap((entry) => {
      const why = refusalOf(entry);
      return why ? [`${where}: entry ${JSON.stringify(entry.path)} ${why}, so the artifact is refused`] : [];
    });
    if (refused.length > 0) {
      outcome.problems.push(...refused);
      return outcome;
    }
    const copies = new Map<string, number>();
    for (const entry of opened.entries.filter((e) => e.kind === 'file')) {
      const name = entryBasename(entry.path);
      if (!isDistribution(name)) {
        outcome.extras.push({ artifact: artifact.name, path: entry.path, size: entry.size });
        continue;
      }
      // Two entries of one name in one artifact (different folders) each get a directory of their own.
      const copy = copies.get(name) ?? 0;
      copies.set(name, copy + 1);
      const directory = join(stagingDir, `${artifact.id}.${copy}`);
      outcome.staged.push(await stageEntry(entry, artifact.name, name, directory));
    }
  } catch (error) {
    outcome.problems.push(`${where}: ${problemOf(error)}`);
  } finally {
    await opened.close();
  }
  return outcome;
}
