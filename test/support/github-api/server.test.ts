// The stand-in itself: requests and responses that drift from GitHub's description are caught.
import { afterEach, describe, expect, it } from '@jest/globals';
import { checkRun, workflowArtifact, workflowJob, workflowRun } from './fixtures.js';
import { startGithubApi, type GithubApi } from './server.js';
import { attemptKey, emptyRepo } from './state.js';

const servers: GithubApi[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

async function serve(jobs = 3): Promise<GithubApi> {
  const state = emptyRepo();
  state.workflowRuns.push(
    workflowRun(state.repo, { id: 9, name: 'CI', workflowId: 3, sha: 'abc', checkSuiteId: 5 }),
  );
  state.jobs.set(
    attemptKey(9, 1),
    Array.from({ length: jobs }, (_, i) =>
      workflowJob(state.repo, {
        id: i + 1,
        runId: 9,
        attempt: 1,
        name: `job ${i}`,
        sha: 'abc',
        state: 'success',
        workflow: 'CI',
      }),
    ),
  );
  state.checkRuns.push(
    checkRun(state.repo, { id: 50, name: 'job 0', sha: 'abc', state: 'success', checkSuiteId: 5 }),
  );
  const server = await startGithubApi({ state });
  servers.push(server);
  return server;
}

const get = (server: GithubApi, path: string, token: string | null = server.token) =>
  fetch(`${server.url}${path}`, { headers: token === null ? {} : { authorization: `token ${token}` } });

describe('the GitHub API stand-in', () => {
  it('pages lists as GitHub does, with Link headers and total_count', async () => {
    const server = await serve(250);
    const first = await get(server, '/repos/octo-org/octo-repo/actions/runs/9/attempts/1/jobs?per_page=100');
    const body = (await first.json()) as { total_count: number; jobs: unknown[] };
    expect([body.total_count, body.jobs.length]).toEqual([250, 100]);
    expect(first.headers.get('link')).toBe(
      `<${server.url}/repos/octo-org/octo-repo/actions/runs/9/attempts/1/jobs?per_page=100&page=2>; rel="next", <${server.url}/repos/octo-org/octo-repo/actions/runs/9/attempts/1/jobs?per_page=100&page=3>; rel="last"`,
    );
    const last = await get(
      server,
      '/repos/octo-org/octo-repo/actions/runs/9/attempts/1/jobs?per_page=100&page=3',
    );
    expect(((await last.json()) as { jobs: unknown[] }).jobs).toHaveLength(50);
    expect(last.headers.get('link')).not.toContain('rel="next"');
    expect(server.problems).toEqual([]);
  });

  it('answers 500 and records the problem when a response would not match the description', async () => {
    const server = await serve();
    const [, second] = server.state.jobs.get(attemptKey(9, 1)) ?? [];
    if (second) second['conclusion'] = 'passed';
    const response = await get(server, '/repos/octo-org/octo-repo/actions/runs/9/attempts/1/jobs');
    expect(response.status).toBe(500);
    expect(server.problems).toEqual([
      'actions/list-jobs-for-workflow-run-attempt 200 $.jobs[1].conclusion: "passed" is not one of "success", "failure", "neutral", "cancelled", "skipped", "timed_out", "action_required"',
    ]);
  });

  it('records queries the description does not declare, or the stand-in does not model', async () => {
    const server = await serve();
    await get(
      server,
      '/repos/octo-org/octo-repo/commits/abc/check-runs?filter=all&per_page=abc&bogus=1&check_name=x',
    );
    await get(server, '/repos/octo-org/octo-repo/commits/abc/check-runs');
    await get(server, '/repos/octo-org/octo-repo/nothing/here');
    expect(server.problems).toEqual([
      'checks/list-for-ref: query per_page=abc: $: string, expected integer',
      'checks/list-for-ref: query parameter bogus is not one checks/list-for-ref declares',
      'checks/list-for-ref: the stand-in does not model query bogus',
      'checks/list-for-ref: the stand-in does not model query check_name',
      'GET /repos/octo-org/octo-repo/commits/abc/check-runs: check-runs: only filter=all is modelled',
      'no route for GET /repos/octo-org/octo-repo/nothing/here',
    ]);
  });

  it('asks for a token and refuses a wrong one, as GitHub words it', async () => {
    const server = await serve();
    const missing = await get(server, '/repos/octo-org/octo-repo/actions/runs/9', null);
    const wrong = await get(server, '/repos/octo-org/octo-repo/actions/runs/9', 'ghs_nope');
    const otherRepo = await get(server, '/repos/octo-org/elsewhere/actions/runs/9');
    expect([missing.status, wrong.status, otherRepo.status]).toEqual([401, 401, 404]);
    expect(await missing.json()).toMatchObject({ message: 'Requires authentication' });
    expect(await wrong.json()).toMatchObject({ message: 'Bad credentials' });
    expect(server.problems).toEqual([]);
  });

  it("lists a run's artifacts newest first and redirects an artifact's download, as GitHub does", async () => {
    const server = await serve();
    const { repo } = server.state;
    for (const [id, runId, name] of [
      [1, 9, 'dist-a'],
      [2, 8, 'dist-b'],
      [3, 9, 'dist-c'],
      [4, 9, 'dist-a'],
    ] as const)
      server.state.artifacts.push(
        workflowArtifact(repo, { id, runId, name, size: 100 * id, digest: `sha256:${'0'.repeat(64)}` }),
      );
    server.state.artifactBlobs.set(3, () => 'https://blob.example/3.zip?sig=abc');
    (server.state.artifacts[3] as Record<string, unknown>)['expired'] = true;
    server.state.artifactBlobs.set(4, () => 'https://blob.example/4.zip?sig=def');
    const list = await get(server, '/repos/octo-org/octo-repo/actions/runs/9/artifacts?per_page=2');
    const body = (await list.json()) as { total_count: number; artifacts: Array<{ id: number }> };
    expect([body.total_count, body.artifacts.map((a) => a.id)]).toEqual([3, [4, 3]]);
    expect(list.headers.get('link')).toContain('rel="next"');
    const named = await get(
      server,
      '/repos/octo-org/octo-repo/actions/runs/9/artifacts?name=dist-a&direction=asc',
    );
    expect(((await named.json()) as typeof body).artifacts.map((a) => a.id)).toEqual([1, 4]);

    const download = (id: number, format = 'zip') =>
      fetch(`${server.url}/repos/octo-org/octo-repo/actions/artifacts/${id}/${format}`, {
        headers: { authorization: `token ${server.token}` },
        redirect: 'manual',
      });
    const [found, expired, unknown, tar] = await Promise.all([
      download(3),
      download(4),
      download(99),
      download(3, 'tar'),
    ]);
    expect([found.status, found.headers.get('location')]).toEqual([
      302,
      'https://blob.example/3.zip?sig=abc',
    ]);
    expect([expired.status, unknown.status, tar.status]).toEqual([410, 404, 404]);
    expect(server.problems).toEqual([]);
  });

  it('refuses a route whose template GitHub does not have', async () => {
    const route = {
      method: 'GET' as const,
      template: '/repos/{owner}/{repo}/gates',
      query: [],
      handle: () => ({ status: 200 }),
    };
    await expect(startGithubApi({ routes: [route] })).rejects.toThrow(
      "GitHub's description has no GET /repos/{owner}/{repo}/gates",
    );
  });
});
