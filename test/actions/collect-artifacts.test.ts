// The built collect-artifacts bundle, run as the runner runs it (Node 20 and 24): this run's artifacts through the
// artifact service stand-in (uploaded by the official client), another run's through the GitHub REST API
// stand-in (responses checked against GitHub's OpenAPI description), and a directory for local rehearsals.
import { afterAll, afterEach, beforeAll, describe, expect, it } from '@jest/globals';
import { DefaultArtifactClient } from '@actions/artifact';
import { cp, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { releaseFiles } from '../../packages/artifacts/index.js';
import { startArtifactService, type ArtifactService } from '../../packages/artifact-service/index.js';
import { hashFile } from '../../packages/dists/index.js';
import {
  memorySource,
  parsePlatforms,
  planBuild,
  readProjectFiles,
  type ExpectedDocument,
} from '../../packages/wheel-matrix/index.js';
import { makeDists } from '../collect/support.js';
import { runProcess } from '../../packages/process/index.js';
import { distDir, nodeRuntimes, repoRoot, runAction, type ActionRun } from '../harness/index.js';
import { capturingStdout } from '../support/fast-timers.js';
import { workflowArtifact } from '../support/github-api/fixtures.js';
import { startGithubApi, type GithubApi } from '../support/github-api/server.js';
import { makeZip } from '../support/zip-writer.js';

const TOKEN = 'ghs_CollectTokenCollectToken0000000000';
const LINUX = 'pkg-1.0-cp312-cp312-manylinux_2_17_x86_64.whl';
const MUSL = 'pkg-1.0-cp312-cp312-musllinux_1_2_x86_64.whl';
const MAC = 'pkg-1.0-cp312-cp312-macosx_11_0_arm64.whl';
const SDIST = 'pkg-1.0.tar.gz';

let root: string;
let lib: Record<string, string>;
let expected: ExpectedDocument;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'collect-action-'));
  const made = await makeDists(join(root, 'lib'), [
    { tag: 'cp312-cp312-manylinux_2_17_x86_64', payload: 2 << 20 },
    { tag: 'cp312-cp312-musllinux_1_2_x86_64' },
    { tag: 'cp312-cp312-macosx_11_0_arm64' },
    { tag: 'sdist' },
  ]);
  lib = Object.fromEntries(made.map((path) => [basename(path), path]));
  const project = {
    'pyproject.toml': '[project]\nname = "pkg"\nrequires-python = ">=3.12"\n',
    'src/pkg/_speedups.c': 'int x;\n',
  };
  const plan = planBuild({
    files: readProjectFiles(memorySource(project, 'project')),
    env: {},
    platforms: parsePlatforms('linux-x86_64 macos-arm64'),
    pythonVersions: '3.12',
    pure: 'auto',
    groupBy: 'platform',
    maxJobs: 256,
    artifactPrefix: 'dist-',
    sdist: true,
  });
  // build-wheel-matrix records each job's runner in expected.
  const runners: Record<string, string> = { 'linux-x86_64': 'ubuntu-latest', 'macos-arm64': 'macos-latest' };
  expected = {
    ...plan.expected,
    jobs: plan.expected.jobs.map((job) => ({ ...job, runner: runners[job.name] })),
  };
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const services: ArtifactService[] = [];
const apis: GithubApi[] = [];
afterEach(async () => {
  for (const api of apis.splice(0)) {
    expect(api.problems).toEqual([]);
    await api.close();
  }
  await Promise.all(services.splice(0).map((service) => service.close()));
});

let cases = 0;
const fresh = async (what: string) => {
  const dir = join(root, `${what}-${++cases}`);
  await mkdir(dir, { recursive: true });
  return dir;
};

async function startService(): Promise<ArtifactService> {
  const service = await startArtifactService({ storageDir: await fresh('storage') });
  services.push(service);
  return service;
}

/** Uploads `artifacts` (name → files of lib, or text files) from a build job, with the official client. */
async function upload(
  service: ArtifactService,
  artifacts: Record<string, Record<string, string>>,
): Promise<void> {
  const saved = { ...process.env };
  try {
    for (const [name, files] of Object.entries(artifacts)) {
      const dir = await fresh('upload');
      const paths: string[] = [];
      for (const [file, from] of Object.entries(files)) {
        const target = join(dir, file);
        await mkdir(join(target, '..'), { recursive: true });
        await cp(lib[from] ?? from, target);
        paths.push(target);
      }
      Object.assign(process.env, service.jobEnv({ job: `build ${name}` }), { GITHUB_WORKSPACE: dir });
      const { error } = await capturingStdout(() =>
        // Stored and deflated zips alike (upload-artifact's compression-level 0 and its default 6).
        new DefaultArtifactClient().uploadArtifact(name, paths, dir, {
          compressionLevel: name.includes('linux') ? 0 : 6,
        }),
      );
      if (error) throw error;
    }
  } finally {
    process.env = saved;
  }
}

