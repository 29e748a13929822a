// The built build-wheel-matrix bundle, run as the runner runs it, under Node 20 and Node 24.
import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { MatrixEntry as Entry } from '../../actions/build-wheel-matrix/src/matrix.js';
import { parseExpected } from '../../packages/wheel-matrix/index.js';
import { distDir, nodeRuntimes, runAction, type ActionRun } from '../harness/index.js';

const workspaces: string[] = [];
afterAll(() => workspaces.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function workspace(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'wheel-matrix-'));
  workspaces.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const COMPILED = {
  'pyproject.toml':
    '[project]\nname = "demo"\nrequires-python = ">=3.10"\n[tool.cibuildwheel]\nskip = "*t-*"\n',
  'src/demo/__init__.py': '',
  'src/demo/_core.c': 'int x;\n',
};

function run(
  node: string,
  files: Record<string, string>,
  inputs: Record<string, string> = {},
  env: Record<string, string> = {},
): Promise<ActionRun> {
  return runAction({
    actionDir: distDir('build-wheel-matrix'),
    node,
    workspace: workspace(files),
    inputs,
    env,
    strictInputs: true,
  });
}

function entries(result: ActionRun): Entry[] {
  return (JSON.parse(result.outputs['matrix'] ?? '{}') as { include: Entry[] }).include;
}

function errorLines(result: ActionRun): string[] {
  return result.commands.filter((c) => c.command === 'error').map((c) => c.message);
}

