/**
 * Carrying out a plan: the first file alone (it creates the release), the other wheels with bounded
 * concurrency, the sdist once every wheel is up. A final failure stops new uploads from starting; what is up
 * stays up, and a re-run finishes the release because files already there count as done.
 */
import { uploadFormFields } from '../dists/index.js';
import {
  systemClock,
  uploadWithRetries,
  type HttpClient,
  type IndexUrls,
  type RetryContext,
  type RetryPolicy,
  type UploadAuth,
  type UploadOutcome,
  type UploadReport,
  type UploadWithRetriesRequest,
} from '../pypi/index.js';
import type { FormField } from '../dists/index.js';
import { oneLine } from './errors.js';
import { mapWithLimit } from '../common/index.js';
import type { FileResult, FileStatus, PlanEntry, PublishEvent, ReleasePlan } from './types.js';
import { fileResult } from './file-result.js';

/**
 * Upload retries: eight attempts (backoff windows 1, 2, 4, 8, 16, 30, 30 s with full jitter) ride out an
 * index failing one request in three; a release is worth a few minutes more of patience than a read.
 */
export const UPLOAD_RETRY_POLICY: Partial<RetryPolicy> = { maxAttempts: 8 };

/** Uploads one file with retries (pypi's `uploadWithRetries`; tests pass a stand-in). */
export type UploadFunction = (request: UploadWithRetriesRequest) => Promise<UploadReport>;

/** How to carry out a plan. */
export interface ExecuteOptions extends RetryContext {
  urls: IndexUrls;
  auth: UploadAuth;
  client?: HttpClient;
  /** Uploads at once after the first (at least 1). */
  concurrency: number;
  /** An upload answered "already exists" with other content is skipped with a warning, not a failure. */
  skipExisting: boolean;
  upload?: UploadFunction;
  /** Each file's `attestations` form field (a JSON list), by filename; sent with its upload. */
  attestations?: ReadonlyMap<string, string>;
  /** Inactivity timeout of one upload request. */
  timeoutMs?: number;
  onEvent?: (event: PublishEvent) => void;
}

/** The form with PEP 740's `attestations` field last, as twine sends it, when the file has attestations. */
function withAttestations(fields: FormField[], attestations: string | undefined): FormField[] {
  return attestations === undefined ? fields : [...fields, ['attestations', attestations]];
}

/** Upload what the plan says, in its order and phases; one result per plan entry, in plan order. */
export async function executePlan(plan: ReleasePlan, options: ExecuteOptions): Promise<FileResult[]> {
  const results = plan.entries.map(initialResult);
  const clock = options.clock ?? systemClock;
  const upload = options.upload ?? uploadWithRetries;
  let stopped = false;

  const run = async (index: number): Promise<void> => {
    const entry = plan.entries[index] as PlanEntry;
    const result = results[index] as FileResult;
    const { file } = entry;
    if (!file.metadata || !file.form || !file.hashes)
      throw new Error(`${file.filename} reached the upload without metadata or digests`);
    options.onEvent?.({
      type: 'upload-started',
      filename: file.filename,
      size: file.hashes.size,
      phase: entry.phase,
    });
    const { size: _size, ...hashes } = file.hashes;
    const request: UploadWithRetriesRequest = {
      urls: options.urls,
      path: file.path,
      filename: file.filename,
      fields: withAttestations(
        uploadFormFields(file.metadata, { ...file.form, hashes }),
        options.attestations?.get(file.filename),
      ),
      auth: options.auth,
      onRetry: (event) => options.onEvent?.({ type: 'upload-retry', filename: file.filename, ...event }),
    };
    if (options.client) request.client = options.client;
    if (options.timeoutMs !== undefined) request.timeoutMs = options.timeoutMs;
    if (options.clock) request.clock = options.clock;
    if (options.random) request.random = options.random;
    request.policy = { ...UPLOAD_RETRY_POLICY, ...options.policy };

    const started = clock.now();
    try {
      const report = await upload(request);
      Object.assign(result, settle(report, options.skipExisting));
      result.attempts = report.attempts;
    } catch (error) {
      result.status = 'failed';
      result.attempts = Math.max(result.attempts, 1);
      result.message = oneLine(error instanceof Error ? error.message : String(error));
    }
    result.seconds = (clock.now() - started) / 1000;
    if (result.status === 'failed') stopped = true;
    if (result.status === 'skipped' && result.message)
      options.onEvent?.({ type: 'warning', message: `${file.filename}: ${result.message}` });
    options.onEvent?.({ type: 'upload-finished', result: { ...result } });
  };

  const indexesOf = (phase: PlanEntry['phase']) =>
    plan.entries.flatMap((entry, index) =>
      entry.action === 'upload' && entry.phase === phase ? [index] : [],
    );
  const concurrency = Math.max(1, options.concurrency);
  for (const [phase, limit] of [
    ['first', 1],
    ['wheel', concurrency],
    ['sdist', 1],
  ] as const) {
    if (stopped) break;
    await mapWithLimit(indexesOf(phase), limit, run, () => !stopped);
  }
  return results;
}

function initialResult(entry: PlanEntry): FileResult {
  const { file } = entry;
  const status: FileStatus =
    entry.action === 'upload'
      ? 'pending'
      : entry.action === 'already-present'
        ? 'already-present'
        : 'skipped';
  return fileResult(file, status, entry.remote?.url);
}

/** What an upload's final outcome means for the file. */
export function settle(
  report: UploadReport,
  skipExisting: boolean,
): Pick<FileResult, 'status'> & { message?: string } {
  const outcome: UploadOutcome = report.outcome;
  const last = report.history.at(-1);
  switch (outcome.kind) {
    case 'uploaded':
      if (outcome.confirmedByProbe)
        return {
          status: 'uploaded',
          message: oneLine(`landed despite ${last ?? outcome.message} (the index confirmed it)`),
        };
      return last
        ? {
            status: 'uploaded',
            message: oneLine(`after ${report.attempts} attempts (last trouble: ${last})`),
          }
        : { status: 'uploaded' };
    case 'already-exists':
      if (outcome.sameContent === true) return { status: 'already-present' };
      if (skipExisting)
        return {
          status: 'skipped',
          message: oneLine(
            outcome.sameContent === false
              ? `the index has it with different content, skipped: ${outcome.message}`
              : `the index says it exists and could not tell with which content, skipped: ${outcome.message}`,
          ),
        };
      return {
        status: 'failed',
        message: oneLine(
          outcome.sameContent === false
            ? `is already on the index with different content (${outcome.message}): bump the version and build again, or set skip-existing: true`
            : `the index says it already exists, and could not tell with which content (${outcome.message})`,
        ),
      };
    case 'client-error':
      return { status: 'failed', message: oneLine(`refused: ${outcome.message}`) };
    case 'retryable':
    case 'ambiguous':
      return {
        status: 'failed',
        message: oneLine(`gave up after ${report.attempts} attempts: ${outcome.message}`),
      };
  }
}
