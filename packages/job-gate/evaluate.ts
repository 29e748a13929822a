import { decide } from './decide.js';
import { compilePattern, patternMatches, selectedBy, type NamePattern } from './glob.js';
import type { Item } from './items.js';
import type { Decision, Entry, Policy, Verdict } from './results.js';

/** An item with what the gate makes of it. */
export interface Judged {
  item: Item;
  role: 'guarded' | 'self' | 'unguarded';
  /** For a finished guarded item. */
  verdict: Verdict | null;
}

/** Where a set of items stands. */
export interface Evaluation {
  judged: Judged[];
  /** Guarded items not finished yet. */
  pending: Item[];
  /** wait-for patterns that match nothing guarded (the gate's own job does not count). */
  unmatched: string[];
  /** The decision over the guarded items, counting unfinished ones as successes: the real one once none is. */
  decision: Decision;
  /** Red verdicts no result still to come can turn green: what fail-fast stops at. */
  finalReds: Verdict[];
}

const entryOf = (item: Item): Entry => ({
  name: item.name,
  result: item.state === 'pending' ? 'success' : item.state,
  aliases: item.aliases,
});

/** Judges `items`: which are guarded by `patterns` (all of them when `patterns` is null), and how they stand. */
export function evaluate(
  items: readonly Item[],
  patterns: readonly NamePattern[] | null,
  policy: Policy,
): Evaluation {
  const role = (item: Item): Judged['role'] => {
    if (item.self) return 'self';
    return patterns === null || selectedBy(patterns, [item.name, ...item.aliases]) ? 'guarded' : 'unguarded';
  };
  const roles = items.map((item) => ({ item, role: role(item) }));
  const guarded = roles.filter((entry) => entry.role === 'guarded').map((entry) => entry.item);
  const finished = guarded.filter((item) => item.state !== 'pending');
  const pending = guarded.filter((item) => item.state === 'pending');
  // Unfinished items counted as successes: a red that shows even then is red whatever they come to.
  const decision = decide([...finished, ...pending].map(entryOf), policy);
  // decide() keeps the order, so the first verdicts are those of `finished`.
  const verdicts = new Map(
    decision.verdicts.slice(0, finished.length).map((verdict, index) => [finished[index], verdict]),
  );
  // ... unless every finished item was skipped: the rest may be skipped too, and allow-all-skipped pass them all.
  const mayAllSkip = policy.allowAllSkipped && finished.every((item) => item.state === 'skipped');
  return {
    judged: roles.map(({ item, role }) => ({ item, role, verdict: verdicts.get(item) ?? null })),
    pending,
    unmatched: unmatchedPatterns(patterns ?? [], guarded),
    decision,
    finalReds: mayAllSkip && pending.length > 0 ? [] : decision.verdicts.filter((verdict) => !verdict.green),
  };
}

function unmatchedPatterns(patterns: readonly NamePattern[], guarded: readonly Item[]): string[] {
  return patterns
    .filter((p) => !p.negated && !guarded.some((item) => patternMatches(p, [item.name, ...item.aliases])))
    .map((p) => p.source);
}

/** Compiles wait-for patterns. */
export function compilePatterns(sources: readonly string[]): NamePattern[] {
  return sources.map(compilePattern);
}
