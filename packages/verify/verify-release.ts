/** verify-pypi's core: wait for the index to serve exactly the release's files, then install it and check `latest`. */
import { tmpdir } from 'node:os';
import { isPrerelease } from '../pep440/index.js';
import type { Clock, HttpClient, IndexUrls } from '../pypi/index.js';
import { checkInstall, type InstallReport } from './install-check.js';
import { checkLatest, type LatestReport } from './check-latest.js';
import { checkProvenance, type ProvenanceOptions, type ProvenanceReport } from './check-provenance.js';
import { VerifyError } from './errors.js';
import { expectedFiles, type ExpectedRelease } from './expected-files.js';
import { pipIndexUrl } from './pip-commands.js';
import { identifyRelease } from './release-identity.js';
import { failureLines, fileRows, missingLines } from './report-lines.js';
import { downloadReport, type DownloadReport } from './download-report.js';
import { type SmokeShell } from './smoke-shell.js';
import type { DownloadMode, ExpectedFile, FileRow } from './types.js';
import { createVenv, type Venv } from './venv.js';
import { waitForFiles, type WaitResult } from './wait-for-files.js';

/** Everything verification needs; the action fills it from its inputs. */
export interface VerifyOptions {
  urls: IndexUrls;
  /** Project name; default from the files. */
  name?: string;
  /** Version; default from the files. Compared PEP 440-normalized. */
  version?: string;
  /** A manifest.json (wins over `packagesDir`). */
  manifest?: string;
  /** A directory of wheels and sdists, hashed here. */
  packagesDir?: string;
  timeoutMs: number;
  intervalMs: number;
  /** Which files to download and hash (default `all`). */
  download?: DownloadMode;
  installCheck: boolean;
  /** Interpreter for the venv; empty or absent for the OS's default (`python3`; `python`, then `py -3` on Windows). */
  python?: string;
  /** Modules to import; empty for the installed top-level modules. */
  importNames?: readonly string[];
  smokeCommand?: string;
  /** The shell the smoke command runs in (default bash). */
  smokeShell?: SmokeShell;
  /** Limit on the smoke command's run time (default 10 minutes; 0: none). */
  smokeTimeoutMs?: number;
  extraIndexUrls?: readonly string[];
  checkLatest: boolean;
  /** Where the venv goes (RUNNER_TEMP in an action); default the OS temp dir. */
  tempDir?: string;
  env?: NodeJS.ProcessEnv;
  clock?: Clock;
  client?: HttpClient;
  /** PEP 740 provenance: checked after the files are verified (default off). */
  provenance?: ProvenanceOptions;
  /** Replaces deleting the venv's directory (tests make it fail as Windows can). */
  removeTree?: (path: string) => Promise<void>;
  log?: (line: string) => void;
}

/** The whole verdict; `problems` is empty exactly when `verified`. */
export interface VerifyResult {
  verified: boolean;
  project: string;
  version: string;
  /** The manifest or directory the expected files came from. */
  source: string;
  wait: WaitResult;
  files: FileRow[];
  waitedSeconds: number;
  download: DownloadReport;
  /** One line per reason verification failed. */
  problems: string[];
  /** Things worth knowing that do not fail verification (unexpected or yanked files, an older final picked). */
  warnings: string[];
  /** Absent when install-check is off or the files were not verified. */
  install?: InstallReport;
  /** Absent for final releases, when check-latest is off, or when the files were not verified. */
  latest?: LatestReport;
  /** Why the install check or check-latest did not run. */
  skipped: string[];
  /** Absent when provenance was not asked for or the files were not verified. */
  provenance?: ProvenanceReport;
}

async function localRelease(options: VerifyOptions): Promise<ExpectedRelease> {
  if (options.manifest) return expectedFiles({ manifest: options.manifest });
  if (options.packagesDir) return expectedFiles({ directory: options.packagesDir });
  throw new VerifyError('neither manifest nor packages-dir is set: point one of them at the release files');
}

function waitWarnings(wait: WaitResult): string[] {
  const warnings: string[] = [];
  for (const check of wait.checks) {
    if (check.status === 'unexpected') warnings.push(check.problem ?? check.filename);
    else if (check.local && (check.json?.yanked || check.simple?.yanked))
      warnings.push(`${check.filename} is yanked on the index`);
  }
  return warnings;
}

