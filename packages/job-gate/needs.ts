import { GateInputError } from './errors.js';
import { RESULTS, type Entry, type Result } from './results.js';

const HOW = "pass `jobs: ${{ toJSON(needs) }}` and list the guarded jobs under the gate job's `needs:`";

/** The entries of `${{ toJSON(needs) }}`: one per job the gate job needs, with its result. */
export function parseNeeds(text: string, input = 'jobs'): Entry[] {
  if (text.trim() === '') throw new GateInputError(`Input ${input} is empty: ${HOW}.`);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new GateInputError(`Input ${input} is not JSON (${reason}): ${HOW}.`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    const kind = Array.isArray(value) ? 'a list' : value === null ? 'null' : typeof value;
    throw new GateInputError(`Input ${input} must be an object of jobs, got ${kind}: ${HOW}.`);
  }
  const entries = Object.entries(value as Record<string, unknown>).map(([name, job]) => ({
    name,
    result: resultOf(name, job, input),
  }));
  if (entries.length === 0)
    throw new GateInputError(
      `Input ${input} is {}: the gate job has no \`needs:\`, so it guards nothing; ${HOW}.`,
    );
  return entries;
}

function resultOf(name: string, job: unknown, input: string): Result {
  const result = (job as { result?: unknown } | null)?.result;
  if (typeof result === 'string' && (RESULTS as readonly string[]).includes(result)) return result as Result;
  const got = typeof result === 'string' ? JSON.stringify(result) : 'no result';
  throw new GateInputError(
    `Input ${input}: job ${JSON.stringify(name)} has ${got}, expected one of ${RESULTS.join(', ')}: ${HOW}.`,
  );
}
