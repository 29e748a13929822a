/** The index's word, once at start-up, on whether descriptions are checked as PyPI checks them. */
import type { PythonRstRenderer } from '../dists/index.js';

/** Tells `notice` whether reStructuredText descriptions are rendered here (and with what), or why not. */
export async function announceDescriptions(
  renderer: PythonRstRenderer,
  notice: (message: string) => void,
): Promise<void> {
  const status = await renderer.status();
  notice(
    status.available
      ? `descriptions: reStructuredText rendered with readme_renderer ${status.version} (${status.python}), as on PyPI`
      : `descriptions: reStructuredText is NOT checked, ${status.reason}; PyPI refuses one that does not render`,
  );
}
