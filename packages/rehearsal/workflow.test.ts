import { describe, expect, it } from '@jest/globals';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { combinedResult, nextReady } from './engine.js';
import { readWorkflow, WorkflowError } from './workflow.js';

const TEMPLATES = join(
  import.meta.dirname ?? new URL('.', import.meta.url).pathname,
  '..',
  '..',
  'action-templates',
);

describe('readWorkflow', () => {
  it("reads release.yml's job graph and conditions as GitHub's parser does", async () => {
    const workflow = await readWorkflow(
      await readFile(join(TEMPLATES, 'release.yml'), 'utf8'),
      'release.yml',
    );
    const jobs = Object.fromEntries(workflow.jobs.map((job) => [job.id, job]));
    expect(workflow.jobs.map((job) => job.id)).toEqual([
      'version',
      'plan',
      'build',
      'gate',
      'collect',
      'publish',
      'verify',
    ]);
    expect(jobs['gate']?.needs).toEqual(['version', 'plan', 'build']);
    expect(jobs['gate']?.if).toBe('always()');
    expect(jobs['collect']?.if).toBe('success()');
    expect(jobs['publish']?.if).toBe("success() && (needs.version.outputs.should-publish == 'true')");
    expect(jobs['build']?.matrix).toBe('${{ fromJSON(needs.plan.outputs.matrix) }}');
    const qemu = jobs['build']?.steps[1];
    expect(qemu).toMatchObject({ if: 'success() && (matrix.qemu)', with: { 'cache-image': 'false' } });
    expect(jobs['publish']?.permissions).toEqual({ 'id-token': 'write' });
  });

  it("gives run steps the job's defaults.run over the workflow's, and a step's own over both", async () => {
    const workflow = await readWorkflow(
      [
        'on: push',
        'defaults: { run: { shell: sh, working-directory: outer } }',
        'jobs:',
        '  a:',
        '    runs-on: ubuntu-latest',
        '    defaults: { run: { working-directory: "${{ matrix.dir }}" } }',
        '    steps:',
        '      - run: make',
        '      - { run: make, shell: python, working-directory: own }',
        '      - uses: actions/checkout@v4',
        '  b:',
        '    runs-on: ubuntu-latest',
        '    steps: [{ run: make }]',
      ].join('\n'),
      'defaults.yml',
    );
    const [a, b] = workflow.jobs;
    const where = (step?: { shell: string | null; workingDirectory: string | null }) => [
      step?.shell,
      step?.workingDirectory,
    ];
    expect(a?.steps.map(where)).toEqual([
      ['sh', '${{ matrix.dir }}'],
      ['python', 'own'],
      [null, null],
    ]);
    expect(where(b?.steps[0])).toEqual(['sh', 'outer']);
  });

  it("throws the parser's errors with the file's name", async () => {
    const text =
      'on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    needs: nope\n    steps:\n      - run: echo\n';
    await expect(readWorkflow(text, 'broken.yml')).rejects.toThrow(WorkflowError);
    await expect(readWorkflow(text, 'broken.yml')).rejects.toThrow(/^broken\.yml \(Line: \d+, Col: \d+\): /);
  });
});

describe('a job that calls a reusable workflow', () => {
  it('is read with what it calls, so the rehearsal can say it cannot play it', async () => {
    const text = 'on: push\njobs:\n  call:\n    uses: octo/shared/.github/workflows/build.yml@v1\n';
    const workflow = await readWorkflow(text, 'calls.yml');
    expect(workflow.jobs.map((job) => [job.id, job.calls, job.steps])).toEqual([
      ['call', 'octo/shared/.github/workflows/build.yml@v1', []],
    ]);
  });
});

describe('the job graph', () => {
  it('plays a job once everything it needs has finished, in file order', async () => {
    const jobs = [
      { id: 'b', needs: ['a'] },
      { id: 'a', needs: [] },
      { id: 'c', needs: ['a', 'b'] },
    ] as unknown as Parameters<typeof nextReady>[0];
    expect(nextReady(jobs, new Set())?.id).toBe('a');
    expect(nextReady(jobs, new Set(['a']))?.id).toBe('b');
    expect(nextReady(jobs, new Set(['a', 'b']))?.id).toBe('c');
    expect(nextReady(jobs, new Set(['a', 'b', 'c']))).toBeUndefined();
  });

  it('fails a matrix job when any combination failed, and skips it when all were skipped', () => {
    expect(combinedResult(['success', 'failure', 'success'])).toBe('failure');
    expect(combinedResult(['skipped', 'skipped'])).toBe('skipped');
    expect(combinedResult(['success', 'skipped'])).toBe('success');
  });
});
