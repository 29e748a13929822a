/**
 * A whole release: pick the files, read them, ask the index what it has, plan, authenticate, upload, and
 * say what happened. Nothing is uploaded unless the whole plan is sound.
 */
import { releaseFiles, type ReleaseSource } from '../artifacts/index.js';
import {
  createHttpClient,
  fetchReleaseJson,
  passwordAuth,
  TokenSource,
  type AuthSource,
  type Clock,
  type GetIdToken,
  type HttpClient,
  type IndexUrls,
  type RetryPolicy,
} from '../pypi/index.js';
import { PythonRstRenderer, type DescriptionRenderer, type ExtraDigest } from '../dists/index.js';
import { oneLine } from './errors.js';
import {
  AttestationFailure,
  attestPlan,
  type AttestationOptions,
  type FileAttestation,
} from './attest-files.js';
import { executePlan, type ExecuteOptions, type UploadFunction } from './execute.js';
import { readIndexState } from './index-state.js';
import { inspectFiles, type HashFunction } from './inspect-files.js';
import type {
  FileProblem,
  FileResult,
  InspectedFile,
  PublishEvent,
  PublishResult,
  ReleasePlan,
} from './types.js';
import { fileResult } from './file-result.js';

/** How to authenticate uploads: a password (an API token with user `__token__`) or trusted publishing. */
export type Credentials =
  | { kind: 'password'; username: string; password: string }
  | { kind: 'trusted-publishing'; getIdToken: GetIdToken };

/** Everything a release needs. */
export interface PublishOptions {
  source: ReleaseSource;
  urls: IndexUrls;
  credentials: Credentials;
  /** Check everything and read the index, upload nothing (and authenticate nowhere). */
  dryRun?: boolean;
  /** Apply PyPI's upload rules to every file before uploading (default true). */
  verifyMetadata?: boolean;
  /** See `PlanOptions.skipExisting`. */
  skipExisting?: boolean;
  /** Uploads at once after the first (default 4). */
  concurrency?: number;
  /** See `PlanOptions.riskySize`. */
  riskySize?: number;
  client?: HttpClient;
  clock?: Clock;
  random?: () => number;
  /** Retry policy of each upload. */
  policy?: Partial<RetryPolicy>;
  hash?: HashFunction;
  /** Digests sent beside sha256 (twine sends md5 and blake2_256 too); default none. */
  extraDigests?: readonly ExtraDigest[];
  upload?: UploadFunction;
  /** Renders reStructuredText descriptions as PyPI does (default: readme_renderer in a Python child process). */
  renderer?: DescriptionRenderer & { status?: PythonRstRenderer['status'] };
  /** Sign every file to upload with Sigstore (PEP 740) in preflight and send the attestations; default off. */
  attestations?: AttestationOptions;
  /** Progress, for the log. Credentials need no reporting: the secrets registry knows each as it comes into use. */
  onEvent?: (event: PublishEvent) => void;
}

/** Run a release; throws only for what stops it before any plan (bad source, index unreachable, trusted publishing). */
export async function publishRelease(options: PublishOptions): Promise<PublishResult> {
  const concurrency = Math.max(1, options.concurrency ?? 4);
  const client =
    options.client ??
    createHttpClient({ product: 'release-actions-publish-pypi', maxSockets: concurrency + 2 });
  try {
    return await publishWith(options, client, concurrency);
  } finally {
    if (!options.client) client.close();
  }
}

