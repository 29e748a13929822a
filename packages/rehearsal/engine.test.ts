// The job graph played for real (bash steps, the step files), with a setup that has no index or artifacts: needs
// and outputs, a matrix from fromJSON, a failed combination failing its job, its dependents skipped unless
// their if: says always(), and a reusable workflow refused in one line.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { playWorkflow } from './engine.js';
import type { RehearsalSetup } from './setup.js';
import { readWorkflow } from './workflow.js';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

async function play(text: string) {
  const workDir = await mkdtemp(join(tmpdir(), 'rehearsal-engine-'));
  dirs.push(workDir);
  const lines: string[] = [];
  const output: string[] = [];
  const setup = {
    workflow: await readWorkflow(text, 'test.yml'),
    trigger: { eventName: 'push', ref: 'refs/heads/main', sha: 'a'.repeat(40), payload: {} },
    contexts: { github: { event_name: 'push', repository: 'me/x' }, vars: {}, inputs: {}, secrets: {} },
    log: { line: (text: string) => lines.push(text), output: (text: string) => output.push(text) },
    workDir,
    baseEnv: { PATH: process.env['PATH'] ?? '' },
    host: { platform: 'linux', arch: 'x86_64', pythonTag: 'cp311', glibc: null },
    suiteActions: [],
    signal: new AbortController().signal,
  } as unknown as RehearsalSetup;
  return { reports: await playWorkflow(setup), lines, output };
}

describe('playWorkflow', () => {
  it('passes outputs through needs, expands a matrix, and stops what a failed job blocks', async () => {
    const text = `on: push
jobs:
  first:
    runs-on: ubuntu-latest
    outputs:
      list: \${{ steps.made.outputs.list }}
    steps:
      - id: made
        run: echo 'list=[1, 2]' >> "$GITHUB_OUTPUT"
  each:
    needs: first
    runs-on: ubuntu-latest
    strategy:
      matrix:
        n: \${{ fromJSON(needs.first.outputs.list) }}
    steps:
      - run: echo "leg \${{ matrix.n }}" && test "\${{ matrix.n }}" != 2
      - run: echo "not after a failure"
  blocked:
    needs: each
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  judge:
    needs: [first, each]
    if: always()
    runs-on: ubuntu-latest
    steps:
      - run: echo "each was \${{ needs.each.result }}"
`;
    const { reports, output } = await play(text);
    expect(reports.map((r) => [r.name, r.result])).toEqual([
      ['first', 'success'],
      ['each (1)', 'success'],
      ['each (2)', 'failure'],
      ['blocked', 'skipped'],
      ['judge', 'success'],
    ]);
    expect(reports[2]?.reason).toBe(
      `step 'run: echo "leg 2" && test "2" != 2' failed: the bash script exited with 1`,
    );
    expect(reports[3]?.reason).toBe('needs each, which did not succeed');
    expect(output).toEqual(['leg 1', 'not after a failure', 'leg 2', 'each was failure']);
  });

  it('lets a step with continue-on-error fail without failing its job, and stops a job at its timeout-minutes', async () => {
    const text = `on: push
jobs:
  tolerant:
    runs-on: ubuntu-latest
    steps:
      - id: flaky
        continue-on-error: true
        run: exit 3
      - run: echo "after \${{ steps.flaky.outcome }} \${{ steps.flaky.conclusion }}"
  slow:
    runs-on: ubuntu-latest
    timeout-minutes: 0.02
    steps:
      - run: sleep 30
`;
    const started = Date.now();
    const { reports, output, lines } = await play(text);
    expect(reports.map((r) => [r.name, r.result, r.reason])).toEqual([
      ['tolerant', 'success', null],
      ['slow', 'failure', "step 'run: sleep 30' failed: stopped: the job ran past its timeout-minutes"],
    ]);
    expect(output).toEqual(['after failure success']);
    expect(lines).toContain(
      "  step 'run: exit 3' failed: the bash script exited with 3 (continue-on-error: the job goes on)",
    );
    expect(Date.now() - started).toBeLessThan(20_000);
  });

  it('refuses a job that calls a reusable workflow, in one line, and skips what needs it', async () => {
    const text = `on: push
jobs:
  call:
    uses: octo/shared/.github/workflows/build.yml@v1
  after:
    needs: call
    runs-on: ubuntu-latest
    steps:
      - run: echo never
`;
    const { reports } = await play(text);
    expect(reports).toEqual([
      {
        id: 'call',
        name: 'call',
        result: 'failure',
        durationMs: 0,
        reason:
          "job 'call' calls the reusable workflow octo/shared/.github/workflows/build.yml@v1, which a rehearsal cannot play",
      },
      {
        id: 'after',
        name: 'after',
        result: 'skipped',
        durationMs: 0,
        reason: 'needs call, which did not succeed',
      },
    ]);
  });
});
