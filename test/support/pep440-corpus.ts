/** Test-only: a reproducible corpus of PEP 440 spellings, valid and invalid, for differential tests. */

export { seededRandom } from './seeded-random.js';

type Random = () => number;

function pick<T>(rand: Random, items: readonly T[]): T {
  return items[Math.floor(rand() * items.length)] as T;
}

function chance(rand: Random, p: number): boolean {
  return rand() < p;
}

function randomCase(rand: Random, word: string): string {
  if (chance(rand, 0.7)) return word;
  return [...word].map((c) => (chance(rand, 0.5) ? c.toUpperCase() : c)).join('');
}

// Mostly small numbers so versions collide and ties get exercised; leading zeros to test int().
function number(rand: Random): string {
  const n = chance(rand, 0.8) ? pick(rand, [0, 0, 1, 1, 2, 3, 10]) : Math.floor(rand() * 100000);
  return (chance(rand, 0.1) ? '0'.repeat(1 + Math.floor(rand() * 3)) : '') + String(n);
}

const SEPARATORS = ['', '', '.', '-', '_'];
// Python's str.isspace() set differs from JavaScript's \s: test the edges, including U+FEFF (not space in Python).
const SPACES = [
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\v',
  '\f',
  '\x1c',
  '\x1f',
  '\x85',
  '\u00a0',
  '\u2003',
  '\u3000',
  '\ufeff',
];

function localPart(rand: Random): string {
  const count = 1 + Math.floor(rand() * 3);
  const segments: string[] = [];
  for (let i = 0; i < count; i++) {
    segments.push(
      chance(rand, 0.4)
        ? number(rand)
        : randomCase(rand, pick(rand, ['abc', 'g1234abc', 'ubuntu', 'd20240101', 'a', 'z9'])),
    );
  }
  return segments.map((s, i) => (i === 0 ? s : pick(rand, ['.', '.', '-', '_']) + s)).join('');
}

/** One spelling that packaging should accept (it may still reject a few: the oracle decides). */
export function validSpelling(rand: Random): string {
  let text = chance(rand, 0.1) ? pick(rand, SPACES) : '';
  if (chance(rand, 0.15)) text += pick(rand, ['v', 'V']);
  if (chance(rand, 0.08)) text += `${number(rand)}!`;
  const parts = 1 + Math.floor(rand() * (chance(rand, 0.2) ? 5 : 3));
  text += Array.from({ length: parts }, () => number(rand)).join('.');
  if (chance(rand, 0.4)) {
    const label = pick(rand, ['a', 'b', 'c', 'rc', 'alpha', 'beta', 'pre', 'preview']);
    text += pick(rand, SEPARATORS) + randomCase(rand, label);
    if (chance(rand, 0.85)) text += pick(rand, SEPARATORS) + number(rand);
  }
  if (chance(rand, 0.25)) {
    if (chance(rand, 0.25)) text += `-${number(rand)}`;
    else {
      text += pick(rand, SEPARATORS) + randomCase(rand, pick(rand, ['post', 'rev', 'r']));
      if (chance(rand, 0.85)) text += pick(rand, SEPARATORS) + number(rand);
    }
  }
  if (chance(rand, 0.35)) {
    text += pick(rand, SEPARATORS) + randomCase(rand, 'dev');
    if (chance(rand, 0.85)) text += pick(rand, SEPARATORS) + number(rand);
  }
  if (chance(rand, 0.25)) text += `+${localPart(rand)}`;
  if (chance(rand, 0.1)) text += pick(rand, SPACES);
  return text;
}

const NOISE = [
  '.',
  '-',
  '_',
  '+',
  '!',
  ' ',
  'v',
  'x',
  'a',
  'rc',
  'dev',
  'post',
  '0',
  ',',
  '~',
  '١',
  '\u00e9',
  '\ufeff',
];

/** A valid spelling damaged by one edit: some stay valid, most do not. */
export function damagedSpelling(rand: Random): string {
  const text = validSpelling(rand);
  const at = Math.floor(rand() * (text.length + 1));
  switch (Math.floor(rand() * 3)) {
    case 0:
      return text.slice(0, at) + pick(rand, NOISE) + text.slice(at);
    case 1:
      return text.slice(0, at) + text.slice(at + 1);
    default:
      return text.slice(0, at) + pick(rand, NOISE) + text.slice(at + 1);
  }
}

/** Hand-picked edge cases, valid and invalid. */
export const EDGE_CASES = [
  '',
  ' ',
  'v',
  '1',
  '0',
  '00',
  '1.0',
  '1.0.0.0.0',
  '0.4.3.pre0',
  'v1.0.0-rc.1',
  '1.0-1',
  '1.0-1-1',
  '1.0--1',
  '1.0.post',
  '1.0.post-1',
  '1.0post1.post2',
  '1.0a1a2',
  '1.0a1.b2',
  '1.0.dev1.dev2',
  '1.0.dev-1',
  '1.0-dev-1',
  '1.0+',
  '+abc',
  '1.0+abc..d',
  '1.0+abc.',
  '1.0+.abc',
  '1.0+abc,5',
  '1.0+abc.5',
  '1.0+ABC.05',
  '1.0+1.a',
  '1.0+a.1',
  '1.0.a',
  '1.0.b.2',
  '1..0',
  '.1',
  '1.',
  '1!',
  '!1.0',
  '1!2!3',
  '01!01.01a01.post01.dev01+01',
  '1.0 ',
  ' 1.0',
  '1 .0',
  '1.0\n',
  '1.0\ufeff',
  '1.0\x85',
  'V1.0',
  'vv1.0',
  'v 1.0',
  '1.0RC1',
  '1.0Alpha',
  '1.0_BETA_3',
  '1.0-PREVIEW',
  '1.0c',
  '1.0r',
  '1.0rev',
  '1.0-r1',
  '1.0_r_1',
  '1.0dev',
  '1.0-dev',
  '1.0.dev0',
  '1.0rc1.post2.dev3+local',
  '1.0a',
  '1.0ab',
  '1.0pre-1',
  '1.0.pre.1',
  '1.0-rc-1',
  '1.0.rc.1',
  '١.٠',
  '1.0\u0661',
  '2024.01.15',
  '1.2.3.4.5.6.7.8',
  '9007199254740991',
];
