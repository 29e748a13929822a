/** Zip archives for tests: dists' writer (deflate or stored, zip64, any method number) and a minimal wheel's members. */
import { writeZip, type ZipMember } from '../../packages/dists/index.js';

export type { ZipMember };
/** Build a zip in memory (dists' writeZip); with `zip64`, every size and offset goes through zip64 records. */
export const makeZip = writeZip;

/** The members of a minimal valid wheel `name-version`, to drop or replace in tests. */
export function wheelMembers(name: string, version: string, metadata?: string): ZipMember[] {
  const dir = `${name}-${version}.dist-info`;
  return [
    { name: `${name}/__init__.py`, data: 'x = 1\n' },
    {
      name: `${dir}/METADATA`,
      data: metadata ?? `Metadata-Version: 2.1\nName: ${name}\nVersion: ${version}\nSummary: test\n\nBody\n`,
    },
    {
      name: `${dir}/WHEEL`,
      data: 'Wheel-Version: 1.0\nGenerator: hand\nRoot-Is-Purelib: true\nTag: py3-none-any\n',
    },
    {
      name: `${dir}/RECORD`,
      data: `${name}/__init__.py,,\n${dir}/METADATA,,\n${dir}/WHEEL,,\n${dir}/RECORD,,\n`,
    },
  ];
}
