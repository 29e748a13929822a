import { describe, expect, it } from '@jest/globals';
import { classifyStep } from './steps.js';
import type { WorkflowStep } from './workflow.js';

const step = (fields: Partial<WorkflowStep>): WorkflowStep => ({
  id: 'x',
  name: null,
  if: 'success()',
  uses: null,
  run: null,
  shell: null,
  workingDirectory: null,
  with: {},
  env: {},
  continueOnError: false,
  ...fields,
});
const SUITE = ['publish-pypi', 'gate-all-jobs'];

describe('classifyStep', () => {
  it("plays run: steps in GitHub's default shell unless named, and shell: python in python", () => {
    expect(classifyStep(step({ run: 'echo hi' }), SUITE)).toEqual({ kind: 'run', shell: 'default' });
    expect(classifyStep(step({ run: 'echo hi', shell: 'bash' }), SUITE)).toEqual({
      kind: 'run',
      shell: 'bash',
    });
    expect(classifyStep(step({ run: 'print(1)', shell: 'python' }), SUITE)).toEqual({
      kind: 'run',
      shell: 'python',
    });
    expect(classifyStep(step({ run: 'x', shell: 'pwsh' }), SUITE)).toMatchObject({ kind: 'unknown' });
  });

  it("plays this suite's actions from any owner, and ./dist paths", () => {
    expect(classifyStep(step({ uses: 'org/release-actions/publish-pypi@v1' }), SUITE)).toEqual({
      kind: 'suite',
      action: 'publish-pypi',
    });
    expect(classifyStep(step({ uses: './dist/gate-all-jobs' }), SUITE)).toEqual({
      kind: 'suite',
      action: 'gate-all-jobs',
    });
    expect(classifyStep(step({ uses: 'org/release-actions/nope@v1' }), SUITE)).toEqual({
      kind: 'unknown',
      reason: "release-actions has no action 'nope'",
    });
  });

  it('knows the local equivalents by name, pinned by SHA or not', () => {
    expect(
      classifyStep(step({ uses: 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1' }), SUITE),
    ).toEqual({ kind: 'checkout' });
    expect(classifyStep(step({ uses: 'pypa/cibuildwheel@v4.2.0' }), SUITE)).toEqual({ kind: 'cibuildwheel' });
    expect(classifyStep(step({ uses: 'actions/download-artifact@v8' }), SUITE)).toEqual({
      kind: 'download-artifact',
    });
  });

  it('names an action it has no equivalent for', () => {
    expect(classifyStep(step({ uses: 'someone/deploy@v2' }), SUITE)).toEqual({
      kind: 'unknown',
      reason: 'no local equivalent of someone/deploy@v2',
    });
  });
});
