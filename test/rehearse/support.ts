/** Fixture projects as git repositories a rehearsal can release, and the built CLI run on them. */
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runProcess, type ProcessResult } from '../../packages/process/index.js';
import { startIndex, type RunningIndex } from '../../packages/local-index/index.js';
import { PROJECTS_DIR, PYTHON } from '../fixtures/build.js';
import { cli } from '../cli/support.js';
import { GitRepo } from '../support/git-repo.js';

/** `test/fixtures/projects/<fixture>` committed in a fresh repository on main and tagged v1.0.0 (removed by `cleanup`). */
export async function fixtureRepo(
  fixture: string,
  cleanup: Array<() => Promise<void>>,
  prepare?: (dir: string) => Promise<void>,
): Promise<GitRepo> {
  const repo = GitRepo.create();
  cleanup.push(() => rm(repo.dir, { recursive: true, force: true }));
  await cp(join(PROJECTS_DIR, fixture), repo.dir, { recursive: true });
  await prepare?.(repo.dir);
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'the project');
  return repo.tag('v1.0.0');
}

/**
 * Turns a copy of the cext fixture into one that builds offline: the hello fixture's in-tree backend (which
 * compiles src/cext/_speedups.c with the host's C compiler) instead of setuptools, whose build isolation
 * would fetch setuptools from an index this machine may not reach. The project, its C source and its
 * versioning stay as they are.
 */
export async function buildCextOffline(dir: string): Promise<void> {
  await cp(join(PROJECTS_DIR, 'hello', 'build_backend'), join(dir, 'build_backend'), { recursive: true });
  const pyproject = await readFile(join(dir, 'pyproject.toml'), 'utf8');
  const offline =
    '[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["build_backend"]\n';
  await writeFile(
    join(dir, 'pyproject.toml'),
    pyproject.replace(/^\[build-system\]\n(?:[^[\n].*\n)*/m, offline),
  );
  await rm(join(dir, 'setup.py'));
}

/** The packages monorepo-release.yml lists, and the siblings each pins to the release's own version. */
export const MONOREPO_PACKAGES: Record<string, string[]> = {
  mypkg: [],
  'mypkg-cli': ['mypkg'],
  'mypkg-plugin': ['mypkg'],
};

/**
 * A lockstep monorepo as monorepo-release.yml expects it: packages/<name>/ for each of its PACKAGES, built by the
 * hello fixture's offline backend, each sibling pinned with `=={version}` at build time; tagged v1.0.0.
 */
export async function monorepoRepo(cleanup: Array<() => Promise<void>>): Promise<GitRepo> {
  const repo = GitRepo.create();
  cleanup.push(() => rm(repo.dir, { recursive: true, force: true }));
  for (const [name, siblings] of Object.entries(MONOREPO_PACKAGES)) {
    const dir = join(repo.dir, 'packages', name);
    const module = name.replace(/-/g, '_');
    await cp(join(PROJECTS_DIR, 'hello', 'build_backend'), join(dir, 'build_backend'), { recursive: true });
    await mkdir(join(dir, 'src', module), { recursive: true });
    await writeFile(join(dir, 'src', module, '__init__.py'), `NAME = ${JSON.stringify(name)}\n`);
    const dependencies = siblings.map((sibling) => `"${sibling}=={version}"`).join(', ');
    await writeFile(
      join(dir, 'pyproject.toml'),
      [
        '[build-system]',
        'requires = []',
        'build-backend = "backend"',
        'backend-path = ["build_backend"]',
        '',
        '[project]',
        `name = "${name}"`,
        'dynamic = ["version"]',
        `description = "${name}, released in lockstep"`,
        `dependencies = [${dependencies}]`,
        '',
      ].join('\n'),
    );
  }
  repo.git('add', '-A');
  repo.git('commit', '-q', '-m', 'the packages');
  return repo.tag('v1.0.0');
}

/** `release-actions rehearse <dir> …args` with the Debian interpreter (build, setuptools_scm) as setup-python. */
export function rehearseCli(dir: string, args: string[]): Promise<ProcessResult> {
  return cli(['rehearse', dir, '--python', PYTHON, ...args], {
    cwd: dir,
    // pip gives up on an unreachable index at once instead of retrying it.
    env: { PIP_RETRIES: '0' },
    timeoutMs: 300_000,
  });
}

/** A fresh directory for an index's files, removed by `cleanup`. */
export async function scratchDir(cleanup: Array<() => Promise<void>>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'rehearse-test-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  return dir;
}

/** The index a rehearsal kept in `storageDir`, served again to look at what it holds. */
export async function reopenIndex(
  storageDir: string,
  cleanup: Array<() => Promise<void>>,
): Promise<RunningIndex> {
  const index = await startIndex({ storageDir });
  cleanup.push(() => index.close());
  return index;
}

/** The final table's row of `job` (`publish  success  0.3 s` → ['publish', 'success']). */
export function tableRow(output: string, job: string): string[] | undefined {
  const table = output.slice(output.lastIndexOf('\njob '));
  const line = table.split('\n').find((row) => row.startsWith(`${job} `));
  return line?.split(/\s{2,}/).slice(0, 2);
}

/** `pip install …args` from `simpleUrl` alone (no configuration file, no cache) into a fresh venv in `dir`. */
export async function installFromIndex(
  simpleUrl: string,
  args: string[],
  dir: string,
): Promise<{ python: string; install: ProcessResult }> {
  const venv = join(dir, 'venv');
  await runProcess(PYTHON, ['-m', 'venv', venv]);
  const python = join(venv, 'bin', 'python');
  const install = await runProcess(
    python,
    ['-m', 'pip', 'install', '--no-cache-dir', '--index-url', simpleUrl, ...args],
    {
      env: { ...process.env, PIP_CONFIG_FILE: '/dev/null' },
    },
  );
  return { python, install };
}
