/**
 * towncrier-fragments' input: the changelog fragments waiting in the fragment directory (`[tool.towncrier]
 * directory` of pyproject.toml, else `directory` of towncrier.toml, else `changelog.d`), read from the work tree
 * as setuptools_scm reads them, tracked or not.
 */
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseToml, readOptional } from './pyproject.js';
import { isTable } from './toml-values.js';

/** The bump the fragments ask for; null when there are none. */
export type FragmentBump = 'major' | 'minor' | 'patch' | null;

const MAJOR = new Set(['major', 'breaking', 'removal']);
const MINOR = new Set(['feature', 'deprecation']);
const PATCH = new Set(['bugfix', 'doc', 'misc']);
const NOT_FRAGMENTS = new Set(['template.md', 'README.md', '.gitkeep']);

/** What the fragment directory holds. */
export interface Fragments {
  /** The directory read. */
  directory: string;
  /** Fragment file names that count (`<id>.<type>[...]` with a known type). */
  names: string[];
  bump: FragmentBump;
}

/** Reads the fragments under `root` (the directory of the project's pyproject.toml). */
export async function readFragments(root: string): Promise<Fragments> {
  const directory = resolve(root, fragmentDirectory(root));
  let entries: string[];
  try {
    entries = await readdir(directory);
  } catch {
    return { directory, names: [], bump: null };
  }
  const names: string[] = [];
  await Promise.all(
    entries.map(async (name) => {
      if (NOT_FRAGMENTS.has(name) || fragmentType(name) === null) return;
      const isFile = await stat(join(directory, name)).then(
        (info) => info.isFile(),
        () => false,
      );
      if (isFile) names.push(name);
    }),
  );
  names.sort();
  return { directory, names, bump: bumpFor(names) };
}

/** The bump for these fragment names: any major kind wins, then minor, then patch. */
export function bumpFor(names: readonly string[]): FragmentBump {
  const types = new Set(names.map(fragmentType));
  if ([...MAJOR].some((type) => types.has(type))) return 'major';
  if ([...MINOR].some((type) => types.has(type))) return 'minor';
  if ([...PATCH].some((type) => types.has(type))) return 'patch';
  return null;
}

function fragmentType(name: string): string | null {
  const type = name.split('.')[1];
  return type !== undefined && (MAJOR.has(type) || MINOR.has(type) || PATCH.has(type)) ? type : null;
}

function fragmentDirectory(root: string): string {
  for (const [file, inTool] of [
    ['pyproject.toml', true],
    ['towncrier.toml', false],
  ] as const) {
    const path = join(root, file);
    const text = readOptional(path);
    if (text === null) continue;
    const document = parseToml(text, path);
    const tool = document.tool;
    const section = inTool ? (isTable(tool) && isTable(tool.towncrier) ? tool.towncrier : {}) : document;
    const directory = isTable(section) ? section.directory : undefined;
    if (directory) return String(directory);
  }
  return 'changelog.d';
}
