/** Numbers as people read them in logs and summaries. */

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

/** A byte count in binary units: `812 B`, `5.0 MiB`, `1.00 GiB`. */
export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${bytes} B`;
  return `${value.toFixed(value < 10 ? 2 : 1)} ${UNITS[unit]}`;
}

/** Seconds with one decimal (`0.4 s`). */
export function formatSeconds(seconds: number): string {
  return `${seconds.toFixed(1)} s`;
}

/** The start of a digest, enough to tell two apart in a message. */
export function shortDigest(hex: string): string {
  return hex.length > 16 ? `${hex.slice(0, 16)}…` : hex;
}
