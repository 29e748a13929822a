/** Files and upload forms for the upload tests, without building a project. */
import { createHash } from 'node:crypto';
import { mkdtemp, open, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashFile, type FormField } from '../../../packages/dists/index.js';

/** A temp file with this content (or `size` pseudo-random bytes written in chunks). */
export async function tempFile(name: string, content: string | Buffer | { size: number }): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'pypi-upload-')), name);
  if (typeof content === 'string' || Buffer.isBuffer(content)) {
    await writeFile(path, content);
    return path;
  }
  const handle = await open(path, 'w');
  try {
    const chunk = createHash('sha512').update(name).digest();
    const block = Buffer.alloc(1 << 20);
    for (let i = 0; i < block.length; i += chunk.length) chunk.copy(block, i);
    for (let written = 0; written < content.size; written += block.length) {
      await handle.write(block, 0, Math.min(block.length, content.size - written));
    }
  } finally {
    await handle.close();
  }
  return path;
}

/** A minimal, valid upload form for `path` (project `demo`, version `1.0`), with its real digests. */
export async function demoForm(
  path: string,
  overrides: { name?: string; version?: string } = {},
): Promise<FormField[]> {
  const hashes = await hashFile(path);
  return [
    [':action', 'file_upload'],
    ['protocol_version', '1'],
    ['metadata_version', '2.1'],
    ['name', overrides.name ?? 'demo'],
    ['version', overrides.version ?? '1.0'],
    ['pyversion', 'py3'],
    ['filetype', 'bdist_wheel'],
    ['sha256_digest', hashes.sha256],
    ['md5_digest', hashes.md5],
    ['blake2_256_digest', hashes.blake2_256],
  ];
}
