/** Name patterns for wait-for and the allow-lists: `*` is any run of characters, `?` one character. */

/** A compiled pattern; `negated` for a `!pattern` that takes names out again. */
export interface NamePattern {
  source: string;
  negated: boolean;
  regex: RegExp;
}

/** Compiles `pattern` (case-sensitive, whole name; `*` also crosses ` / ` between a workflow and a job). */
export function compilePattern(pattern: string): NamePattern {
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  const regex = body
    .split('')
    .map((char) => (char === '*' ? '.*' : char === '?' ? '.' : char.replace(/[\\^$.+()[\]{}|/-]/g, '\\$&')))
    .join('');
  return { source: pattern, negated, regex: new RegExp(`^${regex}$`, 's') };
}

/** Whether any of `names` matches the pattern's body (negation aside). */
export function patternMatches(pattern: NamePattern, names: readonly string[]): boolean {
  return names.some((name) => pattern.regex.test(name));
}

/** Whether `names` is selected: some positive pattern matches and no `!pattern` does. */
export function selectedBy(patterns: readonly NamePattern[], names: readonly string[]): boolean {
  const positive = patterns.filter((pattern) => !pattern.negated);
  const negative = patterns.filter((pattern) => pattern.negated);
  return (
    positive.some((pattern) => patternMatches(pattern, names)) &&
    !negative.some((pattern) => patternMatches(pattern, names))
  );
}
