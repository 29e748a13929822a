// Differential test: specifier sets against pypa/packaging's SpecifierSet (Debian's python3-packaging).
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { parseSpecifierSet, specifierSetContains } from './index.js';

const ORACLE = `
import json, sys
from packaging.specifiers import InvalidSpecifier, SpecifierSet
job = json.loads(sys.stdin.read())
out = []
for spec in job["specifiers"]:
    try:
        s = SpecifierSet(spec)
    except InvalidSpecifier:
        out.append(None); continue
    out.append([s.contains(v) for v in job["versions"]])
json.dump(out, sys.stdout)
`;

const SPECIFIERS = [
  '>=3.9',
  '>=3.10,<3.13',
  '~=3.12',
  '~=3.11.0',
  '~=3',
  '==3.12.*',
  '==3.*',
  '!=3.13.*,>=3.12',
  '>3.12',
  '<=3.12',
  '==3.12',
  '== 3.12.0',
  '>= 3.10 , < 4',
  '<3.10',
  '>=3.13.0a1',
  '<3.13.0rc1',
  '>3.11.post1',
  '>3.11',
  '<3.12',
  '===3.12.99',
  '===3.12.99,>=3',
  '==3.12.99+local',
  '!=3.12.99+local',
  '>=v3.10',
  '==1!3.12.*',
  '~=3.12.0rc1',
  '==3.12.0rc1.*',
  '',
  ' , ',
  // Invalid ones: packaging raises, so must we.
  '>=3.11;',
  '3',
  '>=3.9.*',
  '<=3.11.*',
  '~=3.*',
  '>=3.10.0-final',
  '>=3.10+local',
  '=>3.10',
  '>=3,<3.10|>=3.12',
];

const VERSIONS = [
  '3.9.99',
  '3.10.99',
  '3.11.99',
  '3.12.99',
  '3.13.99',
  '3.14.99',
  '3.12',
  '3.12.0',
  '3.12.1',
  '3.13.0a1',
  '3.13.0rc2',
  '3.12.post1',
  '3.11.post2',
  '3.12.99+local',
  '3.12.dev0',
  '1!3.12.5',
  '4.0',
  '2.7.18',
  '3.12.0rc1',
  '3.12.0rc1.post1',
];

function askPackaging(): (boolean[] | null)[] {
  const out = execFileSync('/usr/bin/python3', ['-c', ORACLE], {
    input: JSON.stringify({ specifiers: SPECIFIERS, versions: VERSIONS }),
  });
  return JSON.parse(out.toString('utf8')) as (boolean[] | null)[];
}

function ours(spec: string): boolean[] | null {
  let parsed;
  try {
    parsed = parseSpecifierSet(spec);
  } catch {
    return null;
  }
  return VERSIONS.map((version) => specifierSetContains(parsed, version));
}

describe('specifier sets, against pypa/packaging', () => {
  const oracle = askPackaging();
  it.each(SPECIFIERS.map((spec, i) => [spec, i] as const))('%j', (spec, i) => {
    expect(ours(spec)).toEqual(oracle[i]);
  });

  it('names the clause that is not a specifier', () => {
    expect(() => parseSpecifierSet('>=3.9, 3.10')).toThrow('not a PEP 440 version specifier: "3.10"');
  });
});
