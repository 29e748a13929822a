/** A step that uses one of this suite's actions: its bundle run through the local runner, as a runner runs it. */
import { join } from 'node:path';
import { readActionMetadata, runAction } from '../local-runner/index.js';
import { hostPlan } from './host.js';
import { runnerVariables, stepEnvironment } from './runner-env.js';
import type { JobScope, RehearsalSetup, StepOutcome } from './setup.js';

/**
 * The inputs the rehearsal sets: every `repository-url` is the embedded index (whatever the template says, so
 * nothing can reach PyPI), and verify-pypi's dependencies come from the extra index when one was given.
 */
export function rehearsalInputs(
  declared: readonly string[],
  given: Record<string, string>,
  setup: Pick<RehearsalSetup, 'indexUploadUrl' | 'extraIndexUrl'>,
): { inputs: Record<string, string>; notes: string[] } {
  const inputs = { ...given };
  const notes: string[] = [];
  if (declared.includes('repository-url')) {
    inputs['repository-url'] = setup.indexUploadUrl;
    notes.push(`repository-url: the embedded index, ${setup.indexUploadUrl}`);
  }
  if (declared.includes('extra-index-url') && setup.extraIndexUrl && !given['extra-index-url']) {
    inputs['extra-index-url'] = setup.extraIndexUrl;
    notes.push(`extra-index-url: ${setup.extraIndexUrl}`);
  }
  return { inputs, notes };
}

/** Runs this suite's `action` with `with` as its inputs. */
export async function runSuiteStep(
  setup: RehearsalSetup,
  job: JobScope,
  step: { action: string; with: Record<string, string>; env: Record<string, string> },
): Promise<StepOutcome> {
  const actionDir = join(setup.suiteDir, step.action);
  const metadata = await readActionMetadata(actionDir);
  const { inputs, notes } = rehearsalInputs(Object.keys(metadata.inputs), step.with, setup);
  const env = { ...step.env };
  if (step.action === 'build-wheel-matrix') {
    // A plan of the one wheel this host builds: collect then proves exactly that set complete.
    const plan = hostPlan(setup.host);
    inputs['platforms'] = plan.platforms;
    env['CIBW_BUILD'] = plan.build;
    notes.push(`platforms: ${plan.platforms} and CIBW_BUILD: ${plan.build}, the wheel this host builds`);
  }
  for (const note of notes) setup.log.line(`rehearsal sets ${note}`);
  const idToken = job.idToken ? setup.idTokenEnv({ job: job.id, environment: job.environment }) : {};
  const environment = stepEnvironment(setup, job, env);
  // The runner's own variables win over runAction's defaults; the step files are runAction's.
  const run = await runAction({
    actionDir,
    inputs,
    event: { name: setup.trigger.eventName, payload: setup.trigger.payload },
    ref: setup.trigger.ref,
    sha: setup.trigger.sha,
    workspace: job.workspace,
    env: { ...environment, ...runnerVariables(setup, job), ...idToken },
    strictInputs: true,
    artifactStorage: setup.artifactStorage,
    signal: job.signal,
    timeoutMs: 6 * 3600_000,
    onLine: (line, stream) => setup.log.output(line, stream),
    ...(setup.node ? { node: setup.node } : {}),
  });
  if (run.exitCode !== 0) {
    const error = run.commands.find((command) => command.command === 'error')?.message;
    return { ok: false, problem: error ?? `${step.action} exited with ${run.exitCode ?? run.signal}` };
  }
  return { ok: true, outputs: run.outputs, env: run.env, path: run.path };
}
