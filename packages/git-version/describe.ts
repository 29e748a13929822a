/** `git describe` as setuptools_scm 7.1 runs it, and reading its `--long` output. */

/** One `git describe --long --dirty` answer. */
export interface Described {
  tag: string;
  distance: number;
  /** Abbreviated commit id, without describe's `g`. */
  abbrev: string;
  dirty: boolean;
}

/** setuptools_scm's describe command (`--dirty --tags --long --match`), plus `--exclude` for tags we skip. */
export function describeArgs(match: string, exclude: Iterable<string> = []): string[] {
  const args = ['describe', '--dirty', '--tags', '--long', `--match=${match}`];
  for (const pattern of exclude) args.push(`--exclude=${pattern}`);
  return args;
}

/** Parses `<tag>-<distance>-g<sha>[-dirty]` the way setuptools_scm does (split from the right); null otherwise. */
export function parseDescribe(output: string): Described | null {
  let text = output.trim();
  const dirty = text.endsWith('-dirty');
  if (dirty) text = text.slice(0, -'-dirty'.length);
  const match = /^(.+)-([0-9]+)-g([0-9a-f]+)$/s.exec(text);
  if (!match) return null;
  return { tag: match[1] ?? '', distance: Number(match[2]), abbrev: match[3] ?? '', dirty };
}
