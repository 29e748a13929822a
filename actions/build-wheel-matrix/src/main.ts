import { group, info, setOutput } from '../../../packages/action-kit/index.js';
import type { Plan } from '../../../packages/wheel-matrix/index.js';
import { readSettings, type Settings } from './inputs.js';
import { logPlan } from './log.js';
import { matrixOf, type MatrixEntry } from './matrix.js';
import { planSummary } from './summary.js';

/** The plan's expected document with each job's runner, so that collect-artifacts names it when it is missing. */
function expectedWithRunners(plan: Plan, matrix: MatrixEntry[]): Plan['expected'] {
  const runners = new Map(matrix.map((entry) => [entry.name, entry.runner]));
  return {
    ...plan.expected,
    jobs: plan.expected.jobs.map((job) => ({ ...job, runner: runners.get(job.name) })),
  };
}

function writeOutputs(plan: Plan, matrix: MatrixEntry[]): void {
  setOutput('matrix', JSON.stringify({ include: matrix }));
  setOutput('job-count', String(matrix.length));
  setOutput('expected', JSON.stringify(expectedWithRunners(plan, matrix)));
  setOutput('pure', `${plan.pure.pure}: ${plan.pure.reason}`);
  setOutput('sdist-artifact-name', plan.sdistArtifactName ?? '');
}

async function makePlan(settings: Settings): Promise<Plan> {
  // The planner (cibuildwheel's data, the TOML parser) loads once the inputs are good.
  const { directorySource, planBuild, readProjectFiles } =
    await import('../../../packages/wheel-matrix/index.js');
  return group('Read the project and plan', () => {
    info(
      `project-dir ${settings.projectDir}, platforms ${settings.platforms.targets.map((t) => t.token).join(' ')}`,
    );
    const cibw = Object.entries(settings.env)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([name, value]) => `${name}=${value ?? ''}`);
    if (cibw.length > 0) info(`cibuildwheel variables: ${cibw.join(' ')}`);
    return planBuild({ ...settings, files: readProjectFiles(directorySource(settings.projectDir)) });
  });
}

/** build-wheel-matrix: plans the wheel jobs and the files the release must contain. */
export async function main(): Promise<void> {
  const settings = readSettings();
  const plan = await makePlan(settings);
  const { include: matrix } = matrixOf(plan, settings.runnerMap);
  await logPlan(plan, settings.projectDir, matrix);
  writeOutputs(plan, matrix);
  planSummary(plan, matrix).write();
}