async function publishWith(
  options: PublishOptions,
  client: HttpClient,
  concurrency: number,
): Promise<PublishResult> {
  const dryRun = options.dryRun ?? false;
  // Known to the redaction before any request can carry it (reads of a custom index do).
  const password =
    options.credentials.kind === 'password'
      ? passwordAuth(options.credentials.username, options.credentials.password)
      : null;
  const { files, ignored, descriptionWarning } = await readReleaseFiles(options);
  // PyPI's rules and their data tables (classifiers, licenses, standard-library names) load once there
  // are files to judge: a third of the bundle that start-up does not need.
  const { identifyRelease, planRelease, preflightFailure } = await import('./plan.js');
  const { identity, problems: identityProblems } = identifyRelease(files);
  if (!identity) {
    const problems = [...identityProblems, ...fileProblems(files)];
    const base = { project: '', version: '', dryRun, ignored, warnings: [] };
    if (problems.length === 0) problems.push({ filename: '', message: 'no file could be read' });
    return {
      ...base,
      files: files.map((f) => unplannedResult(f, problems)),
      problems,
      failure: preflightFailure(problems),
    };
  }

  const urls = readUrls(options.urls, options.credentials);
  const read = {
    client,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
  };
  const index = await readIndexState(urls, identity.project, identity.version, read);
  const plan = planRelease(files, identity, index, {
    skipExisting: options.skipExisting ?? false,
    ...(options.riskySize !== undefined ? { riskySize: options.riskySize } : {}),
  });
  if (descriptionWarning) plan.warnings.push(descriptionWarning);
  options.onEvent?.({ type: 'planned', plan });
  const base = {
    project: plan.project,
    version: plan.version,
    dryRun,
    ignored,
    warnings: plan.warnings,
    problems: plan.problems,
  };

  if (plan.problems.length > 0) {
    return { ...base, files: plannedResults(plan, 'pending'), failure: preflightFailure(plan.problems) };
  }
  if (dryRun || !plan.entries.some((e) => e.action === 'upload')) {
    return { ...base, files: plannedResults(plan, 'would-upload') };
  }

  // Trusted publishing first: a job that cannot publish at all says so before anything is signed.
  const auth = password ?? (await mintingAuth(options, client));
  const attestations = await attestRelease(plan, options);
  if (typeof attestations === 'string')
    return { ...base, files: plannedResults(plan, 'pending'), failure: attestations };
  const fields = new Map([...attestations].map(([name, made]) => [name, made.field]));
  const results = await executePlan(
    plan,
    executeOptions(options, { urls, auth, client, concurrency }, fields),
  );
  const firstFailure = results.find((r) => r.status === 'failed');
  const checked = await reconcile(results, urls, plan, read);
  const failure = firstFailure ? executionFailure(results, firstFailure, checked) : undefined;
  const attested = Object.fromEntries([...attestations].map(([name, made]) => [name, made.logIndex]));
  return {
    ...base,
    files: results,
    ...(attestations.size > 0 ? { attestations: attested } : {}),
    ...(failure ? { failure } : {}),
  };
}

