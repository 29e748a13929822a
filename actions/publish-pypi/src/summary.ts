import { escapeHtml, Summary } from '../../../packages/action-kit/index.js';
import { OidcUnavailableError } from '../../../packages/action-kit/index.js';
import { formatBytes, formatSeconds } from '../../../packages/common/index.js';
import { countStatuses, type PublishResult } from '../../../packages/publish/index.js';
import type { IndexUrls, TrustedPublishingError } from '../../../packages/pypi/index.js';

const PERMISSIONS_FIX = `jobs:
  publish:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
      contents: read`;

/** The job summary of a release: one row per file (size, sha256, status, seconds), then problems and warnings. */
export function releaseSummary(result: PublishResult, urls: IndexUrls): Summary {
  const counts = countStatuses(result.files);
  const where = new URL(urls.upload).host;
  const summary = new Summary().heading(
    `${result.dryRun ? 'Dry run: ' : ''}${result.project || 'Release'} ${result.version} → ${where}`,
  );
  const parts = [
    `${counts.uploaded} uploaded`,
    `${counts['already-present']} already present`,
    counts.skipped > 0 ? `${counts.skipped} skipped` : '',
    counts['would-upload'] > 0 ? `${counts['would-upload']} would be uploaded` : '',
    counts.failed > 0 ? `${counts.failed} failed` : '',
    counts.pending > 0 ? `${counts.pending} not uploaded` : '',
  ].filter(Boolean);
  summary.paragraph(result.failure ? `${parts.join(', ')}. ${result.failure}` : `${parts.join(', ')}.`);
  summary.table(
    ['File', 'Size', 'sha256', 'Status', 'Seconds'],
    result.files.map((file) => [
      file.url
        ? { html: `<a href="${escapeHtml(file.url)}">${escapeHtml(file.filename)}</a>` }
        : file.filename,
      formatBytes(file.size),
      { html: `<code>${escapeHtml(file.sha256)}</code>` },
      file.message ? `${file.status}: ${file.message}` : file.status,
      file.seconds > 0 ? formatSeconds(file.seconds) : '',
    ]),
  );
  const attested = Object.entries(result.attestations ?? {});
  if (attested.length > 0) {
    summary.paragraph(
      `Attested (PEP 740): ${attested.length} file${attested.length === 1 ? '' : 's'} signed with Sigstore, Rekor log index ${attested.map(([name, index]) => `${name} ${index ?? '?'}`).join(', ')}.`,
    );
  }
  if (result.problems.length > 0) {
    summary
      .heading('Nothing was uploaded because', 3)
      .list(result.problems.map((p) => `${p.filename ? `${p.filename} ` : ''}${p.message}`));
  }
  if (result.warnings.length > 0) summary.heading('Warnings', 3).list(result.warnings);
  if (result.ignored.length > 0)
    summary.paragraph(`Not distributions, left out: ${result.ignored.join(', ')}`);
  return summary;
}

/**
 * Why trusted publishing failed: PyPI's error codes, and the claims of the job's OIDC token that PyPI
 * matched against the project's trusted publishers (or the permissions fix when there was no token).
 */
export function trustedPublishingSummary(error: TrustedPublishingError): Summary {
  const summary = new Summary().heading('Trusted publishing failed');
  if (error.cause instanceof OidcUnavailableError) {
    summary.paragraph(error.cause.message).code(PERMISSIONS_FIX, 'yaml');
    return summary;
  }
  summary.paragraph(error.message);
  if (error.errors.length > 0) {
    summary.table(
      ['PyPI error', 'Description'],
      error.errors.map((e) => [{ html: `<code>${escapeHtml(e.code)}</code>` }, e.description]),
    );
  }
  const claims = error.claims;
  if (claims) {
    const rows: Array<[string, string | undefined]> = [
      ['repository', claims.repository],
      ['workflow', claims.workflow_ref],
      ['ref', claims.ref],
      ['environment', claims.environment ?? '(none)'],
      ['event', claims.event_name],
    ];
    summary
      .paragraph(
        "The job's OIDC token says the following; the trusted publisher configured for the project on the index (its Publishing settings) must name the same repository, workflow file and environment:",
      )
      .table(
        ['Claim', 'Value'],
        rows
          .filter(([, v]) => v !== undefined)
          .map(([k, v]) => [k, { html: `<code>${escapeHtml(v ?? '')}</code>` }]),
      );
  }
  return summary;
}
