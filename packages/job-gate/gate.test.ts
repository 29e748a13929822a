import { describe, expect, it } from '@jest/globals';
import { GateApiError } from './errors.js';
import { runGate, type GateEvent, type GateSettings } from './gate.js';
import { gateReport } from './report.js';
import { STRICT_POLICY, type Entry } from './results.js';
import { fakeClock } from '../../test/support/clock.js';
import {
  check,
  fakeApi,
  fakeWorld,
  job,
  status,
  workflowRun,
  type FakeWorld,
} from '../../test/support/job-gate-github.js';

/** Gate time starts at 0 in these tests; `onSleep` changes the world between looks. */
const clock = (onSleep?: (now: number, count: number) => unknown) => fakeClock(0, onSleep);

const settings = (overrides: Partial<GateSettings> = {}): GateSettings => ({
  needs: null,
  waitFor: ['*'],
  policy: STRICT_POLICY,
  failFast: true,
  timeoutMs: 600_000,
  discoveryTimeoutMs: 120_000,
  pollIntervalMs: 10_000,
  maxPollIntervalMs: 60_000,
  attempt: 1,
  identity: { runnerName: 'runner-gate', jobKey: 'gate' },
  ...overrides,
});

/** This run with the gate's own job in progress, plus `jobs`. */
const withGate = (...jobs: FakeWorld['jobs']) => fakeWorld({ jobs: [...jobs, job('gate', 'in_progress')] });
const needs = (results: Record<string, string>): Entry[] =>
  Object.entries(results).map(([name, result]) => ({ name, result: result as Entry['result'] }));

describe('runGate, mode 1', () => {
  it('decides from needs alone without any API', async () => {
    const outcome = await runGate(
      settings({ needs: needs({ a: 'success', b: 'failure' }), waitFor: [] }),
      null,
      clock(),
    );
    expect(outcome).toMatchObject({ result: 'failure', stop: { kind: 'decided' }, api: null });
    expect(gateReport(outcome).summary).toBe('1 red: b failed.');
  });

  it('refuses an allow-list entry that names no needed job, even when everything is green', async () => {
    const outcome = await runGate(
      settings({
        needs: needs({ build: 'success' }),
        waitFor: [],
        policy: { ...STRICT_POLICY, allowedSkips: ['biuld'] },
      }),
      null,
      clock(),
    );
    expect(outcome.result).toBe('failure');
    expect(gateReport(outcome).summary).toBe(
      'allowed-skips names "biuld", which matches no job, check or status the gate guards (build): fix the name or remove it.',
    );
  });
});