/** How to carry out the plan, from the release's options. */
function executeOptions(
  options: PublishOptions,
  target: Pick<ExecuteOptions, 'urls' | 'auth' | 'client' | 'concurrency'>,
  attestations: ReadonlyMap<string, string>,
): ExecuteOptions {
  return {
    ...target,
    attestations,
    skipExisting: options.skipExisting ?? false,
    ...(options.upload ? { upload: options.upload } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
    ...(options.policy ? { policy: options.policy } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  };
}

/** Every file to upload signed (when attestations are on); or the one line saying why not, nothing uploaded. */
async function attestRelease(
  plan: ReleasePlan,
  options: PublishOptions,
): Promise<Map<string, FileAttestation> | string> {
  if (!options.attestations) return new Map();
  let attestations: Map<string, FileAttestation>;
  try {
    attestations = await attestPlan(plan, options.attestations);
  } catch (error) {
    if (!(error instanceof AttestationFailure)) throw error;
    return `${error.message}; nothing was uploaded`;
  }
  for (const [filename, made] of attestations)
    options.onEvent?.({ type: 'attested', filename, logIndex: made.logIndex, path: made.path });
  return attestations;
}

/** The release's files, each read in full (digests, metadata, archive facts, description rendered). */
async function readReleaseFiles(options: PublishOptions): Promise<{
  files: InspectedFile[];
  ignored: string[];
  descriptionWarning: string | null;
}> {
  const { files: local, ignored } = await releaseFiles(options.source);
  const renderer = options.renderer ?? new PythonRstRenderer();
  const files = await inspectFiles(local, {
    verifyMetadata: options.verifyMetadata ?? true,
    renderer,
    ...(options.hash ? { hash: options.hash } : {}),
    ...(options.extraDigests ? { extraDigests: options.extraDigests } : {}),
  }).finally(() => {
    if (!options.renderer) (renderer as PythonRstRenderer).close();
  });
  return { files, ignored, descriptionWarning: await uncheckedDescriptions(files, renderer) };
}

/** The one line saying which reStructuredText descriptions went unchecked, and why; null when none did. */
async function uncheckedDescriptions(
  files: readonly InspectedFile[],
  renderer: PublishOptions['renderer'],
): Promise<string | null> {
  const unchecked = files.filter((f) => f.descriptionUnchecked).map((f) => f.filename);
  if (unchecked.length === 0) return null;
  const status = await renderer?.status?.();
  const why = status && !status.available ? status.reason : 'no renderer could run';
  return `the reStructuredText description of ${unchecked.join(', ')} was not checked as PyPI renders it (${why}); install readme_renderer (pip install readme_renderer) to check it before uploading`;
}

/**
 * Reads of a custom index carry the upload credentials (a private index often wants them for reading too);
 * PyPI's are public and never see them.
 */
function readUrls(urls: IndexUrls, credentials: Credentials): IndexUrls {
  if (urls.kind !== 'custom' || urls.auth || credentials.kind !== 'password') return urls;
  return { ...urls, auth: { username: credentials.username, password: credentials.password } };
}

/** Credentials from trusted publishing: minted now (a refusal stops the release before any upload), renewed when due. */
async function mintingAuth(options: PublishOptions, client: HttpClient): Promise<AuthSource> {
  const { credentials } = options;
  if (credentials.kind !== 'trusted-publishing') throw new Error('mintingAuth needs trusted publishing');
  const source = new TokenSource({
    urls: options.urls,
    getIdToken: credentials.getIdToken,
    client,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.random ? { random: options.random } : {}),
  });
  const minted = await source.getToken();
  options.onEvent?.({ type: 'authenticated', method: 'trusted-publishing', expiresAt: minted.expiresAt });
  return source;
}

/**
 * One fresh read of the release page after the uploads: the download URLs of the files just uploaded, and
 * the truth about those that failed or were never tried. An upload the index stored whose answer was lost
 * (a crash, a proxy), with the index unreachable to ask at the time, is there: counting it as missing told
 * people files were absent that were not. True when the index answered; a read that fails changes nothing.
 */
async function reconcile(
  results: FileResult[],
  urls: IndexUrls,
  plan: ReleasePlan,
  read: { client: HttpClient; clock?: Clock; random?: () => number },
): Promise<boolean> {
  const unsettled = (r: FileResult): boolean => r.status === 'failed' || r.status === 'pending';
  if (!results.some((r) => unsettled(r) || (r.status === 'uploaded' && !r.url))) return true;
  let release;
  try {
    release = await fetchReleaseJson(urls, plan.project, plan.version, {
      ...read,
      fresh: true,
      policy: { maxAttempts: 4, baseDelayMs: 250 },
    });
  } catch {
    return false; // verify-pypi is where the index is checked for good
  }
  const byName = new Map(release?.files.map((f) => [f.filename, f]) ?? []);
  for (const result of results) {
    const listed = byName.get(result.filename);
    result.url ||= oneLine(listed?.url ?? '');
    if (!listed || !unsettled(result) || listed.digests.sha256 !== result.sha256) continue;
    if (result.status === 'failed') {
      result.message = oneLine(
        `landed, though its answer was lost (${result.message ?? 'no answer'}): the index lists it with the same sha256`,
      );
      result.status = 'uploaded';
    } else result.status = 'already-present';
  }
  return true;
}

/** The one line for a release left incomplete: what stopped it, and how many files the index lacks (or may). */
function executionFailure(results: FileResult[], first: FileResult, checked: boolean): string | undefined {
  const missing = results.filter((r) => r.status === 'failed' || r.status === 'pending').length;
  if (missing === 0) return undefined;
  const cause =
    first.status === 'failed'
      ? `${first.filename} ${first.message ?? 'failed'}`
      : `the answer to ${first.filename} was lost, which stopped the release`;
  const landed = results.some((r) => r.status === 'uploaded' || r.status === 'already-present');
  const state = !checked
    ? `${missing} of ${results.length} files are not confirmed on the index (it could not be read afterwards): re-run once it answers, files already there count as done`
    : landed
      ? `${missing} of ${results.length} files are not on the index yet: fix the cause and re-run, files already there count as done`
      : 'nothing was uploaded';
  return `${cause}; ${state}`;
}

function fileProblems(files: readonly InspectedFile[]): FileProblem[] {
  return files.flatMap((f) => f.problems.map((message) => ({ filename: f.filename, message })));
}

function plannedResults(plan: ReleasePlan, uploadStatus: 'pending' | 'would-upload'): FileResult[] {
  const troubled = new Set(plan.problems.map((p) => p.filename));
  return plan.entries.map((entry) => {
    const { file } = entry;
    const status = troubled.has(file.filename)
      ? 'failed'
      : entry.action === 'upload'
        ? uploadStatus
        : entry.action === 'already-present'
          ? 'already-present'
          : 'skipped';
    return {
      ...fileResult(file, status, entry.remote?.url),
      ...(problemFor(plan.problems, file.filename) ?? {}),
    };
  });
}

function unplannedResult(file: InspectedFile, problems: FileProblem[]): FileResult {
  const troubled = problems.some((p) => p.filename === file.filename);
  return {
    ...fileResult(file, troubled ? 'failed' : 'pending'),
    ...(problemFor(problems, file.filename) ?? {}),
  };
}

function problemFor(problems: readonly FileProblem[], filename: string): { message: string } | undefined {
  const found = problems.find((p) => p.filename === filename);
  return found ? { message: found.message } : undefined;
}
