/** Action inputs read as the runner passes them (`INPUT_<NAME>`), with errors that name the input and the fix. */

/** A problem with an input the user wrote in the workflow; its message is shown as it is. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** The environment variable the runner sets for input `name`: upper case, spaces to `_`, hyphens kept. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/** The trimmed value of an input, `''` when unset (the runner fills in action.yml defaults). */
export function getInput(name: string, options: { required?: boolean } = {}): string {
  const value = (process.env[inputVariable(name)] ?? '').trim();
  if (options.required && !value) {
    throw new InputError(
      `Input required and not supplied: ${name}. Set it under \`with:\` in the workflow step.`,
    );
  }
  return value;
}

/** An input that is `true | True | TRUE | false | False | FALSE`, like YAML 1.2's core schema. */
export function getBooleanInput(name: string, fallback?: boolean): boolean {
  const value = getInput(name);
  if (value === '' && fallback !== undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`Input ${name} must be true or false, got ${JSON.stringify(value)}.`);
}

/** Non-empty lines of an input, each trimmed; also splits on commas when `commas` is set. */
export function getListInput(name: string, options: { commas?: boolean } = {}): string[] {
  const separator = options.commas ? /[\n,]/ : /\n/;
  return getInput(name)
    .split(separator)
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** One of a fixed set of values; `fallback` when empty. */
export function getChoiceInput<T extends string>(name: string, choices: readonly T[], fallback: T): T {
  const value = getInput(name);
  if (value === '') return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new InputError(`Input ${name} must be one of ${choices.join(', ')}, got ${JSON.stringify(value)}.`);
}

/** A whole number within bounds; `fallback` when empty. */
export function getIntegerInput(
  name: string,
  fallback: number,
  bounds: { min?: number; max?: number } = {},
): number {
  const value = getInput(name);
  if (value === '') return fallback;
  const number = /^-?\d+$/.test(value) ? Number(value) : NaN;
  const { min = -Infinity, max = Infinity } = bounds;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    const range = `${Number.isFinite(min) ? min : ''}..${Number.isFinite(max) ? max : ''}`;
    throw new InputError(`Input ${name} must be a whole number in ${range}, got ${JSON.stringify(value)}.`);
  }
  return number;
}
