/** Finding a project's release by version the way PyPI does. */
import { compareVersions, normalizeVersion, parseVersion, type Version } from '../pep440/index.js';
import type { Project, Release } from './model.js';

/** Each release's version, parsed once: every upload looks its release up among all of the project's. */
const parsedKeys = new WeakMap<Release, Version | string>();

function parsedKey(release: Release): Version | string {
  let parsed = parsedKeys.get(release);
  if (parsed === undefined) {
    parsed = parseVersion(release.key) ?? release.key;
    parsedKeys.set(release, parsed);
  }
  return parsed;
}

/** Finds the release a version belongs to: PyPI matches releases by canonical version (1.0 == 1.0.0). */
export function findRelease(project: Project | undefined, version: string): Release | undefined {
  if (!project) return undefined;
  const normalized = normalizeVersion(version);
  if (normalized === null) return undefined;
  const same = project.releases.get(normalized);
  if (same) return same;
  const wanted = parseVersion(normalized) ?? normalized;
  for (const release of project.releases.values()) {
    if (compareVersions(parsedKey(release), wanted) === 0) return release;
  }
  return undefined;
}
