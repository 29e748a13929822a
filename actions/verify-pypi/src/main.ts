import { error, group, info, setOutput, warning } from '../../../packages/action-kit/index.js';
import type { VerifyResult } from '../../../packages/verify/index.js';
import { readSettings } from './inputs.js';
import { writeSummary } from './summary.js';

/** The one-line reason the step fails. */
function failure(result: VerifyResult): string {
  const missing = result.files.filter((f) => f.status === 'missing');
  if (result.wait.outcome === 'timeout') {
    const names = missing.slice(0, 5).map((f) => f.filename);
    if (missing.length > names.length) names.push(`${missing.length - names.length} more`);
    return `${missing.length} file(s) of ${result.project} ${result.version} not served after ${result.waitedSeconds} s (listed above): ${names.join(', ')}`;
  }
  const [first, ...rest] = result.problems;
  return rest.length === 0
    ? (first ?? 'verification failed')
    : `${first} (and ${rest.length} more problem(s) above)`;
}

function provenanceOutput(result: VerifyResult): unknown[] {
  return (result.provenance?.files ?? []).map((row) => ({
    filename: row.filename,
    status: row.status,
    log_index: row.logIndex ?? null,
    signer: row.signer ?? null,
  }));
}

/** Verify, write the outputs and summary, and fail the step unless verified. */
async function verify(): Promise<VerifyResult> {
  const settings = readSettings();
  // The index client, pip and the archive readers load once the inputs are good.
  const { verifyRelease } = await import('../../../packages/verify/index.js');
  const result = await group(`Verify the release on ${settings.urls.simple}`, () =>
    verifyRelease({ ...settings, log: info }),
  );
  setOutput('files', JSON.stringify(result.files));
  setOutput('waited-seconds', String(result.waitedSeconds));
  setOutput('provenance', JSON.stringify(provenanceOutput(result)));
  if (result.provenance) info(result.provenance.note);
  for (const line of result.warnings) warning(line);
  for (const line of result.skipped) info(line);
  info(`download (${result.download.mode}): ${result.download.note}`);
  // The summary is not in the raw log a person greps after a failed release; the verdict belongs in both.
  if (result.latest) info(`check-latest ${result.latest.ok ? 'passed' : 'failed'}: ${result.latest.note}`);
  writeSummary(result, settings.urls.simple);
  return result;
}

/** verify-pypi: proof that the index serves exactly the released files, and that they install. */
export async function main(): Promise<void> {
  let result: VerifyResult | null = null;
  try {
    result = await verify();
  } finally {
    // Whatever ended the step (a bad input, a refusing index), `verified` says so.
    setOutput('verified', String(result?.verified === true));
  }
  if (result.verified) {
    info(
      `${result.project} ${result.version}: every file served with the right hash after ${result.waitedSeconds} s`,
    );
    return;
  }
  if (result.wait.outcome === 'timeout') {
    // Possibly hundreds of lines: the log, not annotations.
    info('Still missing at the timeout:');
    for (const line of result.problems) info(`  ${line}`);
  } else {
    for (const line of result.problems) error(line);
  }
  throw new Error(failure(result));
}
