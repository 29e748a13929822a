/** Finding the action `run` is asked for: a bundled action by name, or a directory holding an action.yml. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from './usage-error.js';

/**
 * Where a bundled action may live: beside the CLI in a release tree or a clone's `dist/` (`cli/` next to
 * `<name>/`), or under the repository's `dist/` when the CLI runs from its sources.
 */
export function bundledActionDirs(
  name: string,
  here: string = dirname(fileURLToPath(import.meta.url)),
): string[] {
  return [join(here, '..', name), join(here, '..', '..', 'dist', name)];
}

/** The directories `action` may mean, in the order they are tried, each once. */
export function actionCandidates(action: string, cwd: string, here?: string): string[] {
  const looksLikePath = action.includes('/') || action.includes('\\') || action.startsWith('.');
  const candidates = looksLikePath
    ? [resolve(cwd, action)]
    : [...bundledActionDirs(action, here), resolve(cwd, action)];
  return [...new Set(candidates.map((dir) => resolve(dir)))];
}

/** Resolves `action` to a directory holding action.yml, or throws naming every place it looked. */
export function resolveActionDir(action: string, cwd: string, here?: string): string {
  const candidates = actionCandidates(action, cwd, here);
  const found = candidates.find((dir) => existsSync(join(dir, 'action.yml')) && statSync(dir).isDirectory());
  if (found) return found;
  throw new UsageError(
    `run: no action '${action}' (looked for action.yml in ${candidates.join(', ')}); give a bundled action's name or a directory with action.yml`,
  );
}
