/** Fixture projects as git repositories a rehearsal can release, and the built CLI run on them. */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProcessResult } from '../../packages/process/index.js';
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
