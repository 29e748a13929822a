/** The job summary: the release by platform with sizes and hashes, what was missing, what was left out. */
import { escapeHtml, Summary, type Cell } from '../../../packages/action-kit/index.js';
import { platformOf, type CollectReport, type InspectedFile } from '../../../packages/collect/index.js';
import { formatBytes } from '../../../packages/common/index.js';

const code = (text: string): Cell => ({ html: `<code>${escapeHtml(text)}</code>` });

function headline(report: CollectReport): string {
  const release = report.project ? `${report.project} ${report.version ?? ''}`.trim() : 'Release';
  const files = `${report.files.length} file${report.files.length === 1 ? '' : 's'}`;
  return report.problems.length === 0 ? `${release}: ${files} collected ✓` : `${release}: not collected ✗`;
}

function filesByPlatform(summary: Summary, files: readonly InspectedFile[]): void {
  const groups = new Map<string, InspectedFile[]>();
  for (const file of files) {
    const platform = platformOf(file.filename);
    groups.set(platform, [...(groups.get(platform) ?? []), file]);
  }
  const order = [...groups.keys()].sort((a, b) => (a === 'sdist' ? 1 : b === 'sdist' ? -1 : a < b ? -1 : 1));
  for (const platform of order) {
    const group = groups.get(platform) ?? [];
    summary.heading(`${platform} (${group.length})`, 3).table(
      ['File', 'Size', 'sha256', 'blake2b-256', 'Artifact'],
      group.map((file) => [
        file.filename,
        formatBytes(file.size),
        code(file.sha256),
        code(file.blake2b_256),
        [file.artifact, ...file.alsoIn].join(', '),
      ]),
    );
  }
}

function missing(summary: Summary, report: CollectReport): void {
  const expected = report.expected;
  if (!expected || (expected.missing.length === 0 && !expected.sdistMissing)) return;
  summary.heading('Missing', 3);
  if (expected.missing.length > 0)
    summary.table(
      ['Job', 'Runner', 'Artifact', 'Without a wheel'],
      expected.missing.map((m) => [
        m.job,
        m.runner ?? '(not recorded)',
        m.noArtifact ? `${m.artifact} (not uploaded)` : m.artifact,
        m.identifiers.join(', '),
      ]),
    );
  if (expected.sdistMissing) summary.paragraph('The sdist is missing.');
}

/** The summary of a collection, successful or not. */
export function collectSummary(report: CollectReport, pattern: string): Summary {
  const summary = new Summary().heading(headline(report));
  const picked = report.selected.map((a) => a.name).join(', ');
  summary.paragraph(
    `From ${report.source}: ${report.selected.length} of ${report.available.length} artifacts match ${pattern} (${picked}).`,
  );
  if (report.problems.length > 0)
    summary.heading('Problems (nothing was placed in the release directory)', 3).list(report.problems);
  missing(summary, report);
  filesByPlatform(summary, report.files);
  if (report.manifest) summary.paragraph(`Manifest: ${report.manifest}`);
  const unexpected = report.expected?.unexpected ?? [];
  if (unexpected.length > 0)
    summary
      .heading('Not in the plan (collected anyway)', 3)
      .list(unexpected.map((u) => `${u.filename} (${u.artifact})`));
  if (report.extras.length > 0)
    summary
      .heading('Not distributions (left out)', 3)
      .list(report.extras.map((extra) => `${extra.artifact}: ${extra.path} (${formatBytes(extra.size)})`));
  return summary;
}

/** The summary when nothing could be collected at all (no artifact matched, the service could not be read). */
export function failureSummary(message: string): Summary {
  return new Summary().heading('Release: not collected ✗').paragraph(message);
}
