/** What the read APIs show: files appear only `delayMs` after their upload, as behind PyPI's CDN. */
import type { Project, Release, StoredFile } from './model.js';

/** True when a file uploaded at `file.uploadTime` is visible at `now`. */
export function isVisible(file: StoredFile, now: number, delayMs: number): boolean {
  return delayMs <= 0 || Date.parse(file.uploadTime) + delayMs <= now;
}

/**
 * The project's releases as readers see them, each holding only its visible files. A release appears with
 * its first visible file; a release whose files were all deleted stays listed, as on PyPI.
 */
export function visibleReleases(project: Project, now: number, delayMs: number): Release[] {
  const releases: Release[] = [];
  for (const release of project.releases.values()) {
    const files = release.files.filter((f) => isVisible(f, now, delayMs));
    if (files.length === 0 && release.files.length > 0) continue;
    releases.push({ ...release, files });
  }
  return releases;
}
