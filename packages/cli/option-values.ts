/** Converters for option values: each returns undefined for text it refuses, so the caller names the option. */

/** A whole number from `min` to `max` (digits only: no sign, exponent or fraction). */
export function wholeNumber(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= min && value <= max ? value : undefined;
}

/** A number of seconds above 0 (fractions allowed), as milliseconds. */
export function positiveSeconds(text: string): number | undefined {
  if (!/^\d+(\.\d+)?$/.test(text)) return undefined;
  const ms = Math.round(Number(text) * 1000);
  return ms > 0 && Number.isSafeInteger(ms) ? ms : undefined;
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1000,
  mb: 1000 ** 2,
  gb: 1000 ** 3,
  kib: 1024,
  mib: 1024 ** 2,
  gib: 1024 ** 3,
};

/** A size of at least one byte, like `100MiB`, `1.5 GB` or `1048576`, in bytes. */
export function byteSize(text: string): number | undefined {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = UNITS[(match?.[2] ?? '').toLowerCase()];
  if (!match || unit === undefined) return undefined;
  const bytes = Math.floor(Number(match[1]) * unit);
  return bytes >= 1 && Number.isSafeInteger(bytes) ? bytes : undefined;
}

/** Text that is not empty (nor only spaces). */
export function nonEmpty(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/** One of `choices`, exactly. */
export function oneOf<T extends string>(choices: readonly T[]): (text: string) => T | undefined {
  return (text) => choices.find((choice) => choice === text);
}

/** `name=value` with a non-empty name, split at the first `=`. */
export function namedValue(text: string): [string, string] | undefined {
  const equals = text.indexOf('=');
  return equals > 0 ? [text.slice(0, equals), text.slice(equals + 1)] : undefined;
}
