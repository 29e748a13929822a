import { describe, expect, it } from '@jest/globals';
import { parseNameList } from './names.js';
import { parseNeeds } from './needs.js';

describe('parseNeeds', () => {
  it('reads toJSON(needs) as the runner writes it, outputs and all', () => {
    const text = JSON.stringify(
      { build: { result: 'success', outputs: { v: '1' } }, test: { result: 'skipped', outputs: {} } },
      null,
      2,
    );
    expect(parseNeeds(text)).toEqual([
      { name: 'build', result: 'success' },
      { name: 'test', result: 'skipped' },
    ]);
  });

  it.each([
    ['', /^Input jobs is empty: pass `jobs: \$\{\{ toJSON\(needs\) \}\}`/],
    ['{build: success}', /^Input jobs is not JSON \(.+\): pass/],
    ['[]', /^Input jobs must be an object of jobs, got a list/],
    ['null', /^Input jobs must be an object of jobs, got null/],
    ['"build"', /^Input jobs must be an object of jobs, got string/],
    ['{}', /^Input jobs is \{\}: the gate job has no `needs:`/],
    [
      '{"build": {}}',
      /^Input jobs: job "build" has no result, expected one of success, failure, cancelled, skipped/,
    ],
    ['{"build": {"result": "neutral"}}', /^Input jobs: job "build" has "neutral", expected one of/],
    ['{"build": null}', /^Input jobs: job "build" has no result/],
  ])('refuses %j in one line that says what to pass', (text, message) => {
    expect(() => parseNeeds(text)).toThrow(message);
  });
});

describe('parseNameList', () => {
  it('takes a JSON list, or names separated by commas or lines', () => {
    expect(parseNameList('["a", " b "]', 'x')).toEqual(['a', 'b']);
    expect(parseNameList('a, b\nc\n\n', 'x')).toEqual(['a', 'b', 'c']);
    expect(parseNameList('  ', 'x')).toEqual([]);
    expect(parseNameList('build (ubuntu-latest)', 'x')).toEqual(['build (ubuntu-latest)']);
  });

  it('refuses a broken JSON list, naming the input', () => {
    expect(() => parseNameList('["a",', 'allowed-skips')).toThrow(
      /^Input allowed-skips starts with \[ but is not a JSON list/,
    );
    expect(() => parseNameList('[1]', 'allowed-skips')).toThrow(
      'Input allowed-skips must be a JSON list of names',
    );
  });
});
