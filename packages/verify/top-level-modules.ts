/** The importable top-level modules of an installed distribution, from the paths its RECORD lists. */

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;
// `foo.py`, `foo.pyc` (sourceless), `_foo.cpython-311-x86_64-linux-gnu.so`, `_foo.abi3.so`, `_foo.pyd`.
const MODULE_FILE = /^([A-Za-z_][A-Za-z0-9_]*)(?:\.[^/]*)?\.(?:py|pyc|so|pyd)$/;

/**
 * Module names a wheel installs at the top of site-packages: each package directory holding Python code and
 * each module or extension file. Metadata, `__pycache__`, scripts outside site-packages (`../../bin/x`),
 * `.pth` files, stubs-only and data directories (`numpy.libs`) are skipped. Sorted, private ones included:
 * importing a top-level C extension is exactly the check worth making.
 */
export function topLevelModules(paths: readonly string[]): string[] {
  const modules = new Set<string>();
  for (const raw of paths) {
    const path = raw.replace(/\\/g, '/').replace(/^\.\//, '');
    if (path.startsWith('../') || path.startsWith('/')) continue;
    const [head, ...rest] = path.split('/');
    if (!head) continue;
    if (rest.length === 0) {
      const match = MODULE_FILE.exec(head);
      if (match?.[1] && match[1] !== '__init__') modules.add(match[1]);
      continue;
    }
    if (!IDENTIFIER.test(head) || head === '__pycache__') continue;
    const leaf = rest[rest.length - 1] ?? '';
    if (/\.(?:py|pyc|so|pyd)$/.test(leaf)) modules.add(head);
  }
  return [...modules].sort();
}
