/**
 * Turning selected identifiers into jobs: one per target (as cibuildwheel runs), per target and Python, or
 * per identifier; regrouped coarser when there are more than max-jobs.
 */
import { PLATFORM_ARCHS, type Platform } from './cibuildwheel/data.js';
import { archOf, interpreterOf } from './cibuildwheel/identifiers.js';
import { PlanError } from './errors.js';
import type { TargetSelection } from './select-targets.js';
import type { Target } from './targets.js';

/** How wheel jobs are cut. */
export type GroupBy = 'platform' | 'python' | 'identifier';
/** From finest to coarsest. */
export const GROUPINGS: readonly GroupBy[] = ['identifier', 'python', 'platform'];

/** One job of the plan. */
export interface PlannedJob {
  /** wheels: cibuildwheel; sdist: the source distribution; pure: sdist and/or the py3-none-any wheel. */
  kind: 'wheels' | 'sdist' | 'pure';
  /** Shown in the workflow UI: `linux-x86_64`, `linux-x86_64 cp312`, `cp312-manylinux_x86_64`, `sdist`. */
  name: string;
  artifactName: string;
  /** The target a wheels job builds for; null for sdist and pure jobs. */
  target: Target | null;
  platform: Platform | null;
  archs: string[];
  /** Build identifiers (wheels), or what python -m build makes (`sdist`, `wheel`). */
  builds: string[];
}

function wheelJob(target: Target, identifiers: string[], name: string, artifactName: string): PlannedJob {
  const archs = PLATFORM_ARCHS[target.platform].filter((arch) =>
    identifiers.some((id) => target.platform === 'pyodide' || archOf(id) === arch),
  );
  return {
    kind: 'wheels',
    name,
    artifactName,
    target,
    platform: target.platform,
    archs,
    builds: identifiers,
  };
}

function groupsBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/** The wheel jobs for `groupBy`, in target order then cibuildwheel's order. */
export function wheelJobs(
  selections: readonly TargetSelection[],
  groupBy: GroupBy,
  prefix: string,
): PlannedJob[] {
  return selections.flatMap(({ target, identifiers }) => {
    if (identifiers.length === 0) return [];
    if (groupBy === 'platform')
      return [wheelJob(target, identifiers, target.token, `${prefix}${target.token}`)];
    if (groupBy === 'identifier')
      return identifiers.map((id) => wheelJob(target, [id], id, `${prefix}${id}`));
    return [...groupsBy(identifiers, interpreterOf)].map(([python, ids]) =>
      wheelJob(target, ids, `${target.token} ${python}`, `${prefix}${target.token}-${python}`),
    );
  });
}

/** The jobs with the requested grouping, or the finest coarser one that fits max-jobs. */
export function fitJobs(
  selections: readonly TargetSelection[],
  requested: GroupBy,
  options: { maxJobs: number; otherJobs: number; prefix: string },
): { groupBy: GroupBy; jobs: PlannedJob[]; note: string | null } {
  const { maxJobs, otherJobs, prefix } = options;
  const wanted = wheelJobs(selections, requested, prefix);
  for (const groupBy of GROUPINGS.slice(GROUPINGS.indexOf(requested))) {
    const jobs = groupBy === requested ? wanted : wheelJobs(selections, groupBy, prefix);
    if (jobs.length + otherJobs <= maxJobs) {
      const note =
        groupBy === requested
          ? null
          : `group-by ${requested} makes ${wanted.length + otherJobs} jobs, more than max-jobs ${maxJobs}: grouped by ${groupBy} instead (${jobs.length + otherJobs} jobs)`;
      return { groupBy, jobs, note };
    }
  }
  const coarsest = wheelJobs(selections, 'platform', prefix).length + otherJobs;
  throw new PlanError(
    `the plan needs ${coarsest} jobs even grouped by platform, more than max-jobs ${maxJobs}: raise max-jobs (GitHub runs up to 256 per matrix) or plan fewer platforms`,
  );
}
