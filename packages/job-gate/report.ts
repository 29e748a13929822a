import type { Judged } from './evaluate.js';
import type { GateOutcome, StopReason } from './gate.js';
import type { ItemKind } from './items.js';

/** One line of the job summary's table. */
export interface ReportRow {
  kind: ItemKind;
  name: string;
  /** GitHub's word for how it ended or where it is. */
  result: string;
  /** green, red, allowed, waiting, ignored, or not guarded. */
  counts: 'green' | 'red' | 'allowed' | 'waiting' | 'ignored' | 'not guarded';
  why: string;
  url: string | null;
}

/** An entry of the failed-jobs output. */
export interface FailedJob {
  name: string;
  result: string;
  why: string;
}

/** Everything the action reports: outputs, the summary line and the table. */
export interface GateReport {
  result: 'success' | 'failure';
  summary: string;
  failed: FailedJob[];
  rows: ReportRow[];
}

function row(judged: Judged, stop: StopReason): ReportRow {
  const { item, role, verdict } = judged;
  const base = { kind: item.kind, name: item.name, result: item.detail, url: item.url };
  const replaced = item.replaced > 0 ? ` (newest of ${item.replaced + 1})` : '';
  if (role === 'self') return { ...base, counts: 'ignored', why: 'the gate itself' };
  if (role === 'unguarded') return { ...base, counts: 'not guarded', why: 'no wait-for pattern names it' };
  if (!verdict) {
    const why =
      stop.kind === 'decided' ? 'unfinished' : `unfinished when the gate stopped (${stopWords(stop)})`;
    return { ...base, counts: 'waiting', why };
  }
  const counts = !verdict.green ? 'red' : verdict.allowed ? 'allowed' : 'green';
  return { ...base, counts, why: `${verdict.why}${replaced}` };
}

function stopWords(stop: StopReason): string {
  switch (stop.kind) {
    case 'fail-fast':
      return 'fail-fast';
    case 'timeout':
      return `timeout ${stop.seconds} s`;
    case 'undiscovered':
      return `discovery-timeout ${stop.seconds} s`;
    default:
      return stop.kind;
  }
}

const listed = (names: readonly string[], limit = 5) =>
  names.length > limit
    ? `${names.slice(0, limit).join(', ')} and ${names.length - limit} more`
    : names.join(', ');

const PAST_TENSE: Record<string, string> = {
  failure: 'failed',
  error: 'errored',
  timed_out: 'timed out',
  action_required: 'needs action',
  startup_failure: 'failed to start',
};

/** `wheel (3) failed`, `docs cancelled`, `ci/appveyor errored`. */
const redWords = (row: ReportRow) => `${row.name} ${PAST_TENSE[row.result] ?? row.result.replace(/_/g, ' ')}`;

/** The one-line summary (the `summary` output and the error line). */
function summaryLine(outcome: GateOutcome, rows: readonly ReportRow[]): string {
  const reds = rows.filter((r) => r.counts === 'red').map(redWords);
  const waiting = rows.filter((r) => r.counts === 'waiting').map((r) => r.name);
  const guarded = rows.filter((r) => ['green', 'red', 'allowed', 'waiting'].includes(r.counts)).length;
  const allowed = rows.filter((r) => r.counts === 'allowed').length;
  const { stop } = outcome;
  if (outcome.result === 'success')
    return `All ${guarded} guarded jobs, checks and statuses are green${allowed ? ` (${allowed} allowed)` : ''}.`;
  if (stop.kind === 'allowances') return stop.message;
  if (stop.kind === 'undiscovered') {
    const patterns = stop.patterns.map((p) => JSON.stringify(p)).join(', ');
    return `wait-for ${stop.patterns.length > 1 ? 'patterns' : 'pattern'} ${patterns} matched no job, check run or status within ${stop.seconds} s (discovery-timeout): check the names${reds.length ? `; red: ${listed(reds)}` : ''}.`;
  }
  if (stop.kind === 'timeout') {
    const error = stop.lastError ? ` Last error: ${stop.lastError}.` : '';
    return `Timed out after ${stop.seconds} s${waiting.length ? ` waiting for ${listed(waiting)}` : ''}${reds.length ? `; red: ${listed(reds)}` : ''}.${error}`;
  }
  if (reds.length === 0) return 'Nothing to judge: no job, check run or status is guarded.';
  const more =
    stop.kind === 'fail-fast' && waiting.length > 0 ? ` (fail-fast: ${waiting.length} not waited for)` : '';
  return `${reds.length} red: ${listed(reds)}${more}.`;
}

/** The report of an outcome: every item considered as a row, the reds, and one line. */
export function gateReport(outcome: GateOutcome): GateReport {
  const judged = [...(outcome.needs?.judged ?? []), ...(outcome.api?.judged ?? [])];
  const rows = judged.map((entry) => row(entry, outcome.stop));
  const failed: FailedJob[] = rows
    .filter((r) => r.counts === 'red' || (r.counts === 'waiting' && outcome.result === 'failure'))
    .map((r) => ({ name: r.name, result: r.counts === 'red' ? r.result : 'unfinished', why: r.why }));
  if (outcome.stop.kind === 'undiscovered') {
    for (const pattern of outcome.stop.patterns)
      failed.push({
        name: pattern,
        result: 'missing',
        why: `no job, check run or status matched within ${outcome.stop.seconds} s`,
      });
  }
  return { result: outcome.result, summary: summaryLine(outcome, rows), failed, rows };
}
