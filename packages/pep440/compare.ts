/** PEP 440 ordering, following packaging's `_cmpkey` term by term. */
import { canonicalDigits, toVersion, type Version } from './parse.js';

// Sentinels standing in for packaging's Infinity / NegativeInfinity.
const BELOW = -Infinity;
const ABOVE = Infinity;

// Comparison rather than subtraction: Infinity - Infinity is NaN.
function cmp(a: number | string, b: number | string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function compareNumberLists(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const d = cmp(a[i] as number, b[i] as number);
    if (d !== 0) return d;
  }
  return cmp(a.length, b.length);
}

/** The release with trailing zeros dropped: 1.2.0 and 1.2 are the same release. */
export function withoutTrailingZeros(release: readonly number[]): number[] {
  let end = release.length;
  while (end > 0 && release[end - 1] === 0) end--;
  return release.slice(0, end);
}

// The pre-release key: a lone .devN sorts below every pre-release of its release (1.0.dev0 < 1.0a0),
// no pre-release sorts above all of them.
function preKey(v: Version): number[] {
  if (v.pre === null) return [v.post === null && v.dev !== null ? BELOW : ABOVE];
  return [['a', 'b', 'rc'].indexOf(v.pre.label), v.pre.number];
}

function compareDigitStrings(a: string, b: string): number {
  const x = canonicalDigits(a);
  const y = canonicalDigits(b);
  return cmp(x.length, y.length) || cmp(x, y);
}

// Local segments: numbers compare numerically and above any word; words compare as strings;
// a shorter list sorts first when it is a prefix of the other. No local part sorts below any.
function compareLocals(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  const xs = a.split('.');
  const ys = b.split('.');
  for (let i = 0; i < Math.min(xs.length, ys.length); i++) {
    const x = xs[i] as string;
    const y = ys[i] as string;
    const xNum = /^[0-9]+$/.test(x);
    const yNum = /^[0-9]+$/.test(y);
    let d: number;
    if (xNum && yNum) d = compareDigitStrings(x, y);
    else if (xNum !== yNum) d = xNum ? 1 : -1;
    else d = cmp(x, y);
    if (d !== 0) return d;
  }
  return cmp(xs.length, ys.length);
}

/** Negative, zero or positive as `a` sorts before, equal to or after `b` in PEP 440 order (local part included). */
export function compareVersions(a: string | Version, b: string | Version): number {
  const x = toVersion(a);
  const y = toVersion(b);
  return (
    cmp(x.epoch, y.epoch) ||
    compareNumberLists(withoutTrailingZeros(x.release), withoutTrailingZeros(y.release)) ||
    compareNumberLists(preKey(x), preKey(y)) ||
    compareNumberLists([x.post ?? BELOW], [y.post ?? BELOW]) ||
    compareNumberLists([x.dev ?? ABOVE], [y.dev ?? ABOVE]) ||
    compareLocals(x.local, y.local)
  );
}
