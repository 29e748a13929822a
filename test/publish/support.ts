/** Shared pieces of the publish tests: release directories, what the index holds, and secrecy checks. */
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { MANIFEST_SCHEMA, serializeManifest } from '../../packages/artifacts/index.js';
import { hashFile } from '../../packages/dists/index.js';
import { fetchSimpleProject, resolveIndexUrls } from '../../packages/pypi/index.js';
import type { ActionRun } from '../harness/index.js';
import { makeDists, type DistSpec, type TestIndex } from '../local-index/support/index-helpers.js';

export {
  makeDists,
  startTestIndex,
  twineUpload,
  type TestIndex,
} from '../local-index/support/index-helpers.js';

/** Python tags for wheels of one release that differ only in their tag (PyPI-valid platforms). */
export const WHEEL_TAGS = [
  'py3-none-any',
  'cp310-cp310-manylinux_2_17_x86_64',
  'cp311-cp311-manylinux_2_17_x86_64',
  'cp312-cp312-manylinux_2_17_x86_64',
  'cp313-cp313-manylinux_2_17_x86_64',
  'cp310-cp310-win_amd64',
  'cp311-cp311-win_amd64',
  'cp312-cp312-macosx_11_0_arm64',
  'cp313-cp313-musllinux_1_2_aarch64',
  'cp312-abi3-manylinux_2_28_aarch64',
];

/** A fresh directory holding `wheels` wheels (tags from WHEEL_TAGS) and one sdist of `name` `version`. */
export async function releaseDir(
  options: { name?: string; version?: string; wheels?: number; payload?: number } = {},
): Promise<{ dir: string; files: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'publish-release-'));
  const name = options.name ?? 'demo-pkg';
  const version = options.version ?? '1.0.0';
  const specs: DistSpec[] = WHEEL_TAGS.slice(0, options.wheels ?? 3).map((tag, i) => ({
    name,
    version,
    tag,
    payload: options.payload ?? 2048 + i,
  }));
  specs.push({ name, version, sdist: true, tag: 'py2-none-any' });
  await makeDists(specs, dir);
  // make-dists writes a wheel for every spec; the sdist's spec is only there for its sdist.
  await rm(join(dir, `${name.replace(/[-_.]+/g, '_').toLowerCase()}-${version}-py2-none-any.whl`));
  const files = (await readdir(dir)).filter((f) => !f.startsWith('.')).sort();
  return { dir, files: files.map((f) => join(dir, f)) };
}

/** A directory with copies of `paths` (a subset of a release, say). */
export async function copyInto(paths: string[]): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'publish-subset-'));
  for (const path of paths) await copyFile(path, join(dir, basename(path)));
  return dir;
}

/** Writes manifest.json beside the files of `dir`, as collect-artifacts would. */
export async function writeManifest(dir: string, files: string[]): Promise<string> {
  const entries = [];
  for (const path of files) {
    const { size, sha256, blake2_256 } = await hashFile(path);
    entries.push({ file: basename(path), size, sha256, blake2b_256: blake2_256, origin: 'test' });
  }
  const manifest = join(dir, 'manifest.json');
  await writeFile(manifest, serializeManifest({ schema: MANIFEST_SCHEMA, files: entries }));
  return manifest;
}

/** Every file the index lists for `project` with its sha256 (repeated names would show up twice). */
export async function listed(
  index: TestIndex,
  project: string,
): Promise<Array<{ filename: string; sha256: string }>> {
  const page = await fetchSimpleProject(resolveIndexUrls(index.uploadUrl), project, { fresh: true });
  return (page?.files ?? [])
    .map((f) => ({ filename: f.filename, sha256: f.hashes['sha256'] ?? '' }))
    .sort((a, b) => (a.filename < b.filename ? -1 : 1));
}

/** What the index must list: each local file once, with its own sha256. */
export async function expectedListing(paths: string[]): Promise<Array<{ filename: string; sha256: string }>> {
  const out = [];
  for (const path of paths) out.push({ filename: basename(path), sha256: (await hashFile(path)).sha256 });
  return out.sort((a, b) => (a.filename < b.filename ? -1 : 1));
}

/** Upload requests the index received (each attempt counts). */
export function uploadRequests(index: TestIndex): number {
  return index.log.filter((entry) => entry.method === 'POST' && entry.path.startsWith('/legacy')).length;
}

/**
 * Every place a secret could leak to from an action run: the log as people see it, stdout apart from the
 * `::add-mask::` commands that hide it, stderr, the summary and the outputs.
 */
export function leakSurfaces(run: ActionRun): Record<string, string> {
  return {
    log: run.log,
    stdout: run.stdout
      .split(/\r?\n/)
      .filter((line) => !line.startsWith('::add-mask::'))
      .join('\n'),
    stderr: run.stderr,
    summary: run.summary,
    outputs: JSON.stringify(run.outputs),
    env: JSON.stringify(run.env),
  };
}

/** The places (by name) where any of `secrets` (or its base64 Basic form with `__token__`) shows. */
export function leaksOf(run: ActionRun, secrets: string[]): string[] {
  const forms = secrets.flatMap((s) => [s, Buffer.from(`__token__:${s}`).toString('base64')]);
  return Object.entries(leakSurfaces(run))
    .filter(([, text]) => forms.some((secret) => text.includes(secret)))
    .map(([name]) => name);
}

/** The `::error::` lines of a run. */
export function errorLines(run: ActionRun): string[] {
  return run.commands.filter((c) => c.command === 'error').map((c) => c.message);
}
