import { GateInputError } from './errors.js';

/** A list input: a JSON list of strings, or names separated by commas or new lines. */
export function parseNameList(text: string, input: string): string[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[')) {
    return trimmed
      .split(/[\n,]/)
      .map((name) => name.trim())
      .filter((name) => name !== '');
  }
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    throw new GateInputError(
      `Input ${input} starts with [ but is not a JSON list: write ["a", "b"], or a, b without brackets.`,
    );
  }
  if (!Array.isArray(value) || !value.every((name) => typeof name === 'string')) {
    throw new GateInputError(`Input ${input} must be a JSON list of names (strings), like ["a", "b"].`);
  }
  return value.map((name: string) => name.trim()).filter((name) => name !== '');
}
