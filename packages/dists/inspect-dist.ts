/** Gathering the facts PyPI's rules look at from a file on disk, without failing on a broken archive. */
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { compressionOfFile, isTarFile, isZipFile } from './archive-kind.js';
import { parseCoreMetadata, type CoreMetadata } from './core-metadata.js';
import { hashFile } from './hash-file.js';
import { distKindOf, pkgInfoPath, type ReadLimits } from './read-dist.js';
import type { ArchiveFacts, DistributionFacts } from './rules/types.js';
import { walkTarGz } from './tar-reader.js';
import { findDistInfoDir } from './wheel-info.js';
import { zipFramingProblem } from './zip-framing.js';
import { ZipArchive } from './zip-reader.js';

/** Facts about a file for `checkDistribution`, plus why metadata could not be read (if so). */
export interface InspectedDistribution extends DistributionFacts {
  /** One-line reason the archive's own metadata could not be read; metadata is then null. */
  metadataError?: string;
}

/** Options of an inspection: archive limits, and digests already known (then the file is not hashed again). */
export interface InspectOptions extends ReadLimits {
  hashes?: DistributionFacts['hashes'];
  /** The file's name as uploaded, when the path's own name differs (a temp file); default the path's. */
  filename?: string;
}

/**
 * Hash a file (unless `options.hashes` are given) and read its archive (every member name, sizes, methods; for a .tar.gz a full streaming walk)
 * and its own metadata. Unreadable archives give `archive.unreadable` with PyPI's reason rather than a throw.
 */
export async function inspectDistribution(
  path: string,
  options: InspectOptions = {},
): Promise<InspectedDistribution> {
  const { hashes: known, filename = basename(path), ...limits } = options;
  const base = known
    ? { filename, size: (await stat(path)).size, hashes: known }
    : await hashFile(path).then(({ size, ...hashes }) => ({ filename, size, hashes }));
  let format: 'zip' | 'tar.gz';
  try {
    format = distKindOf(filename).format;
  } catch (error) {
    return { ...base, metadata: null, metadataError: (error as Error).message };
  }
  const { archive, metadata, metadataError } =
    format === 'zip' ? await inspectZip(path, filename, limits) : await inspectTar(path, filename, limits);
  // PyPI refuses a file that is both a zip and a tar before it reads either.
  if ((await isZipFile(path)) && (await isTarFile(path))) archive.polyglot = true;
  return { ...base, archive, metadata, ...(metadataError ? { metadataError } : {}) };
}

interface Inspection {
  archive: ArchiveFacts;
  metadata: CoreMetadata | null;
  metadataError?: string;
}

async function inspectZip(path: string, filename: string, limits: ReadLimits): Promise<Inspection> {
  let zip: ZipArchive;
  try {
    zip = await ZipArchive.open(path, limits.zip);
  } catch (error) {
    // zipfile.is_zipfile only looks for the end record; anything worse is a BadZipFile, which PyPI prints as None.
    const message = (error as Error).message;
    const unreadable = (await isZipFile(path)) ? DAMAGED : 'File is not a zipfile';
    return { archive: emptyArchive('zip', unreadable), metadata: null, metadataError: message };
  }
  try {
    const members = zip.entries.map((e) => e.name);
    const archive: ArchiveFacts = {
      format: 'zip',
      unreadable: null,
      members,
      uncompressedSize: zip.entries.reduce((sum, e) => sum + e.uncompressedSize, 0),
      unsupportedCompression: zip.entries.some((e) => e.method !== 0 && e.method !== 8),
    };
    const target = filename.endsWith('.whl')
      ? `${findDistInfoDir(filename, members) ?? 'unknown.dist-info'}/METADATA`
      : pkgInfoPath(members);
    archive.framing = await zipFramingProblem(path, zip.entries);
    if (filename.endsWith('.whl')) {
      archive.entryPoints = await readDistInfoMember(zip, filename, 'entry_points.txt');
      const record = await readDistInfoMember(zip, filename, 'RECORD');
      if (record !== null && !isUtf8(record)) archive.recordUndecodable = true;
    }
    const entry = zip.entry(target);
    if (!entry) return { archive, metadata: null, metadataError: `${filename}: ${target} not found` };
    try {
      return { archive, metadata: parseCoreMetadata(await zip.read(entry), `${filename}: ${target}`) };
    } catch (error) {
      return { archive, metadata: null, metadataError: (error as Error).message };
    }
  } finally {
    await zip.close();
  }
}

// warehouse reads `<name>-<version>.dist-info/<member>`, name and version split from the filename.
async function readDistInfoMember(
  zip: ZipArchive,
  filename: string,
  member: string,
): Promise<Uint8Array | null> {
  const [name, version] = filename.split('-');
  const entry = zip.entry(`${name}-${version}.dist-info/${member}`);
  if (!entry) return null;
  try {
    return await zip.read(entry);
  } catch {
    return null;
  }
}

// PyPI says `None` when Python's archive modules fail mid-read; the cause follows in parentheses.
const DAMAGED = 'None (the archive is truncated or damaged)';
const NOT_GZIP = 'None (a tar archive, but not gzip-compressed)';

// tarfile.is_tarfile decides "not a tarfile"; a tar that then fails to read as .tar.gz is PyPI's None.
async function tarFailure(path: string): Promise<string> {
  if (!(await isTarFile(path))) return 'File is not a tarfile';
  return (await compressionOfFile(path)) === 'gzip' ? DAMAGED : NOT_GZIP;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

async function inspectTar(path: string, filename: string, limits: ReadLimits): Promise<Inspection> {
  const members: string[] = [];
  const candidates = new Map<string, Buffer>();
  let sparse = false;
  try {
    const summary = await walkTarGz(
      path,
      {
        onEntry(entry) {
          members.push(entry.path);
          if (entry.sparse) sparse = true;
          // Keep every depth-one PKG-INFO (small, capped): which one counts is known only at the end.
          return /^[^/]+\/PKG-INFO$/.test(entry.path) ? 'read' : 'skip';
        },
        onContent(entry, data) {
          candidates.set(entry.path, data);
          return false;
        },
      },
      // PyPI reads an sdist through whatever it inflates to (no ratio check on tars), and so does this.
      { maxRatio: Number.POSITIVE_INFINITY, ...limits.tar },
    );
    const archive: ArchiveFacts = {
      format: 'tar.gz',
      unreadable: null,
      members,
      uncompressedSize: summary.inflatedBytes,
      unsupportedCompression: false,
      sparse,
    };
    const data = candidates.get(pkgInfoPath(members));
    if (!data) return { archive, metadata: null, metadataError: `${filename}: no PKG-INFO at the top` };
    return { archive, metadata: parseCoreMetadata(data, `${filename}: PKG-INFO`) };
  } catch (error) {
    return {
      archive: emptyArchive('tar.gz', await tarFailure(path)),
      metadata: null,
      metadataError: (error as Error).message,
    };
  }
}

function emptyArchive(format: 'zip' | 'tar.gz', unreadable: string): ArchiveFacts {
  return { format, unreadable, members: [], uncompressedSize: 0, unsupportedCompression: false };
}
