import { info, warning } from '../../../packages/action-kit/index.js';
import { formatBytes, formatSeconds } from '../../../packages/common/index.js';
import type { PublishEvent, ReleasePlan } from '../../../packages/publish/index.js';

const ACTION_WORDS = {
  upload: 'to upload',
  'already-present': 'already on the index',
  skip: 'skipped',
} as const;

/** Logs a release's progress as it happens: the plan, each upload, retries and warnings. */
export function logProgress(printHash: boolean): (event: PublishEvent) => void {
  return (event) => {
    switch (event.type) {
      case 'planned':
        logPlan(event.plan, printHash);
        break;
      case 'authenticated':
        info(
          event.method === 'trusted-publishing'
            ? `Trusted publishing: upload token minted${event.expiresAt ? `, valid until ${new Date(event.expiresAt).toISOString()}` : ''}`
            : 'Authenticating with the given password',
        );
        break;
      case 'attested':
        info(
          `Attested ${event.filename}: Sigstore-signed, Rekor log index ${event.logIndex ?? 'unknown'}, kept at ${event.path}`,
        );
        break;
      case 'upload-started':
        info(`↑ ${event.filename} (${formatBytes(event.size)})`);
        break;
      case 'upload-retry':
        info(
          `  ${event.filename}: attempt ${event.attempt} failed (${event.reason}); retrying in ${formatSeconds(event.delayMs / 1000)}`,
        );
        break;
      case 'upload-finished': {
        const { result } = event;
        const detail = result.message ? `: ${result.message}` : '';
        info(
          `${result.status === 'uploaded' ? '✓' : result.status === 'failed' ? '✗' : '·'} ${result.filename} ${result.status} in ${formatSeconds(result.seconds)}${detail}`,
        );
        break;
      }
      case 'warning':
        warning(event.message);
        break;
    }
  };
}

function logPlan(plan: ReleasePlan, printHash: boolean): void {
  info(
    `Release ${plan.project} ${plan.version}: ${plan.entries.length} file${plan.entries.length === 1 ? '' : 's'}`,
  );
  for (const { file, action } of plan.entries) {
    info(`  ${file.filename} (${formatBytes(file.hashes?.size ?? 0)}): ${ACTION_WORDS[action]}`);
    if (printHash && file.hashes) {
      info(`    sha256      ${file.hashes.sha256}`);
      if (file.hashes.md5) info(`    md5         ${file.hashes.md5}`);
      if (file.hashes.blake2_256) info(`    blake2b-256 ${file.hashes.blake2_256}`);
    }
  }
  for (const message of plan.warnings) warning(message);
  for (const problem of plan.problems)
    info(`✗ ${problem.filename ? `${problem.filename} ` : ''}${problem.message}`);
}
