/** A job's `strategy.matrix` expanded into its combinations, by GitHub's documented rules. */
import type { Plain } from './workflow.js';

/** One matrix combination: the `matrix` context of one job. */
export type Combination = Record<string, Plain>;

const isRecord = (value: Plain | undefined): value is Record<string, Plain> =>
  value !== null && value !== undefined && typeof value === 'object' && !Array.isArray(value);

const matches = (combination: Combination, filter: Combination, keys: readonly string[]): boolean =>
  Object.entries(filter).every(
    ([key, value]) => !keys.includes(key) || JSON.stringify(combination[key]) === JSON.stringify(value),
  );

function product(axes: Array<[string, Plain[]]>): Combination[] {
  let combinations: Combination[] = [{}];
  for (const [key, values] of axes)
    combinations = combinations.flatMap((combination) =>
      values.map((value) => ({ ...combination, [key]: value })),
    );
  return combinations;
}

/**
 * The combinations of a resolved matrix: the product of its axes, less `exclude`, with each `include` entry
 * added to every combination whose original values it does not change, or as a combination of its own.
 * A job without a matrix is one combination with no values. Throws with the reason for a malformed matrix.
 */
export function expandMatrix(matrix: Plain): Combination[] {
  if (matrix === null) return [{}];
  if (!isRecord(matrix)) throw new Error(`strategy.matrix must be a mapping, not ${JSON.stringify(matrix)}`);
  const axes: Array<[string, Plain[]]> = [];
  for (const [key, values] of Object.entries(matrix)) {
    if (key === 'include' || key === 'exclude') continue;
    if (!Array.isArray(values))
      throw new Error(`strategy.matrix.${key} must be a list, not ${JSON.stringify(values)}`);
    axes.push([key, values]);
  }
  const keys = axes.map(([key]) => key);
  const excluded = (Array.isArray(matrix['exclude']) ? matrix['exclude'] : []).filter(isRecord);
  const base =
    axes.length === 0 ? [] : product(axes).filter((c) => !excluded.some((e) => matches(c, e, keys)));
  const combinations = base.map((combination) => ({ ...combination }));
  for (const entry of (Array.isArray(matrix['include']) ? matrix['include'] : []).filter(isRecord)) {
    const targets = combinations.filter(
      (combination, index) => index < base.length && matches(combination, entry, keys),
    );
    if (targets.length === 0) combinations.push({ ...entry });
    for (const target of targets) Object.assign(target, entry);
  }
  if (combinations.length === 0) throw new Error('strategy.matrix has no combinations');
  return combinations;
}
