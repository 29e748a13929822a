/** Reading what a distribution file holds: core metadata (and WHEEL) without unpacking it. */
import { basename } from 'node:path';
import { parseCoreMetadata, type CoreMetadata } from './core-metadata.js';
import type { DistKind } from './dist-filename-types.js';
import { DistError } from './errors.js';
import { walkTarGz, type TarLimits } from './tar-reader.js';
import { findDistInfoDir, parseWheelFile, type WheelInfo } from './wheel-info.js';
import { ZipArchive, type ZipLimits } from './zip-reader.js';

/** The metadata of one distribution file. */
export interface DistMetadata {
  filename: string;
  kind: DistKind;
  metadata: CoreMetadata;
  /** For wheels: the WHEEL file and dist-info facts. */
  wheelInfo?: WheelInfo;
}

/** Limits for reading archives (zip and tar), each defaulting as in zip-reader / tar-reader. */
export interface ReadLimits {
  zip?: Partial<ZipLimits>;
  tar?: Partial<TarLimits>;
}

/** The kind of a file by its extension, or throw DistError `unknown-extension`. */
export function distKindOf(filename: string): { kind: DistKind; format: 'zip' | 'tar.gz' } {
  if (filename.endsWith('.whl')) return { kind: 'wheel', format: 'zip' };
  if (filename.endsWith('.tar.gz')) return { kind: 'sdist', format: 'tar.gz' };
  if (filename.endsWith('.zip')) return { kind: 'sdist', format: 'zip' };
  throw new DistError(
    'unknown-extension',
    `${filename}: not a wheel (.whl) or sdist (.tar.gz, .zip)`,
    filename,
  );
}

/**
 * Read the core metadata of a wheel (`*.dist-info/METADATA`, WHEEL, and RECORD must exist) or an sdist
 * (`<top>/PKG-INFO`, streaming and stopping there). Throws DistError naming the file on anything missing.
 */
export async function readDistMetadata(path: string, limits: ReadLimits = {}): Promise<DistMetadata> {
  const filename = basename(path);
  const { kind, format } = distKindOf(filename);
  if (format === 'tar.gz') {
    const metadata = parseCoreMetadata(await readTarPkgInfo(path, limits.tar), `${filename}: PKG-INFO`);
    return { filename, kind, metadata };
  }
  const zip = await ZipArchive.open(path, limits.zip);
  try {
    const names = zip.entries.map((e) => e.name);
    if (kind === 'sdist') {
      const target = pkgInfoPath(names);
      const entry = zip.entry(target);
      if (!entry) throw missing(filename, `PKG-INFO not found at ${target}`);
      return { filename, kind, metadata: parseCoreMetadata(await zip.read(entry), `${filename}: ${target}`) };
    }
    const dir = findDistInfoDir(filename, names);
    if (!dir) throw missing(filename, 'no .dist-info directory with METADATA');
    const metadataEntry = zip.entry(`${dir}/METADATA`);
    const wheelEntry = zip.entry(`${dir}/WHEEL`);
    if (!metadataEntry) throw missing(filename, `METADATA not found at ${dir}/METADATA`);
    if (!wheelEntry) throw missing(filename, `WHEEL not found at ${dir}/WHEEL`);
    if (!zip.entry(`${dir}/RECORD`)) throw missing(filename, `RECORD not found at ${dir}/RECORD`);
    const metadata = parseCoreMetadata(await zip.read(metadataEntry), `${filename}: METADATA`);
    const wheelText = (await zip.read(wheelEntry)).toString('utf8');
    return { filename, kind, metadata, wheelInfo: parseWheelFile(wheelText, dir, true) };
  } finally {
    await zip.close();
  }
}

/** Where PyPI looks for an sdist's PKG-INFO: `os.path.join(commonprefix(names), "PKG-INFO")`. */
export function pkgInfoPath(names: readonly string[]): string {
  const prefix = commonPrefix(names);
  return prefix === '' || prefix.endsWith('/') ? `${prefix}PKG-INFO` : `${prefix}/PKG-INFO`;
}

/** Python's `os.path.commonprefix`: character-wise, not path-wise. */
export function commonPrefix(names: readonly string[]): string {
  if (names.length === 0) return '';
  let prefix = names[0] ?? '';
  for (const name of names) {
    let i = 0;
    while (i < prefix.length && i < name.length && prefix[i] === name[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

// Stream until <top>/PKG-INFO, where <top> is the first member's top directory (as setuptools writes sdists).
async function readTarPkgInfo(path: string, limits: Partial<TarLimits> | undefined): Promise<Buffer> {
  let target: string | null = null;
  let found: Buffer | null = null;
  await walkTarGz(
    path,
    {
      onEntry(entry) {
        target ??= `${entry.path.replace(/^\.\//, '').split('/')[0]}/PKG-INFO`;
        return entry.path.replace(/^\.\//, '') === target ? 'read' : 'skip';
      },
      onContent(_entry, data) {
        found = data;
        return true;
      },
    },
    limits,
  );
  if (found === null) throw missing(basename(path), `PKG-INFO not found at ${target ?? '<top>/PKG-INFO'}`);
  return found;
}

function missing(filename: string, what: string): DistError {
  return new DistError('missing-member', `${filename}: ${what}`, filename);
}
