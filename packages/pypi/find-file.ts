/** Is this file on the index, and with which digest? Asked after an ambiguous upload and by verification. */
import { IndexResponseError } from './errors.js';
import type { IndexUrls } from './index-urls.js';
import { fetchReleaseJson } from './json-api.js';
import type { ReadOptions } from './read-request.js';
import { fetchSimpleProject } from './simple-api.js';

/** Where the file was looked for and what was found. */
export interface FilePresence {
  present: boolean;
  sha256?: string;
  size?: number;
  /** The API that answered last. */
  source: 'json' | 'simple';
}

/**
 * Look for `filename` in release `version` of `project`: the JSON API first (fresh by default: it reaches
 * the origin past the CDN), then the simple page when the JSON API lacks the release or is not offered.
 */
export async function findFile(
  urls: IndexUrls,
  project: string,
  version: string,
  filename: string,
  options: ReadOptions = {},
): Promise<FilePresence> {
  const read = { fresh: true, ...options };
  try {
    const release = await fetchReleaseJson(urls, project, version, read);
    const file = release?.files.find((f) => f.filename === filename);
    if (file) {
      const found: FilePresence = { present: true, sha256: file.digests.sha256, source: 'json' };
      if (file.size >= 0) found.size = file.size;
      return found;
    }
  } catch (err) {
    // An index without a JSON API (or a broken one) may still have a simple page.
    if (!(err instanceof IndexResponseError)) throw err;
  }
  const page = await fetchSimpleProject(urls, project, read);
  const file = page?.files.find((f) => f.filename === filename);
  if (!file) return { present: false, source: 'simple' };
  const found: FilePresence = { present: true, source: 'simple' };
  if (file.hashes.sha256) found.sha256 = file.hashes.sha256;
  if (file.size !== undefined) found.size = file.size;
  return found;
}
