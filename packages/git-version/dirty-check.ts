/** Builds from modified tracked files: refused (naming the files) unless `allowDirty`, then a warning. */
import { VersionError } from './errors.js';
import { fileList } from './work-tree.js';

/** What a dirty build is and what to say. */
export interface DirtyBuild {
  /** Modified tracked files (none: nothing to say). */
  files: readonly string[];
  allowDirty: boolean;
  /** Where the files are, e.g. the checkout directory. */
  where: string;
  /** Why it matters, e.g. "a release must be built from exactly the tagged content". */
  why: string;
  /** The warning when allowed. */
  allowed: string;
  warnings: string[];
}

/** Throws a VersionError naming the files unless allowed; allowed, records the warning. */
export function checkDirtyBuild(build: DirtyBuild): void {
  if (build.files.length === 0) return;
  const files = fileList(build.files);
  if (!build.allowDirty) {
    throw new VersionError(
      `the work tree at ${build.where} has changes to tracked files (${files}); ${build.why}: commit or discard them, or set allow-dirty: true`,
    );
  }
  build.warnings.push(`${build.allowed}; changed tracked files: ${files} (allow-dirty: true)`);
}
