import { describe, expect, it } from '@jest/globals';
import type { ActionRun } from '../local-runner/index.js';
import { formatResults, runExitCode, runJson, statusLine } from './run-report.js';

function finished(partial: Partial<ActionRun> = {}): ActionRun {
  return {
    exitCode: 0,
    signal: null,
    timedOut: false,
    cancelled: false,
    outputs: { version: '1.2.4.dev5', notes: 'a\nb' },
    env: { SETUPTOOLS_SCM_PRETEND_VERSION: '1.2.4.dev5' },
    path: [],
    summary: '### Version\n1.2.4.dev5\n',
    stdout: 'log line\n',
    stderr: '',
    log: 'log line\n',
    commands: [],
    masks: [],
    durationMs: 1234,
    ...partial,
  };
}

describe('the report after a run', () => {
  it('shows outputs, exported env and summary', () => {
    expect(formatResults(finished())).toBe(
      [
        '== outputs',
        'version=1.2.4.dev5',
        'notes<<EOF',
        'a',
        'b',
        'EOF',
        '',
        '== exported environment',
        'SETUPTOOLS_SCM_PRETEND_VERSION=1.2.4.dev5',
        '',
        '== summary',
        '### Version',
        '1.2.4.dev5',
        '',
      ].join('\n'),
    );
    expect(formatResults(finished({ outputs: {}, env: {}, summary: '' }))).toBe('== outputs\n(none)\n');
  });

  it('says how it ended, with the exit code the CLI returns', () => {
    const cases: Array<[Partial<ActionRun>, string, number]> = [
      [{}, 'demo succeeded (1.2 s)', 0],
      [{ exitCode: 3 }, 'demo failed with exit code 3 (1.2 s)', 3],
      [
        { exitCode: null, signal: 'SIGKILL', timedOut: true },
        'demo did not finish within --timeout 600.0 s and was stopped, with every process it started (1.2 s)',
        1,
      ],
      [
        { exitCode: null, signal: 'SIGKILL', cancelled: true },
        'demo was interrupted and stopped, with every process it started (1.2 s)',
        130,
      ],
      [{ exitCode: null, signal: 'SIGSEGV' }, 'demo was killed by SIGSEGV (1.2 s)', 1],
    ];
    for (const [partial, line, code] of cases) {
      expect(statusLine('demo', finished(partial), 600_000)).toBe(line);
      expect(runExitCode(finished(partial))).toBe(code);
    }
  });

  it('is one JSON object for scripts', () => {
    const json = JSON.parse(
      runJson(finished({ exitCode: 3 }), { action: 'demo', ref: 'refs/heads/main', sha: 'f'.repeat(40) }),
    );
    expect(json).toEqual({
      action: 'demo',
      ref: 'refs/heads/main',
      sha: 'f'.repeat(40),
      result: 'failed',
      'exit-code': 3,
      'duration-ms': 1234,
      outputs: { version: '1.2.4.dev5', notes: 'a\nb' },
      env: { SETUPTOOLS_SCM_PRETEND_VERSION: '1.2.4.dev5' },
      summary: '### Version\n1.2.4.dev5\n',
    });
  });
});
