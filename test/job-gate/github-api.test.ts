// The polling core over the real Octokit client (@actions/github with the retry and throttling plugins)
// and real HTTP, against the stand-in that answers as GitHub's OpenAPI description says. Time is a fake
// clock between looks; the plugins' own waits are real but measured in 5 ms units.
import { afterEach, describe, expect, it } from '@jest/globals';
import { createGithubClient, type RateLimitNotice } from '../../packages/action-kit/index.js';
import {
  gateReport,
  githubGateApi,
  runGate,
  STRICT_POLICY,
  type GateEvent,
  type GateSettings,
} from '../../packages/job-gate/index.js';
import {
  notAccessible,
  primaryRateLimit,
  secondaryRateLimit,
  serverError,
} from '../support/github-api/replies.js';
import { startGithubApi, type GithubApi, type GithubApiOptions } from '../support/github-api/server.js';
import { fakeClock } from '../support/clock.js';
import { RUN_ID, Scenario, SHA } from './scenario.js';

const UNIT_MS = 5;
const servers: GithubApi[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    expect(server.problems).toEqual([]);
    await server.close();
  }
});

async function serve(scenario: Scenario, options: GithubApiOptions = {}): Promise<GithubApi> {
  const server = await startGithubApi({ state: scenario.state, ...options });
  servers.push(server);
  return server;
}

function settings(scenario: Scenario, overrides: Partial<GateSettings> = {}): GateSettings {
  return {
    needs: null,
    waitFor: ['*'],
    policy: STRICT_POLICY,
    failFast: true,
    timeoutMs: 3_600_000,
    discoveryTimeoutMs: 120_000,
    pollIntervalMs: 10_000,
    maxPollIntervalMs: 60_000,
    attempt: scenario.attempt,
    identity: { runnerName: scenario.gate?.runner, jobKey: scenario.gate?.name },
    ...overrides,
  };
}

interface GateRunOptions {
  token?: string;
  onSleep?: (now: number, count: number) => void;
  /** Whether the rate-limit hook agrees to wait (default: up to three times). */
  waitForRateLimits?: boolean;
}

async function gate(server: GithubApi, gateSettings: GateSettings, options: GateRunOptions = {}) {
  const notices: RateLimitNotice[] = [];
  const events: GateEvent[] = [];
  const client = await createGithubClient({
    token: options.token ?? server.token,
    baseUrl: server.url,
    waitUnitMs: UNIT_MS,
    onRateLimit: (notice) => {
      notices.push(notice);
      return (options.waitForRateLimits ?? true) && notice.retries < 3;
    },
  });
  const api = githubGateApi(client, { owner: 'octo-org', repo: 'octo-repo', runId: RUN_ID });
  const clock = fakeClock(0, options.onSleep);
  const outcome = await runGate(gateSettings, api, clock, (event) => events.push(event));
  return { outcome, report: gateReport(outcome), notices, events, sleeps: clock.sleeps };
}

const legs = (count: number, failed = -1) =>
  Array.from({ length: count }, (_, i) => ({
    name: `wheel (${i})`,
    state: i === failed ? 'failure' : 'success',
  }));

