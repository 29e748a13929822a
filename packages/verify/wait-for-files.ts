/**
 * Polling the index until it lists and serves every expected file with the right hash, a file is wrong, or
 * time runs out.
 */
import {
  defaultHttpClient,
  systemClock,
  type Clock,
  type HttpClient,
  type IndexUrls,
  type SimpleProject,
} from '../pypi/index.js';
import { allVerified, compareFiles, finalFailures } from './compare-files.js';
import { downloadFile, downloadFiles, type Download, type DownloadRequest } from './download-files.js';
import { judgeDownloads, pendingDownloads } from './judge-downloads.js';
import { nextPollDelayMs } from './poll-delay.js';
import { POLL_READ_POLICY, readListing, releaseFilter, type ListingRead } from './read-listing.js';
import type { ExpectedFile, FileCheck, IndexListing } from './types.js';

/** When each file was first listed by each API, in ms since the wait began. */
export type FirstSeen = Map<string, { json?: number; simple?: number }>;

/** What to wait for and how patiently. */
export interface WaitOptions {
  urls: IndexUrls;
  /** PEP 503 normalized project name. */
  project: string;
  /** Normalized PEP 440 version. */
  version: string;
  expected: readonly ExpectedFile[];
  timeoutMs: number;
  intervalMs: number;
  /** Download and hash each file listed with the right hash (default true). */
  download?: boolean;
  clock?: Clock;
  client?: HttpClient;
  /** Progress lines for the log. */
  log?: (line: string) => void;
  /** Replaces the index reads (tests of the loop without HTTP). */
  read?: () => Promise<ListingRead>;
  /** Replaces the downloads (tests of the loop without HTTP). */
  fetchFile?: (request: DownloadRequest) => Promise<Download>;
}

/** How the wait ended. */
export interface WaitResult {
  /** `verified`: every file ok; `failed`: a file is wrong (no point waiting); `timeout`: files still missing. */
  outcome: 'verified' | 'failed' | 'timeout';
  checks: FileCheck[];
  /** From the start to the start of the last look. */
  waitedMs: number;
  polls: number;
  firstSeen: FirstSeen;
  /** Transient errors of the last look, if it had any. */
  lastErrors: string[];
  /** The project's simple page as last read (for check-latest). */
  simplePage: SimpleProject | null;
}

function recordSeen(firstSeen: FirstSeen, listing: IndexListing, elapsedMs: number): void {
  for (const api of ['json', 'simple'] as const) {
    for (const filename of listing[api]?.keys() ?? []) {
      const seen = firstSeen.get(filename) ?? {};
      seen[api] ??= elapsedMs;
      firstSeen.set(filename, seen);
    }
  }
}

function progress(checks: readonly FileCheck[], listing: IndexListing): string {
  const expected = checks.filter((c) => c.local);
  const ok = expected.filter((c) => c.status === 'ok').length;
  const onJson = expected.filter((c) => c.json).length;
  const onSimple = expected.filter((c) => c.simple).length;
  const apis = `JSON API ${listing.json ? onJson : 'no release page'}, simple API ${listing.simple ? onSimple : 'no project page'}`;
  return `${ok}/${expected.length} files served with the right hash (${apis})`;
}

/** One look at the index: both listings, then the files listed rightly and not yet downloaded. */
type Look = ListingRead & { checks: FileCheck[] };

function looker(options: WaitOptions, clock: Clock): () => Promise<Look> {
  const belongs = releaseFilter(options.project, options.version);
  const client = options.client ?? defaultHttpClient();
  const read =
    options.read ?? (() => readListing(options.urls, options.project, options.version, { clock, client }));
  const context = { urls: options.urls, client, clock, policy: POLL_READ_POLICY };
  const fetchFile = options.fetchFile ?? ((request: DownloadRequest) => downloadFile(request, context));
  const downloads = new Map<string, Download>();
  return async () => {
    const found = await read();
    const checks = compareFiles(options.expected, found.listing, belongs);
    if (options.download === false) return { ...found, checks };
    const fetched = await downloadFiles(pendingDownloads(checks, downloads), fetchFile);
    for (const download of fetched) {
      downloads.set(download.url, download);
      if (download.error) found.errors.push(download.error);
    }
    return { ...found, checks: checks.map((check) => judgeDownloads(check, downloads)) };
  };
}

/** Poll until verified, failed or timed out; the first look is immediate, later ones back off. */
export async function waitForFiles(options: WaitOptions): Promise<WaitResult> {
  const clock = options.clock ?? systemClock;
  const log = options.log ?? (() => {});
  const look = looker(options, clock);
  const start = clock.now();
  const firstSeen: FirstSeen = new Map();
  for (let poll = 1; ; poll++) {
    // Time is counted to the start of each look: a release already served has waited 0 s.
    const elapsed = clock.now() - start;
    const { listing, simplePage, errors, checks } = await look();
    recordSeen(firstSeen, listing, elapsed);
    const done = (outcome: WaitResult['outcome']): WaitResult => ({
      outcome,
      checks,
      waitedMs: elapsed,
      polls: poll,
      firstSeen,
      lastErrors: errors,
      simplePage,
    });
    if (finalFailures(checks).length > 0) return done('failed');
    if (allVerified(checks)) return done('verified');
    const remaining = options.timeoutMs - (clock.now() - start);
    if (remaining <= 0) return done('timeout');
    const delay = nextPollDelayMs(poll - 1, options.intervalMs, remaining);
    for (const error of errors) log(`poll ${poll}: ${error} (will retry)`);
    log(
      `poll ${poll} after ${seconds(elapsed)}: ${progress(checks, listing)}; next look in ${seconds(delay)}`,
    );
    await clock.sleep(delay);
  }
}

/** `12 s`, `1.5 s`: whole seconds when long, tenths when short. */
export function seconds(ms: number): string {
  const s = ms / 1000;
  return `${s >= 10 ? Math.round(s) : Math.round(s * 10) / 10} s`;
}
