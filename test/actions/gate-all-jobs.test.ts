// The built gate-all-jobs bundle, run as the runner runs it (Node 20 and 24): mode 1 from `needs`, and
// mode 2 against the GitHub REST API stand-in (responses checked against GitHub's OpenAPI description).
import { afterEach, describe, expect, it } from '@jest/globals';
import { distDir, nodeRuntimes, runAction, type ActionRun } from '../harness/index.js';
import { badCredentials, secondaryRateLimit, serverError } from '../support/github-api/replies.js';
import { startGithubApi, type GithubApi } from '../support/github-api/server.js';
import { Scenario } from '../job-gate/scenario.js';

const TOKEN = 'ghs_GateTokenGateTokenGateToken000000';

const servers: GithubApi[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) {
    expect(server.problems).toEqual([]);
    await server.close();
  }
});

async function serve(scenario: Scenario): Promise<GithubApi> {
  const server = await startGithubApi({ state: scenario.state, token: TOKEN });
  servers.push(server);
  return server;
}

const needs = (results: Record<string, string>) =>
  JSON.stringify(
    Object.fromEntries(Object.entries(results).map(([name, result]) => [name, { result, outputs: {} }])),
    null,
    2,
  );

function gate(
  node: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    actionDir: distDir('gate-all-jobs'),
    node,
    inputs,
    env: { GITHUB_TOKEN: TOKEN, ...env },
    timeoutMs: 60_000,
  });
}

function gateOver(
  node: string,
  server: GithubApi,
  scenario: Scenario,
  inputs: Record<string, string>,
  token = TOKEN,
) {
  return gate(
    node,
    { 'poll-interval': '1', ...inputs },
    { ...scenario.env(), GITHUB_API_URL: server.url, GITHUB_TOKEN: token },
  );
}

const errorLines = (run: ActionRun) =>
  run.commands.filter((c) => c.command === 'error').map((c) => c.message);
const failedJobs = (run: ActionRun) => JSON.parse(run.outputs['failed-jobs'] ?? 'null') as unknown;

/** The outputs a red gate always writes, and its single error line. */
function expectRed(run: ActionRun, line: string | RegExp): void {
  expect(run.exitCode).toBe(1);
  expect(run.outputs).toMatchObject({ result: 'failure', success: 'false' });
  expect(errorLines(run)).toHaveLength(1);
  expect(errorLines(run)[0]).toMatch(line);
  expect(run.outputs['summary']).toBe(errorLines(run)[0]);
  expect(run.stdout).not.toMatch(/\n\s+at .*\.js:\d+/); // no stack trace outside debug lines
  expect(run.stderr).toBe('');
}

