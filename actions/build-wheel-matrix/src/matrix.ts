/** The `matrix` output: one `include` entry per planned job, with what the job template passes to cibuildwheel. */
import type { Plan, PlannedJob } from '../../../packages/wheel-matrix/index.js';
import { runnerFor, type RunnerMap, type RunsOn } from './runners.js';

/** One entry of `strategy.matrix.include`. */
export interface MatrixEntry {
  name: string;
  kind: PlannedJob['kind'];
  runner: RunsOn;
  /** CIBW_PLATFORM; empty for sdist and pure jobs. */
  platform: string;
  /** CIBW_ARCHS. */
  archs: string;
  /** CIBW_BUILD: the job's identifiers; for sdist and pure jobs what python -m build makes. */
  build: string;
  /** CIBW_ENABLE: the enable groups the plan selected with (a job must enable them too). */
  enable: string;
  qemu: boolean;
  'artifact-name': string;
}

/** The matrix for a plan, with runners from the defaults and `runnerMap`. */
export function matrixOf(plan: Plan, runnerMap: RunnerMap): { include: MatrixEntry[] } {
  const enable = new Map(
    plan.selection.map((p) => [
      p.configuration.platform,
      [...p.configuration.enable.groups].sort().join(' '),
    ]),
  );
  return {
    include: plan.jobs.map((job) => {
      const { runner, qemu } = runnerFor(job, runnerMap);
      return {
        name: job.name,
        kind: job.kind,
        runner,
        platform: job.platform ?? '',
        archs: job.archs.join(' '),
        build: job.builds.join(' '),
        enable: job.platform ? (enable.get(job.platform) ?? '') : '',
        qemu,
        'artifact-name': job.artifactName,
      };
    }),
  };
}
