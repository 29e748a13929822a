/** Where the checkout is and what HEAD is: one `git rev-parse` for the usual case. */
import { resolve } from 'node:path';
import { VersionError } from './errors.js';
import { firstLine, type Git } from './git.js';

/** The repository around `cwd` and its HEAD. */
export interface HeadInfo {
  /** The work tree's top directory. */
  toplevel: string;
  /** True when the clone is shallow (actions/checkout's default `fetch-depth: 1`). */
  shallow: boolean;
  /** Absolute path of the `shallow` file (it lists the boundary commits). */
  shallowFile: string;
  /** Full id of HEAD, or null for an unborn branch. */
  commit: string | null;
  /** The branch's short name; `HEAD` when detached (as setuptools_scm's `rev-parse --abbrev-ref`); null if unknown. */
  branch: string | null;
}

/** Reads HEAD; null when `cwd` is not inside a git work tree. */
export async function readHead(git: Git, cwd: string): Promise<HeadInfo | null> {
  const places = ['--is-shallow-repository', '--show-toplevel', '--git-path', 'shallow'];
  const result = await git.run(['rev-parse', ...places, 'HEAD', '--symbolic-full-name', 'HEAD'], { cwd });
  if (result.code === 0) {
    const [shallow, toplevel, shallowFile, commit, symbolic] = result.stdout.split('\n');
    return {
      toplevel: toplevel ?? cwd,
      shallow: shallow === 'true',
      shallowFile: resolve(cwd, shallowFile ?? '.git/shallow'),
      commit: commit ?? null,
      branch: shortBranch(symbolic ?? ''),
    };
  }
  rejectUnusable(result.stderr, cwd);
  // An unborn branch: no HEAD commit yet, but the repository and the branch name exist.
  const [where, branch] = await Promise.all([
    git.run(['rev-parse', ...places], { cwd }),
    git.run(['symbolic-ref', '--short', '-q', 'HEAD'], { cwd }),
  ]);
  if (where.code !== 0) {
    rejectUnusable(where.stderr, cwd);
    return null;
  }
  const [shallow, toplevel, shallowFile] = where.stdout.split('\n');
  return {
    toplevel: toplevel ?? cwd,
    shallow: shallow === 'true',
    shallowFile: resolve(cwd, shallowFile ?? '.git/shallow'),
    commit: null,
    branch: branch.code === 0 ? branch.stdout.trim() : null,
  };
}

function shortBranch(symbolic: string): string | null {
  if (symbolic.startsWith('refs/heads/')) return symbolic.slice('refs/heads/'.length);
  return symbolic === '' ? null : 'HEAD';
}

// "not a git repository" is an answer (null); a repository git refuses to read is the user's to fix.
function rejectUnusable(stderr: string, cwd: string): void {
  if (/dubious ownership/i.test(stderr)) {
    throw new VersionError(
      `git refuses the repository at ${cwd} (dubious ownership); run \`git config --global --add safe.directory '*'\` before this step or check out as the same user`,
    );
  }
  if (/not a git repository/i.test(stderr)) return;
  if (/unknown revision|ambiguous argument 'HEAD'|Needed a single revision/i.test(stderr)) return;
  throw new VersionError(
    `git rev-parse failed in ${cwd}: ${firstLine(stderr)}; check the working-directory input`,
  );
}
