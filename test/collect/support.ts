/** Real wheels and sdists for collect's tests (make-dists.py: complete METADATA, WHEEL, RECORD; PKG-INFO). */
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runChecked } from '../../packages/process/index.js';

const MAKE_DISTS = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  'local-index',
  'support',
  'make-dists.py',
);

/** One file to make: a wheel with `tag`, or the sdist. */
export interface DistSpec {
  name?: string;
  version?: string;
  /** A wheel's tag (`cp312-cp312-manylinux_2_17_x86_64`); `sdist` for the sdist. */
  tag: string;
  /** Bytes of stored payload in a wheel (makes it big). */
  payload?: number;
  /** A wheel filename (and dist-info) that disagrees with its METADATA. */
  fileName?: string;
}

/** Makes `spec` in `dir` (created if need be); resolves with the file's path. */
export async function makeDist(dir: string, spec: DistSpec): Promise<string> {
  const scratch = await mkdtemp(join(tmpdir(), 'make-dist-'));
  try {
    const { tag, ...rest } = spec;
    const entry = {
      name: 'pkg',
      version: '1.0',
      ...rest,
      sdist: tag === 'sdist',
      ...(tag === 'sdist' ? {} : { tag }),
    };
    await writeFile(join(scratch, 'spec.json'), JSON.stringify([entry]));
    const out = join(scratch, 'out');
    const { stdout } = await runChecked('/usr/bin/python3', [MAKE_DISTS, out, join(scratch, 'spec.json')]);
    const made = stdout.trim().split('\n');
    const path = (tag === 'sdist' ? made.find((p) => p.endsWith('.tar.gz')) : made[0]) as string;
    await mkdir(dir, { recursive: true });
    const target = join(dir, basename(path));
    await rename(path, target);
    return target;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Makes several files into `dir`, in order. */
export async function makeDists(dir: string, specs: readonly DistSpec[]): Promise<string[]> {
  const paths: string[] = [];
  for (const spec of specs) paths.push(await makeDist(dir, spec));
  return paths;
}