describe('gate over the real client and the stand-in', () => {
  it('reads 250 jobs over three pages and stops at the one failed leg', async () => {
    const scenario = new Scenario({ attempts: [legs(250, 137)] });
    const server = await serve(scenario);
    const { outcome, report } = await gate(server, settings(scenario, { waitFor: ['wheel *'] }));
    expect(outcome.result).toBe('failure');
    expect(report.failed).toEqual([{ name: 'wheel (137)', result: 'failure', why: 'failed' }]);
    const pages = server.requests.filter(
      (r) => r.operationId === 'actions/list-jobs-for-workflow-run-attempt',
    );
    expect(pages.map((r) => new URLSearchParams(r.query).get('page') ?? '1')).toEqual(['1', '2', '3']);
    expect(report.rows.filter((r) => r.kind === 'job' && r.counts === 'green')).toHaveLength(249);
    expect(report.rows.find((r) => r.name === 'gate')).toMatchObject({
      counts: 'ignored',
      why: 'the gate itself',
    });
  });

  it("judges a re-run by the current attempt's jobs, not the first attempt's failure", async () => {
    const scenario = new Scenario({
      attempts: [
        [
          { name: 'build (linux)', state: 'success' },
          { name: 'build (windows)', state: 'failure' },
        ],
        [
          { name: 'build (linux)', state: 'success' },
          { name: 'build (windows)', state: 'success' },
        ],
      ],
    });
    // Another workflow was re-run too: its second attempt has a check suite of its own.
    scenario.addCheck({ name: 'docs', workflow: 'Docs', state: 'failure' });
    scenario.rerun('Docs');
    scenario.addCheck({ name: 'docs', workflow: 'Docs', state: 'success' });
    const server = await serve(scenario);
    const { outcome, report } = await gate(server, settings(scenario, { waitFor: ['build *', 'Docs'] }));
    expect(report.summary).toBe('All 3 guarded jobs, checks and statuses are green.');
    expect(outcome.result).toBe('success');
    expect(server.requests.some((r) => r.path.endsWith(`/runs/${RUN_ID}/attempts/2/jobs`))).toBe(true);
    // The first attempt's check runs are on the same commit, in the run's first suite: not counted.
    expect(report.rows.filter((r) => r.kind === 'check-run')).toEqual([
      expect.objectContaining({ name: 'Docs / docs', result: 'success', why: 'succeeded (newest of 2)' }),
    ]);
  });

  it('waits for a check run of another workflow that appears late, then for it to finish', async () => {
    const scenario = new Scenario({ attempts: [legs(2)] });
    const server = await serve(scenario);
    server.onRequest('checks/list-for-ref', 3, () =>
      scenario.addCheck({ name: 'docs', workflow: 'Docs', state: 'in_progress' }),
    );
    server.onRequest('checks/list-for-ref', 5, () =>
      scenario.addCheck({ name: 'docs', workflow: 'Docs', state: 'success' }),
    );
    const { outcome, report, sleeps } = await gate(
      server,
      settings(scenario, { waitFor: ['wheel *', 'Docs'] }),
    );
    expect(outcome.result).toBe('success');
    expect(report.rows.find((r) => r.kind === 'check-run')).toMatchObject({
      name: 'Docs / docs',
      counts: 'green',
      why: 'succeeded (newest of 2)',
    });
    expect(sleeps).toEqual([10_000, 15_000, 22_500, 33_750]);
    expect(server.count('actions/list-workflow-runs-for-repo')).toBe(1);
  });

  it('fails naming the pattern when a check run never appears within discovery-timeout', async () => {
    const scenario = new Scenario({ attempts: [legs(1)] });
    const server = await serve(scenario);
    const { outcome, report } = await gate(
      server,
      settings(scenario, { waitFor: ['wheel *', 'Nightly / *'] }),
    );
    expect(outcome.stop).toEqual({ kind: 'undiscovered', patterns: ['Nightly / *'], seconds: 120 });
    expect(report.summary).toContain(
      'wait-for pattern "Nightly / *" matched no job, check run or status within 120 s',
    );
    expect(report.failed).toEqual([
      { name: 'Nightly / *', result: 'missing', why: 'no job, check run or status matched within 120 s' },
    ]);
  });

  it('follows an external status from pending to success, newest per context', async () => {
    const scenario = new Scenario({
      attempts: [legs(1)],
      statuses: [
        { context: 'ci/appveyor', state: 'failure' },
        { context: 'ci/appveyor', state: 'pending' },
      ],
    });
    const server = await serve(scenario);
    server.onRequest('repos/list-commit-statuses-for-ref', 3, () =>
      scenario.addStatus({ context: 'ci/appveyor', state: 'success' }),
    );
    const { outcome, report, events } = await gate(server, settings(scenario, { waitFor: ['ci/appveyor'] }));
    expect(outcome.result).toBe('success');
    expect(report.rows.find((r) => r.kind === 'status')).toMatchObject({
      name: 'ci/appveyor',
      result: 'success',
      why: 'succeeded (newest of 3)',
    });
    expect(events.filter((e) => e.type === 'look')).toHaveLength(3);
  });

  it('waits out a 403 secondary rate limit for its Retry-After, then carries on', async () => {
    const scenario = new Scenario({ attempts: [legs(3)] });
    const server = await serve(scenario);
    server.inject('checks/list-for-ref', secondaryRateLimit(40));
    const { outcome, notices } = await gate(server, settings(scenario, { waitFor: ['wheel *'] }));
    expect(outcome.result).toBe('success');
    expect(notices).toEqual([
      expect.objectContaining({ kind: 'secondary', retryAfterSeconds: 40, retries: 0, method: 'GET' }),
    ]);
    const checks = server.requests.filter((r) => r.operationId === 'checks/list-for-ref');
    expect(checks.map((r) => r.status)).toEqual([403, 200]);
    expect((checks[1]?.at ?? 0) - (checks[0]?.at ?? 0)).toBeGreaterThanOrEqual(40 * UNIT_MS);
  });

  it('rides out a burst of 5xx: the client retries, then the next look goes on', async () => {
    const scenario = new Scenario({ attempts: [legs(3)] });
    const server = await serve(scenario);
    server.inject('actions/list-jobs-for-workflow-run-attempt', serverError(502), 4);
    const { outcome, events } = await gate(server, settings(scenario, { waitFor: ['wheel *'] }));
    expect(outcome.result).toBe('success');
    const jobs = server.requests.filter(
      (r) => r.operationId === 'actions/list-jobs-for-workflow-run-attempt',
    );
    expect(jobs.map((r) => r.status)).toEqual([502, 502, 502, 502, 200]);
    expect(events.filter((e) => e.type === 'retrying')).toEqual([
      {
        type: 'retrying',
        message: expect.stringMatching(
          /^Reading the jobs of run 7001 attempt 1 failed \(502 Server Error\)$/,
        ),
      },
    ]);
  });

  it('stops at once on a wrong token, naming github-token and never the token', async () => {
    const scenario = new Scenario({ attempts: [legs(1)] });
    const server = await serve(scenario);
    const wrong = 'ghs_WrongTokenWrongTokenWrongToken0000';
    const run = gate(server, settings(scenario), { token: wrong });
    await expect(run).rejects.toThrow(
      /^GitHub refused github-token reading workflow run 7001 attempt 1 \(401 Bad credentials\): pass a valid token/,
    );
    await expect(run).rejects.not.toThrow(wrong);
    expect(server.requests).toHaveLength(1);
  });

  it('names the missing permission when the token may not read check runs', async () => {
    const scenario = new Scenario({ attempts: [legs(1)] });
    const server = await serve(scenario);
    server.inject('checks/list-for-ref', notAccessible());
    await expect(gate(server, settings(scenario))).rejects.toThrow(
      `GitHub denied reading the check runs of ${SHA} (403 Resource not accessible by integration): give the gate job \`permissions: checks: read\``,
    );
  });

  it('works under a GitHub Enterprise Server API base (/api/v3)', async () => {
    const scenario = new Scenario({ attempts: [legs(2)] });
    const server = await serve(scenario, { prefix: '/api/v3' });
    const { outcome } = await gate(server, settings(scenario));
    expect(outcome.result).toBe('success');
    expect(server.requests.every((r) => r.path.startsWith('/api/v3/'))).toBe(true);
  });
});