describe.each(nodeRuntimes())('build-wheel-matrix under $label', ({ path: node }) => {
  it('plans the native targets of linux, macos and windows on their runners, with the sdist', async () => {
    const result = await run(node, COMPILED);
    expect(result.exitCode).toBe(0);
    const matrix = entries(result);
    expect(matrix.map((e) => [e.name, e.runner, e.platform, e.archs, e['artifact-name'], e.qemu])).toEqual([
      ['sdist', 'ubuntu-latest', '', '', 'dist-sdist', false],
      ['linux-x86_64', 'ubuntu-latest', 'linux', 'x86_64', 'dist-linux-x86_64', false],
      ['linux-aarch64', 'ubuntu-24.04-arm', 'linux', 'aarch64', 'dist-linux-aarch64', false],
      ['macos-arm64', 'macos-latest', 'macos', 'arm64', 'dist-macos-arm64', false],
      ['macos-x86_64', 'macos-15-intel', 'macos', 'x86_64', 'dist-macos-x86_64', false],
      ['windows-amd64', 'windows-latest', 'windows', 'AMD64', 'dist-windows-amd64', false],
      ['windows-arm64', 'windows-11-arm', 'windows', 'ARM64', 'dist-windows-arm64', false],
    ]);
    expect(matrix[1]?.build).toBe(
      'cp310-manylinux_x86_64 cp311-manylinux_x86_64 cp312-manylinux_x86_64 cp313-manylinux_x86_64 cp314-manylinux_x86_64 cp315-manylinux_x86_64 ' +
        'cp310-musllinux_x86_64 cp311-musllinux_x86_64 cp312-musllinux_x86_64 cp313-musllinux_x86_64 cp314-musllinux_x86_64 cp315-musllinux_x86_64',
    );
    expect(result.outputs['job-count']).toBe('7');
    expect(result.outputs['sdist-artifact-name']).toBe('dist-sdist');
    expect(result.outputs['pure']).toBe('false: compiled code: C sources src/demo/_core.c');
    const expected = parseExpected(result.outputs['expected'] ?? '');
    expect(expected.jobs.map((job) => job.artifact)).toEqual(matrix.slice(1).map((e) => e['artifact-name']));
    expect(expected.jobs[0]?.wheels[0]?.pattern).toBe('demo-*-cp310-cp310-manylinux*_x86_64.whl');
    // Each job's runner, so that collect-artifacts names it when the job's wheels are missing.
    expect(expected.jobs.map((job) => job.runner)).toEqual(matrix.slice(1).map((e) => e.runner));
    expect(result.summary).toContain('Build plan: 7 jobs, 48 wheels and the sdist');
    expect(result.summary).toContain('<td>windows-11-arm</td>');
    expect(result.summary).toContain('pyproject.toml [tool.cibuildwheel] skip');
    expect(result.log).toContain('::group::Selection for linux');
    expect(result.log).toMatch(
      /linux-x86_64: 22 identifiers for x86_64 → requires-python 19 → enable 16 → build 16 → skip 12\n/,
    );
    expect(errorLines(result)).toEqual([]);
  });

  it('runs pyodide and android on Linux, ios on macOS, and marks emulated targets for QEMU', async () => {
    const result = await run(node, COMPILED, {
      platforms: 'linux-ppc64le, linux-s390x linux-riscv64 pyodide android ios',
      sdist: 'false',
      'artifact-prefix': 'wheels-',
    });
    expect(result.exitCode).toBe(0);
    expect(entries(result).map((e) => [e.name, e.runner, e.qemu, e.archs])).toEqual([
      ['linux-ppc64le', 'ubuntu-latest', true, 'ppc64le'],
      ['linux-s390x', 'ubuntu-latest', true, 's390x'],
      ['linux-riscv64', 'ubuntu-latest', true, 'riscv64'],
      ['pyodide', 'ubuntu-latest', false, 'wasm32'],
      ['ios', 'macos-latest', false, 'arm64_iphoneos arm64_iphonesimulator x86_64_iphonesimulator'],
      ['android', 'ubuntu-latest', false, 'x86_64 arm64_v8a'],
    ]);
    expect(result.outputs['sdist-artifact-name']).toBe('');
    expect(entries(result)[0]?.['artifact-name']).toBe('wheels-linux-ppc64le');
  });

  it('takes runner-map overrides, by token or platform, and drops QEMU for a mapped emulated target', async () => {
    const result = await run(node, COMPILED, {
      platforms: 'linux linux-ppc64le windows',
      'runner-map':
        '{"linux-ppc64le": "ppc64le-runner", "windows": ["self-hosted", "windows"], "sdist": "ubuntu-22.04"}',
    });
    expect(result.exitCode).toBe(0);
    expect(entries(result).map((e) => [e.name, e.runner, e.qemu])).toEqual([
      ['sdist', 'ubuntu-22.04', false],
      ['linux-x86_64', 'ubuntu-latest', false],
      ['linux-aarch64', 'ubuntu-24.04-arm', false],
      ['linux-ppc64le', 'ppc64le-runner', false],
      ['windows-amd64', ['self-hosted', 'windows'], false],
      ['windows-arm64', ['self-hosted', 'windows'], false],
    ]);
  });

  it("applies the step's CIBW_* variables over pyproject.toml, and passes the enable groups on", async () => {
    const result = await run(
      node,
      COMPILED,
      { platforms: 'linux-x86_64', 'group-by': 'python' },
      {
        CIBW_BUILD: 'cp312-* pp311-*',
        CIBW_ENABLE: 'pypy',
        CIBW_SKIP: '*musllinux*',
        CIBW_ENVIRONMENT: 'API_TOKEN=hunter2',
      },
    );
    expect(result.exitCode).toBe(0);
    expect(entries(result).map((e) => [e.name, e.build, e.enable])).toEqual([
      ['sdist', 'sdist', ''],
      ['linux-x86_64 cp312', 'cp312-manylinux_x86_64', 'pypy'],
      ['linux-x86_64 pp311', 'pp311-manylinux_x86_64', 'pypy'],
    ]);
    expect(result.summary).toContain('<td>CIBW_SKIP</td>');
    expect(result.log).toContain(
      'cibuildwheel variables: CIBW_BUILD=cp312-* pp311-* CIBW_ENABLE=pypy CIBW_SKIP=*musllinux*',
    );
    // Only the variables that decide selection are read and logged.
    expect(result.stdout + result.summary).not.toContain('hunter2');
  });

  it('plans one job for a pure project and says why', async () => {
    const result = await run(node, {
      'pyproject.toml': '[project]\nname = "pure-demo"\n',
      'pure_demo/__init__.py': '',
    });
    expect(result.exitCode).toBe(0);
    expect(entries(result)).toEqual([
      {
        name: 'pure-python wheel and sdist',
        kind: 'pure',
        runner: 'ubuntu-latest',
        platform: '',
        archs: '',
        build: 'sdist wheel',
        enable: '',
        qemu: false,
        'artifact-name': 'dist-pure',
      },
    ]);
    expect(result.outputs['pure']).toMatch(
      /^true: no compiled code: build backend setuptools \(default\) builds none/,
    );
    expect(result.outputs['sdist-artifact-name']).toBe('dist-pure');
    expect(parseExpected(result.outputs['expected'] ?? '').jobs[0]?.wheels[0]?.pattern).toBe(
      'pure_demo-*-*py3-none-any.whl',
    );
  });

  it.each([
    [{ platforms: 'linux bsd' }, {}, COMPILED, /^Input platforms: unknown platform "bsd"/],
    [{ 'python-versions': '3.8' }, {}, COMPILED, /^Input python-versions: "3.8" is not a CPython/],
    [{ 'runner-map': '{"linux-arm64": "x"}' }, {}, COMPILED, /^Input runner-map: unknown key "linux-arm64"/],
    [{ 'runner-map': '[1' }, {}, COMPILED, /^Input runner-map is not JSON/],
    [{ 'artifact-prefix': 'dist/' }, {}, COMPILED, /^Input artifact-prefix "dist\/" contains "\/"/],
    [{ 'group-by': 'arch' }, {}, COMPILED, /^Input group-by must be one of platform, python, identifier/],
    [{ 'max-jobs': '300' }, {}, COMPILED, /^Input max-jobs must be a whole number in 1..256/],
    [{ 'project-dir': 'missing' }, {}, COMPILED, /^Input project-dir: .*missing is not a directory/],
    [{}, { CIBW_ENABLE: 'pypy bogus' }, COMPILED, /^CIBW_ENABLE: unknown enable group "bogus"/],
    [{}, {}, { ...COMPILED, 'pyproject.toml': '[project\n' }, /^pyproject.toml is not valid TOML at line 1/],
    [
      {},
      { CIBW_SKIP: 'cp3{10..15}{,t}-*' },
      COMPILED,
      /^nothing to build: skip = "cp3\{10..15\}\{,t\}-\*" \(CIBW_SKIP\) removed the last 64 identifiers/,
    ],
  ])('fails in one line for %j %j', async (inputs, env, files, message) => {
    const result = await run(node, files, inputs, env);
    expect(result.exitCode).toBe(1);
    expect(errorLines(result)).toEqual([expect.stringMatching(message)]);
    expect(result.outputs).toEqual({});
    expect(result.stderr).toBe('');
  });
});
