/** One look at the index: the release's JSON page and the project's simple page, read at the same time. */
import { parseDistFilename } from '../dists/index.js';
import {
  fetchReleaseJson,
  fetchSimpleProject,
  IndexResponseError,
  IndexUrlError,
  NetworkError,
  PypiError,
  type IndexUrls,
  type ReadOptions,
  type ReleaseJson,
  type SimpleProject,
} from '../pypi/index.js';
import { VerifyError } from './errors.js';
import type { IndexEntry, IndexListing } from './types.js';

/** What one look found; `errors` holds transient failures (the API counts as listing nothing this time). */
export interface ListingRead {
  listing: IndexListing;
  simplePage: SimpleProject | null;
  errors: string[];
}

/** Retries inside one look stay short: the poll loop itself is the long retry. */
export const POLL_READ_POLICY = { maxAttempts: 3, baseDelayMs: 500, maxDelayMs: 4_000 };

/**
 * True for failures that time may cure: no response, 429 or 5xx, and an answer that cannot be read (not
 * JSON, not a project page, empty, cut short): CDNs and proxies serve error pages with a 200 too. A 4xx
 * other than 429 is the caller's to fix, and so is anything that is not the index client's error.
 */
export function isTransient(error: unknown): boolean {
  if (error instanceof IndexResponseError) return error.status === 429 || error.status >= 500;
  return error instanceof NetworkError || (error instanceof PypiError && !(error instanceof IndexUrlError));
}

/** The JSON API's files by name. */
export function jsonEntries(release: ReleaseJson | null): Map<string, IndexEntry> | null {
  if (!release) return null;
  return new Map(
    release.files.map((file) => {
      const entry: IndexEntry = { sha256: file.digests.sha256, yanked: file.yanked };
      if (file.size >= 0) entry.size = file.size;
      if (file.url && URL.canParse(file.url, release.url)) entry.url = new URL(file.url, release.url).href;
      return [file.filename, entry];
    }),
  );
}

/** The simple page's files by name (the whole project: every version). */
export function simpleEntries(page: SimpleProject | null): Map<string, IndexEntry> | null {
  if (!page) return null;
  return new Map(
    page.files.map((file) => {
      const entry: IndexEntry = { url: file.url, yanked: file.yanked };
      if (file.hashes['sha256']) entry.sha256 = file.hashes['sha256'];
      if (file.size !== undefined) entry.size = file.size;
      return [file.filename, entry];
    }),
  );
}

/** Whether a filename on the project page belongs to `project` at `version` (both normalized). */
export function releaseFilter(project: string, version: string): (filename: string) => boolean {
  return (filename) => {
    try {
      const parsed = parseDistFilename(filename);
      return parsed.name === project && parsed.version === version;
    } catch {
      return false; // eggs, .exe installers and other legacy files on old projects
    }
  };
}

async function settle<T>(read: Promise<T>, errors: string[]): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (!isTransient(error)) throw fatal(error);
    errors.push((error as Error).message);
    return null;
  }
}

function fatal(error: unknown): Error {
  if (error instanceof IndexResponseError) {
    const fix =
      error.status === 401 || error.status === 403
        ? 'check repository-url and the credentials in it'
        : 'check repository-url';
    return new VerifyError(`${error.message}; ${fix}`);
  }
  return error as Error;
}

/** Read both APIs once, fresh past any cache; 404s are "not there yet", transient failures are reported, others thrown. */
export async function readListing(
  urls: IndexUrls,
  project: string,
  version: string,
  options: ReadOptions = {},
): Promise<ListingRead> {
  const errors: string[] = [];
  const read: ReadOptions = { policy: POLL_READ_POLICY, timeoutMs: 30_000, ...options, fresh: true };
  const [release, simplePage] = await Promise.all([
    settle(fetchReleaseJson(urls, project, version, read), errors),
    settle(fetchSimpleProject(urls, project, read), errors),
  ]);
  return { listing: { json: jsonEntries(release), simple: simpleEntries(simplePage) }, simplePage, errors };
}
