/**
 * Which files in a directory belong to a release: wheels and `.tar.gz` sdists (PEP 625; PyPI refuses
 * other sdist formats). One rule for publish and verify, so both see the same release in the same directory.
 */
export function selectDistFilenames(names: readonly string[]): { dists: string[]; ignored: string[] } {
  const dists: string[] = [];
  const ignored: string[] = [];
  for (const name of [...names].sort()) {
    if (name.startsWith('.')) continue;
    (name.endsWith('.whl') || name.endsWith('.tar.gz') ? dists : ignored).push(name);
  }
  return { dists, ignored };
}
