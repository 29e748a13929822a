/** The `.dist-info/WHEEL` file: wheel format version, generator, purelib flag and tags. */
import { parseCoreMetadata } from './core-metadata.js';

/** What a wheel's WHEEL file says, plus where its dist-info directory is. */
export interface WheelInfo {
  distInfoDir: string;
  wheelVersion?: string;
  generator?: string;
  rootIsPurelib?: boolean;
  tags: string[];
  build?: string;
  hasRecord: boolean;
}

/** Parse WHEEL text (same RFC 822 shape as METADATA). */
export function parseWheelFile(text: string, distInfoDir: string, hasRecord: boolean): WheelInfo {
  const { fields } = parseCoreMetadata(text, 'WHEEL');
  const get = (name: string): string | undefined =>
    fields.find((f) => f.name.toLowerCase() === name.toLowerCase())?.value.trim();
  const purelib = get('Root-Is-Purelib');
  return {
    distInfoDir,
    wheelVersion: get('Wheel-Version'),
    generator: get('Generator'),
    rootIsPurelib: purelib === undefined ? undefined : purelib.toLowerCase() === 'true',
    tags: fields.filter((f) => f.name.toLowerCase() === 'tag').map((f) => f.value.trim()),
    build: get('Build'),
    hasRecord,
  };
}

/**
 * The dist-info directory of a wheel: `{name}-{version}.dist-info` from the filename as PyPI looks for it,
 * else the one top-level `*.dist-info` directory that holds METADATA.
 */
export function findDistInfoDir(filename: string, members: readonly string[]): string | null {
  const [name, version] = filename.split('-');
  const expected = `${name}-${version}.dist-info`;
  if (members.some((m) => m.startsWith(`${expected}/`))) return expected;
  const candidates = new Set<string>();
  for (const member of members) {
    const match = /^([^/]+\.dist-info)\/METADATA$/.exec(member);
    if (match?.[1]) candidates.add(match[1]);
  }
  return candidates.size === 1 ? ([...candidates][0] ?? null) : null;
}
