import { afterAll, describe, expect, it } from '@jest/globals';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitRepo } from '../../test/support/git-repo.js';
import { githubContext, readTrigger, TriggerError } from './trigger.js';

const repos: GitRepo[] = [];
afterAll(() => Promise.all(repos.map((repo) => rm(repo.dir, { recursive: true, force: true }))));
const repo = () => {
  const made = GitRepo.create();
  repos.push(made);
  return made;
};

describe('readTrigger', () => {
  it('pushes the newest v* tag by version, at the tagged commit, not HEAD', async () => {
    const git = repo().commit().tag('v1.9.0');
    const tagged = git.commit().tag('v1.10.0').head();
    git.commit();
    const trigger = await readTrigger(git.dir, 'tag', 'me/hello');
    expect(trigger).toEqual({
      eventName: 'push',
      ref: 'refs/tags/v1.10.0',
      sha: tagged,
      payload: { ref: 'refs/tags/v1.10.0', after: tagged, repository: { full_name: 'me/hello' } },
    });
  });

  it('pushes HEAD to main for a branch, and makes HEAD the head of pull request 1', async () => {
    const git = repo().commit(2);
    expect(await readTrigger(git.dir, 'branch', 'me/hello')).toMatchObject({
      eventName: 'push',
      ref: 'refs/heads/main',
      sha: git.head(),
    });
    const pr = await readTrigger(git.dir, 'pull_request', 'me/hello');
    expect(pr).toMatchObject({ eventName: 'pull_request', ref: 'refs/pull/1/merge', sha: git.head() });
    expect(pr.payload).toMatchObject({ pull_request: { head: { sha: git.head(), repo: { fork: false } } } });
  });

  it('says in one line what is missing: a repository, or a tag to release', async () => {
    const plain = await mkdtemp(join(tmpdir(), 'not-a-repo-'));
    await expect(readTrigger(plain, 'branch', 'me/x')).rejects.toThrow(
      new TriggerError(
        `${plain} is not a git repository: rehearse checks out a commit, so 'git init' and commit first`,
      ),
    );
    await rm(plain, { recursive: true });
    const untagged = repo().commit();
    await expect(readTrigger(untagged.dir, 'tag', 'me/x')).rejects.toThrow(
      /has no v\* tag: tag the release \(git tag v1\.0\.0\) or rehearse --event branch$/,
    );
  });
});

describe('githubContext', () => {
  it('names the ref, its type and the workflow as GitHub does', () => {
    const trigger = { eventName: 'push', ref: 'refs/tags/v1.0.0', sha: 'a'.repeat(40), payload: {} };
    expect(githubContext(trigger, 'me/hello', { name: 'release', file: 'release.yml' })).toMatchObject({
      ref_name: 'v1.0.0',
      ref_type: 'tag',
      repository_owner: 'me',
      workflow_ref: 'me/hello/.github/workflows/release.yml@refs/tags/v1.0.0',
    });
  });
});
