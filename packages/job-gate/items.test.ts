import { describe, expect, it } from '@jest/globals';
import { compilePattern, selectedBy } from './glob.js';
import { checkRunItems, findSelf, resultOfConclusion, resultOfStatus, statusItems } from './items.js';
import { check, job, status } from '../../test/support/job-gate-github.js';

describe('results of GitHub conclusions', () => {
  it.each([
    ['completed', 'success', 'success'],
    ['completed', 'failure', 'failure'],
    ['completed', 'timed_out', 'failure'],
    ['completed', 'action_required', 'failure'],
    ['completed', 'stale', 'failure'],
    ['completed', 'startup_failure', 'failure'],
    ['completed', 'something_new', 'failure'],
    ['completed', null, 'failure'],
    ['completed', 'cancelled', 'cancelled'],
    ['completed', 'skipped', 'skipped'],
    ['completed', 'neutral', 'skipped'],
    ['in_progress', null, 'pending'],
    ['queued', null, 'pending'],
    ['waiting', null, 'pending'],
  ])('%s/%s counts as %s', (state, conclusion, result) => {
    expect(resultOfConclusion(state, conclusion)).toBe(result);
  });

  it('reads commit status states, failing closed', () => {
    expect(['pending', 'success', 'failure', 'error', 'odd'].map(resultOfStatus)).toEqual([
      'pending',
      'success',
      'failure',
      'failure',
      'failure',
    ]);
  });
});

describe('check runs and statuses', () => {
  it('keeps the newest check run per workflow and name', () => {
    const items = checkRunItems(
      [
        check('test', 'failure', 2, '2024-05-01T12:00:00Z'),
        check('test', 'success', 2, '2024-05-01T12:30:00Z'),
        check('test', 'in_progress', 3),
      ],
      (run) => (run.check_suite?.id === 2 ? 'CI' : undefined),
    );
    expect(items.map((i) => [i.name, i.state, i.replaced, i.aliases])).toEqual([
      ['CI / test', 'success', 1, ['test', 'CI']],
      ['test', 'pending', 0, []],
    ]);
  });

  it('keeps the newest status per context, whatever order they come in', () => {
    const items = statusItems([
      status('ci/appveyor', 'pending', '2024-05-01T12:00:00Z'),
      status('ci/appveyor', 'success', '2024-05-01T12:05:00+00:00'),
      status('ci/appveyor', 'failure', '2024-05-01T13:04:00+01:00'),
    ]);
    expect(items.map((i) => [i.name, i.state, i.replaced])).toEqual([['ci/appveyor', 'success', 2]]);
  });
});

describe('findSelf', () => {
  it('picks the unfinished job on this runner, else the one named like GITHUB_JOB', () => {
    const gate = job('Gate (all)', 'in_progress', 'GitHub Actions 7');
    const jobs = [
      job('build', 'success', 'GitHub Actions 7'),
      gate,
      job('gate', 'in_progress', 'GitHub Actions 8'),
    ];
    expect(findSelf(jobs, { runnerName: 'GitHub Actions 7', jobKey: 'gate' })).toBe(gate.id);
    expect(findSelf(jobs, { jobKey: 'gate' })).toBe(jobs[2]?.id);
    expect(findSelf(jobs, { runnerName: 'elsewhere' })).toBeNull();
  });
});

describe('patterns', () => {
  it('match whole names; * crosses anything, ? one character; the rest is literal', () => {
    const matches = (pattern: string, name: string) => selectedBy([compilePattern(pattern)], [name]);
    expect(matches('wheel *', 'wheel (ubuntu-latest, cp312)')).toBe(true);
    expect(matches('CI / *', 'CI / test (3.12)')).toBe(true);
    expect(matches('build', 'build (linux)')).toBe(false);
    expect(matches('py3?', 'py312')).toBe(false);
    expect(matches('py3??', 'py312')).toBe(true);
    expect(matches('a.b', 'axb')).toBe(false);
    expect(matches('[x]', '[x]')).toBe(true);
    expect(matches('Build', 'build')).toBe(false);
  });
});
