/** Reading a project page from a simple index: PEP 691 JSON preferred, PEP 503 HTML understood. */
import { IndexResponseError, PypiError } from './errors.js';
import type { HttpResponse } from './http-client.js';
import { simpleProjectUrl, type IndexUrls } from './index-urls.js';
import { getWithRetries, type ReadOptions } from './read-request.js';
import { parseSimpleHtml } from './simple-html.js';
import type { SimpleFile, SimpleProject } from './simple-types.js';
import { responseMessage } from './upload-outcome.js';

/** JSON first; HTML for indexes that only speak PEP 503 (the q-values are pip's). */
export const SIMPLE_ACCEPT =
  'application/vnd.pypi.simple.v1+json, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01';

/** The project page, or null when the index does not know the project (404). */
export async function fetchSimpleProject(
  urls: IndexUrls,
  project: string,
  options: ReadOptions = {},
): Promise<SimpleProject | null> {
  const url = simpleProjectUrl(urls, project);
  const response = await getWithRetries(urls, url, { Accept: SIMPLE_ACCEPT }, options);
  if (response.status === 404 || response.status === 410) return null;
  if (response.status !== 200) {
    throw new IndexResponseError(`GET ${url}: ${responseMessage(response)}`, url, response.status);
  }
  return parseSimpleResponse(response, project);
}

/** Parse a 200 response by its Content-Type (JSON for `…+json`, HTML otherwise). */
export function parseSimpleResponse(response: HttpResponse, project: string): SimpleProject {
  const type = String(response.headers['content-type'] ?? '').toLowerCase();
  const text = response.body.toString('utf8');
  const page = type.includes('json')
    ? parseSimpleJson(text, response.url)
    : parseSimpleHtml(text, response.url, project);
  const serial = Number(response.headers['x-pypi-last-serial']);
  if (Number.isInteger(serial)) page.lastSerial = serial;
  return page;
}

interface Pep691File {
  filename?: unknown;
  url?: unknown;
  hashes?: unknown;
  'requires-python'?: unknown;
  yanked?: unknown;
  'core-metadata'?: unknown;
  provenance?: unknown;
  'dist-info-metadata'?: unknown;
  size?: unknown;
  'upload-time'?: unknown;
}

/** Parse a PEP 691 JSON project page (URLs resolved against the page URL). */
export function parseSimpleJson(text: string, pageUrl: string): SimpleProject {
  let json: { name?: unknown; files?: unknown; versions?: unknown; meta?: { 'api-version'?: unknown } };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    throw new PypiError(`${pageUrl} is not valid PEP 691 JSON`);
  }
  if (typeof json.name !== 'string' || !Array.isArray(json.files)) {
    throw new PypiError(`${pageUrl} is not a PEP 691 project page: 'name' or 'files' missing`);
  }
  const files = (json.files as Pep691File[]).flatMap((entry) => {
    const file = pep691File(entry, pageUrl);
    return file ? [file] : [];
  });
  const page: SimpleProject = { name: json.name, files, format: 'json', url: pageUrl };
  if (Array.isArray(json.versions))
    page.versions = json.versions.filter((v): v is string => typeof v === 'string');
  if (typeof json.meta?.['api-version'] === 'string') page.apiVersion = json.meta['api-version'];
  return page;
}

function pep691File(entry: Pep691File, pageUrl: string): SimpleFile | null {
  if (typeof entry.filename !== 'string' || typeof entry.url !== 'string') return null;
  const url = new URL(entry.url, pageUrl);
  url.hash = '';
  const file: SimpleFile = {
    filename: entry.filename,
    url: url.href,
    hashes: stringRecord(entry.hashes),
    yanked: entry.yanked === true || typeof entry.yanked === 'string',
    coreMetadata: false,
  };
  if (typeof entry.yanked === 'string' && entry.yanked) file.yankedReason = entry.yanked;
  if (typeof entry['requires-python'] === 'string' && entry['requires-python'])
    file.requiresPython = entry['requires-python'];
  const metadata = entry['core-metadata'] ?? entry['dist-info-metadata'];
  if (metadata === true) file.coreMetadata = true;
  else if (metadata && typeof metadata === 'object') {
    file.coreMetadata = true;
    file.coreMetadataHashes = stringRecord(metadata);
  }
  if (typeof entry.size === 'number') file.size = entry.size;
  if (typeof entry['upload-time'] === 'string') file.uploadTime = entry['upload-time'];
  if (entry.provenance === null) file.provenance = null;
  else if (typeof entry.provenance === 'string') file.provenance = absoluteUrl(entry.provenance, pageUrl);
  return file;
}

/** `href` resolved against `base`; null when it is no URL. */
function absoluteUrl(href: string, base: string): string | null {
  try {
    return new URL(href, base).href;
  } catch {
    return null;
  }
}

function stringRecord(value: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value))
      if (typeof v === 'string') out[key.toLowerCase()] = v.toLowerCase();
  }
  return out;
}
