// The benchmark's index: the embedded index on a persistent storage directory, filled once with every wheel
// of a directory (uploaded with the suite's own client). Prints `READY <base url>` and serves until stdin closes.
// Usage: node --import test/local-index/support/ts-loader.mjs serve-index.ts STORAGE_DIR WHEEL_DIR
import { existsSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { hashFile, readDistMetadata, uploadFormFields } from '../../../packages/dists/index.js';
import { startIndex } from '../../../packages/local-index/index.js';
import { apiTokenAuth, resolveIndexUrls, uploadFile } from '../../../packages/pypi/index.js';

const [storageDir, wheelDir] = process.argv.slice(2) as [string, string];
// Big enough for the big-file release (PyPI's own limit is 100 MiB; the index's default follows it).
const index = await startIndex({ port: 0, storageDir, maxFileSize: 4 * 1024 ** 3 });
const filled = join(storageDir, 'bench-filled');
if (!existsSync(filled)) {
  const urls = resolveIndexUrls(index.uploadUrl);
  const wheels = (await readdir(wheelDir)).filter((name) => name.endsWith('.whl'));
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < wheels.length; i = next++) {
      const path = join(wheelDir, wheels[i] as string);
      const { metadata } = await readDistMetadata(path);
      const fields = uploadFormFields(metadata, {
        filetype: 'bdist_wheel',
        pyversion: 'py3',
        hashes: await hashFile(path),
      });
      const outcome = await uploadFile({ urls, path, fields, auth: apiTokenAuth('bench-token') });
      if (outcome.kind !== 'uploaded' && outcome.kind !== 'already-exists') {
        throw new Error(`${wheels[i]}: ${JSON.stringify(outcome)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await writeFile(filled, `${wheels.length}\n`);
}
process.stdout.write(`READY ${index.url}\n`);
process.stdin.resume();
process.stdin.on('end', () => void index.close().then(() => process.exit(0)));
