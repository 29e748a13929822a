/** The job summary: the planned jobs with their runners and identifiers, then what decided the selection. */
import { escapeHtml, Summary } from '../../../packages/action-kit/index.js';
import type { Plan } from '../../../packages/wheel-matrix/index.js';
import type { MatrixEntry } from './matrix.js';
import { runsOn } from './log.js';

function code(text: string): { html: string } {
  return { html: text === '' ? '' : `<code>${escapeHtml(text)}</code>` };
}

function headline(plan: Plan, matrix: MatrixEntry[]): string {
  const wheels = plan.expected.jobs.reduce((sum, job) => sum + job.wheels.length, 0);
  const jobs = `${matrix.length} job${matrix.length === 1 ? '' : 's'}`;
  if (plan.pure.pure) return `Build plan: pure-python project, ${jobs}`;
  return `Build plan: ${jobs}, ${wheels} wheel${wheels === 1 ? '' : 's'}${plan.sdistArtifactName ? ' and the sdist' : ''}`;
}

/** The summary of a plan. */
export function planSummary(plan: Plan, matrix: MatrixEntry[]): Summary {
  const summary = new Summary().heading(headline(plan, matrix));
  summary.paragraph(`${plan.pure.pure ? 'Pure' : 'Not pure'} (${plan.pure.decidedBy}): ${plan.pure.reason}.`);
  summary.table(
    ['Job', 'Runner', 'Archs', 'Builds', 'Artifact'],
    matrix.map((entry) => [
      entry.name,
      runsOn(entry) + (entry.qemu ? ' (QEMU)' : ''),
      entry.archs,
      code(entry.build),
      code(entry['artifact-name']),
    ]),
  );
  const notes = [...plan.warnings, ...plan.notes];
  if (notes.length > 0) summary.heading('Notes', 3).list(notes);
  if (plan.selection.length > 0) {
    summary.heading('What selected them', 3).table(
      ['Platform', 'Setting', 'Value', 'From'],
      plan.selection.flatMap(({ configuration: c }) => [
        [c.platform, 'build', code(c.build.value), c.build.source],
        [c.platform, 'skip', code(c.skip.value), c.skip.source],
        [c.platform, 'enable', code([...c.enable.groups].join(' ')), c.enable.source],
        [c.platform, 'archs', code(c.archs.value), c.archs.source],
        [
          c.platform,
          'requires-python',
          code(c.requiresPython?.value ?? ''),
          c.requiresPython?.source ?? 'not declared',
        ],
      ]),
    );
  }
  return summary;
}
