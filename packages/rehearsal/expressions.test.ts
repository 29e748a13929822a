import { describe, expect, it } from '@jest/globals';
import { condition, evaluate, ExpressionProblem, resolve } from './expressions.js';

const green = { succeeded: true, failed: false, cancelled: false };
const red = { succeeded: false, failed: true, cancelled: false };

describe('expressions', () => {
  it("evaluates GitHub's functions over the contexts", () => {
    const contexts = {
      needs: { plan: { outputs: { matrix: '{"include":[{"a":1}]}' } } },
      matrix: { build: 'sdist wheel' },
    };
    expect(evaluate('fromJSON(needs.plan.outputs.matrix)', contexts)).toEqual({ include: [{ a: 1 }] });
    expect(evaluate("contains(matrix.build, 'sdist') && '--sdist' || ''", contexts)).toBe('--sdist');
    expect(evaluate("github.event_name == 'pull_request'", { github: { event_name: 'push' } })).toBe(false);
  });

  it('answers the status functions from where they are evaluated', () => {
    expect(condition('success()', {}, green)).toBe(true);
    expect(condition('success()', {}, red)).toBe(false);
    expect(condition('failure()', {}, red)).toBe(true);
    expect(condition('always()', {}, red)).toBe(true);
    expect(
      condition(
        "success() && needs.version.outputs.should-publish == 'true'",
        { needs: { version: { outputs: { 'should-publish': 'false' } } } },
        green,
      ),
    ).toBe(false);
  });

  it('keeps the type of a lone expression and renders embedded ones as text', () => {
    const contexts = { matrix: { package: 'mypkg' }, needs: { v: { outputs: { version: '1.2.0' } } } };
    expect(resolve('${{ fromJSON(\'["a","b"]\') }}', contexts)).toEqual(['a', 'b']);
    expect(
      resolve('https://pypi.org/project/${{ matrix.package }}/${{ needs.v.outputs.version }}/', contexts),
    ).toBe('https://pypi.org/project/mypkg/1.2.0/');
    expect(resolve({ with: { name: 'dist-${{ matrix.package }}' } }, contexts)).toEqual({
      with: { name: 'dist-mypkg' },
    });
  });

  it('reads a missing value as empty, as GitHub does', () => {
    expect(resolve('${{ steps.nope.outputs.x }}', {})).toBe(null);
    expect(resolve('a${{ steps.nope.outputs.x }}b', {})).toBe('ab');
  });

  it('names the expression it cannot read', () => {
    expect(() => evaluate('fromJSON(', {})).toThrow(ExpressionProblem);
    expect(() => evaluate('fromJSON(', {})).toThrow(/^\$\{\{ fromJSON\( \}\}: /);
  });
});
