/** PyPI's checks of a new project's name (`check_project_name`): standard library, prohibited, too similar. */
import { STDLIB_MODULE_NAMES } from '../data/stdlib-modules.js';
import { normalizeProjectName } from '../names.js';
import { pyRepr } from '../python-repr.js';
import { badRequest, type Problem } from './types.js';

const STDLIB = new Set(STDLIB_MODULE_NAMES);
// The names warehouse's migrations prohibit; PyPI's administrators add more that no one outside can see.
const PROHIBITED = new Set(['requirements-txt', 'rrequirements-txt']);
const HELP = 'See https://pypi.org/help/#project-name for more information.';

/** warehouse's `ultranormalize_name`: no `.`, `_`, `-`; `l`/`i` read as `1` and `o` as `0`; lower case. */
export function ultranormalizeName(name: string): string {
  return name
    .replace(/[._-]/g, '')
    .replace(/[lLiI]/g, '1')
    .replace(/[oO]/g, '0')
    .toLowerCase();
}

/**
 * Why PyPI would refuse to create a project named `name`, or null. `existingNames` are the projects the index
 * holds (for the "too similar" check); without them that check is skipped.
 */
export function newProjectNameProblem(name: string, existingNames: readonly string[] = []): Problem | null {
  if (STDLIB.has(normalizeProjectName(name.replace(/^[-_.]+|[-_.]+$/g, ''))))
    return badRequest(
      'stdlib-project-name',
      `The name ${pyRepr(name)} isn't allowed (conflict with Python Standard Library module name). ${HELP}`,
    );
  if (PROHIBITED.has(normalizeProjectName(name)))
    return badRequest('prohibited-project-name', `The name ${pyRepr(name)} isn't allowed. ${HELP}`);
  const ultra = ultranormalizeName(name);
  if (existingNames.some((existing) => ultranormalizeName(existing) === ultra))
    return badRequest(
      'similar-project-name',
      `The name ${pyRepr(name)} is too similar to an existing project. ${HELP}`,
    );
  return null;
}
