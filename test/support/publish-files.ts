/** Inspected files and index states built by hand, so publish's plan is tested without I/O. */
import { createHash } from 'node:crypto';
import { parseCoreMetadata, type ArchiveFacts } from '../../packages/dists/index.js';
import {
  uploadFileInfo,
  type IndexState,
  type InspectedFile,
  type RemoteFile,
} from '../../packages/publish/index.js';

/** A digest standing for `content` (any string), so tests can say "same" or "other" content. */
export function digest(content: string, algorithm: 'sha256' | 'md5' = 'sha256'): string {
  return createHash(algorithm).update(content).digest('hex');
}

/** Options of a hand-made file. */
export interface FileSpec {
  size?: number;
  /** Stands for the bytes: equal content, equal digests. */
  content?: string;
  name?: string;
  version?: string;
  /** Keep archive facts for the rules (default true). */
  facts?: boolean;
  archive?: Partial<ArchiveFacts>;
  problems?: string[];
  expected?: InspectedFile['expected'];
}

/** A valid wheel or sdist of `name` `version` (default pure 1.0), as inspectFiles would report it. */
export function inspected(filename: string, spec: FileSpec = {}): InspectedFile {
  const content = spec.content ?? filename;
  const size = spec.size ?? 2000;
  const hashes = {
    size,
    sha256: digest(content),
    blake2_256: digest(`blake:${content}`),
    md5: digest(content, 'md5'),
  };
  const metadata = parseCoreMetadata(
    `Metadata-Version: 2.1\nName: ${spec.name ?? 'pure'}\nVersion: ${spec.version ?? '1.0'}\nSummary: test\n`,
  );
  const wheel = filename.endsWith('.whl');
  const stem = wheel ? filename.split('-').slice(0, 2).join('-') : filename.replace(/\.tar\.gz$/, '');
  const archive: ArchiveFacts = {
    format: wheel ? 'zip' : 'tar.gz',
    unreadable: null,
    members: wheel
      ? [`${stem}.dist-info/METADATA`, `${stem}.dist-info/WHEEL`, `${stem}.dist-info/RECORD`]
      : [stem, `${stem}/PKG-INFO`, `${stem}/setup.py`],
    uncompressedSize: size,
    unsupportedCompression: false,
    ...spec.archive,
  };
  const form = uploadFileInfo(filename);
  const file: InspectedFile = {
    path: `/dist/${filename}`,
    filename,
    hashes,
    form,
    metadata,
    facts:
      spec.facts === false
        ? null
        : { filename, size, hashes, metadata, archive, ...(form ? { filetype: form.filetype } : {}) },
    problems: spec.problems ?? [],
  };
  if (spec.expected) file.expected = spec.expected;
  return file;
}

/** The index state holding `files` (all in the release unless said otherwise). */
export function indexWith(...files: Array<Partial<RemoteFile> & { filename: string }>): IndexState {
  const map = new Map<string, RemoteFile>();
  for (const file of files) {
    map.set(file.filename, {
      packagetype: file.filename.endsWith('.whl') ? 'bdist_wheel' : 'sdist',
      inRelease: true,
      ...file,
    });
  }
  return { files: map, releaseExists: [...map.values()].some((f) => f.inRelease) };
}

/** The same file as the index lists it: same filename and sha256. */
export function remoteOf(file: InspectedFile, overrides: Partial<RemoteFile> = {}): RemoteFile {
  return {
    filename: file.filename,
    sha256: file.hashes?.sha256 ?? '',
    packagetype: file.form?.filetype ?? 'sdist',
    inRelease: true,
    url: `https://files.example/${file.filename}`,
    ...overrides,
  };
}
