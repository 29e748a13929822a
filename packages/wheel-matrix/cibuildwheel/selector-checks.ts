/**
 * The check cibuildwheel runs before a real build (not in print mode): every build selector must match an
 * identifier it can build with the enabled groups, or the build stops; a skip selector that matches none
 * only earns a warning.
 */
import { ENABLE_GROUPS, IDENTIFIERS, PLATFORMS, type EnableGroup } from './data.js';
import { enabledFor, selectorMatches } from './selector.js';

const EVERY_IDENTIFIER = PLATFORMS.flatMap((platform) => IDENTIFIERS[platform]);

/** Why one selector in `build` or `skip` matches nothing buildable; empty when all of them match. */
export function unmatchedSelectors(
  kind: 'build' | 'skip',
  selectors: string,
  enable: ReadonlySet<EnableGroup>,
): string[] {
  const enabled = EVERY_IDENTIFIER.filter((identifier) => enabledFor(enable, identifier));
  const problems: string[] = [];
  for (const selector of selectors.split(/\s+/).filter(Boolean)) {
    if (enabled.some((identifier) => selectorMatches(selector, identifier))) continue;
    problems.push(
      `${kind} selector '${selector}' matches nothing cibuildwheel 4.2.0 builds${hint(kind, selector)}`,
    );
  }
  return problems;
}

function hint(kind: string, selector: string): string {
  const hints: string[] = [];
  if (EVERY_IDENTIFIER.some((identifier) => selectorMatches(selector, identifier))) {
    const groups = ENABLE_GROUPS.filter((group) =>
      EVERY_IDENTIFIER.some(
        (identifier) => selectorMatches(selector, identifier) && enabledFor(new Set([group]), identifier),
      ),
    );
    hints.push(`it selects a group that is not enabled: add ${groups.join(' or ')} to enable, or remove it`);
  }
  if (/p2|p3[5-8]/.test(selector)) hints.push('cibuildwheel 4 builds Python 3.9 and later only');
  if (selector.includes('cp313t')) hints.push('cibuildwheel 4 no longer builds free-threaded 3.13');
  if (hints.length === 0) hints.push(`identifiers look like cp312-manylinux_x86_64; fix ${kind}`);
  return ` (${hints.join('; ')})`;
}
