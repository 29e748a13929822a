/** The whole plan: pure or not, selection per target, jobs, artifact names and the expected files. */
import type { Environment } from './cibuildwheel/options.js';
import type { SelectionStage } from './cibuildwheel/selection-trace.js';
import { checkArtifactPrefix, checkUniqueArtifacts } from './artifact-names.js';
import { PlanError } from './errors.js';
import {
  EXPECTED_FORMAT,
  expectedProjectName,
  expectedPureWheel,
  expectedWheel,
  sdistPattern,
  type ExpectedDocument,
} from './expected.js';
import { fitJobs, type GroupBy, type PlannedJob } from './jobs.js';
import { declaredName, type ProjectFiles } from './project/project-files.js';
import { detectPure, type PureDetection } from './project/pure.js';
import { pythonVersionsFilter } from './python-versions.js';
import { selectTargets, type PlatformSelection, type TargetSelection } from './select-targets.js';
import type { RequestedTargets } from './targets.js';

/** Everything a plan depends on. */
export interface PlanRequest {
  files: ProjectFiles;
  /** The environment's CIBW_* variables apply as they would to cibuildwheel. */
  env: Environment;
  platforms: RequestedTargets;
  /** The python-versions shorthand as written (empty: no narrowing). */
  pythonVersions: string;
  /** auto: detect compiled code. */
  pure: 'auto' | boolean;
  groupBy: GroupBy;
  maxJobs: number;
  artifactPrefix: string;
  sdist: boolean;
}

/** A plan, with what it was made from. */
export interface Plan {
  /** In matrix order: the sdist job (if any), then wheel jobs by target. */
  jobs: PlannedJob[];
  groupBy: GroupBy;
  pure: PureDetection & { decidedBy: 'detection' | 'input' };
  /** Per platform: configuration and per-target selection (empty for a pure project). */
  selection: PlatformSelection[];
  sdistArtifactName: string | null;
  expected: ExpectedDocument;
  /** Things worth a log line: regrouping, targets that build nothing. */
  notes: string[];
  warnings: string[];
}

const FILTER_ORDER = ['archs', 'requires-python', 'enable', 'build', 'skip', 'python-versions'];

function stageAt(stages: readonly SelectionStage[], filter: string): SelectionStage | undefined {
  const index = FILTER_ORDER.indexOf(filter);
  return [...stages].reverse().find((stage) => FILTER_ORDER.indexOf(stage.filter) <= index);
}

/** The filter after which nothing was left across `targets`, described with the settings that made it. */
function lastFilter(targets: readonly TargetSelection[]): string {
  let before = 0;
  for (const filter of FILTER_ORDER) {
    const stages = targets.map((t) => stageAt(t.stages, filter));
    const total = stages.reduce((sum, stage) => sum + (stage?.remaining.length ?? 0), 0);
    if (total === 0) {
      const descriptions = [
        ...new Set(
          targets.flatMap((t) => t.stages.filter((s) => s.filter === filter).map((s) => s.description)),
        ),
      ];
      const tokens = targets.map((t) => t.target.token).join(', ');
      if (filter === 'archs') return descriptions.join('; ');
      return `${descriptions.join('; ')} removed the last ${before} identifier${before === 1 ? '' : 's'} (${tokens})`;
    }
    before = total;
  }
  return 'nothing was removed';
}

function pureDecision(request: PlanRequest): Plan['pure'] {
  if (request.pure === 'auto') return { ...detectPure(request.files), decidedBy: 'detection' };
  return {
    pure: request.pure,
    reason: request.pure ? 'the pure input says so' : 'the pure input says the project has compiled code',
    decidedBy: 'input',
  };
}

function sdistJob(prefix: string): PlannedJob {
  return {
    kind: 'sdist',
    name: 'sdist',
    artifactName: `${prefix}sdist`,
    target: null,
    platform: null,
    archs: [],
    builds: ['sdist'],
  };
}

function pureJob(prefix: string, sdist: boolean): PlannedJob {
  const builds = sdist ? ['sdist', 'wheel'] : ['wheel'];
  const name = sdist ? 'pure-python wheel and sdist' : 'pure-python wheel';
  return {
    kind: 'pure',
    name,
    artifactName: `${prefix}pure`,
    target: null,
    platform: null,
    archs: [],
    builds,
  };
}

function emptyTargetNotes(
  selection: readonly PlatformSelection[],
  request: PlanRequest,
): { notes: string[]; warnings: string[] } {
  const notes: string[] = [];
  const warnings: string[] = [];
  for (const target of selection.flatMap((p) => p.targets)) {
    if (target.identifiers.length > 0) continue;
    const line = `${target.target.token}: no job, ${lastFilter([target])}`;
    if (request.platforms.named.has(target.target.token)) warnings.push(line);
    else notes.push(line);
  }
  return { notes, warnings };
}

/** Plans the release's jobs; throws a PlanError naming the setting to change when it cannot. */
export function planBuild(request: PlanRequest): Plan {
  checkArtifactPrefix(request.artifactPrefix);
  const prefix = request.artifactPrefix;
  const project = expectedProjectName(declaredName(request.files));
  const pure = pureDecision(request);
  const base = { pure, project, prefix };
  if (pure.pure) return purePlan(request, base);

  const extra = pythonVersionsFilter(request.pythonVersions);
  const selection = selectTargets(request.files, request.env, request.platforms, extra ? [extra] : []);
  const targets = selection.flatMap((p) => p.targets);
  if (targets.every((t) => t.identifiers.length === 0))
    throw new PlanError(`nothing to build: ${lastFilter(targets)}`);

  const others = request.sdist ? [sdistJob(prefix)] : [];
  const fitted = fitJobs(targets, request.groupBy, {
    maxJobs: request.maxJobs,
    otherJobs: others.length,
    prefix,
  });
  const jobs = [...others, ...fitted.jobs];
  checkUniqueArtifacts(jobs.map((job) => job.artifactName));
  const { notes, warnings } = emptyTargetNotes(selection, request);
  return {
    jobs,
    groupBy: fitted.groupBy,
    pure,
    selection,
    sdistArtifactName: request.sdist ? `${prefix}sdist` : null,
    expected: {
      format: EXPECTED_FORMAT,
      project,
      pure: false,
      sdist: request.sdist ? { artifact: `${prefix}sdist`, pattern: sdistPattern(project) } : null,
      jobs: fitted.jobs.map((job) => ({
        name: job.name,
        artifact: job.artifactName,
        wheels: job.builds.map((id) => expectedWheel(project, id)),
      })),
    },
    notes: [...(fitted.note ? [fitted.note] : []), ...notes],
    warnings: [...selection.flatMap((p) => p.warnings), ...warnings],
  };
}

function purePlan(
  request: PlanRequest,
  base: { pure: Plan['pure']; project: string | null; prefix: string },
): Plan {
  const job = pureJob(base.prefix, request.sdist);
  return {
    jobs: [job],
    groupBy: request.groupBy,
    pure: base.pure,
    selection: [],
    sdistArtifactName: request.sdist ? job.artifactName : null,
    expected: {
      format: EXPECTED_FORMAT,
      project: base.project,
      pure: true,
      sdist: request.sdist ? { artifact: job.artifactName, pattern: sdistPattern(base.project) } : null,
      jobs: [{ name: job.name, artifact: job.artifactName, wheels: [expectedPureWheel(base.project)] }],
    },
    notes: [],
    warnings: [],
  };
}
