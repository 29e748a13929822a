import { escapeHtml, Summary, type Cell } from '../../../packages/action-kit/index.js';
import type { GateOutcome, GateReport, ItemKind, ReportRow } from '../../../packages/job-gate/index.js';

const KIND_WORDS: Record<ItemKind, string> = {
  needs: 'needed job',
  job: 'job of this run',
  'check-run': 'check run',
  status: 'commit status',
};

// Reds first: they are what a person opens the summary for.
const ORDER: ReportRow['counts'][] = ['red', 'waiting', 'allowed', 'green', 'ignored', 'not guarded'];
const MARKS: Record<ReportRow['counts'], string> = {
  red: '✗ red',
  waiting: '… unfinished',
  allowed: '~ allowed',
  green: '✓ green',
  ignored: 'ignored',
  'not guarded': 'not guarded',
};

function nameCell(row: ReportRow): Cell {
  return row.url ? { html: `<a href="${escapeHtml(row.url)}">${escapeHtml(row.name)}</a>` } : row.name;
}

/** The job summary: the verdict and its one line, then every job, check run and status considered. */
export function gateSummary(report: GateReport, outcome: GateOutcome): Summary {
  const summary = new Summary().heading(report.result === 'success' ? 'Gate: green ✓' : 'Gate: red ✗');
  summary.paragraph(report.summary);
  if (outcome.run) {
    summary.paragraph(
      `Commit ${outcome.run.sha.slice(0, 12)}, workflow ${outcome.run.workflow || '(unnamed)'}, attempt ${outcome.run.attempt}.`,
    );
  }
  const rows = [...report.rows].sort((a, b) => ORDER.indexOf(a.counts) - ORDER.indexOf(b.counts));
  if (rows.length > 0) {
    summary.table(
      ['Job, check or status', 'Kind', 'Result', 'Counts', 'Why'],
      rows.map((row) => [nameCell(row), KIND_WORDS[row.kind], row.result, MARKS[row.counts], row.why]),
    );
  }
  return summary;
}

/** The job summary when the gate could not decide at all (bad input, a refused token). */
export function errorSummary(message: string): Summary {
  return new Summary().heading('Gate: red ✗').paragraph(message);
}
