/** The push or pull request a rehearsal stands for, read from the project's git repository. */
import { runProcess } from '../process/index.js';
import type { Trigger } from './types.js';

/** What to rehearse: a tag push (a release), a push to main (a dev release), or a pull request (build only). */
export type RehearsalEvent = 'tag' | 'branch' | 'pull_request';

/** A project the rehearsal cannot stand a trigger on (not a repository, no tag to release). */
export class TriggerError extends Error {
  override readonly name = 'TriggerError';
}

async function git(projectDir: string, args: string[]): Promise<string> {
  const result = await runProcess('git', args, { cwd: projectDir });
  if (result.code !== 0)
    throw new TriggerError(
      `${projectDir}: git ${args.join(' ')} failed: ${result.stderr.trim().split('\n').at(-1) ?? ''}`,
    );
  return result.stdout.trim();
}

/**
 * The trigger of `event` on `projectDir`: `tag` is a push of the project's newest `v*` tag (by version) at its
 * commit; `branch` a push of HEAD to refs/heads/main; `pull_request` pull request 1 whose head is HEAD.
 */
export async function readTrigger(
  projectDir: string,
  event: RehearsalEvent,
  repository: string,
): Promise<Trigger> {
  const inside = await runProcess('git', ['rev-parse', '--is-inside-work-tree'], { cwd: projectDir }).catch(
    () => null,
  );
  if (inside?.stdout.trim() !== 'true')
    throw new TriggerError(
      `${projectDir} is not a git repository: rehearse checks out a commit, so 'git init' and commit first`,
    );
  if (event === 'tag') {
    const tag = (await git(projectDir, ['tag', '--list', 'v*', '--sort=-v:refname'])).split('\n')[0];
    if (!tag)
      throw new TriggerError(
        `${projectDir} has no v* tag: tag the release (git tag v1.0.0) or rehearse --event branch`,
      );
    const sha = await git(projectDir, ['rev-list', '-n', '1', tag]);
    const ref = `refs/tags/${tag}`;
    return {
      eventName: 'push',
      ref,
      sha,
      payload: { ref, after: sha, repository: { full_name: repository } },
    };
  }
  const sha = await git(projectDir, ['rev-parse', 'HEAD']);
  if (event === 'branch') {
    const ref = 'refs/heads/main';
    return {
      eventName: 'push',
      ref,
      sha,
      payload: { ref, after: sha, repository: { full_name: repository } },
    };
  }
  const payload = {
    number: 1,
    pull_request: {
      number: 1,
      head: { sha, ref: 'feature', repo: { full_name: repository, fork: false } },
      base: { ref: 'main', repo: { full_name: repository } },
    },
    repository: { full_name: repository },
  };
  return { eventName: 'pull_request', ref: 'refs/pull/1/merge', sha, payload };
}

/** The `github` context of a run of `workflowFile` for `trigger`. */
export function githubContext(
  trigger: Trigger,
  repository: string,
  workflow: { name: string; file: string },
): Record<string, string | Record<string, unknown>> {
  const [, kind, name] = /^refs\/(heads|tags|pull)\/(.*)$/.exec(trigger.ref) ?? [];
  return {
    event_name: trigger.eventName,
    event: trigger.payload,
    ref: trigger.ref,
    ref_name: name ?? trigger.ref,
    ref_type: kind === 'tags' ? 'tag' : 'branch',
    sha: trigger.sha,
    repository,
    repository_owner: repository.split('/')[0] ?? '',
    workflow: workflow.name,
    workflow_ref: `${repository}/.github/workflows/${workflow.file}@${trigger.ref}`,
    head_ref: trigger.eventName === 'pull_request' ? 'feature' : '',
    base_ref: trigger.eventName === 'pull_request' ? 'main' : '',
    run_id: '1',
    run_number: '1',
    run_attempt: '1',
    actor: 'rehearsal',
    server_url: 'https://github.com',
    api_url: 'https://api.github.com',
    token: '',
  };
}
