/** Asking the index what it already has: the release's JSON page and the project's simple page, read fresh. */
import { parseDistFilename } from '../dists/index.js';
import { normalizeVersion } from '../pep440/index.js';
import {
  fetchReleaseJson,
  fetchSimpleProject,
  type IndexUrls,
  type ReadOptions,
  type ReleaseJson,
  type SimpleProject,
} from '../pypi/index.js';
import { PublishError } from './errors.js';
import type { IndexState, RemoteFile } from './types.js';

/**
 * What the index lists for `project`: the release page (`/pypi/<name>/<version>/json`, past the CDN) and
 * the project page (`/simple/<name>/`, every version: a filename is taken project-wide), merged by filename.
 * One of the two answering is enough; both failing stops the release before any upload.
 */
export async function readIndexState(
  urls: IndexUrls,
  project: string,
  version: string,
  options: ReadOptions = {},
): Promise<IndexState> {
  const read = { ...options, fresh: true };
  const [release, page] = await Promise.allSettled([
    fetchReleaseJson(urls, project, version, read),
    fetchSimpleProject(urls, project, read),
  ]);
  if (release.status === 'rejected' && page.status === 'rejected') {
    const reason = release.reason instanceof Error ? release.reason.message : String(release.reason);
    throw new PublishError(
      `cannot ask the index what it already has for ${project} ${version} (${reason}); nothing was uploaded: re-run when the index answers`,
      { cause: release.reason },
    );
  }
  const state = mergeIndexState(
    release.status === 'fulfilled' ? release.value : null,
    page.status === 'fulfilled' ? page.value : null,
    version,
  );
  // The project page answers 404 only for a project the index does not have: the upload would create it.
  if (page.status === 'fulfilled') state.projectExists = page.value !== null;
  return state;
}

/** Both answers as one state (pure): the release page's digests win; the project page adds the rest. */
export function mergeIndexState(
  release: ReleaseJson | null,
  page: SimpleProject | null,
  version: string,
): IndexState {
  const files = new Map<string, RemoteFile>();
  for (const file of release?.files ?? []) {
    const remote: RemoteFile = {
      filename: file.filename,
      sha256: file.digests.sha256,
      packagetype: packagetypeOf(file.filename, file.packagetype),
      inRelease: true,
    };
    if (file.digests.blake2b_256) remote.blake2_256 = file.digests.blake2b_256;
    if (file.size >= 0) remote.size = file.size;
    if (file.url) remote.url = file.url;
    files.set(file.filename, remote);
  }
  const ours = normalizeVersion(version) ?? version;
  for (const file of page?.files ?? []) {
    if (files.has(file.filename)) continue;
    const remote: RemoteFile = {
      filename: file.filename,
      packagetype: packagetypeOf(file.filename),
      inRelease: versionOf(file.filename) === ours,
    };
    if (file.hashes['sha256']) remote.sha256 = file.hashes['sha256'];
    if (file.size !== undefined) remote.size = file.size;
    if (file.url) remote.url = file.url;
    files.set(file.filename, remote);
  }
  const releaseExists = [...files.values()].some((f) => f.inRelease);
  return { files, releaseExists };
}

function packagetypeOf(filename: string, declared?: string): 'sdist' | 'bdist_wheel' {
  if (declared === 'sdist' || declared === 'bdist_wheel') return declared;
  return filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist';
}

/** The normalized version a filename names, or null when it does not parse (old, odd uploads). */
function versionOf(filename: string): string | null {
  try {
    return parseDistFilename(filename).version;
  } catch {
    return null;
  }
}
