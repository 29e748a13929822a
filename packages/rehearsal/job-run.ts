/** One job (one matrix combination) played step by step, with GitHub's rules for `if:`, outputs and env. */
import { mkdir } from 'node:fs/promises';
import { playDownload, playUpload } from './artifact-steps.js';
import { condition, resolve, resolveStrings, truthy, type Contexts } from './expressions.js';
import { playCheckout, playCibuildwheel, playSetupPython, playSetupQemu } from './local-equivalents.js';
import type { JobScope, RehearsalSetup, StepOutcome } from './setup.js';
import { runShellStep } from './shell-step.js';
import { classifyStep } from './steps.js';
import { runSuiteStep } from './suite-step.js';
import type { WorkflowStep } from './workflow.js';

/** The contexts a step's expressions see. */
export function jobContexts(setup: RehearsalSetup, job: JobScope): Contexts {
  return {
    ...setup.contexts,
    env: job.env,
    needs: job.needs,
    matrix: job.matrix,
    steps: job.steps,
    job: { status: 'success' },
    runner: { os: setup.host.platform, arch: setup.host.arch, temp: job.tempDir },
  };
}

function stepLabel(step: WorkflowStep, index: number, contexts: Contexts): string {
  if (step.name !== null) return step.name;
  if (step.uses !== null) return `uses ${step.uses.replace(/@.*$/, '')}`;
  let script = step.run ?? '';
  try {
    script = resolveStrings({ run: script }, contexts)['run'] ?? script;
  } catch {
    // The step itself reports the bad expression.
  }
  return `run: ${script.trim().split('\n')[0]?.slice(0, 70) ?? `step ${index + 1}`}`;
}

async function play(
  setup: RehearsalSetup,
  job: JobScope,
  step: WorkflowStep,
  index: number,
  contexts: Contexts,
): Promise<StepOutcome> {
  const env = resolveStrings(step.env, contexts);
  const inputs = resolveStrings(step.with, contexts);
  const how = classifyStep(step, setup.suiteActions);
  switch (how.kind) {
    case 'run':
      return runShellStep(setup, job, {
        index,
        script: resolveStrings({ run: step.run ?? '' }, contexts)['run'] ?? '',
        shell: how.shell,
        env,
        workingDirectory:
          step.workingDirectory === null
            ? null
            : (resolveStrings({ dir: step.workingDirectory }, contexts)['dir'] ?? null),
      });
    case 'suite':
      return runSuiteStep(setup, job, { action: how.action, with: inputs, env });
    case 'checkout':
      return playCheckout(setup, job);
    case 'setup-python':
      return playSetupPython(setup, job, inputs);
    case 'setup-qemu':
      return playSetupQemu(setup);
    case 'cibuildwheel':
      return playCibuildwheel(setup, job, { index, with: inputs, env });
    case 'upload-artifact':
      return playUpload(setup, job, inputs);
    case 'download-artifact':
      return playDownload(setup, job, inputs);
    case 'unknown':
      return { ok: false, problem: how.reason };
  }
}

/** Plays the steps of `job` in order; a failed step fails the job, and later steps run only if their `if:` says so. */
export async function runJobSteps(
  setup: RehearsalSetup,
  job: JobScope,
  steps: readonly WorkflowStep[],
): Promise<string | null> {
  await mkdir(job.tempDir, { recursive: true });
  await mkdir(job.workspace, { recursive: true });
  let problem: string | null = null;
  for (const [index, step] of steps.entries()) {
    const contexts = jobContexts(setup, job);
    const label = stepLabel(step, index, contexts);
    const status = { succeeded: problem === null, failed: problem !== null, cancelled: job.signal.aborted };
    let outcome: StepOutcome;
    try {
      if (!condition(step.if, contexts, status)) {
        setup.log.line(`- ${label}: skipped (if: ${step.if})`);
        job.steps[step.id] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} };
        continue;
      }
      setup.log.line(`- ${label}`);
      outcome = await play(setup, job, step, index, contexts);
    } catch (error) {
      outcome = { ok: false, problem: (error as Error).message };
    }
    const result = outcome.ok ? 'success' : 'failure';
    const tolerated = !outcome.ok && truthy(resolve(step.continueOnError, contexts));
    job.steps[step.id] = {
      outcome: result,
      conclusion: tolerated ? 'success' : result,
      outputs: outcome.outputs ?? {},
    };
    Object.assign(job.env, outcome.env ?? {});
    job.path.unshift(...(outcome.path ?? []).reverse());
    const failure = `step '${label}' failed: ${outcome.problem ?? 'it failed'}`;
    if (tolerated) setup.log.line(`  ${failure} (continue-on-error: the job goes on)`);
    else if (!outcome.ok) {
      problem ??= failure;
      setup.log.line(`  ${failure}`);
    }
  }
  return problem;
}
