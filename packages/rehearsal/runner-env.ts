/** The environment a step of a rehearsed job runs with, as a runner sets it. */
import { delimiter, join } from 'node:path';
import { runnerVariables as runVariables } from '../local-runner/index.js';
import type { JobScope, RehearsalSetup } from './setup.js';

/** The GITHUB_* and RUNNER_* variables of `job` (no step files, no inputs), from the rehearsed run's context. */
export function runnerVariables(setup: RehearsalSetup, job: JobScope): Record<string, string> {
  const github = setup.contexts.github;
  return runVariables({
    workspace: job.workspace,
    runnerTemp: job.tempDir,
    eventName: setup.trigger.eventName,
    eventPath: join(setup.workDir, 'event.json'),
    ref: setup.trigger.ref,
    sha: setup.trigger.sha,
    refName: String(github['ref_name'] ?? ''),
    refType: String(github['ref_type'] ?? ''),
    repository: String(github['repository'] ?? ''),
    workflow: setup.workflow.name,
    workflowRef: String(github['workflow_ref'] ?? ''),
    job: job.id,
    actor: 'rehearsal',
  });
}

/** PATH with the job's additions first. */
export function jobPath(setup: RehearsalSetup, job: JobScope): string {
  return [...job.path, setup.baseEnv['PATH'] ?? ''].filter(Boolean).join(delimiter);
}

/** The whole environment of a step: the host's, the runner's variables, the job's env, then the step's. */
export function stepEnvironment(
  setup: RehearsalSetup,
  job: JobScope,
  stepEnv: Record<string, string>,
): Record<string, string> {
  return {
    ...setup.baseEnv,
    ...runnerVariables(setup, job),
    ...job.env,
    ...stepEnv,
    PATH: jobPath(setup, job),
  };
}
