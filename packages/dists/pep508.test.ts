import { describe, expect, it } from '@jest/globals';
import { isValidSpecifierSet, parseRequirement } from './pep508.js';

describe('PEP 508 requirements as packaging reads them', () => {
  it.each([
    ['packaging>=20', 'packaging>=20'],
    ['foo>=1,<2', 'foo<2,>=1'],
    ['foo==1.0.*', 'foo==1.0.*'],
    [
      "foo [b,a] @ https://x.org/f.whl ; python_version < '3.9'",
      'foo[a,b] @ https://x.org/f.whl ; python_version < "3.9"',
    ],
    ['Foo_Bar[x] (>=1.0) ; extra == "a"', 'Foo_Bar[x]>=1.0; extra == "a"'],
    ['foo @ https://example.com/foo-1.0.tar.gz', 'foo @ https://example.com/foo-1.0.tar.gz'],
  ])('takes %s (as %s)', (text, canonical) => {
    expect(parseRequirement(text).text).toBe(canonical);
  });

  it.each(['foo >= dog', '-foo', 'foo[', 'foo; os_name ==', 'foo @'])('refuses %s', (text) => {
    expect(() => parseRequirement(text)).toThrow(/^Expected /);
  });

  it('checks specifier sets as SpecifierSet does', () => {
    expect(isValidSpecifierSet('>=3.9, <4')).toBe(true);
    expect(isValidSpecifierSet('~=3')).toBe(false);
    expect(isValidSpecifierSet('>=3.9.*')).toBe(false);
  });
});