describe.each(nodeRuntimes())('gate-all-jobs under $label', ({ path: node }) => {
  it('mode 1: judges needs — green, red, allowed, all skipped, and a typo in an allow-list', async () => {
    const [green, red, allowed, allSkipped, typo] = await Promise.all([
      gate(node, { jobs: needs({ build: 'success', test: 'success' }) }),
      gate(node, { jobs: needs({ build: 'success', test: 'failure', docs: 'cancelled', lint: 'skipped' }) }),
      gate(node, {
        jobs: needs({ build: 'success', docs: 'failure', lint: 'skipped', bench: 'cancelled' }),
        'allowed-failures': '["docs"]',
        'allowed-skips': 'lint',
        'allowed-cancels': 'bench\n',
      }),
      gate(node, { jobs: needs({ a: 'skipped', b: 'skipped' }), 'allow-all-skipped': 'true' }),
      gate(node, { jobs: needs({ build: 'success', docs: 'failure' }), 'allowed-failures': 'docs, buidl' }),
    ]);

    expect(green.exitCode).toBe(0);
    expect(green.outputs).toEqual({
      result: 'success',
      success: 'true',
      'failed-jobs': '[]',
      summary: 'All 2 guarded jobs, checks and statuses are green.',
    });
    expect(green.summary).toContain('<h2>Gate: green ✓</h2>');
    expect(green.summary.match(/<td>needed job<\/td>/g)).toHaveLength(2);

    expectRed(red, '3 red: test failed, docs cancelled, lint skipped.');
    expect(failedJobs(red)).toEqual([
      { name: 'test', result: 'failure', why: 'failed' },
      { name: 'docs', result: 'cancelled', why: 'cancelled' },
      { name: 'lint', result: 'skipped', why: 'skipped, and a skip is no success' },
    ]);
    expect(red.log).toContain('✗ test: failed');
    // Reds first in the table.
    expect(red.summary.indexOf('<td>test</td>')).toBeLessThan(red.summary.indexOf('<td>build</td>'));

    expect(allowed.exitCode).toBe(0);
    expect(allowed.outputs['summary']).toBe('All 4 guarded jobs, checks and statuses are green (3 allowed).');
    expect(allowed.summary).toContain('<td>failed, allowed by allowed-failures</td>');

    expect(allSkipped.exitCode).toBe(0);
    expectRed(
      typo,
      /^allowed-failures names "buidl", which matches no job, check or status the gate guards \(build, docs\)/,
    );
  });

  it('mode 1: bad jobs input is one clear line, with the outputs still written', async () => {
    const [notJson, list, noResult, nothing, onlyNegative] = await Promise.all([
      gate(node, { jobs: '{build: success}' }),
      gate(node, { jobs: '["build"]' }),
      gate(node, { jobs: '{"build": {"outputs": {}}}' }),
      gate(node, {}),
      gate(node, { 'wait-for': '!docs' }),
    ]);
    expectRed(notJson, /^Input jobs is not JSON \(.*\): pass `jobs: \$\{\{ toJSON\(needs\) \}\}`/);
    expectRed(list, /^Input jobs must be an object of jobs, got a list/);
    expectRed(
      noResult,
      /^Input jobs: job "build" has no result, expected one of success, failure, cancelled, skipped/,
    );
    expectRed(nothing, /^Nothing to guard: set jobs to \$\{\{ toJSON\(needs\) \}\}/);
    expectRed(onlyNegative, /^Input wait-for has only !patterns/);
    for (const run of [notJson, list, noResult, nothing, onlyNegative]) expect(failedJobs(run)).toEqual([]);
  });

  it('mode 2: waits for every leg over pages, a late check run and an external status, never for itself', async () => {
    const legs = Array.from({ length: 120 }, (_, i) => ({
      name: `wheel (${i})`,
      state: i === 7 ? 'in_progress' : 'success',
    }));
    const scenario = new Scenario({
      attempts: [legs],
      statuses: [{ context: 'ci/appveyor', state: 'pending' }],
    });
    const server = await serve(scenario);
    server.onRequest('checks/list-for-ref', 2, () =>
      scenario.addCheck({ name: 'docs', workflow: 'Docs', state: 'queued' }),
    );
    server.onRequest('checks/list-for-ref', 3, () => {
      scenario.setJob('wheel (7)', 'success');
      scenario.addCheck({ name: 'docs', workflow: 'Docs', state: 'success' });
      scenario.addStatus({ context: 'ci/appveyor', state: 'success' });
    });
    const run = await gateOver(node, server, scenario, { 'wait-for': '*', 'allowed-skips': '' });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['summary']).toBe('All 122 guarded jobs, checks and statuses are green.');
    expect(run.log).toMatch(/Look 1: 119 green, 2 unfinished \(wheel \(7\), ci\/appveyor\)/);
    expect(run.summary).toContain('<td>the gate itself</td>');
    expect(run.summary).toMatch(
      /Docs \/ docs<\/a><\/td><td>check run<\/td><td>success<\/td><td>✓ green<\/td><td>succeeded \(newest of 2\)/,
    );
    expect(run.masks).toContain(TOKEN);
    expect(run.stdout.replace(`::add-mask::${TOKEN}`, '')).not.toContain(TOKEN);
  });

  it('mode 2: honours a secondary rate limit with Retry-After and rides out a 5xx', async () => {
    const scenario = new Scenario({ attempts: [[{ name: 'build', state: 'success' }]] });
    const server = await serve(scenario);
    server.inject('checks/list-for-ref', secondaryRateLimit(1));
    server.inject('repos/list-commit-statuses-for-ref', serverError(503));
    const run = await gateOver(node, server, scenario, { 'wait-for': 'build' });
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.log).toMatch(
      /GitHub's secondary rate limit on GET \/repos\/octo-org\/octo-repo\/commits\/\w+\/check-runs: waiting 1 s, as GitHub asks/,
    );
    const checks = server.requests.filter((r) => r.operationId === 'checks/list-for-ref');
    expect(checks.map((r) => r.status)).toEqual([403, 200]);
    expect((checks[1]?.at ?? 0) - (checks[0]?.at ?? 0)).toBeGreaterThanOrEqual(950);
    const statuses = server.requests.filter((r) => r.operationId === 'repos/list-commit-statuses-for-ref');
    expect(statuses.map((r) => r.status)).toEqual([503, 200]);
  });

  it('mode 2: a wrong token stops the gate at once, the token masked and named nowhere', async () => {
    const scenario = new Scenario({ attempts: [[{ name: 'build', state: 'success' }]] });
    const server = await serve(scenario);
    const wrong = 'ghs_WrongWrongWrongWrongWrongWrong0000';
    const run = await gateOver(node, server, scenario, { 'wait-for': 'build' }, wrong);
    expectRed(
      run,
      /^GitHub refused github-token reading workflow run 7001 attempt 1 \(401 Bad credentials\)/,
    );
    expect(run.masks).toContain(wrong);
    for (const text of [
      run.stdout.replace(`::add-mask::${wrong}`, ''),
      run.summary,
      JSON.stringify(run.outputs),
    ])
      expect(text).not.toContain(wrong);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]?.status).toBe(badCredentials().status);
  });

  it('mode 2: fails naming a pattern that matches nothing within discovery-timeout', async () => {
    const scenario = new Scenario({ attempts: [[{ name: 'build', state: 'success' }]] });
    const server = await serve(scenario);
    const run = await gateOver(node, server, scenario, {
      'wait-for': 'build\nNightly / *',
      'discovery-timeout': '1',
    });
    expectRed(run, /^wait-for pattern "Nightly \/ \*" matched no job, check run or status within 1 s/);
    expect(failedJobs(run)).toEqual([
      { name: 'Nightly / *', result: 'missing', why: 'no job, check run or status matched within 1 s' },
    ]);
  });

  it('modes combined: a red needed job closes the gate before any API call (fail-fast)', async () => {
    const scenario = new Scenario({ attempts: [[{ name: 'build', state: 'in_progress' }]] });
    const server = await serve(scenario);
    const run = await gateOver(node, server, scenario, {
      jobs: needs({ sdist: 'failure' }),
      'wait-for': 'build',
    });
    expectRed(run, '1 red: sdist failed.');
    expect(server.requests).toEqual([]);
  });
});
