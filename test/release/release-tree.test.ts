// scripts/release-tree.mjs against real git: a source repository holding this checkout's dist/, a bare origin
// as GitHub's side, and the script run as the release workflow runs it.
import { afterAll, afterEach, beforeAll, beforeEach, expect, it } from '@jest/globals';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../harness/index.js';
import { releaseRepos, releaseTree, sourceRepository, type ReleaseRepos } from './support.js';

/** A chunk publish-pypi's start-up bundle loads on demand, as this build numbered it. */
function chunkOfPublish(): string {
  const bundle = readFileSync(join(repoRoot, 'dist', 'publish-pypi', 'index.js'), 'utf8');
  const id = /__nccwpck_require__\.e\((?:\/\*[^*]*\*\/\s*)?(\d+)\)/.exec(bundle)?.[1];
  if (id === undefined) throw new Error('dist/publish-pypi/index.js loads no chunk: run npm run build');
  return `${id}.index.js`;
}

let template: ReturnType<typeof sourceRepository>;
beforeAll(() => {
  template = sourceRepository();
});
afterAll(() => template.remove());

let repos: ReleaseRepos;
beforeEach(() => {
  repos = releaseRepos(template.dir);
});
afterEach(() => repos.remove());

/** Tags `name` on HEAD and pushes it, as a maintainer starts a release. */
function pushTag(name: string): string {
  repos.work.git('tag', '-a', name, '-m', name);
  repos.work.git('push', '-q', 'origin', name);
  return repos.work.head();
}

const onOrigin = (tag: string) => repos.originGit('rev-parse', '-q', '--verify', `refs/tags/${tag}^{commit}`);

it('makes the release commit from dist/, moves the version tag and the line onto it, and a re-run changes nothing', async () => {
  const source = pushTag('v1.2.0');
  const run = await releaseTree(repos.work.dir, 'v1.2.0', '--source', source, '--push', 'origin');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  const release = onOrigin('v1.2.0');
  expect(onOrigin('v1')).toBe(release);
  // The tree of dist/ at the root, the tagged commit as parent, provenance in the message.
  expect(repos.originGit('rev-parse', `${release}^{tree}`)).toBe(
    repos.work.git('rev-parse', `${source}:dist`),
  );
  expect(repos.originGit('rev-parse', `${release}^`)).toBe(source);
  expect(repos.originGit('log', '-1', '--format=%B', release)).toContain(`Release-Source: ${source}`);
  expect(repos.originGit('ls-tree', '--name-only', release)).toContain('publish-pypi');
  expect(run.stdout.trim().split('\n')).toEqual([
    `v1.2.0: release commit ${release} (dist/ of ${source})`,
    'v1 moves to v1.2.0',
    'pushed v1.2.0 and v1 to origin',
  ]);

  // A re-run (the same job again, from a fresh clone of the source) makes the same commit and pushes nothing.
  rmSync(join(repos.work.dir, '.git', 'refs', 'tags'), { recursive: true, force: true });
  repos.work.git('fetch', '-q', '--tags', '--force', 'origin');
  const again = await releaseTree(repos.work.dir, 'v1.2.0', '--source', source, '--push', 'origin');
  expect(again.code).toBe(0);
  expect(again.stdout).toContain(`origin already has v1.2.0 and v1 on ${release}: nothing to push`);
  expect(onOrigin('v1.2.0')).toBe(release);
});

it('a patch of an older release leaves the line on the newer one; a pre-release moves no line', async () => {
  const newer = pushTag('v1.10.0');
  expect((await releaseTree(repos.work.dir, 'v1.10.0', '--source', newer, '--push', 'origin')).code).toBe(0);
  const line = onOrigin('v1');

  repos.work.commit();
  const patch = pushTag('v1.9.1');
  const run = await releaseTree(repos.work.dir, 'v1.9.1', '--source', patch, '--push', 'origin');
  expect(run.code).toBe(0);
  expect(run.stdout).toContain('v1.10.0 is newer: v1 stays on it');
  expect(onOrigin('v1')).toBe(line);
  expect(repos.originGit('rev-parse', `${onOrigin('v1.9.1')}^`)).toBe(patch);

  repos.work.commit();
  const candidate = pushTag('v2.0.0-rc.1');
  const rc = await releaseTree(repos.work.dir, 'v2.0.0-rc.1', '--source', candidate, '--push', 'origin');
  expect(rc.code).toBe(0);
  expect(repos.originGit('tag', '--list', 'v2*').split('\n')).toEqual(['v2.0.0-rc.1']);
});

