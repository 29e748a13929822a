/** Test support for verify: embedded indexes, publishing real files to them, and the wheels tests need. */
import { cp, mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { hashFile, readDistMetadata, uploadFormFields } from '../../../packages/dists/index.js';
import type { RunningIndex } from '../../../packages/local-index/index.js';
import { apiTokenAuth, resolveIndexUrls, uploadFile } from '../../../packages/pypi/index.js';
import { runChecked as run } from '../../../packages/process/index.js';
import { PROJECTS_DIR, PYTHON } from '../../fixtures/build.js';

export { buildFixture, PYTHON } from '../../fixtures/build.js';

export { startTestIndex, type TestIndex } from '../../support/test-index.js';

/** Upload real files with the suite's own client, as publish-pypi would; throws unless each is accepted. */
export async function publish(index: RunningIndex, paths: readonly string[]): Promise<void> {
  const urls = resolveIndexUrls(index.uploadUrl);
  for (const path of paths) {
    const { metadata, kind } = await readDistMetadata(path);
    const pyversion = kind === 'wheel' ? (basename(path).slice(0, -4).split('-').at(-3) ?? '') : 'source';
    const fields = uploadFormFields(metadata, {
      filetype: kind === 'wheel' ? 'bdist_wheel' : 'sdist',
      pyversion,
      hashes: await hashFile(path),
    });
    const outcome = await uploadFile({ urls, path, fields, auth: apiTokenAuth('pypi-test-token') });
    if (outcome.kind !== 'uploaded')
      throw new Error(`upload of ${basename(path)} failed: ${JSON.stringify(outcome)}`);
  }
}

/** An environment in which pip reads no configuration file: the same on this machine as on a fresh runner. */
export function cleanPipEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) if (!name.startsWith('PIP_')) env[name] = value;
  env['PIP_CONFIG_FILE'] = '/dev/null';
  return env;
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    () => true,
    () => false,
  );
}

/**
 * A real wheel of `packaging` (the pure fixture's dependency), built from the copy Debian installed, for a
 * dependency index: there is no network here to fetch one.
 */
export async function packagingWheel(): Promise<string> {
  const { stdout } = await run(PYTHON, [
    '-c',
    'import packaging, os; print(packaging.__version__); print(os.path.dirname(packaging.__file__))',
  ]);
  const [version, source] = stdout.trim().split('\n');
  const cacheRoot = join(tmpdir(), 'release-actions-fixtures');
  const cached = join(cacheRoot, `packaging-${version}`);
  if (!(await exists(cached))) {
    await mkdir(cacheRoot, { recursive: true });
    const work = await mkdtemp(join(cacheRoot, 'work-'));
    try {
      await cp(source as string, join(work, 'src', 'packaging'), {
        recursive: true,
        filter: (p) => !p.includes('__pycache__'),
      });
      await writeFile(
        join(work, 'pyproject.toml'),
        `[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n\n[project]\nname = "packaging"\nversion = "${version}"\nrequires-python = ">=3.7"\n`,
      );
      await run(PYTHON, ['-m', 'build', '--no-isolation', '--wheel', '--outdir', join(work, 'dist'), work], {
        timeoutMs: 240_000,
      });
      await rename(join(work, 'dist'), cached).catch(() => undefined);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  }
  const wheel = (await readdir(cached)).find((f) => f.endsWith('.whl'));
  if (!wheel) throw new Error(`${cached}: no packaging wheel`);
  return join(cached, wheel);
}

/**
 * A fixture project built with its `requires-python` replaced (e.g. `<3`, so that no Python 3 pip picks it),
 * into `outDir`. Built fresh each time (it is rarely needed).
 */
export async function buildWithRequiresPython(
  name: string,
  version: string,
  requiresPython: string,
  outDir: string,
): Promise<string[]> {
  const work = await mkdtemp(join(tmpdir(), 'verify-variant-'));
  try {
    await cp(join(PROJECTS_DIR, name), work, { recursive: true });
    const pyproject = join(work, 'pyproject.toml');
    const text = await readFile(pyproject, 'utf8');
    await writeFile(
      pyproject,
      text.replace(/^requires-python = ".*"$/m, `requires-python = "${requiresPython}"`),
    );
    await run(PYTHON, ['-m', 'build', '--no-isolation', '--outdir', outDir, work], {
      env: { ...process.env, SETUPTOOLS_SCM_PRETEND_VERSION: version, SOURCE_DATE_EPOCH: '1700000000' },
      timeoutMs: 240_000,
    });
    return (await readdir(outDir)).filter((f) => f.includes(`-${version}`)).map((f) => join(outDir, f));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * `wheel` with its platform tag replaced by `platform` (a compressed set like `a.b` allowed), its WHEEL file
 * and RECORD rewritten to match: what auditwheel makes of a `linux_*` wheel, or a build for another OS.
 * Returns the new path in `outDir`.
 */
export async function retaggedWheel(wheel: string, outDir: string, platform: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const script = join(dirname(fileURLToPath(import.meta.url)), 'retag_wheel.py');
  const { stdout } = await run(PYTHON, [script, wheel, outDir, platform]);
  return stdout.trim();
}

/**
 * A platform wheel retagged `manylinux_2_17_<arch>`, as auditwheel would name a wheel without outside
 * libraries: PyPI (and the embedded index) refuse plain `linux_*` tags.
 */
export async function manylinuxWheel(wheel: string, outDir: string): Promise<string> {
  const arch = /-linux_(\w+)\.whl$/.exec(wheel)?.[1];
  if (!arch) throw new Error(`${wheel} is not a linux_<arch> wheel`);
  return retaggedWheel(wheel, outDir, `manylinux_2_17_${arch}.manylinux2014_${arch}`);
}

/** The same wheel re-zipped without compression: a valid, different file under the same name (a rebuild). */
export async function rezipped(wheel: string, outDir: string): Promise<string> {
  await mkdir(outDir, { recursive: true });
  const target = join(outDir, basename(wheel));
  const code = [
    'import sys, zipfile',
    'src, dst = sys.argv[1:3]',
    'with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_STORED) as zout:',
    '    for item in zin.infolist(): zout.writestr(item.filename, zin.read(item.filename))',
  ].join('\n');
  await run(PYTHON, ['-c', code, wheel, target]);
  return target;
}
