import { afterAll, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { wildmatch } from './wildmatch.js';

const NAMES = [
  'v1.0',
  '1',
  'a-1',
  'a/b-1',
  'pkg-v1.0rc1',
  'pkg-v2',
  'x.y',
  'ABC',
  'a]b',
  'a!b',
  'a-b',
  'é-1.0',
];
const PATTERNS = [
  '*[0-9]*',
  '*[0-9]*.*[0-9]*',
  'a-*',
  'a*',
  '?-1',
  '[a-c]*',
  '[!a]*',
  '[^a]*',
  '*[[:digit:]]',
  '[[:upper:]]*',
  '[[:alpha:][:punct:]]*',
  'a\\-1',
  '*/*',
  'a[]]b',
  'a[!]]b',
  '[]a]*',
  'pkg-v*[0-9]*',
  '[z-a]*',
  '**',
  'v1.0',
  'a[\\!]b',
  '[[:bogus:]]*',
  'a[',
  'a\\',
];

const dir = mkdtempSync(join(tmpdir(), 'wildmatch-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Oracle: git itself; `git tag -l <pattern>` applies the same wildmatch to tag names as describe --match does.
test('matches tag names exactly as git does', () => {
  const git = (...args: string[]): string =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' },
    });
  git('init', '-q');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'x');
  for (const name of NAMES) git('tag', name);
  const rows: string[] = [];
  for (const pattern of PATTERNS) {
    const expected = git('tag', '-l', pattern).split('\n').filter(Boolean).sort();
    const actual = NAMES.filter((name) => wildmatch(pattern, name)).sort();
    if (JSON.stringify(actual) !== JSON.stringify(expected))
      rows.push(`${pattern}: ours ${actual} / git ${expected}`);
  }
  expect(rows).toEqual([]);
});
