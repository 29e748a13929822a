// upload-artifact and download-artifact as the rehearsal plays them, against a real artifact service stand-in in
// a temporary directory: the path rules, the name and pattern rules, and what a v4 client refuses.
import { afterAll, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { playDownload, playUpload, uploadSelection } from './artifact-steps.js';
import type { JobScope, RehearsalSetup } from './setup.js';

const root = await mkdtemp(join(tmpdir(), 'rehearsal-artifacts-'));
afterAll(() => rm(root, { recursive: true, force: true }));

let setup: RehearsalSetup;
let lines: string[];
let count = 0;

async function job(files: Record<string, string> = {}): Promise<JobScope> {
  count += 1;
  const workspace = join(root, `job-${count}`, 'workspace');
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(workspace, path, '..'), { recursive: true });
    await writeFile(join(workspace, path), text);
  }
  await mkdir(workspace, { recursive: true });
  const tempDir = join(root, `job-${count}`, 'temp');
  await mkdir(tempDir, { recursive: true });
  return {
    id: `job${count}`,
    name: 'j',
    workspace,
    tempDir,
    matrix: {},
    needs: {},
    env: {},
    path: [],
    steps: {},
    environment: null,
    idToken: false,
    signal: new AbortController().signal,
  };
}

async function tree(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

beforeEach(async () => {
  lines = [];
  setup = {
    artifactStorage: join(root, `storage-${Date.now()}-${Math.random()}`),
    log: { line: (text: string) => lines.push(text), output: () => undefined },
  } as unknown as RehearsalSetup;
});

describe('uploadSelection', () => {
  it("takes a glob's files relative to the directory before the glob, and a directory's files relative to it", async () => {
    const scope = await job({
      'dist/a.whl': 'a',
      'dist/b.tar.gz': 'b',
      'dist/sub/c.txt': 'c',
      'release/x/y.json': 'y',
    });
    const glob = await uploadSelection(scope.workspace, 'dist/*');
    expect(glob.root).toBe(join(scope.workspace, 'dist'));
    expect(glob.files.map((f) => f.slice(glob.root.length + 1))).toEqual(['a.whl', 'b.tar.gz']);
    const directory = await uploadSelection(scope.workspace, 'release/');
    expect(directory.root).toBe(join(scope.workspace, 'release'));
    expect(directory.files.map((f) => f.slice(directory.root.length + 1))).toEqual(['x/y.json']);
  });

  it('roots several lines at their common ancestor, and finds nothing for a path that is not there', async () => {
    const scope = await job({ 'dist/a.whl': 'a', 'release/m.json': 'm' });
    const both = await uploadSelection(scope.workspace, 'dist/*.whl\nrelease/m.json\n');
    expect(both.root).toBe(scope.workspace);
    expect(both.files.map((f) => f.slice(both.root.length + 1))).toEqual(['dist/a.whl', 'release/m.json']);
    expect((await uploadSelection(scope.workspace, 'nothing/*')).files).toEqual([]);
  });
});

describe('upload and download through the artifact service', () => {
  it('downloads by name into path, by pattern each into its own directory, or merged', async () => {
    const first = await job({ 'dist/a-1.whl': 'A' });
    const second = await job({ 'dist/b-1.whl': 'B' });
    expect(await playUpload(setup, first, { name: 'dist-a', path: 'dist/*' })).toMatchObject({ ok: true });
    expect(await playUpload(setup, second, { name: 'dist-b', path: 'dist/*' })).toMatchObject({ ok: true });

    const byName = await job();
    expect(await playDownload(setup, byName, { name: 'dist-a', path: 'got' })).toMatchObject({ ok: true });
    expect(await tree(join(byName.workspace, 'got'))).toEqual(['a-1.whl']);
    expect(await readFile(join(byName.workspace, 'got', 'a-1.whl'), 'utf8')).toBe('A');

    const separate = await job();
    await playDownload(setup, separate, { pattern: 'dist-*', path: 'dists' });
    expect(await tree(join(separate.workspace, 'dists'))).toEqual(['dist-a/a-1.whl', 'dist-b/b-1.whl']);

    const merged = await job();
    await playDownload(setup, merged, { pattern: 'dist-*', path: 'dists', 'merge-multiple': 'true' });
    expect(await tree(join(merged.workspace, 'dists'))).toEqual(['a-1.whl', 'b-1.whl']);
  });

  it('refuses a name uploaded twice in the run, and a download of a name nobody uploaded', async () => {
    const scope = await job({ 'dist/a.whl': 'a' });
    await playUpload(setup, scope, { name: 'release', path: 'dist/' });
    expect(await playUpload(setup, scope, { name: 'release', path: 'dist/' })).toEqual({
      ok: false,
      problem: "upload-artifact: an artifact named 'release' was already uploaded in this run",
    });
    expect(await playDownload(setup, scope, { name: 'nope' })).toEqual({
      ok: false,
      problem: "download-artifact: no artifact named 'nope' in this run",
    });
  });

  it('fails on no files only when if-no-files-found is error, and warns by default', async () => {
    const scope = await job();
    expect(
      await playUpload(setup, scope, { name: 'x', path: 'dist/*', 'if-no-files-found': 'error' }),
    ).toEqual({
      ok: false,
      problem: 'upload-artifact: no files were found with the provided path: dist/*',
    });
    expect(await playUpload(setup, scope, { name: 'x', path: 'dist/*' })).toEqual({ ok: true });
    expect(lines.at(-1)).toMatch(/^warning: upload-artifact: no files were found/);
  });
});
