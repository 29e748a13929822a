/** The environment a step of a rehearsed job runs with, as a runner sets it. */
import { delimiter, join } from 'node:path';
import { hostRunner } from '../local-runner/index.js';
import type { JobScope, RehearsalSetup } from './setup.js';

/** The GITHUB_* and RUNNER_* variables of `job` (no step files, no inputs). */
export function runnerVariables(setup: RehearsalSetup, job: JobScope): Record<string, string> {
  const github = setup.contexts.github;
  return {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: job.workspace,
    GITHUB_EVENT_NAME: setup.trigger.eventName,
    GITHUB_EVENT_PATH: join(setup.workDir, 'event.json'),
    GITHUB_REF: setup.trigger.ref,
    GITHUB_REF_NAME: String(github['ref_name'] ?? ''),
    GITHUB_REF_TYPE: String(github['ref_type'] ?? ''),
    GITHUB_SHA: setup.trigger.sha,
    GITHUB_REPOSITORY: String(github['repository'] ?? ''),
    GITHUB_REPOSITORY_OWNER: String(github['repository_owner'] ?? ''),
    GITHUB_WORKFLOW: setup.workflow.name,
    GITHUB_WORKFLOW_REF: String(github['workflow_ref'] ?? ''),
    GITHUB_JOB: job.id,
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_ACTOR: 'rehearsal',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    ...hostRunner(process.platform, process.arch),
    RUNNER_TEMP: job.tempDir,
  };
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
