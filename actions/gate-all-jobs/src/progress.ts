import { info, warning } from '../../../packages/action-kit/index.js';
import type { Evaluation, GateEvent, Verdict } from '../../../packages/job-gate/index.js';

const mark = (verdict: Verdict) => (!verdict.green ? '✗' : verdict.allowed ? '~' : '✓');

/** One log line per verdict: `✓ build: succeeded`. */
export function logVerdicts(evaluation: Evaluation): void {
  for (const { item, verdict } of evaluation.judged) {
    if (verdict) info(`${mark(verdict)} ${item.name}: ${verdict.why}`);
  }
}

const listed = (names: readonly string[], limit = 8) =>
  names.length > limit
    ? `${names.slice(0, limit).join(', ')} and ${names.length - limit} more`
    : names.join(', ');

function lookLine(round: number, evaluation: Evaluation): string {
  const verdicts = evaluation.judged.flatMap((j) => (j.verdict ? [j.verdict] : []));
  const green = verdicts.filter((v) => v.green && !v.allowed).length;
  const allowed = verdicts.filter((v) => v.allowed).length;
  const reds = verdicts.filter((v) => !v.green).map((v) => v.name);
  const parts = [
    `${green} green`,
    allowed ? `${allowed} allowed` : '',
    reds.length ? `${reds.length} red (${listed(reds)})` : '',
    evaluation.pending.length
      ? `${evaluation.pending.length} unfinished (${listed(evaluation.pending.map((i) => i.name))})`
      : '',
    evaluation.unmatched.length
      ? `nothing yet for ${evaluation.unmatched.map((p) => JSON.stringify(p)).join(', ')}`
      : '',
  ];
  return `Look ${round}: ${parts.filter(Boolean).join(', ')}`;
}

/** Logs the polling as it goes: each look, retries, waits; warns once if the gate cannot find its own job. */
export function logProgress(): (event: GateEvent) => void {
  let warnedSelf = false;
  return (event) => {
    switch (event.type) {
      case 'run':
        info(
          `Commit ${event.run.sha}, workflow ${JSON.stringify(event.run.workflow)}, attempt ${event.run.attempt}`,
        );
        break;
      case 'look':
        info(lookLine(event.round, event.evaluation));
        if (!event.selfFound && !warnedSelf) {
          warnedSelf = true;
          warning(
            "The gate could not tell its own job among this run's jobs (by RUNNER_NAME, or a job named as GITHUB_JOB); if a wait-for pattern matches it, the gate waits for itself until the timeout. Narrow wait-for, or add !<gate job name>.",
          );
        }
        break;
      case 'retrying':
        info(`${event.message}; the next look tries again`);
        break;
      case 'waiting':
        info(`  next look in ${Math.round(event.ms / 100) / 10} s`);
        break;
    }
  };
}
