import { readFile } from 'node:fs/promises';
import { dirname, posix, resolve, win32 } from 'node:path';

/** The format tag every manifest carries, so a future format is refused rather than misread. */
export const MANIFEST_SCHEMA = 'release-actions/manifest@1';

/** One distribution file of a release, as collect-artifacts checked it. */
export interface ManifestFile {
  /** The file's name, which is also its path relative to the manifest's directory. */
  file: string;
  size: number;
  sha256: string;
  blake2b_256: string;
  /** Where it came from: the artifact or job that produced it. */
  origin: string;
}

/** The set of files a release consists of: what publish uploads and verify checks, nothing more. */
export interface Manifest {
  schema: typeof MANIFEST_SCHEMA;
  files: ManifestFile[];
}

/** A manifest that cannot be used; the message names the file and the fix. */
export class ManifestError extends Error {
  override readonly name = 'ManifestError';
}

const HEX64 = /^[0-9a-f]{64}$/;

function field<T>(value: unknown, check: (v: unknown) => v is T, where: string, expected: string): T {
  if (!check(value)) throw new ManifestError(`${where} must be ${expected}, got ${JSON.stringify(value)}`);
  return value;
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isSize = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isHex64 = (v: unknown): v is string => typeof v === 'string' && HEX64.test(v);
/**
 * A file name with no directory or drive in it by the rules of any OS the manifest may be read on: a
 * manifest written on Linux is read on Windows runners too, where `sub\\x.whl` and `C:x.whl` are paths.
 */
export function isPlainFileName(v: unknown): v is string {
  return (
    typeof v === 'string' &&
    v !== '' &&
    v !== '.' &&
    v !== '..' &&
    !/[\0:]/.test(v) &&
    posix.basename(v) === v &&
    win32.basename(v) === v
  );
}

/** Parses and checks manifest text; `source` names the file in errors. */
export function parseManifest(text: string, source: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ManifestError(
      `${source}: not valid JSON (${(error as Error).message}); regenerate it with collect-artifacts`,
    );
  }
  const doc = (data ?? {}) as Record<string, unknown>;
  if (doc['schema'] !== MANIFEST_SCHEMA) {
    throw new ManifestError(
      `${source}: schema must be "${MANIFEST_SCHEMA}", got ${JSON.stringify(doc['schema'])}`,
    );
  }
  const entries = field(doc['files'], Array.isArray, `${source}: files`, 'a list');
  if (entries.length === 0)
    throw new ManifestError(`${source}: lists no files; a release needs at least one`);
  // Windows and macOS file systems do not tell names apart by case: neither does the manifest.
  const seen = new Map<string, string>();
  const files = entries.map((entry: unknown, index): ManifestFile => {
    const where = `${source}: files[${index}]`;
    const item = (entry ?? {}) as Record<string, unknown>;
    const file = field(item['file'], isPlainFileName, `${where}.file`, 'a plain file name');
    const earlier = seen.get(file.toLowerCase());
    if (earlier === file) throw new ManifestError(`${source}: ${file} is listed twice`);
    if (earlier !== undefined)
      throw new ManifestError(
        `${source}: ${earlier} and ${file} differ only in case, which Windows and macOS file systems do not tell apart`,
      );
    seen.set(file.toLowerCase(), file);
    return {
      file,
      size: field(item['size'], isSize, `${where}.size`, 'a byte count'),
      sha256: field(item['sha256'], isHex64, `${where}.sha256`, '64 lower-case hex digits'),
      blake2b_256: field(item['blake2b_256'], isHex64, `${where}.blake2b_256`, '64 lower-case hex digits'),
      origin: field(item['origin'] ?? '', isString, `${where}.origin`, 'a string'),
    };
  });
  return { schema: MANIFEST_SCHEMA, files };
}

/** The manifest as written to disk: stable key order, files sorted by name, a trailing newline. */
export function serializeManifest(manifest: Manifest): string {
  const files = [...manifest.files]
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map(({ file, size, sha256, blake2b_256, origin }) => ({ file, size, sha256, blake2b_256, origin }));
  return `${JSON.stringify({ schema: MANIFEST_SCHEMA, files }, null, 2)}\n`;
}

/** Reads a manifest file; its files live beside it, in `directory`. */
export async function readManifest(path: string): Promise<{ manifest: Manifest; directory: string }> {
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new ManifestError(
      `${path}: cannot read the manifest (${error.code ?? error.message}); check the manifest input`,
    );
  });
  return { manifest: parseManifest(text, path), directory: dirname(resolve(path)) };
}