it('refuses a dist/ that lacks a chunk its bundle loads, naming it, and pushes nothing', async () => {
  const chunk = chunkOfPublish();
  repos.work.git('rm', '-q', `dist/publish-pypi/${chunk}`);
  repos.work.git('commit', '-q', '-m', 'lose a chunk');
  const source = pushTag('v1.4.0');
  const run = await releaseTree(repos.work.dir, 'v1.4.0', '--source', source, '--push', 'origin');
  expect(run.code).toBe(1);
  expect(run.stdout).toBe('');
  expect(run.stderr.trim().split('\n')).toEqual([
    `release-tree: dist/ of ${source} cannot be released:`,
    `publish-pypi/index.js loads publish-pypi/${chunk} on demand, which the tree does not have: run npm run build and commit dist/`,
  ]);
  expect(onOrigin('v1.4.0')).toBe(source);
  expect(repos.originGit('tag', '--list', 'v1')).toBe('');
});

it('refuses, in one line each, a tag that is no release, a source that is not the tagged commit, and a tag moved on the remote', async () => {
  const bad = await releaseTree(repos.work.dir, '1.2', '--push', 'origin');
  expect([bad.code, bad.stderr.trim()]).toEqual([
    1,
    'release-tree: tag 1.2 is not a release tag: name it v<major>.<minor>.<patch>, optionally with a pre-release (v1.2.0, v1.3.0-rc.1), without build metadata',
  ]);

  const tagged = pushTag('v1.5.0');
  repos.work.commit();
  const other = await releaseTree(repos.work.dir, 'v1.5.0', '--push', 'origin');
  expect([other.code, other.stderr.trim()]).toEqual([
    1,
    `release-tree: v1.5.0 points at ${tagged}, not at ${repos.work.head()}: release from the tagged commit (--source v1.5.0)`,
  ]);

  // Someone moves the tag on GitHub after the job checked out: nothing is pushed.
  const elsewhere = repos.work.head();
  repos.work.git('push', '-q', '--force', 'origin', `${elsewhere}:refs/tags/v1.5.0`);
  const moved = await releaseTree(repos.work.dir, 'v1.5.0', '--source', tagged, '--push', 'origin');
  expect(moved.code).toBe(1);
  expect(moved.stderr.trim()).toMatch(
    new RegExp(
      `^release-tree: v1.5.0 on the remote points at ${elsewhere}, neither the tagged commit ${tagged} nor its release commit [0-9a-f]{40}: it was moved meanwhile, so nothing is pushed$`,
    ),
  );
  expect(repos.originGit('tag', '--list', 'v1')).toBe('');
});

it('a remote that refuses the update (a tag ruleset, say) fails naming the refused tags, and moves none', async () => {
  const source = pushTag('v1.6.0');
  const hook = join(repos.origin, 'hooks', 'pre-receive');
  writeFileSync(hook, '#!/bin/sh\necho "tags are protected" >&2\nexit 1\n', { mode: 0o755 });
  const run = await releaseTree(repos.work.dir, 'v1.6.0', '--source', source, '--push', 'origin');
  expect(run.code).toBe(1);
  expect(run.stderr.trim()).toMatch(
    /^release-tree: git push --atomic --porcelain origin .* failed: [0-9a-f]{40}:refs\/tags\/v1\.6\.0 \[remote rejected\] \(pre-receive hook declined\); [0-9a-f]{40}:refs\/tags\/v1 \[remote rejected\] \(pre-receive hook declined\)$/,
  );
  expect(onOrigin('v1.6.0')).toBe(source);
  expect(repos.originGit('tag', '--list', 'v1')).toBe('');
});
