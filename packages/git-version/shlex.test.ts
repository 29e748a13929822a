import { expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import fc from 'fast-check';
import { shlexSplit } from './shlex.js';

// Oracle: Python's shlex.split on the same strings, in one process; errors compared by their message.
function pythonSplit(texts: string[]): (string[] | string)[] {
  const script = [
    'import json, shlex, sys',
    'out = []',
    'for text in json.load(sys.stdin):',
    '    try:',
    '        out.append(shlex.split(text))',
    '    except ValueError as error:',
    '        out.append(str(error))',
    'print(json.dumps(out))',
  ].join('\n');
  return JSON.parse(
    execFileSync('/usr/bin/python3', ['-c', script], { input: JSON.stringify(texts), encoding: 'utf8' }),
  ) as (string[] | string)[];
}

function ours(text: string): string[] | string {
  try {
    return shlexSplit(text);
  } catch (error) {
    return (error as Error).message;
  }
}

test('splits describe commands like shlex.split, quotes, escapes and errors included', () => {
  const alphabet = fc.constantFrom('a', '-', '*', ' ', '\t', "'", '"', '\\', '#', '\n', '=', 'é');
  const texts = fc.sample(fc.string({ unit: alphabet, maxLength: 14 }), { numRuns: 400, seed: 9 });
  texts.push(`git describe --match 'pkg a-*' --exclude="x\\"y"`, "''", 'a"b c"d', 'x\\');
  expect(texts.map(ours)).toEqual(pythonSplit(texts));
});
