import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { decide } from './decide.js';
import { RESULTS, STRICT_POLICY, type Entry, type Policy, type Result } from './results.js';

/**
 * The reference rule, written from the words rather than from decide(): with nothing to judge,
 * red; when everything was skipped, allow-all-skipped alone decides; otherwise every non-success must be
 * named in the allow-list for its kind of result.
 */
function referenceGreen(entries: readonly Entry[], policy: Policy): boolean {
  if (entries.length === 0) return false;
  const skipped = entries.filter((entry) => entry.result === 'skipped').length;
  if (skipped === entries.length) return policy.allowAllSkipped;
  const allowList: Record<Exclude<Result, 'success'>, readonly string[]> = {
    failure: policy.allowedFailures,
    cancelled: policy.allowedCancels,
    skipped: policy.allowedSkips,
  };
  for (const entry of entries) {
    if (entry.result !== 'success' && !allowList[entry.result].includes(entry.name)) return false;
  }
  return true;
}

const jobName = fc.stringMatching(/^[a-z][a-z0-9_-]{0,6}$/);
const resultArb = fc.constantFrom(...RESULTS);

/** A set of needs (unique job ids) and a policy whose lists mix real names and names of no job. */
const casesArb = fc
  .uniqueArray(fc.record({ name: jobName, result: resultArb }), { selector: (e) => e.name, maxLength: 12 })
  .chain((entries) => {
    const names = entries.map((entry) => entry.name);
    const listArb = fc.subarray([...names, 'ghost', 'other-job']);
    return fc.record({
      entries: fc.constant(entries as Entry[]),
      policy: fc.record({
        allowedFailures: listArb,
        allowedSkips: listArb,
        allowedCancels: listArb,
        allowAllSkipped: fc.boolean(),
      }),
    });
  });

describe('decide', () => {
  it('agrees with the reference rule on random result sets and allow-lists', () => {
    fc.assert(
      fc.property(casesArb, ({ entries, policy }) => {
        const decision = decide(entries, policy);
        expect(decision.result === 'success').toBe(referenceGreen(entries, policy));
        expect(decision.verdicts.map((v) => [v.name, v.result])).toEqual(
          entries.map((e) => [e.name, e.result]),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('is never green with a failed, cancelled or skipped job its allow-list does not name', () => {
    fc.assert(
      fc.property(casesArb, ({ entries, policy }) => {
        const lists = {
          failure: policy.allowedFailures,
          cancelled: policy.allowedCancels,
          skipped: policy.allowedSkips,
        };
        const unallowed = entries.some(
          (entry) => entry.result !== 'success' && !lists[entry.result].includes(entry.name),
        );
        const allSkipped = entries.length > 0 && entries.every((entry) => entry.result === 'skipped');
        if (unallowed && !(allSkipped && policy.allowAllSkipped)) {
          expect(decide(entries, policy).result).toBe('failure');
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('is always green when every job succeeded, whatever the policy', () => {
    fc.assert(
      fc.property(casesArb, ({ entries, policy }) => {
        const green = entries.map((entry) => ({ ...entry, result: 'success' as const }));
        fc.pre(green.length > 0);
        const decision = decide(green, policy);
        expect(decision.result).toBe('success');
        expect(decision.verdicts.every((v) => v.green && !v.allowed)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('only gets more lenient as names are added to an allow-list', () => {
    fc.assert(
      fc.property(
        casesArb,
        fc.constantFrom('allowedFailures', 'allowedSkips', 'allowedCancels'),
        fc.nat(),
        (c, list, pick) => {
          fc.pre(c.entries.length > 0);
          const name = c.entries[pick % c.entries.length]?.name ?? '';
          const wider = { ...c.policy, [list]: [...c.policy[list as 'allowedFailures'], name] };
          if (decide(c.entries, c.policy).result === 'success')
            expect(decide(c.entries, wider).result).toBe('success');
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('lets a pattern allow exactly the jobs it matches', () => {
    fc.assert(
      fc.property(casesArb, ({ entries, policy }) => {
        const matching = entries.filter((entry) => entry.name.startsWith('b')).map((entry) => entry.name);
        const byPattern = decide(entries, { ...policy, allowedFailures: ['b*'] });
        const byName = decide(entries, { ...policy, allowedFailures: matching });
        expect(byPattern).toEqual(byName);
      }),
      { numRuns: 500 },
    );
  });

  it('says why each job counts', () => {
    const decision = decide(
      [
        { name: 'build', result: 'success' },
        { name: 'docs', result: 'failure' },
        { name: 'lint', result: 'skipped' },
        { name: 'bench', result: 'cancelled' },
      ],
      { ...STRICT_POLICY, allowedFailures: ['docs'], allowedSkips: ['lint'] },
    );
    expect(decision.result).toBe('failure');
    expect(decision.verdicts.map((v) => `${v.name}: ${v.green ? 'green' : 'red'}, ${v.why}`)).toEqual([
      'build: green, succeeded',
      'docs: green, failed, allowed by allowed-failures',
      'lint: green, skipped, allowed by allowed-skips',
      'bench: red, cancelled',
    ]);
  });

  it('is red over nothing, and over all-skipped unless allow-all-skipped', () => {
    expect(decide([], STRICT_POLICY).result).toBe('failure');
    const skipped: Entry[] = [
      { name: 'a', result: 'skipped' },
      { name: 'b', result: 'skipped' },
    ];
    expect(decide(skipped, { ...STRICT_POLICY, allowedSkips: ['a', 'b'] }).result).toBe('failure');
    expect(decide(skipped, { ...STRICT_POLICY, allowAllSkipped: true }).result).toBe('success');
  });

  it('matches allow-list patterns against aliases such as the workflow name', () => {
    const entries: Entry[] = [{ name: 'docs', result: 'failure', aliases: ['Nightly', 'Nightly / docs'] }];
    expect(decide(entries, { ...STRICT_POLICY, allowedFailures: ['Nightly'] }).result).toBe('success');
    expect(decide(entries, { ...STRICT_POLICY, allowedFailures: ['Nightly / *'] }).result).toBe('success');
    expect(decide(entries, { ...STRICT_POLICY, allowedFailures: ['Weekly'] }).result).toBe('failure');
  });
});
