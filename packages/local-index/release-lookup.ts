/** Finding a project's release by version the way PyPI does. */
import { compareVersions, normalizeVersion } from '../pep440/index.js';
import type { Project, Release } from './model.js';

/** Finds the release a version belongs to: PyPI matches releases by canonical version (1.0 == 1.0.0). */
export function findRelease(project: Project | undefined, version: string): Release | undefined {
  if (!project) return undefined;
  const normalized = normalizeVersion(version);
  if (normalized === null) return undefined;
  for (const release of project.releases.values()) {
    if (compareVersions(release.key, normalized) === 0) return release;
  }
  return undefined;
}
