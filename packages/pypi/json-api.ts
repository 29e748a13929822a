/** The JSON API's release page (`/pypi/<name>/<version>/json`): which files a release has, with digests. */
import { IndexResponseError, PypiError } from './errors.js';
import { jsonApiUrl, type IndexUrls } from './index-urls.js';
import { getWithRetries, type ReadOptions } from './read-request.js';
import { responseMessage } from './upload-outcome.js';

/** One file of a release, as `urls[]` lists it. */
export interface ReleaseFile {
  filename: string;
  url: string;
  size: number;
  /** Lower-case hex: `sha256` always, `md5` and `blake2b_256` when the index sends them. */
  digests: { sha256: string; md5?: string; blake2b_256?: string };
  packagetype?: string;
  requiresPython?: string;
  yanked: boolean;
  yankedReason?: string;
  uploadTime?: string;
}

/** A release page. */
export interface ReleaseJson {
  name: string;
  version: string;
  files: ReleaseFile[];
  yanked: boolean;
  lastSerial?: number;
  url: string;
}

/** The release, or null when the index has no such project or version (404). */
export async function fetchReleaseJson(
  urls: IndexUrls,
  project: string,
  version: string,
  options: ReadOptions = {},
): Promise<ReleaseJson | null> {
  const url = jsonApiUrl(urls, project, version);
  const response = await getWithRetries(
    urls,
    url,
    { Accept: 'application/json' },
    { ...options, bustQuery: true },
  );
  if (response.status === 404 || response.status === 410) return null;
  if (response.status !== 200)
    throw new IndexResponseError(`GET ${url}: ${responseMessage(response)}`, url, response.status);
  const release = parseReleaseJson(response.body.toString('utf8'), url);
  const serial = Number(response.headers['x-pypi-last-serial']);
  if (Number.isInteger(serial)) release.lastSerial = serial;
  return release;
}

interface JsonFile {
  filename?: unknown;
  url?: unknown;
  size?: unknown;
  digests?: { sha256?: unknown; md5?: unknown; blake2b_256?: unknown };
  packagetype?: unknown;
  requires_python?: unknown;
  yanked?: unknown;
  yanked_reason?: unknown;
  upload_time_iso_8601?: unknown;
}

/** Parse a release page; files without a filename or sha256 digest are an error, not skipped. */
export function parseReleaseJson(text: string, url: string): ReleaseJson {
  let json: { info?: { name?: unknown; version?: unknown; yanked?: unknown }; urls?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    throw new PypiError(`${url} did not return JSON`);
  }
  const info = json.info;
  if (
    !info ||
    typeof info.name !== 'string' ||
    typeof info.version !== 'string' ||
    !Array.isArray(json.urls)
  ) {
    throw new PypiError(
      `${url} is not a JSON API release page: 'info.name', 'info.version' or 'urls' missing`,
    );
  }
  const files = (json.urls as JsonFile[]).map((entry) => releaseFile(entry, url));
  return { name: info.name, version: info.version, files, yanked: info.yanked === true, url };
}

function releaseFile(entry: JsonFile, pageUrl: string): ReleaseFile {
  const sha256 = entry.digests?.sha256;
  if (typeof entry.filename !== 'string' || typeof sha256 !== 'string') {
    throw new PypiError(`${pageUrl} lists a file without filename or digests.sha256`);
  }
  const file: ReleaseFile = {
    filename: entry.filename,
    url: typeof entry.url === 'string' ? entry.url : '',
    size: typeof entry.size === 'number' ? entry.size : -1,
    digests: { sha256: sha256.toLowerCase() },
    yanked: entry.yanked === true,
  };
  if (typeof entry.digests?.md5 === 'string') file.digests.md5 = entry.digests.md5.toLowerCase();
  if (typeof entry.digests?.blake2b_256 === 'string')
    file.digests.blake2b_256 = entry.digests.blake2b_256.toLowerCase();
  if (typeof entry.packagetype === 'string') file.packagetype = entry.packagetype;
  if (typeof entry.requires_python === 'string' && entry.requires_python)
    file.requiresPython = entry.requires_python;
  if (typeof entry.yanked_reason === 'string' && entry.yanked_reason) file.yankedReason = entry.yanked_reason;
  if (typeof entry.upload_time_iso_8601 === 'string') file.uploadTime = entry.upload_time_iso_8601;
  return file;
}
