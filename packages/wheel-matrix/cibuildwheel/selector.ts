/** cibuildwheel's BuildSelector: requires-python, enable groups, then the build and skip selectors. */
import { specifierSetContains, type Specifier } from '../../pep440/index.js';
import { expandBraces } from './brace-expand.js';
import type { EnableGroup } from './data.js';
import { fnmatch } from './fnmatch.js';
import { pythonMinorOf } from './identifiers.js';

/** The settings that decide whether one identifier is built. */
export interface BuildSelector {
  /** Space-separated selectors; `*` when unset or empty. */
  build: string;
  /** Space-separated selectors; empty builds everything `build` selects. */
  skip: string;
  /** null when the project declares no requires-python. */
  requiresPython: readonly Specifier[] | null;
  enable: ReadonlySet<EnableGroup>;
}

const expansions = new Map<string, string[]>();

function expandedPatterns(selectors: string): string[] {
  let patterns = expansions.get(selectors);
  if (!patterns) {
    patterns = selectors.split(/\s+/).filter(Boolean).flatMap(expandBraces);
    expansions.set(selectors, patterns);
  }
  return patterns;
}

/** True when any of the space-separated selectors (brace-expanded) matches `identifier`. */
export function selectorMatches(selectors: string, identifier: string): boolean {
  return expandedPatterns(selectors).some((pattern) => fnmatch(identifier, pattern));
}

/** True when requires-python admits the identifier's Python (tested as X.Y.99, as cibuildwheel does). */
export function requiresPythonAdmits(
  requiresPython: readonly Specifier[] | null,
  identifier: string,
): boolean {
  if (requiresPython === null) return true;
  return specifierSetContains(requiresPython, `3.${pythonMinorOf(identifier)}.99`);
}

/** The enable group an identifier needs, or null when it is built by default. */
export function enableGroupOf(identifier: string): EnableGroup | null {
  if (fnmatch(identifier, 'cp316*')) return 'cpython-prerelease';
  if (fnmatch(identifier, 'pp3?-*') || fnmatch(identifier, 'pp310-*')) return 'pypy-eol';
  if (fnmatch(identifier, 'pp*')) return 'pypy';
  if (fnmatch(identifier, 'gp*')) return 'graalpy';
  if (fnmatch(identifier, 'cp312-pyodide_*')) return 'pyodide-eol';
  return null;
}

/** True when the enabled groups allow the identifier. */
export function enabledFor(enable: ReadonlySet<EnableGroup>, identifier: string): boolean {
  const group = enableGroupOf(identifier);
  return group === null || enable.has(group);
}

/** cibuildwheel's decision for one identifier. */
export function selects(selector: BuildSelector, identifier: string): boolean {
  return (
    requiresPythonAdmits(selector.requiresPython, identifier) &&
    enabledFor(selector.enable, identifier) &&
    selectorMatches(selector.build, identifier) &&
    !selectorMatches(selector.skip, identifier)
  );
}
