// Differential test: this package against pypa/packaging (Debian's python3-packaging) on a seeded corpus.
import { describe, expect, it } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import {
  baseVersion,
  compareVersions,
  isDevrelease,
  isPostrelease,
  isPrerelease,
  normalizeVersion,
  parseVersion,
  publicVersion,
  type Version,
} from './index.js';
import {
  damagedSpelling,
  EDGE_CASES,
  seededRandom,
  validSpelling,
} from '../../test/support/pep440-corpus.js';

// One Python process for the whole corpus: JSON in on stdin, JSON out on stdout.
const ORACLE = `
import functools, json, sys
from packaging.version import InvalidVersion, Version
job = json.loads(sys.stdin.buffer.read().decode("utf-8"))
parsed, results = [], []
for text in job["versions"]:
    try:
        v = Version(text)
    except InvalidVersion:
        parsed.append(None); results.append(None); continue
    parsed.append(v)
    results.append({"normalized": str(v), "pre": v.is_prerelease, "dev": v.is_devrelease,
                    "post": v.is_postrelease, "public": v.public, "base": v.base_version})
def cmp(i, j):
    return (parsed[i] > parsed[j]) - (parsed[i] < parsed[j])
valid = [i for i, v in enumerate(parsed) if v is not None]
order = sorted(valid, key=lambda i: parsed[i])
json.dump({"results": results, "order": order,
           "adjacent": [cmp(i, j) for i, j in zip(order, order[1:])],
           "pairs": [cmp(i, j) if parsed[i] is not None and parsed[j] is not None else None
                     for i, j in job["pairs"]]}, sys.stdout)
`;

interface OracleResult {
  normalized: string;
  pre: boolean;
  dev: boolean;
  post: boolean;
  public: string;
  base: string;
}

interface OracleAnswer {
  results: (OracleResult | null)[];
  order: number[];
  adjacent: number[];
  pairs: (number | null)[];
}

function askPackaging(versions: string[], pairs: [number, number][]): OracleAnswer {
  const out = execFileSync('/usr/bin/python3', ['-c', ORACLE], {
    input: JSON.stringify({ versions, pairs }),
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(out.toString('utf8')) as OracleAnswer;
}

function corpus(): string[] {
  const rand = seededRandom(440);
  const versions = [...EDGE_CASES];
  for (let i = 0; i < 3000; i++) versions.push(validSpelling(rand));
  for (let i = 0; i < 1500; i++) versions.push(damagedSpelling(rand));
  return versions;
}

describe('agreement with pypa/packaging', () => {
  const versions = corpus();
  const rand = seededRandom(2024);
  const pairs: [number, number][] = Array.from({ length: 20000 }, () => [
    Math.floor(rand() * versions.length),
    Math.floor(rand() * versions.length),
  ]);
  const oracle = askPackaging(versions, pairs);
  const ours = versions.map(parseVersion);

  it('uses a corpus big and mixed enough to mean something', () => {
    const valid = oracle.results.filter((r) => r !== null).length;
    expect(versions.length).toBeGreaterThanOrEqual(2000);
    expect(valid).toBeGreaterThan(2000);
    expect(versions.length - valid).toBeGreaterThan(500);
  });

  it('agrees on validity and normalization', () => {
    const mismatches = versions
      .map((text, i) => ({
        text,
        ours: normalizeVersion(text),
        theirs: oracle.results[i]?.normalized ?? null,
      }))
      .filter((m) => m.ours !== m.theirs);
    expect(mismatches).toEqual([]);
  });

  it('agrees on release kinds, public and base versions', () => {
    const mismatches = versions.flatMap((text, i) => {
      const theirs = oracle.results[i];
      const v = ours[i];
      if (theirs === null || theirs === undefined || v === null || v === undefined) return [];
      const mine: OracleResult = {
        normalized: normalizeVersion(text) ?? '',
        pre: isPrerelease(v),
        dev: isDevrelease(v),
        post: isPostrelease(v),
        public: publicVersion(text),
        base: baseVersion(text),
      };
      return JSON.stringify(mine) === JSON.stringify(theirs) ? [] : [{ text, mine, theirs }];
    });
    expect(mismatches).toEqual([]);
  });

  it('sorts the corpus exactly as packaging does', () => {
    const valid = ours.flatMap((v, i) => (v === null ? [] : [i]));
    const byUs = [...valid].sort((i, j) => compareVersions(ours[i] as Version, ours[j] as Version));
    expect(byUs.map((i) => versions[i])).toEqual(oracle.order.map((i) => versions[i]));
    const adjacent = oracle.order.slice(1).map((j, k) => {
      const i = oracle.order[k] as number;
      return Math.sign(compareVersions(ours[i] as Version, ours[j] as Version));
    });
    expect(adjacent).toEqual(oracle.adjacent);
  });

  it('compares random pairs as packaging does', () => {
    const mismatches = pairs.flatMap(([i, j], k) => {
      const a = ours[i];
      const b = ours[j];
      if (a === null || b === null || a === undefined || b === undefined) return [];
      const mine = Math.sign(compareVersions(a, b));
      return mine === oracle.pairs[k]
        ? []
        : [{ a: versions[i], b: versions[j], mine, theirs: oracle.pairs[k] }];
    });
    expect(mismatches).toEqual([]);
  });
});