/** Verify a release end to end. Throws VerifyError only for bad inputs; a failed verification is a result. */
export async function verifyRelease(options: VerifyOptions): Promise<VerifyResult> {
  if (!(options.intervalMs > 0)) throw new VerifyError('interval must be at least 1 second');
  if (!(options.timeoutMs >= 0)) throw new VerifyError('timeout must be 0 or more seconds');
  const log = options.log ?? (() => {});
  const mode = options.download ?? 'all';
  const local = await localRelease(options);
  const identity = identifyRelease(
    local.files,
    {
      ...(options.name ? { name: options.name } : {}),
      ...(options.version ? { version: options.version } : {}),
    },
    local.source,
  );
  const { project, version } = identity;
  log(
    `verifying ${project} ${version}: ${identity.files.length} file(s) from ${local.source} on ${options.urls.simple} (download: ${mode})`,
  );

  const wait = await waitForFiles({
    urls: options.urls,
    project,
    version,
    expected: identity.files,
    timeoutMs: options.timeoutMs,
    intervalMs: options.intervalMs,
    download: mode === 'all',
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.client ? { client: options.client } : {}),
    log,
  });
  const result: VerifyResult = {
    verified: false,
    project,
    version,
    source: local.source,
    wait,
    files: fileRows(wait.checks),
    waitedSeconds: Math.round(wait.waitedMs / 100) / 10,
    download: downloadReport(mode, wait.checks, options.installCheck),
    problems: [],
    warnings: waitWarnings(wait),
    skipped: [],
  };
  if (wait.outcome === 'failed') result.problems = failureLines(wait.checks);
  if (wait.outcome === 'timeout') {
    result.problems = missingLines(wait.checks, wait.firstSeen, wait.waitedMs);
    for (const error of wait.lastErrors) result.problems.push(`last look: ${error}`);
  }
  const wantLatest = options.checkLatest && isPrerelease(version);
  if (wait.outcome !== 'verified') {
    if (options.installCheck || wantLatest)
      result.skipped.push('install check and check-latest skipped: the index does not serve the release yet');
    return result;
  }
  if (options.provenance) {
    result.provenance = await checkProvenance(identity.files, wait.simplePage, {
      ...options.provenance,
      ...(options.client && !options.provenance.client ? { client: options.client } : {}),
    });
    log(result.provenance.note);
    result.problems.push(...result.provenance.problems);
  }
  if (!options.installCheck) result.skipped.push('install check off (install-check: false)');
  if (options.checkLatest && !wantLatest)
    result.skipped.push(`check-latest: ${version} is a final release, nothing to check`);

  if (options.installCheck || wantLatest) await runInVenv(options, result, identity.files, wait, wantLatest);
  result.verified = result.problems.length === 0;
  return result;
}

/**
 * The install check and check-latest, in one fresh venv. A venv that cannot be made is a problem (the files
 * are verified all the same: the outputs say so); one that cannot be deleted afterwards is a warning.
 */
async function runInVenv(
  options: VerifyOptions,
  result: VerifyResult,
  expected: readonly ExpectedFile[],
  wait: WaitResult,
  wantLatest: boolean,
): Promise<void> {
  const { project, version } = result;
  const env = options.env ?? process.env;
  let venv: Venv;
  try {
    venv = await createVenv({
      python: options.python ?? '',
      parentDir: options.tempDir ?? tmpdir(),
      env,
      ...(options.removeTree ? { removeTree: options.removeTree } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
    });
  } catch (error) {
    if (!(error instanceof VerifyError)) throw error;
    result.problems.push(error.message);
    return;
  }
  try {
    const indexUrl = pipIndexUrl(options.urls);
    if (options.installCheck) {
      result.install = await checkInstall({
        venv,
        indexUrl,
        extraIndexUrls: options.extraIndexUrls ?? [],
        project,
        version,
        expected,
        importNames: options.importNames ?? [],
        ...(options.smokeCommand ? { smokeCommand: options.smokeCommand } : {}),
        ...(options.smokeShell ? { smokeShell: options.smokeShell } : {}),
        ...(options.smokeTimeoutMs !== undefined ? { smokeTimeoutMs: options.smokeTimeoutMs } : {}),
        env,
        ...(options.log ? { log: options.log } : {}),
      });
      if (result.install.problem) result.problems.push(result.install.problem);
    }
    if (wantLatest) {
      result.latest = await checkLatest({ venv, indexUrl, project, simplePage: wait.simplePage, env });
      if (!result.latest.ok) result.problems.push(result.latest.note);
      if (result.latest.warning) result.warnings.push(result.latest.warning);
    }
  } finally {
    const leftover = await venv.remove();
    if (leftover) result.warnings.push(leftover);
  }
}
