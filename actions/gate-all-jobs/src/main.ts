import { failureMessage, group, info, setOutput } from '../../../packages/action-kit/index.js';
import type { Clock, FailedJob, GateReport } from '../../../packages/job-gate/index.js';
import { readSettings } from './inputs.js';
import { logProgress, logVerdicts } from './progress.js';
import { errorSummary, gateSummary } from './summary.js';

/** The gate's answer when it is red: one line, already written to the outputs. */
class GateRed extends Error {
  override readonly name = 'GateRed';
}

const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

function writeOutputs(result: 'success' | 'failure', failed: readonly FailedJob[], line: string): void {
  setOutput('result', result);
  setOutput('success', String(result === 'success'));
  setOutput('failed-jobs', JSON.stringify(failed));
  setOutput('summary', line);
}

/** Reads the settings, runs the gate with its log groups, and writes the job summary. */
async function judge(): Promise<GateReport> {
  const settings = readSettings();
  // The gate and its GitHub client load once the inputs are good.
  const [{ gateReport, runGate }, { gateApi }] = await Promise.all([
    import('../../../packages/job-gate/index.js'),
    import('./client.js'),
  ]);
  const { gate } = settings;
  const deadline = Date.now() + gate.timeoutMs;
  const api = settings.github ? await gateApi(settings.github, deadline) : null;
  const title = gate.waitFor.length
    ? `Waiting for ${gate.waitFor.join(', ')}${gate.needs ? ' (and the needed jobs)' : ''}`
    : 'Judging the needed jobs';
  const outcome = await group(title, () => runGate(gate, api, realClock, logProgress()));
  await group('Verdicts', () => {
    if (outcome.needs) logVerdicts(outcome.needs);
    if (outcome.api) logVerdicts(outcome.api);
  });
  const report = gateReport(outcome);
  gateSummary(report, outcome).write();
  return report;
}

/** gate-all-jobs: green only when every guarded job, check run and status is; outputs are written either way. */
export async function main(): Promise<void> {
  let report: GateReport;
  try {
    report = await judge();
  } catch (error) {
    const line = failureMessage(error);
    writeOutputs('failure', [], line);
    errorSummary(line).write();
    throw error;
  }
  writeOutputs(report.result, report.failed, report.summary);
  if (report.result === 'failure') throw new GateRed(report.summary);
  info(report.summary);
}