function collect(
  node: string,
  workspace: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
) {
  return runAction({
    actionDir: distDir('collect-artifacts'),
    node,
    workspace,
    inputs,
    env: { GITHUB_TOKEN: TOKEN, ...env },
    timeoutMs: 60_000,
  });
}

const errorLines = (run: ActionRun) =>
  run.commands.filter((c) => c.command === 'error').map((c) => c.message);

function expectFailure(run: ActionRun, line: string | RegExp): void {
  expect(run.exitCode).toBe(1);
  expect(errorLines(run)).toHaveLength(1);
  expect(errorLines(run)[0]).toMatch(line);
  expect(run.stdout).not.toMatch(/\n\s+at .*\.js:\d+/);
}

describe.each(nodeRuntimes())('collect-artifacts under $label', ({ path: node }) => {
  it("collects this run's artifacts through the artifact service, complete by the plan", async () => {
    const service = await startService();
    await upload(service, {
      'dist-linux-x86_64': { [`wheelhouse/${LINUX}`]: LINUX, [`wheelhouse/${MUSL}`]: MUSL },
      'dist-macos-arm64': { [MAC]: MAC },
      'dist-sdist': { [SDIST]: SDIST, 'build.log': join(root, 'lib', SDIST) },
      'coverage-report': { [SDIST]: SDIST },
    });
    const workspace = await fresh('workspace');
    const run = await collect(
      node,
      workspace,
      { expected: JSON.stringify(expected), name: 'pkg', version: '1.0' },
      service.jobEnv({ job: 'release' }),
    );
    expect(run.stderr).toBe('');
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    const manifest = join(workspace, 'dist', 'manifest.json');
    expect(run.outputs).toMatchObject({ manifest, count: '4', name: 'pkg', version: '1.0' });
    const files = JSON.parse(run.outputs['files'] ?? '[]') as Array<{
      file: string;
      origin: string;
      sha256: string;
    }>;
    expect(files.map((f) => [f.file, f.origin])).toEqual([
      [MAC, 'dist-macos-arm64'],
      [LINUX, 'dist-linux-x86_64'],
      [MUSL, 'dist-linux-x86_64'],
      [SDIST, 'dist-sdist'],
    ]);
    const release = await releaseFiles({ manifest });
    for (const file of release.files) expect((await hashFile(file.path)).sha256).toBe(file.expected?.sha256);
    expect((await readdir(join(workspace, 'dist'))).sort()).toEqual(
      [MAC, LINUX, MUSL, SDIST, 'manifest.json'].sort(),
    );
    // The summary groups the files by platform, with sizes and hashes; the log says what was left out.
    for (const heading of ['Linux x86_64 (1)', 'Linux x86_64 (musl) (1)', 'macOS arm64 (1)', 'sdist (1)'])
      expect(run.summary).toContain(`<h3>${heading}</h3>`);
    expect(run.summary).toContain(`<code>${files[0]?.sha256}</code>`);
    expect(run.summary).toContain('dist-sdist: build.log');
    expect(run.log).toContain('left out (not a distribution): dist-sdist/build.log');
  });

  it('fails naming a job that uploaded nothing, with its runner and identifiers, and places nothing', async () => {
    const service = await startService();
    await upload(service, {
      'dist-linux-x86_64': { [LINUX]: LINUX, [MUSL]: MUSL },
      'dist-sdist': { [SDIST]: SDIST },
    });
    const workspace = await fresh('workspace');
    const run = await collect(
      node,
      workspace,
      { expected: JSON.stringify(expected) },
      service.jobEnv({ job: 'release' }),
    );
    expectFailure(
      run,
      `job macos-arm64 (runner macos-latest) uploaded no artifact dist-macos-arm64 (did the job fail or skip its upload?): its wheels for cp312-macosx_arm64 are missing; nothing was placed in ${join(workspace, 'dist')}`,
    );
    expect(run.summary).toContain(
      '<td>macos-arm64</td><td>macos-latest</td><td>dist-macos-arm64 (not uploaded)</td><td>cp312-macosx_arm64</td>',
    );
    expect(await readdir(join(workspace, 'dist'))).toEqual([]);
    expect(run.outputs).toEqual({});
  });

  it("collects another run's artifacts through the REST API, which redirects to signed blob URLs", async () => {
    const service = await startService();
    const api = await startGithubApi({ token: TOKEN });
    apis.push(api);
    for (const [name, files] of Object.entries({
      'dist-wheels': [LINUX, MUSL, MAC],
      'dist-sdist': [SDIST],
    })) {
      const members = await Promise.all(
        files.map(async (file) => ({ name: file, data: await readFile(lib[file] as string), method: 0 })),
      );
      const stored = await service.addArtifact({ runId: 77, name }, makeZip(members));
      api.state.artifacts.push(
        workflowArtifact(api.state.repo, {
          id: stored.id,
          name,
          runId: 77,
          size: stored.size,
          digest: stored.digest,
        }),
      );
      api.state.artifactBlobs.set(stored.id, () => service.downloadUrl(stored.id));
    }
    const workspace = await fresh('workspace');
    const run = await collect(
      node,
      workspace,
      { 'run-id': '77', path: 'release' },
      { GITHUB_API_URL: api.url },
    );
    expect(errorLines(run)).toEqual([]);
    expect(run.exitCode).toBe(0);
    expect(run.outputs['count']).toBe('4');
    expect(run.log).toContain('Collecting dist-* from run 77 of octo-org/octo-repo');
    expect(api.requests.map((r) => `${r.operationId} ${r.status}`).sort()).toEqual([
      'actions/download-artifact 302',
      'actions/download-artifact 302',
      'actions/list-workflow-run-artifacts 200',
    ]);
    expect(run.masks).toContain(TOKEN);
    expect(run.log).not.toContain(TOKEN);
  });

  it('collects from a directory without loading the artifact client, and refuses bad input in one line', async () => {
    // A copy of the bundle without the artifact client's chunk: source: directory must not need it.
    const lean = await fresh('lean-bundle');
    const bundle = distDir('collect-artifacts');
    let left = 0;
    for (const file of await readdir(bundle)) {
      const clientChunk =
        /^\d+\.index\.js$/.test(file) &&
        (await readFile(join(bundle, file), 'utf8')).includes('class DefaultArtifactClient');
      if (clientChunk) left++;
      else await cp(join(bundle, file), join(lean, file));
    }
    expect(left).toBe(1);
    const workspace = await fresh('workspace');
    for (const [artifact, file] of [
      ['dist-a', LINUX],
      ['dist-a', MUSL],
      ['dist-b', SDIST],
    ] as const)
      await cp(lib[file] as string, join(workspace, 'artifacts', artifact, file));
    const run = await runAction({
      actionDir: lean,
      node,
      workspace,
      inputs: { source: 'directory', from: 'artifacts' },
      timeoutMs: 60_000,
    });
    expect(errorLines(run)).toEqual([]);
    expect(run.outputs['count']).toBe('3');

    const [noFrom, noService, badExpected] = await Promise.all([
      collect(node, workspace, { source: 'directory' }),
      collect(node, workspace, {}),
      collect(node, workspace, { source: 'directory', from: 'artifacts', expected: '{"format": "v0"}' }),
    ]);
    expectFailure(
      noFrom,
      'Input from is required with source: directory: the directory whose subdirectories are the artifacts',
    );
    expectFailure(
      noService,
      /^ACTIONS_RUNTIME_TOKEN is not set: the runner gives it to actions to reach the artifact service/,
    );
    expectFailure(
      badExpected,
      /^Input expected is not a release-actions\/expected@1 document \(format "v0"\): pass build-wheel-matrix's expected output as it is/,
    );
  });
});

describe('release-actions run collect-artifacts', () => {
  it('serves the action the artifacts an earlier run of the rehearsal uploaded', async () => {
    const workspace = await fresh('rehearsal');
    const earlier = await startArtifactService({
      storageDir: join(workspace, '.release-actions', 'artifacts'),
    });
    for (const [name, file] of [
      ['dist-linux', LINUX],
      ['dist-sdist', SDIST],
      ['docs', SDIST],
    ] as const)
      await earlier.addArtifact(
        { runId: 1, name },
        makeZip([{ name: file, data: await readFile(lib[file] as string) }]),
      );
    await earlier.close();
    const cli = join(repoRoot, 'dist', 'cli', 'index.js');
    const result = await runProcess(
      process.execPath,
      [cli, 'run', 'collect-artifacts', '--workspace', workspace],
      {
        timeoutMs: 60_000,
      },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('count=2');
    expect(result.stdout).toContain('collect-artifacts succeeded');
    expect((await readdir(join(workspace, 'dist'))).sort()).toEqual([LINUX, SDIST, 'manifest.json'].sort());
  });
});
