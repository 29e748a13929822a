/** What `rehearse` prints: the log lines indented by level, the final table, and the closing verdict. */
import type { JobReport } from '../rehearsal/index.js';
import { formatSeconds } from '../common/index.js';

const JOB_MARKS = ['▶', '✔', '✖', '○'];

/** A rehearsal line indented by what it is: a job's start or end flush left, a step under it, notes under that. */
export function indentLine(text: string): string {
  if (JOB_MARKS.some((mark) => text.startsWith(mark))) return text;
  if (text.startsWith('- ')) return `  ${text}`;
  return `    ${text}`;
}

/** Seconds with one decimal. */
export function seconds(ms: number): string {
  return formatSeconds(ms / 1000);
}

/** The final table: one row per job played or skipped. */
export function resultTable(jobs: readonly JobReport[]): string {
  const rows = [
    ['job', 'result', 'duration'],
    ...jobs.map((job) => [job.name, job.result, job.result === 'skipped' ? '-' : seconds(job.durationMs)]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => cell.padEnd(widths[column] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * The closing line: all green, or each failed job with why, and the jobs that did not run because of it (a
 * pull request's publish, skipped by its own `if:`, is not a failure).
 */
export function verdict(jobs: readonly JobReport[]): { ok: boolean; lines: string[] } {
  const failed = jobs.filter((job) => job.result === 'failure' || job.result === 'cancelled');
  if (failed.length === 0) return { ok: true, lines: ['rehearsal passed: every job that ran is green'] };
  const stopped = jobs
    .filter((job) => job.result === 'skipped' && job.reason?.startsWith('needs '))
    .map((job) => job.id);
  const lines = failed.map(
    (job) => `✖ ${job.name} ${job.result === 'failure' ? 'failed' : 'was cancelled'}: ${job.reason ?? ''}`,
  );
  if (stopped.length > 0) lines.push(`  it stopped: ${stopped.join(', ')}`);
  return { ok: false, lines: [`rehearsal failed`, ...lines] };
}
