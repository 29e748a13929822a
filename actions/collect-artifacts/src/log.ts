/** The log: a line per artifact as it is read, then the release and what is wrong with it. */
import { info } from '../../../packages/action-kit/index.js';
import type { ArtifactOutcome, CollectReport } from '../../../packages/collect/index.js';
import { formatBytes } from '../../../packages/common/index.js';

/** One line per artifact read: its distributions, or why it was refused. */
export function logArtifact(outcome: ArtifactOutcome): void {
  const { artifact, staged, extras, problems } = outcome;
  const size = artifact.size > 0 ? `, ${formatBytes(artifact.size)}` : '';
  if (problems.length > 0) {
    info(
      `✗ ${artifact.name} (id ${artifact.id}${size}): ${problems.length} problem${problems.length > 1 ? 's' : ''}`,
    );
    return;
  }
  const others =
    extras.length > 0 ? ` (and ${extras.length} other file${extras.length > 1 ? 's' : ''}, left out)` : '';
  info(
    `✓ ${artifact.name} (id ${artifact.id}${size}): ${staged.map((file) => file.filename).join(', ') || 'no distributions'}${others}`,
  );
}

/** The release as collected, and every problem as an error annotation. */
export function logReport(report: CollectReport): void {
  for (const file of report.files)
    info(
      `${file.filename}  ${formatBytes(file.size)}  sha256 ${file.sha256}  blake2b-256 ${file.blake2b_256}  (${file.artifact})`,
    );
  for (const extra of report.extras) info(`left out (not a distribution): ${extra.artifact}/${extra.path}`);
  for (const problem of report.problems) info(`✗ ${problem}`);
}
