/** Each collected file read as publish's preflight reads it: its own metadata, and PyPI's rules for the file. */
import { checkDistribution, filetypeOf, inspectDistribution } from '../dists/index.js';
import { mapWithLimit } from '../common/index.js';
import type { CollectedFile } from './flatten.js';

/** A collected file with its name and version as its metadata gives them. */
export interface InspectedFile extends CollectedFile {
  metadata: { name: string; version: string } | null;
}

/** Reads every file's metadata and applies PyPI's file rules; problems name the file and its artifact. */
export async function inspectFiles(
  files: readonly CollectedFile[],
): Promise<{ files: InspectedFile[]; problems: string[] }> {
  const problems: string[] = [];
  const inspected = await mapWithLimit(files, 2, async (file): Promise<InspectedFile> => {
    const facts = await inspectDistribution(file.path, {
      hashes: { sha256: file.sha256, blake2_256: file.blake2b_256 },
    });
    const where = `${file.filename} from artifact ${file.artifact}`;
    if (!facts.metadata)
      problems.push(`${where} has no readable metadata (${facts.metadataError ?? 'unknown'}): rebuild it`);
    // The index's size limits are its own (PyPI raises them per project); publish-pypi warns about them.
    const refusal = checkDistribution(
      { ...facts, filetype: filetypeOf(file.filename) ?? 'sdist' },
      { maxFileSize: Number.MAX_SAFE_INTEGER, maxProjectSize: Number.MAX_SAFE_INTEGER },
    ).find((problem) => problem.status >= 400);
    if (refusal && facts.metadata) problems.push(`${where} would be refused by PyPI: ${refusal.message}`);
    const { name, version } = facts.metadata ?? {};
    const metadata = name && version ? { name, version } : null;
    return { ...file, metadata };
  });
  return { files: inspected as InspectedFile[], problems };
}
