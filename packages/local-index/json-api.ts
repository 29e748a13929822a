/** PyPI's JSON API documents, `/pypi/<project>/json` and `/pypi/<project>/<version>/json`, with PyPI's field names. */
import type { CoreMetadata } from '../dists/index.js';
import { compareVersions, isPrerelease } from '../pep440/index.js';
import type { Project, Release, StoredFile } from './model.js';

/** How the JSON API sees a project: its visible releases, newest last. */
export interface JsonProjectView {
  project: Project;
  releases: Release[];
  serial: number;
}

/** The release PyPI describes in `info`: the newest non-yanked final release, else the newest release. */
export function latestRelease(releases: Release[]): Release | undefined {
  const ordered = [...releases].sort((a, b) => compareVersions(b.key, a.key));
  return (
    ordered.find((r) => !r.yanked && !isPrerelease(r.key)) ?? ordered.find((r) => !r.yanked) ?? ordered[0]
  );
}

function fileJson(file: StoredFile, release: Release, url: string): Record<string, unknown> {
  return {
    comment_text: '',
    digests: { blake2b_256: file.digests.blake2b_256, md5: file.digests.md5, sha256: file.digests.sha256 },
    downloads: -1,
    filename: file.filename,
    has_sig: false,
    md5_digest: file.digests.md5,
    packagetype: file.packagetype,
    python_version: file.pythonVersion,
    requires_python: file.requiresPython,
    size: file.size,
    upload_time: file.uploadTime.slice(0, 19),
    upload_time_iso_8601: file.uploadTime,
    url,
    yanked: release.yanked,
    yanked_reason: release.yanked ? release.yankedReason || null : null,
  };
}

function orNull<T>(list: T[] | undefined): T[] | null {
  return list && list.length > 0 ? list : null;
}

function infoJson(project: Project, release: Release, baseUrl: string): Record<string, unknown> {
  const m: CoreMetadata = release.metadata;
  const projectUrls =
    m.projectUrls.length > 0 ? Object.fromEntries(m.projectUrls.map((u) => [u.label, u.url])) : null;
  const packageUrl = `${baseUrl}/project/${project.name}/`;
  return {
    author: m.author ?? null,
    author_email: m.authorEmail ?? null,
    bugtrack_url: null,
    classifiers: m.classifiers,
    description: m.description ?? null,
    description_content_type: m.descriptionContentType ?? null,
    docs_url: null,
    download_url: m.downloadUrl ?? null,
    downloads: { last_day: -1, last_month: -1, last_week: -1 },
    dynamic: orNull(m.dynamic),
    home_page: m.homePage ?? null,
    keywords: m.keywords?.join(',') ?? null,
    license: m.license ?? null,
    license_expression: m.licenseExpression ?? null,
    license_files: orNull(m.licenseFiles),
    maintainer: m.maintainer ?? null,
    maintainer_email: m.maintainerEmail ?? null,
    name: project.name,
    package_url: packageUrl,
    platform: m.platforms[0] ?? null,
    project_url: packageUrl,
    project_urls: projectUrls,
    provides_extra: orNull(m.providesExtra),
    release_url: `${baseUrl}/project/${project.name}/${release.version}/`,
    requires_dist: orNull(m.requiresDist),
    requires_python: m.requiresPython ?? null,
    summary: m.summary ?? null,
    version: release.version,
    yanked: release.yanked,
    yanked_reason: release.yanked ? release.yankedReason || null : null,
  };
}

/** `/pypi/<project>/json`; undefined when the project has no visible release. */
export function projectJson(
  view: JsonProjectView,
  baseUrl: string,
  fileUrl: (f: StoredFile) => string,
): Record<string, unknown> | undefined {
  const latest = latestRelease(view.releases);
  if (!latest) return undefined;
  const ordered = [...view.releases].sort((a, b) => compareVersions(a.key, b.key));
  return {
    info: infoJson(view.project, latest, baseUrl),
    last_serial: view.serial,
    releases: Object.fromEntries(
      ordered.map((r) => [r.version, r.files.map((f) => fileJson(f, r, fileUrl(f)))]),
    ),
    urls: latest.files.map((f) => fileJson(f, latest, fileUrl(f))),
    vulnerabilities: [],
  };
}

/** `/pypi/<project>/<version>/json`. */
export function releaseJson(
  view: JsonProjectView,
  release: Release,
  baseUrl: string,
  fileUrl: (f: StoredFile) => string,
): Record<string, unknown> {
  return {
    info: infoJson(view.project, release, baseUrl),
    last_serial: view.serial,
    urls: release.files.map((f) => fileJson(f, release, fileUrl(f))),
    vulnerabilities: [],
  };
}
