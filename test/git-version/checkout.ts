/** Checkouts made the way actions/checkout makes them: init, a depth-limited fetch of one ref, no tags. */
import { mkdirSync } from 'node:fs';
import type { Git, GitResult } from '../../packages/git-version/index.js';
import { createGit } from '../../packages/git-version/index.js';
import { git } from './history.js';

/** What to check out: a branch tip, a tag, or a pull request's merge commit (detached). */
export type CheckoutRef = { branch: string; sha: string } | { tag: string } | { detachedSha: string };

/** Clones `origin` into `dir` like actions/checkout with `fetch-depth` (default 1, 0 for everything). */
export function checkoutLikeActions(origin: string, dir: string, ref: CheckoutRef, depth = 1): void {
  mkdirSync(dir, { recursive: true });
  git(dir, ['init', '-q', '--template=', '-b', 'main']);
  git(dir, ['remote', 'add', 'origin', `file://${origin}`]);
  const depthArgs = depth > 0 ? [`--depth=${depth}`] : [];
  const fetch = (refspec: string): string =>
    git(dir, [
      'fetch',
      '-q',
      '--no-tags',
      '--prune',
      '--no-recurse-submodules',
      ...depthArgs,
      'origin',
      refspec,
    ]);
  if ('branch' in ref) {
    fetch(`+${ref.sha}:refs/remotes/origin/${ref.branch}`);
    git(dir, ['checkout', '-q', '-B', ref.branch, `refs/remotes/origin/${ref.branch}`]);
  } else if ('tag' in ref) {
    fetch(`+refs/tags/${ref.tag}:refs/tags/${ref.tag}`);
    git(dir, ['checkout', '-q', `refs/tags/${ref.tag}`]);
  } else {
    fetch(`+${ref.detachedSha}:refs/remotes/pull/1/merge`);
    git(dir, ['checkout', '-q', '--detach', 'refs/remotes/pull/1/merge']);
  }
  if (depth === 0) git(dir, ['fetch', '-q', '--tags', 'origin']);
}

/** A real git that records every command it runs. */
export function recordingGit(): Git & { calls: string[][] } {
  const inner = createGit({ env: process.env });
  const calls: string[][] = [];
  return {
    calls,
    run(args, options): Promise<GitResult> {
      calls.push([...args]);
      return inner.run(args, options);
    },
  };
}
