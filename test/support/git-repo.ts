/** Small real git repositories for action tests, driven through git's own CLI (argument arrays, no shell). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.invalid',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.invalid',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** A repository in a temporary directory, with helpers that commit and tag. */
export class GitRepo {
  private commits = 0;
  constructor(readonly dir: string) {}

  /** A fresh repository on branch main, optionally with a pyproject.toml. */
  static create(pyproject?: string): GitRepo {
    const repo = new GitRepo(mkdtempSync(join(tmpdir(), 'ra-repo-')));
    repo.git('init', '-q', '-b', 'main');
    if (pyproject !== undefined) writeFileSync(join(repo.dir, 'pyproject.toml'), pyproject);
    return repo;
  }

  /** Runs git in the repository and returns its trimmed stdout. */
  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: GIT_ENV, encoding: 'utf8' }).trim();
  }

  /** Makes `count` commits, each changing a file. */
  commit(count = 1): this {
    for (let i = 0; i < count; i++) {
      this.commits++;
      writeFileSync(join(this.dir, 'counter.txt'), `${this.commits}\n`);
      this.git('add', '-A');
      this.git('commit', '-q', '-m', `commit ${this.commits}`);
    }
    return this;
  }

  /** Tags HEAD (annotated unless `lightweight`). */
  tag(name: string, lightweight = false): this {
    if (lightweight) this.git('tag', name);
    else this.git('tag', '-a', name, '-m', name);
    return this;
  }

  /** HEAD's full SHA. */
  head(): string {
    return this.git('rev-parse', 'HEAD');
  }

  /** A shallow clone of this repository over file://, as actions/checkout makes with fetch-depth 1. */
  shallowClone(depth = 1): GitRepo {
    const clone = new GitRepo(mkdtempSync(join(tmpdir(), 'ra-clone-')));
    execFileSync('git', ['clone', '-q', '--no-tags', `--depth=${depth}`, `file://${this.dir}`, clone.dir], {
      env: GIT_ENV,
    });
    return clone;
  }
}
