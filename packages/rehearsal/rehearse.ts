/** A whole rehearsal: the trigger, the embedded index with trusted publishing, every job played, and clean-up. */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { SIGSTORE_URL_ENV } from '../attestations/index.js';
import { startIndex } from '../local-index/index.js';
import { playWorkflow } from './engine.js';
import { cibwPlatform, readHost } from './host.js';
import { GITHUB_ISSUER, startOidcIssuer } from './oidc-issuer.js';
import type { RehearsalSetup } from './setup.js';
import { githubContext, readTrigger, type RehearsalEvent } from './trigger.js';
import type { JobReport, RehearsalLog, Trigger } from './types.js';
import { readWorkflow, type Workflow } from './workflow.js';

/** How to rehearse. */
export interface RehearsalOptions {
  /** The project: a git repository. */
  projectDir: string;
  /** The workflow file to play. */
  templatePath: string;
  event: RehearsalEvent;
  /** The directory of this suite's built actions (dist/). */
  suiteDir: string;
  /** `owner/name` the run stands for (trusted publishing matches it); default `local/<project dir name>`. */
  repository?: string;
  /** The interpreter setup-python and cibuildwheel stand for; default python3. */
  python?: string;
  /** An index for the release's dependencies in verify-pypi's install check. */
  extraIndexUrl?: string | null;
  /** Keep the index's files here (and reuse what an earlier rehearsal published); default a temporary directory. */
  indexStorage?: string;
  /** Where the run's files go (removed afterwards). */
  tempDir: string;
  /** The environment steps start from (the host's; runner variables from the host are dropped). */
  env: NodeJS.ProcessEnv;
  log: RehearsalLog;
  signal: AbortSignal;
  node?: string;
}

/** How a rehearsal went. */
export interface RehearsalReport {
  trigger: Trigger;
  workflow: Workflow;
  jobs: JobReport[];
  indexUrl: string;
}

const RUNNER_OWNED = /^(GITHUB_|RUNNER_|ACTIONS_|INPUT_|STATE_)/;

/** The host's environment without what a runner sets itself (a rehearsal run inside Actions must not leak in). */
export function hostEnv(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined && !RUNNER_OWNED.test(entry[0]),
    ),
  );
}

/** The names of the actions built in `suiteDir`. */
async function suiteActions(suiteDir: string): Promise<string[]> {
  const entries = await readdir(suiteDir, { withFileTypes: true });
  const names = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory())
      .map(async (entry) =>
        (await readFile(join(suiteDir, entry.name, 'action.yml')).catch(() => null)) ? entry.name : null,
      ),
  );
  return names.filter((name): name is string => name !== null);
}

/** The environment names of the jobs that may ask for an OIDC token, when each is written as a literal. */
function publishingEnvironments(workflow: Workflow): string[] {
  const names = workflow.jobs
    .filter((job) => JSON.stringify(job.permissions ?? {}).includes('"id-token":"write"'))
    .map((job) =>
      typeof job.environment === 'object' && job.environment && !Array.isArray(job.environment)
        ? job.environment['name']
        : job.environment,
    )
    .filter((name): name is string => typeof name === 'string' && !name.includes('${{'));
  return [...new Set(names)];
}

/** Rehearses the workflow at `options.templatePath` on the project. */
export async function rehearse(options: RehearsalOptions): Promise<RehearsalReport> {
  const projectDir = resolve(options.projectDir);
  const file = basename(options.templatePath);
  const workflow = await readWorkflow(await readFile(options.templatePath, 'utf8'), file);
  const repository = options.repository ?? `local/${basename(projectDir).toLowerCase()}`;
  const trigger = await readTrigger(projectDir, options.event, repository);
  const python = options.python ?? 'python3';
  const host = await readHost(python, cibwPlatform(process.platform));
  const workDir = await mkdtemp(join(options.tempDir, 'release-actions-rehearsal-'));
  const issuer = await startOidcIssuer();
  try {
    const storageDir = options.indexStorage ?? join(workDir, 'index');
    await mkdir(storageDir, { recursive: true });
    const environments = publishingEnvironments(workflow);
    const index = await startIndex({
      storageDir,
      trustedPublishers: [
        {
          issuer: GITHUB_ISSUER,
          jwks: issuer.jwks,
          repository,
          workflow: file,
          ...(environments.length === 1 ? { environment: environments[0] } : {}),
        },
      ],
    });
    try {
      await writeFile(join(workDir, 'event.json'), JSON.stringify(trigger.payload));
      const github = githubContext(trigger, repository, { name: workflow.name, file });
      const setup: RehearsalSetup = {
        workflow,
        trigger,
        contexts: { github, vars: {}, inputs: {}, secrets: {} },
        log: options.log,
        projectDir,
        workDir,
        suiteDir: resolve(options.suiteDir),
        suiteActions: await suiteActions(options.suiteDir),
        python,
        artifactStorage: join(workDir, 'artifacts'),
        indexUploadUrl: index.uploadUrl,
        extraIndexUrl: options.extraIndexUrl ?? null,
        // publish-pypi signs PEP 740 attestations under trusted publishing, and verify-pypi checks them: both
        // against the index's Sigstore stand-in, as the real ones would against public-good Sigstore.
        baseEnv: { ...hostEnv(options.env), [SIGSTORE_URL_ENV]: `${index.url}/_/sigstore` },
        host,
        idTokenEnv: ({ job, environment }) =>
          issuer.jobEnv({
            sub: `repo:${repository}:${environment ? `environment:${environment}` : `ref:${trigger.ref}`}`,
            repository,
            repository_owner: repository.split('/')[0],
            workflow_ref: github['workflow_ref'],
            job_workflow_ref: github['workflow_ref'],
            ref: trigger.ref,
            sha: trigger.sha,
            event_name: trigger.eventName,
            job_workflow_sha: trigger.sha,
            runner_environment: 'github-hosted',
            ...(environment ? { environment } : {}),
            job,
          }),
        signal: options.signal,
        ...(options.node ? { node: options.node } : {}),
      };
      const jobs = await playWorkflow(setup);
      return { trigger, workflow, jobs, indexUrl: index.url };
    } finally {
      await index.close();
    }
  } finally {
    await issuer.close();
    await rm(workDir, { recursive: true, force: true });
  }
}
