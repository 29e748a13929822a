/** The log: one group for the project, one per platform showing selection step by step, one for the jobs. */
import { group, info, warning } from '../../../packages/action-kit/index.js';
import type { Plan, PlatformSelection } from '../../../packages/wheel-matrix/index.js';
import type { MatrixEntry } from './matrix.js';

function runsOn(entry: MatrixEntry): string {
  return Array.isArray(entry.runner) ? entry.runner.join(', ') : entry.runner;
}

function logPlatform(selection: PlatformSelection): void {
  const { configuration } = selection;
  const settings: [string, string, string][] = [
    ['build', configuration.build.value, configuration.build.source],
    ['skip', configuration.skip.value || '(none)', configuration.skip.source],
    ['enable', [...configuration.enable.groups].join(' ') || '(none)', configuration.enable.source],
    ['archs', configuration.archs.value, configuration.archs.source],
    [
      'requires-python',
      configuration.requiresPython?.value ?? '(any)',
      configuration.requiresPython?.source ?? 'not declared',
    ],
  ];
  for (const [name, value, source] of settings) info(`${name} = ${JSON.stringify(value)}  (${source})`);
  for (const target of selection.targets) {
    const [first, ...rest] = target.stages;
    const steps = rest.map((stage) => `${stage.filter} ${stage.remaining.length}`);
    const archs = target.archs.join(' ') || 'no architecture';
    info(
      `${target.target.token}: ${first?.remaining.length ?? 0} identifiers for ${archs} → ${steps.join(' → ')}`,
    );
    if (target.identifiers.length > 0) info(`  ${target.identifiers.join(' ')}`);
  }
}

/** Writes the log groups for a finished plan, and its warnings as annotations. */
export async function logPlan(plan: Plan, projectDir: string, matrix: MatrixEntry[]): Promise<void> {
  await group('Project', () => {
    info(`project: ${projectDir} (${plan.expected.project ?? 'name not declared statically'})`);
    info(`pure: ${plan.pure.pure} (${plan.pure.decidedBy}): ${plan.pure.reason}`);
  });
  for (const selection of plan.selection) {
    await group(`Selection for ${selection.configuration.platform}`, () => logPlatform(selection));
  }
  await group(`Jobs (${matrix.length}, grouped by ${plan.groupBy})`, () => {
    for (const entry of matrix) {
      const qemu = entry.qemu ? ', QEMU' : '';
      info(`${entry.name} on ${runsOn(entry)}${qemu} → ${entry['artifact-name']}: ${entry.build}`);
    }
    for (const note of plan.notes) info(note);
  });
  for (const message of plan.warnings) warning(message);
}

export { runsOn };