describe('rate limits beyond the secondary one', () => {
  it('waits for the hourly limit to reset when asked to, and counts a look as no news when not', async () => {
    const scenario = new Scenario({ attempts: [legs(2)] });
    const server = await serve(scenario);
    const reset = Math.ceil(Date.now() / 1000) + 1;
    server.inject('repos/list-commit-statuses-for-ref', primaryRateLimit(reset));
    const waited = await gate(server, settings(scenario, { waitFor: ['wheel *'] }));
    expect(waited.outcome.result).toBe('success');
    expect(waited.notices).toEqual([expect.objectContaining({ kind: 'primary', retries: 0 })]);
    expect(waited.events.filter((e) => e.type === 'retrying')).toEqual([]);

    server.inject('repos/list-commit-statuses-for-ref', primaryRateLimit(reset + 3600));
    const refused = await gate(server, settings(scenario, { waitFor: ['wheel *'] }), {
      waitForRateLimits: false,
    });
    expect(refused.outcome.result).toBe('success');
    expect(refused.events.filter((e) => e.type === 'retrying')).toEqual([
      {
        type: 'retrying',
        message: expect.stringMatching(
          /^GitHub's rate limit stopped reading the commit statuses of \w+ \(403 API rate limit exceeded/,
        ),
      },
    ]);
  });
});
