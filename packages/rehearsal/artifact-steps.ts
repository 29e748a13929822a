/**
 * upload-artifact and download-artifact played against the artifact service stand-in (packages/artifact-service),
 * the same storage this suite's actions reach through the official client: what one job uploads, collect-artifacts
 * and later jobs download. The path, pattern and merge-multiple rules are upload/download-artifact v4's.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { startArtifactService, type StoredArtifact } from '../artifact-service/index.js';
import { artifactNameMatches } from '../collect/index.js';
import { writeZip, ZipArchive, zipEntryKind } from '../dists/index.js';
import type { JobScope, RehearsalSetup, StepOutcome } from './setup.js';

const GLOB = /[*?[]/;

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

function globRegex(pattern: string): RegExp {
  const source = pattern
    .split('/')
    .map((part) =>
      part === '**'
        ? '(?:.*)'
        : [...part]
            .map((c) => (c === '*' ? '[^/]*' : c === '?' ? '[^/]' : c.replace(/[.+^${}()|[\]\\]/g, '\\$&')))
            .join(''),
    )
    .join('/');
  return new RegExp(`^${source.replace(/\(\?:\.\*\)\//g, '(?:.*/)?')}$`);
}

/** The files `path` (upload-artifact's lines: files, directories, globs) names, and the root they are relative to. */
export async function uploadSelection(
  workspace: string,
  path: string,
): Promise<{ root: string; files: string[] }> {
  const lines = path
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('!'));
  const searchRoots: string[] = [];
  const files = new Set<string>();
  for (const line of lines) {
    const absolute = resolve(workspace, line);
    const globAt = line.search(GLOB);
    if (globAt < 0) {
      const info = await stat(absolute).catch(() => null);
      if (info?.isDirectory()) for (const file of await filesUnder(absolute)) files.add(file);
      else if (info?.isFile()) files.add(absolute);
      searchRoots.push(info?.isDirectory() ? absolute : dirname(absolute));
      continue;
    }
    const base = resolve(workspace, line.slice(0, globAt).replace(/[^/]*$/, '') || '.');
    searchRoots.push(base);
    const regex = globRegex(absolute.split(sep).join('/'));
    for (const file of await filesUnder(base)) if (regex.test(file.split(sep).join('/'))) files.add(file);
  }
  let root = searchRoots[0] ?? workspace;
  for (const other of searchRoots) while (relative(root, other).startsWith('..')) root = dirname(root);
  return { root, files: [...files].sort() };
}

/** upload-artifact: the files of `path` zipped under `name`, refused when that name was uploaded in this run. */
export async function playUpload(
  setup: RehearsalSetup,
  job: JobScope,
  inputs: Record<string, string>,
): Promise<StepOutcome> {
  const name = inputs['name'] || 'artifact';
  const { root, files } = await uploadSelection(job.workspace, inputs['path'] ?? '');
  setup.log.line(
    `upload-artifact: plays against the local artifact service: ${files.length} file(s) as '${name}'`,
  );
  if (files.length === 0) {
    const mode = inputs['if-no-files-found'] || 'warn';
    const message = `upload-artifact: no files were found with the provided path: ${inputs['path'] ?? ''}`;
    if (mode === 'error') return { ok: false, problem: message };
    if (mode === 'warn') setup.log.line(`warning: ${message}; no artifact will be uploaded`);
    return { ok: true };
  }
  const service = await startArtifactService({ storageDir: setup.artifactStorage });
  try {
    if (service.artifacts(1).some((artifact) => artifact.name === name))
      return {
        ok: false,
        problem: `upload-artifact: an artifact named '${name}' was already uploaded in this run`,
      };
    const members = await Promise.all(
      files.map(async (file) => ({
        name: relative(root, file).split(sep).join('/'),
        data: await readFile(file),
      })),
    );
    const artifact = await service.addArtifact(
      { runId: 1, attempt: 1, job: job.id, name },
      writeZip(members),
    );
    return {
      ok: true,
      outputs: { 'artifact-id': String(artifact.id), 'artifact-digest': artifact.digest ?? '' },
    };
  } finally {
    await service.close();
  }
}

/** The artifacts download-artifact's `name` or `pattern` picks (all of the run when neither is given). */
function chosen(
  artifacts: readonly StoredArtifact[],
  inputs: Record<string, string>,
): StoredArtifact[] | string {
  const name = inputs['name'];
  if (name) {
    const artifact = artifacts.filter((a) => a.name === name).at(-1);
    return artifact ? [artifact] : `download-artifact: no artifact named '${name}' in this run`;
  }
  const pattern = inputs['pattern'];
  return artifacts.filter((artifact) => !pattern || artifactNameMatches(pattern, artifact.name));
}

async function extract(zip: Buffer, scratch: string, into: string): Promise<number> {
  const file = join(scratch, `${Date.now()}-${Math.random()}.zip`);
  await writeFile(file, zip);
  const archive = await ZipArchive.open(file);
  let count = 0;
  try {
    for (const entry of archive.entries) {
      if (zipEntryKind(entry) !== 'file') continue;
      const target = resolve(into, entry.name);
      if (relative(into, target).startsWith('..'))
        throw new Error(`download-artifact: ${entry.name} leaves ${into}`);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, await archive.read(entry));
      count += 1;
    }
  } finally {
    await archive.close();
    await rm(file, { force: true });
  }
  return count;
}

/** download-artifact: by name into `path`; by pattern (or all) each into `path/<name>`, or together with merge-multiple. */
export async function playDownload(
  setup: RehearsalSetup,
  job: JobScope,
  inputs: Record<string, string>,
): Promise<StepOutcome> {
  const into = resolve(job.workspace, inputs['path'] || '.');
  const service = await startArtifactService({ storageDir: setup.artifactStorage });
  const scratch = await mkdtemp(join(job.tempDir, 'download-'));
  try {
    const picked = chosen(service.artifacts(1), inputs);
    if (typeof picked === 'string') return { ok: false, problem: picked };
    setup.log.line(
      `download-artifact: plays against the local artifact service: ${picked.map((a) => a.name).join(', ') || 'no artifacts'}`,
    );
    const separate = !inputs['name'] && inputs['merge-multiple'] !== 'true';
    for (const artifact of picked) {
      const response = await fetch(service.downloadUrl(artifact.id));
      if (!response.ok)
        return { ok: false, problem: `download-artifact: ${artifact.name}: HTTP ${response.status}` };
      const zip = Buffer.from(await response.arrayBuffer());
      await extract(zip, scratch, separate ? join(into, artifact.name) : into);
    }
    return { ok: true, outputs: { 'download-path': into } };
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await service.close();
  }
}
