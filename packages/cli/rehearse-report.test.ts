import { describe, expect, it } from '@jest/globals';
import type { JobReport } from '../rehearsal/index.js';
import { indentLine, resultTable, verdict } from './rehearse-report.js';

const job = (name: string, result: JobReport['result'], reason: string | null = null): JobReport => ({
  id: name,
  name,
  result,
  durationMs: 1234,
  reason,
});

describe('the rehearsal report', () => {
  it('indents steps under their job and notes under their step', () => {
    expect(indentLine('▶ build')).toBe('▶ build');
    expect(indentLine('- uses actions/checkout')).toBe('  - uses actions/checkout');
    expect(indentLine('checkout: plays as a clone')).toBe('    checkout: plays as a clone');
  });

  it('tables every job with its result and duration', () => {
    expect(resultTable([job('build', 'success'), job('publish', 'skipped')])).toBe(
      ['job      result   duration', 'build    success  1.2 s', 'publish  skipped  -'].join('\n'),
    );
  });

  it('passes when nothing failed, a publish skipped by its own if included', () => {
    expect(
      verdict([
        job('build', 'success'),
        job('publish', 'skipped', "if: needs.version.outputs.should-publish == 'true' is false"),
      ]).ok,
    ).toBe(true);
  });

  it('names each failed job, why, and the jobs it stopped', () => {
    const result = verdict([
      job('build', 'failure', "step 'run: python -m build' failed: the bash script exited with 1"),
      job('gate', 'failure', '1 red: build failed'),
      job('collect', 'skipped', 'needs gate, which did not succeed'),
      job('publish', 'skipped', 'needs collect, which did not succeed'),
    ]);
    expect(result).toEqual({
      ok: false,
      lines: [
        'rehearsal failed',
        "✖ build failed: step 'run: python -m build' failed: the bash script exited with 1",
        '✖ gate failed: 1 red: build failed',
        '  it stopped: collect, publish',
      ],
    });
  });
});
