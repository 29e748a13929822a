/** The `python-versions` shorthand: `3.11 3.12` narrows the plan to those CPythons (`3.14t`: free-threaded only). */
import { IDENTIFIERS, PLATFORMS } from './cibuildwheel/data.js';
import { interpreterOf } from './cibuildwheel/identifiers.js';
import type { ExtraFilter } from './cibuildwheel/selection-trace.js';
import { PlanError } from './errors.js';

const CPYTHONS = new Set(
  PLATFORMS.flatMap((p) => IDENTIFIERS[p].map(interpreterOf)).filter((i) => i.startsWith('cp')),
);

function known(): string {
  const minors = [...CPYTHONS].filter((i) => !i.endsWith('t')).map((i) => Number(i.slice(3)));
  return `3.${Math.min(...minors)} to 3.${Math.max(...minors)}`;
}

/** A filter keeping the CPythons named in `text` (spaces or commas); null when `text` is empty. */
export function pythonVersionsFilter(text: string): ExtraFilter | null {
  const words = text.split(/[\s,]+/).filter(Boolean);
  if (words.length === 0) return null;
  const interpreters = new Set<string>();
  for (const word of words) {
    const match = /^3\.(\d+)(t?)$/.exec(word);
    const base = match ? `cp3${match[1]}` : '';
    if (!match || !CPYTHONS.has(base + (match[2] ?? ''))) {
      throw new PlanError(
        `${JSON.stringify(word)} is not a CPython cibuildwheel 4.2.0 builds; write versions like 3.12 (${known()}), or 3.14t for free-threaded only`,
      );
    }
    interpreters.add(base + match[2]);
    if (match[2] === '' && CPYTHONS.has(`${base}t`)) interpreters.add(`${base}t`);
  }
  return {
    filter: 'python-versions',
    description: `python-versions ${JSON.stringify(words.join(' '))} (input)`,
    keep: (id) => interpreters.has(interpreterOf(id)),
  };
}
