/** The core metadata file served beside a wheel (PEP 658): its own METADATA, byte for byte. */
import { ZipArchive } from '../dists/index.js';

/** The raw METADATA of a wheel, to serve at `<file>.metadata` (PEP 658); null when it cannot be read. */
export async function wheelCoreMetadata(
  path: string,
  filename: string,
  members: string[],
): Promise<Buffer | null> {
  if (!filename.endsWith('.whl')) return null;
  // warehouse looks for `<name>-<version>.dist-info/METADATA` taken from the raw filename.
  const [name, version] = filename.split('-');
  const target = `${name}-${version}.dist-info/METADATA`;
  if (!members.includes(target)) return null;
  const zip = await ZipArchive.open(path);
  try {
    const entry = zip.entry(target);
    return entry ? await zip.read(entry) : null;
  } finally {
    await zip.close();
  }
}