describe('runGate, mode 2', () => {
  it('never waits for its own job, found by runner name', async () => {
    const world = withGate(job('build', 'success'));
    const outcome = await runGate(settings(), fakeApi(world), clock());
    expect(outcome.result).toBe('success');
    expect(gateReport(outcome).rows.map((r) => [r.name, r.counts])).toEqual([
      ['build', 'green'],
      ['gate', 'ignored'],
    ]);
  });

  it('finds itself by GITHUB_JOB when the runner name is unknown, and only then', async () => {
    const world = withGate(job('build', 'success'));
    const byKey = await runGate(settings({ identity: { jobKey: 'gate' } }), fakeApi(world), clock());
    expect(byKey.result).toBe('success');
    // Unrecognisable, the gate's own unfinished job is guarded by '*': it would wait for itself.
    const events: GateEvent[] = [];
    const lost = await runGate(settings({ identity: {}, timeoutMs: 30_000 }), fakeApi(world), clock(), (e) =>
      events.push(e),
    );
    expect(lost.stop).toMatchObject({ kind: 'timeout' });
    expect(events.find((e) => e.type === 'look')).toMatchObject({ selfFound: false });
  });

  it('stops at the first red with fail-fast, leaving the rest unfinished', async () => {
    const world = withGate(job('a', 'failure'), job('b', 'in_progress'));
    const api = fakeApi(world);
    const outcome = await runGate(settings(), api, clock());
    expect(outcome.stop).toEqual({ kind: 'fail-fast' });
    expect(api.calls['listJobs']).toBe(1);
    const report = gateReport(outcome);
    expect(report.summary).toBe('1 red: a failed (fail-fast: 1 not waited for).');
    expect(report.failed).toEqual([
      { name: 'a', result: 'failure', why: 'failed' },
      { name: 'b', result: 'unfinished', why: 'unfinished when the gate stopped (fail-fast)' },
    ]);
  });

  it('without fail-fast waits for everything and reports every red', async () => {
    const world = withGate(job('a', 'failure'), job('b', 'in_progress'));
    const time = clock((now) => {
      if (now >= 25_000) world.jobs[1] = job('b', 'cancelled');
    });
    const outcome = await runGate(settings({ failFast: false }), fakeApi(world), time);
    expect(outcome.stop).toEqual({ kind: 'decided' });
    expect(gateReport(outcome).summary).toBe('2 red: a failed, b cancelled.');
    expect(time.sleeps).toEqual([10_000, 15_000]);
  });

  it('backs off by half each look up to the maximum, and looks a last time at the deadline', async () => {
    const world = withGate(job('slow', 'in_progress'));
    const api = fakeApi(world);
    const time = clock();
    const outcome = await runGate(settings({ timeoutMs: 300_000 }), api, time);
    expect(time.sleeps).toEqual([10_000, 15_000, 22_500, 33_750, 50_625, 60_000, 60_000, 48_125]);
    expect(api.calls['listJobs']).toBe(9);
    const report = gateReport(outcome);
    expect(report.summary).toBe('Timed out after 300 s waiting for slow.');
    expect(report.failed).toEqual([
      { name: 'slow', result: 'unfinished', why: 'unfinished when the gate stopped (timeout 300 s)' },
    ]);
  });

  it('treats a transient API failure as no news, and a refusal as the end', async () => {
    const world = withGate(job('build', 'success'));
    world.failNext.push(new GateApiError('Reading the jobs failed (502 Bad Gateway)', true));
    const events: GateEvent[] = [];
    const outcome = await runGate(settings(), fakeApi(world), clock(), (e) => events.push(e));
    expect(outcome.result).toBe('success');
    expect(events.filter((e) => e.type === 'retrying')).toHaveLength(1);

    world.failNext.push(new GateApiError('GitHub refused github-token', false));
    await expect(runGate(settings(), fakeApi(world), clock())).rejects.toThrow('GitHub refused github-token');
  });

  it('gives the last error when GitHub stays down until the timeout', async () => {
    const world = withGate(job('build', 'success'));
    for (let i = 0; i < 20; i += 1)
      world.failNext.push(new GateApiError('Reading the jobs failed (503 Unavailable)', true));
    const outcome = await runGate(settings({ timeoutMs: 60_000 }), fakeApi(world), clock());
    expect(gateReport(outcome).summary).toBe(
      'Timed out after 60 s. Last error: Reading the jobs failed (503 Unavailable).',
    );
  });

  it('waits up to discovery-timeout for a pattern to match, looking at that moment', async () => {
    const world = withGate(job('build', 'success'));
    const late = clock((now) => {
      if (now >= 100_000 && world.statuses.length === 0)
        world.statuses.push(status('ci/appveyor', 'success'));
    });
    expect((await runGate(settings({ waitFor: ['build', 'ci/*'] }), fakeApi(world), late)).result).toBe(
      'success',
    );

    const never = withGate(job('build', 'success'));
    const time = clock();
    const outcome = await runGate(
      settings({ waitFor: ['build', 'ci/*'], pollIntervalMs: 50_000 }),
      fakeApi(never),
      time,
    );
    expect(outcome.stop).toEqual({ kind: 'undiscovered', patterns: ['ci/*'], seconds: 120 });
    expect(time.sleeps).toEqual([50_000, 60_000, 10_000]);
  });

  it('does not count a pattern as found by the gate itself', async () => {
    const world = withGate(job('build', 'success'));
    const outcome = await runGate(
      settings({ waitFor: ['build', 'ga*'], discoveryTimeoutMs: 0 }),
      fakeApi(world),
      clock(),
    );
    expect(outcome.stop).toEqual({ kind: 'undiscovered', patterns: ['ga*'], seconds: 0 });
  });

  it('is red when nothing is guarded at all', async () => {
    const outcome = await runGate(
      settings({ waitFor: ['!*'] }),
      fakeApi(withGate(job('a', 'success'))),
      clock(),
    );
    expect(outcome.result).toBe('failure');
    expect(gateReport(outcome).summary).toBe('Nothing to judge: no job, check run or status is guarded.');
  });

  it('leaves out what a !pattern names', async () => {
    const world = withGate(job('build', 'success'), job('docs', 'failure'));
    const outcome = await runGate(settings({ waitFor: ['*', '!docs*'] }), fakeApi(world), clock());
    expect(outcome.result).toBe('success');
    expect(gateReport(outcome).rows.find((r) => r.name === 'docs')).toMatchObject({ counts: 'not guarded' });
  });

  it('does not fail fast on a skip that allow-all-skipped may still pass', async () => {
    const world = withGate(job('a', 'skipped'), job('b', 'in_progress'));
    const time = clock(() => (world.jobs[1] = job('b', 'skipped')));
    const policy = { ...STRICT_POLICY, allowAllSkipped: true };
    expect((await runGate(settings({ policy }), fakeApi(world), time)).result).toBe('success');
    expect(time.sleeps).toHaveLength(1);
  });

  it('names other workflows in check runs, asking for workflow runs once per new check suite', async () => {
    const world = withGate(job('build', 'success'));
    world.checkRuns.push(
      check('build', 'success', 1),
      check('docs', 'in_progress', 2),
      check('lint', 'success', 3),
    );
    world.workflowRuns.push(workflowRun(2, 'Docs', 2));
    const api = fakeApi(world);
    const time = clock(() => (world.checkRuns[1] = check('docs', 'success', 2)));
    const outcome = await runGate(settings({ waitFor: ['build', 'Docs', 'lint'] }), api, time);
    expect(outcome.result).toBe('success');
    expect(gateReport(outcome).rows.map((r) => `${r.kind} ${r.name}`)).toEqual([
      'job build',
      'job gate',
      'check-run Docs / docs',
      'check-run lint',
    ]);
    expect(api.calls['listWorkflowRuns']).toBe(1);
  });

  it("leaves out the check runs of the gate's earlier attempts, and lets another workflow's re-run replace its old result", async () => {
    const world = withGate(job('build', 'success'));
    world.run = { ...world.run, check_suite_id: 2, run_attempt: 2 };
    world.attempts['1/1'] = { ...world.run, check_suite_id: 1, run_attempt: 1 };
    world.workflowRuns.push(workflowRun(5, 'Docs', 12, 2));
    world.attempts['5/1'] = workflowRun(5, 'Docs', 11, 1);
    world.checkRuns.push(
      check('build', 'failure', 1, '2024-05-01T12:00:00Z'),
      check('build', 'success', 2, '2024-05-01T12:10:00Z'),
      check('docs', 'failure', 11, '2024-05-01T12:00:00Z'),
      check('docs', 'success', 12, '2024-05-01T12:10:00Z'),
    );
    const api = fakeApi(world);
    const outcome = await runGate(settings({ attempt: 2, waitFor: ['build', 'docs'] }), api, clock());
    expect(outcome.result).toBe('success');
    expect(gateReport(outcome).rows.filter((r) => r.kind === 'check-run')).toEqual([
      expect.objectContaining({ name: 'Docs / docs', result: 'success', why: 'succeeded (newest of 2)' }),
    ]);
    expect(api.calls['getRunAttempt']).toBe(3); // the gate's two attempts, and Docs' first
  });

  it('leaves out check runs of another run of its own workflow on the commit, which has a gate of its own', async () => {
    const world = withGate(job('build', 'success'));
    world.workflowRuns.push(workflowRun(3, 'Release', 30, 1, 1));
    world.checkRuns.push(check('build', 'failure', 30), check('gate', 'in_progress', 30));
    const outcome = await runGate(settings(), fakeApi(world), clock());
    expect(outcome.result).toBe('success');
    expect(gateReport(outcome).rows.filter((r) => r.kind === 'check-run')).toEqual([]);
  });

  it('checks mode 1 and mode 2 together: both must be green, each with its own all-skipped rule', async () => {
    const world = withGate(job('build', 'success'));
    const green = await runGate(settings({ needs: needs({ plan: 'success' }) }), fakeApi(world), clock());
    expect(green.result).toBe('success');
    const skippedNeeds = await runGate(
      settings({ needs: needs({ plan: 'skipped' }), failFast: false }),
      fakeApi(world),
      clock(),
    );
    expect(gateReport(skippedNeeds).summary).toBe('1 red: plan skipped.');
    const api = fakeApi(world);
    await runGate(settings({ needs: needs({ plan: 'failure' }) }), api, clock());
    expect(api.calls).toEqual({});
  });

  it('refuses an allow-list pattern that matches nothing guarded once all has finished', async () => {
    const world = withGate(job('build', 'success'));
    const policy = { ...STRICT_POLICY, allowedFailures: ['nightly*'] };
    const outcome = await runGate(settings({ policy }), fakeApi(world), clock());
    expect(outcome.stop).toMatchObject({ kind: 'allowances' });
  });
});
