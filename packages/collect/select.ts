/** Which artifacts a pattern picks: the newest of each name, or an error naming the pattern and what exists. */
import { CollectError } from './errors.js';
import type { ArtifactRef } from './types.js';

/** True when `name` matches the glob `pattern`: `*` any run of characters, `?` one, the rest itself. */
export function artifactNameMatches(pattern: string, name: string): boolean {
  const regex = [...pattern]
    .map((c) => (c === '*' ? '.*' : c === '?' ? '.' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
    .join('');
  return new RegExp(`^${regex}$`, 's').test(name);
}

/** Newer first: a higher id (the service numbers artifacts as they are created), then a later creation time. */
function newer(a: ArtifactRef, b: ArtifactRef): boolean {
  if (a.id !== b.id) return a.id > b.id;
  return (a.createdAt ?? '') > (b.createdAt ?? '');
}

const MAX_NAMES = 10;

/** The names of `artifacts`, for a message: sorted, once each, at most ten. */
export function nameList(artifacts: readonly ArtifactRef[]): string {
  const names = [...new Set(artifacts.map((a) => a.name))].sort();
  const shown = names.slice(0, MAX_NAMES).join(', ');
  return names.length > MAX_NAMES ? `${shown}, and ${names.length - MAX_NAMES} more` : shown;
}

/**
 * The artifacts whose names match `pattern`, the newest of each name (a re-run attempt uploads its own), sorted
 * by name. Nothing matched is an error naming the pattern and the artifacts `source` has.
 */
export function selectArtifacts(
  artifacts: readonly ArtifactRef[],
  pattern: string,
  source: string,
): ArtifactRef[] {
  const newest = new Map<string, ArtifactRef>();
  for (const artifact of artifacts) {
    if (!artifactNameMatches(pattern, artifact.name)) continue;
    const seen = newest.get(artifact.name);
    if (!seen || newer(artifact, seen)) newest.set(artifact.name, artifact);
  }
  if (newest.size === 0) {
    const what =
      artifacts.length === 0
        ? `${source} has no artifacts: upload them (actions/upload-artifact) in the jobs this one needs`
        : `none of the ${new Set(artifacts.map((a) => a.name)).size} artifacts of ${source} matches (${nameList(artifacts)}): fix the pattern input or the upload-artifact names`;
    throw new CollectError(`pattern ${JSON.stringify(pattern)} matched nothing: ${what}`);
  }
  return [...newest.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
}
