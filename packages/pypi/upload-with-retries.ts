/**
 * One file uploaded with retries: backoff on retryable failures, and after an ambiguous one (the body was
 * sent, no clear answer) a look at the index before sending again — the file may have landed.
 */
import { basename } from 'node:path';
import { PypiError } from './errors.js';
import { findFile, type FilePresence } from './find-file.js';
import { withRetries, type RetryContext } from './retry.js';
import { fieldValue, uploadFile, type UploadRequest } from './upload.js';
import type { UploadOutcome } from './upload-outcome.js';

/** The final outcome and how it was reached. */
export interface UploadReport {
  outcome: UploadOutcome;
  attempts: number;
  /** One line per attempt that did not settle the matter (for the job log). */
  history: string[];
}

/** An upload with its retry policy; `probe` defaults to `findFile` on the same index. */
export interface UploadWithRetriesRequest extends UploadRequest, RetryContext {
  probe?: (project: string, version: string, filename: string) => Promise<FilePresence>;
}

/**
 * Upload until uploaded, already there, or finally refused. An `already-exists` answer is resolved through
 * the probe (the index's sha256 for the file against ours), so `sameContent` is known whenever the index can tell.
 */
export async function uploadWithRetries(request: UploadWithRetriesRequest): Promise<UploadReport> {
  const project = fieldValue(request.fields, 'name');
  const version = fieldValue(request.fields, 'version');
  const ourSha256 = fieldValue(request.fields, 'sha256_digest')?.toLowerCase();
  if (!project || !version) throw new PypiError(`upload form for ${request.path} lacks name or version`);
  const filename = request.filename ?? basename(request.path);
  const probe =
    request.probe ??
    ((p: string, v: string, f: string) =>
      findFile(request.urls, p, v, f, {
        client: request.client,
        clock: request.clock,
        random: request.random,
      }));
  const history: string[] = [];
  const lookup = async (): Promise<FilePresence | undefined> => {
    try {
      return await probe(project, version, filename);
    } catch (err) {
      history.push(
        `could not check the index for ${filename}: ${err instanceof Error ? err.message : String(err)}`,
      );
      return undefined;
    }
  };

  const { result, attempts } = await withRetries<UploadOutcome>(
    async () => {
      const outcome = await uploadFile(request);
      if (outcome.kind === 'ambiguous') {
        history.push(outcome.message);
        const found = await lookup();
        if (found?.present && ourSha256 && found.sha256 === ourSha256) {
          return {
            kind: 'uploaded',
            status: 200,
            message: `${filename} is on the index after: ${outcome.message}`,
            confirmedByProbe: true,
          };
        }
        if (found?.present && found.sha256 && ourSha256 && found.sha256 !== ourSha256) {
          return {
            kind: 'already-exists',
            status: 400,
            message: `${filename} is on the index with sha256 ${found.sha256}, not ours`,
            sameContent: false,
          };
        }
      } else if (outcome.kind === 'retryable') {
        history.push(outcome.message);
      } else if (outcome.kind === 'already-exists' && outcome.sameContent === undefined && ourSha256) {
        const found = await lookup();
        if (found?.present && found.sha256) return { ...outcome, sameContent: found.sha256 === ourSha256 };
      }
      return outcome;
    },
    (outcome) => {
      if (outcome.kind === 'retryable') {
        return outcome.retryAfterMs === undefined
          ? { retry: true, reason: outcome.message }
          : { retry: true, reason: outcome.message, retryAfterMs: outcome.retryAfterMs };
      }
      if (outcome.kind === 'ambiguous') return { retry: true, reason: outcome.message };
      return { retry: false };
    },
    request,
  );
  return { outcome: result, attempts, history };
}
