/** A file of a git tree, as `git ls-tree -r` lists it. */
export interface TreeEntry {
  path: string;
  /** `100644`, `100755`, `120000` (a link), `160000` (a submodule). */
  mode: string;
  object: string;
}

/** One line per reason the tree cannot be released; none when every action directory runs on its own. */
export declare function treeProblems(
  entries: readonly TreeEntry[],
  read: (path: string) => string,
  sourceActions: Readonly<Record<string, string>>,
): string[];
