/**
 * Downloading the files the index lists and hashing them as they stream in: a few at a time, each through
 * one sha256, never a whole file in memory. This is what proves the index serves the released bytes, not
 * only that it lists their hash.
 */
import { DigestAccumulator } from '../dists/index.js';
import {
  basicAuthorization,
  NetworkError,
  withRetries,
  type HttpClient,
  type IndexUrls,
  type RetryContext,
} from '../pypi/index.js';
import { mapWithLimit } from '../common/index.js';

/** Downloads in flight at once: the HTTP client's connections per host. */
export const DOWNLOAD_CONCURRENCY = 4;
/** Redirects followed (indexes that keep files in object storage answer a download with one). */
const MAX_REDIRECTS = 5;

/** What one download found: the bytes' sha256 and size, or why there are none this time. */
export interface Download {
  /** The URL the index lists (before any redirect). */
  url: string;
  /** sha256 of every byte served; null when the body was cut off for running past the expected size. */
  sha256: string | null;
  /** Bytes received. */
  size: number;
  /** Why the file could not be downloaded this time (a status, a network failure); time may cure it. */
  error?: string;
  /** Whether trying again at once may help (network errors, 429, 5xx), rather than at the next look. */
  retry?: boolean;
}

/** One file to fetch: where the index lists it and how large the release's file is. */
export interface DownloadRequest {
  url: string;
  expectedSize: number;
}

/** How to reach the files. */
export interface DownloadContext extends RetryContext {
  urls: IndexUrls;
  client: HttpClient;
}

/** Longer than the release's file: stop reading, the bytes cannot be the right ones. */
class TooLong extends Error {}

/** Credentials go only to the index's own origins, never to a CDN or storage it redirects to. */
function indexOrigins(urls: IndexUrls): Set<string> {
  return new Set([urls.simple, urls.json].map((url) => new URL(url).origin));
}

type Attempt = Download | { redirect: string };

async function fetchOnce(url: string, request: DownloadRequest, context: DownloadContext): Promise<Attempt> {
  const digest = await DigestAccumulator.create([]);
  let size = 0;
  const headers: Record<string, string> = { 'Accept-Encoding': 'identity' };
  if (context.urls.auth && indexOrigins(context.urls).has(new URL(url).origin))
    headers['Authorization'] = basicAuthorization(context.urls.auth);
  const hash = (chunk: Buffer): void => {
    size += chunk.length;
    if (size > request.expectedSize) throw new TooLong();
    digest.update(chunk);
  };
  try {
    const response = await context.client.request({
      method: 'GET',
      url,
      headers,
      bodySink: (status) => (status === 200 ? hash : null),
    });
    const location = response.headers.location;
    if (response.status >= 300 && response.status < 400 && location)
      return { redirect: new URL(location, url).href };
    if (response.status === 200) return { url: request.url, sha256: digest.digest().sha256, size };
    const status = `${response.status} ${response.reason}`.trim();
    const retry = response.status === 429 || response.status >= 500;
    return unavailable(request, `GET ${url}: ${status}`, retry);
  } catch (error) {
    if (error instanceof TooLong) return { url: request.url, sha256: null, size };
    if (error instanceof NetworkError) return unavailable(request, error.message, true);
    throw error;
  }
}

function unavailable(request: DownloadRequest, error: string, retry: boolean): Download {
  return { url: request.url, sha256: null, size: 0, error, retry };
}

/** Download one listed file (following redirects; network errors, 429 and 5xx retried briefly) and hash it. */
export async function downloadFile(request: DownloadRequest, context: DownloadContext): Promise<Download> {
  const { result } = await withRetries<Download>(
    async () => {
      let url = request.url;
      for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
        const attempt = await fetchOnce(url, request, context);
        if (!('redirect' in attempt)) return attempt;
        url = attempt.redirect;
      }
      return unavailable(request, `GET ${request.url}: more than ${MAX_REDIRECTS} redirects`, false);
    },
    (download) =>
      download.error && download.retry ? { retry: true, reason: download.error } : { retry: false },
    context,
  );
  return result;
}

/** Download every request, `DOWNLOAD_CONCURRENCY` at a time; results in the order asked. */
export async function downloadFiles(
  requests: readonly DownloadRequest[],
  download: (request: DownloadRequest) => Promise<Download>,
): Promise<Download[]> {
  return (await mapWithLimit(requests, DOWNLOAD_CONCURRENCY, download)) as Download[];
}
