/** Python's `zipfile.is_zipfile` and `tarfile.is_tarfile`, for PyPI's "both a zip and a tar file" check. */
import { open } from 'node:fs/promises';
import { checksumOk, walkTarGz } from './tar-reader.js';
import { ZipArchive } from './zip-reader.js';

/** True when a zip reader finds an end of central directory (zipfile.is_zipfile). */
export async function isZipFile(path: string): Promise<boolean> {
  try {
    const zip = await ZipArchive.open(path);
    await zip.close();
    return true;
  } catch {
    return false;
  }
}

/** True when the file opens as a tar, plain or gzip-compressed (tarfile.is_tarfile; bz2 and xz are not tried). */
export async function isTarFile(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  const head = Buffer.alloc(512);
  try {
    const { bytesRead } = await handle.read(head, 0, 512, 0);
    if (bytesRead >= 2 && head[0] === 0x1f && head[1] === 0x8b) return await firstTarMemberReadable(path);
    return bytesRead === 512 && (head.every((b) => b === 0) || checksumOk(head));
  } finally {
    await handle.close();
  }
}

async function firstTarMemberReadable(path: string): Promise<boolean> {
  try {
    await walkTarGz(path, { onEntry: () => 'stop' });
    return true;
  } catch {
    return false;
  }
}
