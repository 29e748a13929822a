import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { FaultPlan, parseFaultSpec, seededRandom, type FaultKind } from './faults.js';

describe('seeded faults', () => {
  it('draws the same faults from the same seed', () => {
    const draw = (seed: number): (string | null)[] => {
      const plan = new FaultPlan({ rate: 0.4, seed });
      return Array.from({ length: 40 }, () => plan.next('upload'));
    };
    expect(draw(7)).toEqual(draw(7));
    expect(draw(7)).not.toEqual(draw(8));
    const faults = draw(7).filter((f) => f !== null);
    expect(faults.length).toBeGreaterThan(8);
    expect(faults.length).toBeLessThan(25);
  });

  it('never faults at rate 0, always at rate 1, only the kinds asked for', () => {
    const none = new FaultPlan({ rate: 0, seed: 1 });
    expect(Array.from({ length: 20 }, () => none.next('upload')).every((f) => f === null)).toBe(true);
    const always = new FaultPlan({ rate: 1, seed: 1, kinds: ['503', 'reset'] });
    const drawn = Array.from({ length: 50 }, () => always.next('upload'));
    expect(new Set(drawn)).toEqual(new Set(['503', 'reset']));
  });

  it('keeps to its scope and never answers a read with stored-502 or stored-reset', () => {
    const uploads = new FaultPlan({ rate: 1, seed: 3 });
    expect(uploads.next('read')).toBeNull();
    const reads = new FaultPlan({
      rate: 1,
      seed: 3,
      scope: 'read',
      kinds: ['stored-502', 'stored-reset', '429'],
    });
    expect(Array.from({ length: 10 }, () => reads.next('read'))).toEqual(Array(10).fill('429'));
    expect(reads.next('upload')).toBeNull();
  });

  it('draws stored-reset only when named, so that a seed gives the faults it gave before that kind existed', () => {
    const drawn = (kinds?: FaultKind[]): (string | null)[] => {
      const plan = new FaultPlan({ rate: 0.5, seed: 25, ...(kinds ? { kinds } : {}) });
      return Array.from({ length: 200 }, () => plan.next('upload'));
    };
    expect(drawn()).toEqual(drawn(['503', '429', 'reset', 'slow', 'stored-502']));
    expect(drawn(['stored-reset', '503'])).toContain('stored-reset');
  });

  // For any seed, not one: faults come at the configured rate, each kind about equally often.
  it('draws faults at the configured rate and kinds evenly, whatever the seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.double({ min: 0.05, max: 0.95, noNaN: true }), (seed, rate) => {
        const plan = new FaultPlan({ rate, seed, kinds: ['503', '429', 'reset'] });
        const drawn = Array.from({ length: 3000 }, () => plan.next('upload'));
        const faults = drawn.filter((f): f is NonNullable<typeof f> => f !== null);
        // Five standard deviations of a binomial count: a correct generator fails about once in 3 million.
        expect(Math.abs(faults.length / drawn.length - rate)).toBeLessThan(5 * Math.sqrt(0.25 / 3000));
        for (const kind of ['503', '429', 'reset'])
          expect(Math.abs(faults.filter((f) => f === kind).length / faults.length - 1 / 3)).toBeLessThan(
            5 * Math.sqrt(2 / 9 / faults.length),
          );
      }),
      { numRuns: 40 },
    );
  });

  it('gives values in [0, 1) from any seed, 0 and out-of-range seeds included', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.constantFrom(0, -1, 2 ** 32, 2 ** 53, -(2 ** 53))), (seed) => {
        const random = seededRandom(seed);
        const values = Array.from({ length: 200 }, random);
        expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
        expect(new Set(values).size).toBeGreaterThan(190);
      }),
    );
  });
});

describe('the --faults spec', () => {
  it('reads rate, seed, kinds, scope and slow-ms', () => {
    expect(parseFaultSpec('rate=0.25,seed=9,kinds=503+reset,scope=all,slow-ms=300')).toEqual({
      rate: 0.25,
      seed: 9,
      kinds: ['503', 'reset'],
      scope: 'all',
      slowMs: 300,
    });
  });

  it('says what is wrong with a bad spec', () => {
    expect(() => parseFaultSpec('rate=2')).toThrow('--faults: rate must be a number between 0 and 1');
    expect(() => parseFaultSpec('rate=0.1,kinds=teapot')).toThrow(
      "faults: unknown kind 'teapot'; use 503, 429, reset, slow, stored-502, stored-reset",
    );
    expect(() => parseFaultSpec('rate')).toThrow("--faults: 'rate' is not key=value");
    expect(() => parseFaultSpec('rate=0.1,colour=red')).toThrow("--faults: unknown key 'colour'");
    expect(() => parseFaultSpec('rate=0.1,seed=x')).toThrow('--faults: seed must be an integer');
  });
});
