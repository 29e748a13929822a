import {
  getBooleanInput,
  getInput,
  getIntegerInput,
  InputError,
  registerSecret,
} from '../../../packages/action-kit/index.js';
import {
  ALLOW_LIST_INPUTS,
  parseNameList,
  parseNeeds,
  type GateSettings,
  type Policy,
  type RunTarget,
} from '../../../packages/job-gate/index.js';

/** The action's settings, read once from the runner's environment. */
export interface Settings {
  gate: GateSettings;
  /** What mode 2 needs to reach GitHub; null without wait-for. */
  github: { token: string; target: RunTarget; apiUrl: string | undefined } | null;
}

const MAX_WAIT_SECONDS = 6 * 3600; // a job's own limit on GitHub-hosted runners

/** Reads and checks every input; the errors name the input and the fix. */
export function readSettings(): Settings {
  // First of all, so that nothing printed from here on can show it.
  const token = getInput('github-token');
  registerSecret(token);

  const jobsText = getInput('jobs');
  const waitFor = parseNameList(getInput('wait-for'), 'wait-for');
  if (jobsText === '' && waitFor.length === 0) {
    throw new InputError(
      'Nothing to guard: set jobs to ${{ toJSON(needs) }} (with the guarded jobs under needs:), or wait-for to the jobs, checks or statuses to wait for.',
    );
  }
  if (waitFor.length > 0 && waitFor.every((pattern) => pattern.startsWith('!'))) {
    throw new InputError(
      'Input wait-for has only !patterns, which leave things out but pick nothing: add what to wait for, such as * or build *.',
    );
  }
  const pollSeconds = getIntegerInput('poll-interval', 10, { min: 1, max: 3600 });
  const gate: GateSettings = {
    needs: jobsText === '' ? null : parseNeeds(jobsText, 'jobs'),
    waitFor,
    policy: readPolicy(),
    failFast: getBooleanInput('fail-fast', true),
    timeoutMs: getIntegerInput('timeout', 3600, { min: 1, max: MAX_WAIT_SECONDS }) * 1000,
    discoveryTimeoutMs: getIntegerInput('discovery-timeout', 120, { min: 0, max: MAX_WAIT_SECONDS }) * 1000,
    pollIntervalMs: pollSeconds * 1000,
    maxPollIntervalMs: Math.max(60, pollSeconds) * 1000,
    attempt: waitFor.length > 0 ? runNumber('GITHUB_RUN_ATTEMPT') : 1,
    identity: {
      runnerName: process.env['RUNNER_NAME'] || undefined,
      jobKey: process.env['GITHUB_JOB'] || undefined,
    },
  };
  if (waitFor.length === 0) return { gate, github: null };
  const apiUrl = process.env['GITHUB_API_URL'] || undefined; // GitHub Enterprise Server sets its own
  return { gate, github: { token: requireToken(token), target: runTarget(), apiUrl } };
}

function readPolicy(): Policy {
  const list = (field: keyof typeof ALLOW_LIST_INPUTS) =>
    parseNameList(getInput(ALLOW_LIST_INPUTS[field]), ALLOW_LIST_INPUTS[field]);
  return {
    allowedFailures: list('allowedFailures'),
    allowedSkips: list('allowedSkips'),
    allowedCancels: list('allowedCancels'),
    allowAllSkipped: getBooleanInput('allow-all-skipped', false),
  };
}

function requireToken(token: string): string {
  if (token) return token;
  throw new InputError(
    "Input github-token is empty, and wait-for needs it: leave github-token unset to use the run's GITHUB_TOKEN, or pass a token with actions, checks and statuses read access.",
  );
}

/** A positive whole number the runner sets (GITHUB_RUN_ID, GITHUB_RUN_ATTEMPT), which wait-for needs. */
function runNumber(name: string): number {
  const value = Number(process.env[name] ?? '');
  if (Number.isSafeInteger(value) && value > 0) return value;
  throw new InputError(
    `${name} is not set: wait-for reads this run's jobs, so run the gate inside a GitHub Actions job.`,
  );
}

function runTarget(): RunTarget {
  const [owner, repo] = (process.env['GITHUB_REPOSITORY'] ?? '').split('/');
  if (!owner || !repo)
    throw new InputError(
      "GITHUB_REPOSITORY is not set: wait-for reads this run's jobs, so run the gate inside a GitHub Actions job.",
    );
  return { owner, repo, runId: runNumber('GITHUB_RUN_ID') };
}
