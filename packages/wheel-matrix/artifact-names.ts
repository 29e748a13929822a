/** Artifact names upload-artifact v4 accepts: not empty, none of `" : < > | * ? \r \n \ /`, and unique in a run. */
import { PlanError } from './errors.js';

const FORBIDDEN = /[":<>|*?\r\n\\/]/;

/** The first character upload-artifact v4 refuses in `name`, or null. */
export function forbiddenArtifactCharacter(name: string): string | null {
  return FORBIDDEN.exec(name)?.[0] ?? null;
}

/** Throws a PlanError for a prefix that would make names upload-artifact refuses. */
export function checkArtifactPrefix(prefix: string): void {
  const bad = forbiddenArtifactCharacter(prefix);
  if (bad !== null) {
    throw new PlanError(
      `${JSON.stringify(prefix)} contains ${JSON.stringify(bad)}, which upload-artifact refuses in names (it refuses " : < > | * ? \\ / and line breaks)`,
    );
  }
}

/** Throws when two planned artifacts share a name (upload-artifact v4 answers the second with 409). */
export function checkUniqueArtifacts(names: readonly string[]): void {
  const seen = new Set<string>();
  for (const name of names) {
    if (name === '' || forbiddenArtifactCharacter(name) !== null)
      throw new PlanError(`invalid artifact name ${JSON.stringify(name)}`);
    if (seen.has(name)) throw new PlanError(`two jobs would upload artifact ${JSON.stringify(name)}`);
    seen.add(name);
  }
}
