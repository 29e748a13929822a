/**
 * A workflow's jobs played in the order their `needs` allow, each only if its `if:` (GitHub's reading, with the
 * implied `success()`) holds over the results of the jobs it needs; matrix jobs once per combination.
 */
import { join } from 'node:path';
import { formatSeconds } from '../common/index.js';
import { asText, condition, resolve, resolveStrings, type Contexts } from './expressions.js';
import { runJobSteps } from './job-run.js';
import { expandMatrix, type Combination } from './matrix.js';
import type { JobScope, RehearsalSetup } from './setup.js';
import type { JobReport, NeedsEntry, Result } from './types.js';
import type { Plain, WorkflowJob } from './workflow.js';

/** The next job whose needs have all finished, in file order. */
export function nextReady(
  jobs: readonly WorkflowJob[],
  finished: ReadonlySet<string>,
): WorkflowJob | undefined {
  return jobs.find((job) => !finished.has(job.id) && job.needs.every((need) => finished.has(need)));
}

/** A matrix job's result from its combinations': any failure fails it, all skipped skips it. */
export function combinedResult(results: readonly Result[]): Result {
  if (results.includes('failure')) return 'failure';
  if (results.includes('cancelled')) return 'cancelled';
  if (results.length > 0 && results.every((result) => result === 'skipped')) return 'skipped';
  return 'success';
}

function displayName(job: WorkflowJob, matrix: Combination, contexts: Contexts): string {
  if (job.name !== null) return asText(resolve(job.name, { ...contexts, matrix }));
  const values = Object.values(matrix).map((value) => asText(value));
  return values.length > 0 ? `${job.id} (${values.join(', ')})` : job.id;
}

function environmentName(environment: Plain, contexts: Contexts): string | null {
  const resolved = resolve(environment, contexts);
  if (resolved === null) return null;
  if (typeof resolved === 'object' && !Array.isArray(resolved))
    return resolved['name'] ? asText(resolved['name']) : null;
  return asText(resolved);
}

const writesIdToken = (permissions: Plain): boolean =>
  permissions === 'write-all' ||
  (permissions !== null &&
    typeof permissions === 'object' &&
    !Array.isArray(permissions) &&
    permissions['id-token'] === 'write');

/** GitHub's limit on a job: its `timeout-minutes`, 360 by default. */
function jobTimeout(job: WorkflowJob, contexts: Contexts): { signal: AbortSignal; clear(): void } {
  const minutes = job.timeoutMinutes === null ? 360 : Number(resolve(job.timeoutMinutes, contexts));
  if (!Number.isFinite(minutes) || minutes <= 0)
    throw new Error(
      `job '${job.id}': timeout-minutes must be a number above 0, not ${String(job.timeoutMinutes)}`,
    );
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), minutes * 60_000);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** One combination of `job`, played; its report and outputs. */
async function runCombination(
  setup: RehearsalSetup,
  job: WorkflowJob,
  matrix: Combination,
  scope: { index: number; needs: Record<string, NeedsEntry> },
): Promise<{ report: JobReport; outputs: Record<string, string> }> {
  const contexts: Contexts = { ...setup.contexts, needs: scope.needs, matrix };
  const name = displayName(job, matrix, contexts);
  const dir = join(setup.workDir, 'jobs', `${job.id}-${scope.index + 1}`);
  const started = Date.now();
  setup.log.line(`▶ ${name}`);
  const env = resolveStrings(
    { ...setup.workflow.env, ...job.env },
    { ...contexts, env: resolveStrings(setup.workflow.env, contexts) },
  );
  const timeout = jobTimeout(job, contexts);
  const state: JobScope = {
    id: job.id,
    name,
    workspace: join(dir, 'workspace'),
    tempDir: join(dir, 'temp'),
    matrix,
    needs: scope.needs,
    env,
    path: [],
    steps: {},
    environment: environmentName(job.environment, contexts),
    idToken: writesIdToken(job.permissions),
    signal: AbortSignal.any([setup.signal, timeout.signal]),
  };
  const problem = await runJobSteps(setup, state, job.steps).finally(() => timeout.clear());
  const outputs =
    problem === null ? resolveStrings(job.outputs, { ...contexts, steps: state.steps, env: state.env }) : {};
  const result: Result = problem === null ? 'success' : setup.signal.aborted ? 'cancelled' : 'failure';
  const report: JobReport = { id: job.id, name, result, durationMs: Date.now() - started, reason: problem };
  const took = formatSeconds(report.durationMs / 1000);
  setup.log.line(
    `${result === 'success' ? '✔' : '✖'} ${name}: ${result} in ${took}${problem ? `: ${problem}` : ''}`,
  );
  return { report, outputs };
}

/** The reports of one job: skipped, or one per combination. */
async function runJob(
  setup: RehearsalSetup,
  job: WorkflowJob,
  needs: Record<string, NeedsEntry>,
): Promise<{ reports: JobReport[]; entry: NeedsEntry }> {
  const contexts: Contexts = { ...setup.contexts, needs };
  const results = job.needs.map((need) => needs[need]?.result);
  const status = {
    succeeded: results.every((result) => result === 'success'),
    failed: results.some((result) => result === 'failure'),
    cancelled: setup.signal.aborted,
  };
  if (!condition(job.if, contexts, status)) {
    const blockers = job.needs.filter((need) => needs[need]?.result !== 'success');
    const reason =
      blockers.length > 0 ? `needs ${blockers.join(', ')}, which did not succeed` : `if: ${job.if} is false`;
    setup.log.line(`○ ${job.id}: skipped (${reason})`);
    return {
      reports: [{ id: job.id, name: job.id, result: 'skipped', durationMs: 0, reason }],
      entry: { result: 'skipped', outputs: {} },
    };
  }
  if (job.calls !== null)
    throw new Error(
      `job '${job.id}' calls the reusable workflow ${job.calls}, which a rehearsal cannot play`,
    );
  const combinations = expandMatrix(resolve(job.matrix, contexts));
  const reports: JobReport[] = [];
  const outputs: Record<string, string> = {};
  for (const [index, matrix] of combinations.entries()) {
    const played = await runCombination(setup, job, matrix, { index, needs });
    reports.push(played.report);
    for (const [key, value] of Object.entries(played.outputs)) if (value !== '') outputs[key] = value;
  }
  return { reports, entry: { result: combinedResult(reports.map((r) => r.result)), outputs } };
}

/** Plays every job of the workflow; resolves with one report per job played (or skipped). */
export async function playWorkflow(setup: RehearsalSetup): Promise<JobReport[]> {
  const finished = new Map<string, NeedsEntry>();
  const reports: JobReport[] = [];
  const jobs = setup.workflow.jobs;
  for (
    let job = nextReady(jobs, new Set(finished.keys()));
    job;
    job = nextReady(jobs, new Set(finished.keys()))
  ) {
    const needs = Object.fromEntries(job.needs.map((need) => [need, finished.get(need) as NeedsEntry]));
    let played: { reports: JobReport[]; entry: NeedsEntry };
    try {
      played = await runJob(setup, job, needs);
    } catch (error) {
      const reason = (error as Error).message;
      setup.log.line(`✖ ${job.id}: failure (${reason})`);
      played = {
        reports: [{ id: job.id, name: job.id, result: 'failure', durationMs: 0, reason }],
        entry: { result: 'failure', outputs: {} },
      };
    }
    reports.push(...played.reports);
    finished.set(job.id, played.entry);
  }
  return reports;
}
